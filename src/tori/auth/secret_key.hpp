// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's secret key: 32 random bytes kept in the data folder, for keyed hashes that must
// not be computable from outside (CSRF tokens; later keyed hashes of IP addresses).
//
//   const SecretKey key = SecretKey::generate();
//   write(key.hex());  …  std::optional<SecretKey> again = SecretKey::from_hex(text);
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tori::auth {

class SecretKey {
 public:
  static constexpr std::size_t kBytes = 32;

  // A new key from libsodium's CSPRNG.
  [[nodiscard]] static SecretKey generate();
  // The key written as hex(); nothing unless exactly 64 hex digits (surrounding space ignored).
  [[nodiscard]] static std::optional<SecretKey> from_hex(std::string_view text);

  [[nodiscard]] std::string hex() const;
  [[nodiscard]] const std::array<unsigned char, kBytes>& bytes() const { return bytes_; }

 private:
  std::array<unsigned char, kBytes> bytes_{};
};

// The keyed BLAKE2b-256 of `message` under `key`, as unpadded base64url (43 characters).
[[nodiscard]] std::string keyed_hash(const SecretKey& key, std::string_view message);

}  // namespace tori::auth

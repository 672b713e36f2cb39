// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's secret key and keyed hashes with it (libsodium).
#include "tori/auth/secret_key.hpp"

#include <sodium.h>

#include "tori/auth/sodium.hpp"

namespace tori::auth {

SecretKey SecretKey::generate() {
  ensure_sodium();
  SecretKey key;
  randombytes_buf(key.bytes_.data(), key.bytes_.size());
  return key;
}

std::optional<SecretKey> SecretKey::from_hex(std::string_view text) {
  ensure_sodium();
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r'))
    text.remove_suffix(1);
  if (text.size() != kBytes * 2) return std::nullopt;
  SecretKey key;
  std::size_t length = 0;
  if (sodium_hex2bin(key.bytes_.data(), key.bytes_.size(), text.data(), text.size(), nullptr,
                     &length, nullptr) != 0 ||
      length != kBytes) {
    return std::nullopt;
  }
  return key;
}

std::string SecretKey::hex() const {
  std::string text(kBytes * 2 + 1, '\0');
  sodium_bin2hex(text.data(), text.size(), bytes_.data(), bytes_.size());
  text.pop_back();
  return text;
}

std::string keyed_hash(const SecretKey& key, std::string_view message) {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                     key.bytes().data(), key.bytes().size());
  return base64url(digest.data(), digest.size());
}

}  // namespace tori::auth

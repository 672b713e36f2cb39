// SPDX-License-Identifier: AGPL-3.0-or-later
// Random tokens, their digests and constant-time comparison with libsodium.
#include "tori/auth/token.hpp"

#include <sodium.h>

#include <array>

#include "tori/auth/sodium.hpp"

namespace tori::auth {
namespace {

constexpr std::size_t kTokenBytes = 32;

}  // namespace

std::string new_token() {
  ensure_sodium();
  std::array<unsigned char, kTokenBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return base64url(bytes.data(), bytes.size());
}

std::string token_digest(std::string_view token) {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr,
                     0);
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  hex.pop_back();
  return hex;
}

bool same_secret(std::string_view a, std::string_view b) {
  ensure_sodium();
  if (a.size() != b.size()) return false;
  return a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace tori::auth

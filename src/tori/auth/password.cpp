// SPDX-License-Identifier: AGPL-3.0-or-later
// Argon2id hashing and checking with libsodium's crypto_pwhash_str API.
#include "tori/auth/password.hpp"

#include <sodium.h>

#include <stdexcept>

#include "tori/auth/sodium.hpp"

namespace tori::auth {

PasswordCost PasswordCost::interactive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimum() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

std::string hash_password(std::string_view password, const PasswordCost& cost) {
  ensure_sodium();
  if (password.size() > kLongestPassword) throw std::runtime_error("password too long to hash");
  char stored[crypto_pwhash_argon2id_STRBYTES];
  if (crypto_pwhash_argon2id_str(stored, password.data(), password.size(), cost.operations,
                                 cost.memory_bytes) != 0) {
    throw std::runtime_error("argon2id: out of memory");
  }
  return stored;
}

bool verify_password(std::string_view password, std::string_view stored) {
  ensure_sodium();
  if (password.size() > kLongestPassword || stored.size() >= crypto_pwhash_argon2id_STRBYTES ||
      !stored.starts_with(crypto_pwhash_argon2id_STRPREFIX)) {
    return false;
  }
  const std::string terminated(stored);  // libsodium reads a NUL-terminated string
  return crypto_pwhash_argon2id_str_verify(terminated.c_str(), password.data(), password.size()) ==
         0;
}

bool needs_rehash(std::string_view stored, const PasswordCost& cost) {
  ensure_sodium();
  const std::string terminated(stored);
  return crypto_pwhash_argon2id_str_needs_rehash(terminated.c_str(), cost.operations,
                                                 cost.memory_bytes) != 0;
}

}  // namespace tori::auth

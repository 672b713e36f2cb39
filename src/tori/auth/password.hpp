// SPDX-License-Identifier: AGPL-3.0-or-later
// Password hashes: argon2id through libsodium, each with its own salt and cost in the stored
// string, so that a cost raised in the configuration applies at the next log-in.
//
//   const std::string stored = hash_password("correct horse", PasswordCost::interactive());
//   verify_password("correct horse", stored);                     // true
//   needs_rehash(stored, PasswordCost::interactive());            // false
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tori::auth {

// Argon2id's cost: passes over memory and memory in bytes (the [argon2] configuration).
struct PasswordCost {
  unsigned long long operations;
  std::size_t memory_bytes;
  // libsodium's interactive cost (2 passes, 64 MiB: about 0.2 s on this hardware).
  [[nodiscard]] static PasswordCost interactive();
  // The least argon2id allows (1 pass, 8 KiB): for tests only.
  [[nodiscard]] static PasswordCost minimum();
};

// Passwords longer than this are refused before hashing (a hash of megabytes would be a cheap
// way to load the server).
constexpr std::size_t kLongestPassword = 1024;

// The stored form of `password` ("$argon2id$v=19$m=…"). Throws std::runtime_error when
// libsodium cannot hash (out of memory) or the password is longer than kLongestPassword.
[[nodiscard]] std::string hash_password(std::string_view password, const PasswordCost& cost);

// Whether `password` is the one `stored` was made from; false for anything that is not an
// argon2id hash, and for a password longer than kLongestPassword.
[[nodiscard]] bool verify_password(std::string_view password, std::string_view stored);

// Whether `stored` was made with another cost than `cost` (hash again after a log-in).
[[nodiscard]] bool needs_rehash(std::string_view stored, const PasswordCost& cost);

}  // namespace tori::auth

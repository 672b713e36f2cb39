// SPDX-License-Identifier: AGPL-3.0-or-later
// libsodium's one-time initialisation (before the first use from any thread), and base64url.
#pragma once

#include <cstddef>
#include <string>

namespace tori::auth {

// Initialises libsodium once (thread-safe); throws std::runtime_error when it cannot.
void ensure_sodium();

// Bytes as unpadded base64url (safe in cookies, URLs and form fields).
[[nodiscard]] std::string base64url(const unsigned char* bytes, std::size_t size);

}  // namespace tori::auth

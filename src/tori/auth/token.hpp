// SPDX-License-Identifier: AGPL-3.0-or-later
// Secret tokens: session ids and one-time links. The token goes to the browser or into a mail;
// the database keeps only its digest, so that a copy of the database opens no session.
//
//   const std::string token = new_token();          // "q3V…" (43 characters, base64url)
//   store(token_digest(token));                      // 64 hex digits
//   same_secret(token_digest(from_cookie), stored);  // constant time
#pragma once

#include <string>
#include <string_view>

namespace tori::auth {

// 32 random bytes (libsodium's CSPRNG) as unpadded base64url: safe in cookies, URLs and mail.
[[nodiscard]] std::string new_token();

// The BLAKE2b-256 digest of a token as 64 lower-case hex digits. Tokens carry 256 random bits,
// so an unkeyed hash is enough: nothing can be guessed from the digest.
[[nodiscard]] std::string token_digest(std::string_view token);

// Whether two secrets are equal, in time that does not depend on where they differ (their
// lengths are not secret).
[[nodiscard]] bool same_secret(std::string_view a, std::string_view b);

}  // namespace tori::auth

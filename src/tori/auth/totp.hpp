// SPDX-License-Identifier: AGPL-3.0-or-later
// Two-factor sign-in: TOTP codes of authenticator apps (RFC 6238 with liboath: SHA-1, 6 digits,
// 30-second steps) and one-time recovery codes for a lost phone.
//
//   const std::string secret = new_totp_secret();                 // kept with the account
//   totp_uri(secret, "maija@kunta.fi", "Tekojen tori");          // shown as a QR code
//   if (auto step = verify_totp(secret, "287082", now)) …        // refuse a step used before
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::auth {

// 20 random bytes (160 bits, RFC 4226's recommendation) as RFC 4648 base32, 32 characters.
[[nodiscard]] std::string new_totp_secret();

// The otpauth:// address an authenticator app reads from a QR code or a link.
[[nodiscard]] std::string totp_uri(std::string_view secret, std::string_view account,
                                   std::string_view issuer);

// The time step (seconds since the epoch / 30) of `code` when it is the code of `secret` at
// `now` or up to `window` steps before or after (clocks drift); nothing otherwise, also for a
// code that is not six digits (spaces are allowed: "287 082") or a secret that is not base32.
// A caller keeps the last step accepted and refuses it again, so a code works only once.
[[nodiscard]] std::optional<std::uint64_t> verify_totp(std::string_view secret,
                                                       std::string_view code,
                                                       std::chrono::system_clock::time_point now,
                                                       unsigned window = 1);

// `count` new recovery codes, each three groups of four characters ("k7mq-2xcf-9tnr") from an
// alphabet without look-alikes (no 0/o, 1/l/i): about 59 bits each.
[[nodiscard]] std::vector<std::string> new_recovery_codes(std::size_t count = 10);

// A recovery code as typed, in the form its digest is taken of: lower case, without spaces and
// hyphens ("K7MQ 2XCF-9TNR" → "k7mq2xcf9tnr").
[[nodiscard]] std::string normalise_recovery_code(std::string_view typed);

}  // namespace tori::auth

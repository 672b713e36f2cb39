// SPDX-License-Identifier: AGPL-3.0-or-later
// E-mail addresses as people type them: whether one is plausible, and the key that makes
// "Maija.M@Example.fi " and "maija.m@example.fi" the same person.
//
//   if (!is_plausible_email(typed)) errors.push_back({"email", "…"});
//   std::string key = email_key(typed);  // "maija.m@example.fi"
#pragma once

#include <string>
#include <string_view>

namespace tori::core {

// One '@' with something before it, a domain with an inner dot after it, at most 254 bytes,
// and none of the characters that could break a mail header or a link (space, control
// characters, <>()[],;:"\). Whether mail arrives is for a confirmation message to find out.
[[nodiscard]] bool is_plausible_email(std::string_view email);

// The address trimmed of surrounding white space and lower-cased (ASCII): the unique key of
// accounts and of the per-recipient mail limits.
[[nodiscard]] std::string email_key(std::string_view email);

// The address trimmed of surrounding white space, otherwise as typed (what mail is sent to).
[[nodiscard]] std::string trim_email(std::string_view email);

// For logs: the first character of the local part and the domain ("m***@example.fi").
[[nodiscard]] std::string mask_email(std::string_view email);

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to web/networks: what the members' area's forms share — the area let in with its posted
// form, a number in the path, a typed text's errors in the page's language, the name a member
// posts under, the audit entry — and a leader's forward: its form read and checked, its record
// kept and its mail sent to each address.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tori/http/form.hpp"
#include "tori/web/networks/network_members_area.hpp"

namespace tori::web {

// The members' area let in (led, when `leaders_only`) and its posted form with the CSRF token
// checked, or the answer instead (open_members_area's, or 400/403 for the form).
struct AreaPost {
  std::optional<MembersArea> area;
  std::optional<http::Form> form;
  std::optional<http::Response> refusal;
};
[[nodiscard]] AreaPost read_area_post(const http::Request& request, const Services& services,
                                      Language language, bool leaders_only);

// The path parameter `name` as a number (digits only, no sign); none otherwise.
[[nodiscard]] std::optional<std::int64_t> number_param(const http::Request& request,
                                                       std::string_view name);

// Records `action` ("network.forward", …) on the network `slug` in the audit log.
void audit_network(const http::Request& request, const Services& services,
                   const core::Account& account, std::string action, const std::string& slug,
                   std::string detail);

// Adds the errors of `text` (core::validate_board_text) to `errors` under `field`.
void add_board_text_errors(const Services& services, Language language, const std::string& field,
                           std::string_view text, bool required, std::size_t max,
                           FormErrors& errors, bool one_line = false);

// The name the visitor posts under: the account's name, else its first member organisation's.
[[nodiscard]] std::string board_author(const MembersArea& area);

// The forward form as typed (picked ideas, recipients, addresses one per line or comma, note),
// with its errors: no idea picked, recipients missing, an address that is not one, too many.
[[nodiscard]] MembersAreaForms read_forward_form(const Services& services, Language language,
                                                 const http::Form& form);

// Records the forward (today in Helsinki) and queues one mail per address in the language of the
// page, with the audit entry "network.forward"; false when an idea is not the network's.
[[nodiscard]] bool send_forward(const http::Request& request, const Services& services,
                                Language language, const MembersArea& area,
                                const MembersAreaForms& forms);

}  // namespace tori::web

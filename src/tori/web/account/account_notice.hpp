// SPDX-License-Identifier: AGPL-3.0-or-later
// The short pages of the account flows: a notice ("check your mail", "this link has expired")
// and a confirmation with one button, which a mail link opens on GET so that only a person's
// click (a POST) acts — mail scanners follow links (DESIGN §7).
//
//   return notice_page(services, language, visitor, "account.check_mail", 200);
//   return confirm_page(services, language, visitor, "account.verify", request.path);
#pragma once

#include <string_view>

#include "tori/http/message.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

// Heading "<key>.heading" and text "<key>.text" from the catalogue.
[[nodiscard]] http::Response notice_page(const Services& services, Language language,
                                         const Visitor& visitor, std::string_view key, int status);

// The notice plus a form with the CSRF token and the button "<key>.button", posting to
// `action` (the page's own path).
[[nodiscard]] http::Response confirm_page(const Services& services, Language language,
                                          const Visitor& visitor, std::string_view key,
                                          std::string_view action);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Who is asking: the signed-in account behind the session cookie (or nobody), the CSRF token
// for the forms of the page, and the cookies that start and end a session.
//
//   Visitor visitor = identify(request, services);
//   if (!visitor.signed_in()) return login_redirect(visitor, language, "/omat-tiedot");
//   page.body().SetValue("CSRF", visitor.csrf_token);
//   if (!csrf_accepted(form, visitor)) return forbidden();
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tori/core/account.hpp"
#include "tori/http/form.hpp"
#include "tori/http/message.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

inline constexpr std::string_view kSessionCookie = "tori_session";
inline constexpr std::string_view kFormCookie = "tori_form";  // binds anonymous forms' CSRF
inline constexpr std::string_view kCsrfField = "csrf";

struct Visitor {
  std::optional<core::Account> account;         // set when signed in with every factor needed
  std::optional<std::int64_t> pending_account;  // password checked, second factor to come
  std::string session_digest;  // of the session cookie, when it names a live session
  std::string csrf_token;      // for the forms of this response
  // Set-Cookie values this response must carry (a new form cookie, an expired session).
  std::vector<std::string> set_cookies;

  [[nodiscard]] bool signed_in() const { return account.has_value(); }
};

// Reads the session cookie: a live session (neither idle nor too old) gives its account, and its
// last-seen time is written at most every few minutes; a dead one is deleted and its cookie
// expired. Without a session, the form cookie (set now when absent) binds the CSRF token.
[[nodiscard]] Visitor identify(const http::Request& request, const Services& services);

// Whether the form's CSRF field matches this visitor's token (constant time).
[[nodiscard]] bool csrf_accepted(const http::Form& form, const Visitor& visitor,
                                 const Services& services);

// Starts a session for `account_id` (a new id every time: never one the browser brought) and
// returns its Set-Cookie value; `second_factor_done` false makes it a half session that only
// the second-factor page accepts.
[[nodiscard]] std::string start_session(const Services& services, const http::Request& request,
                                        std::int64_t account_id, bool second_factor_done);

// The Set-Cookie value that gives the browser session `token` (HttpOnly, SameSite=Lax, Secure
// behind TLS, for the session's maximum lifetime).
[[nodiscard]] std::string session_cookie_for(const Services& services, const http::Request& request,
                                             const std::string& token);

// Ends the visitor's session (if any) and returns the Set-Cookie value that expires it.
[[nodiscard]] std::string end_session(const Services& services, const http::Request& request,
                                      const Visitor& visitor);

// Adds the visitor's Set-Cookie values and Cache-Control: no-store to a response.
void apply_visitor(http::Response& response, const Visitor& visitor);

}  // namespace tori::web

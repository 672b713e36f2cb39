// SPDX-License-Identifier: AGPL-3.0-or-later
// What every account form shares: reading the posted form with its CSRF check and rate limit,
// field errors shown next to their fields and summarised at the top (the accessible error
// pattern), and rendering with the visitor's cookies and no caching.
//
//   FormErrors errors;
//   errors.add("email", catalogue.text(language, "account.error.email"));
//   fill_errors(page.body(), errors);  // ERROR_SUMMARY, and EMAIL_ERROR beside the field
//   return render_form(services, page, visitor, errors.empty() ? 200 : 422);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/http/form.hpp"
#include "tori/http/message.hpp"
#include "tori/http/rate_limiter.hpp"
#include "tori/store/submission_store.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

class FormErrors {
 public:
  struct Error {
    std::string field;  // the field's name ("email"); its input's id is "<form>-<field>"
    std::string message;
  };
  void add(std::string field, std::string message);
  [[nodiscard]] bool empty() const { return errors_.empty(); }
  [[nodiscard]] bool has(std::string_view field) const;
  // The first message about `field`; "" when it has none.
  [[nodiscard]] std::string message(std::string_view field) const;
  [[nodiscard]] const std::vector<Error>& all() const { return errors_; }

 private:
  std::vector<Error> errors_;
};

// The summary (section ERROR_SUMMARY with ERROR items: ID, MESSAGE) and, per field, the section
// "<FIELD>_ERROR" (upper case) with MESSAGE and ID. `form_id` prefixes the inputs' ids.
void fill_errors(ctemplate::TemplateDictionary& body, std::string_view form_id,
                 const FormErrors& errors);

// A posted form, or why not: the wrong content type or a malformed body (400), a CSRF token that
// does not match (403 — an old tab or a forged request).
struct PostedForm {
  std::optional<http::Form> form;
  int refusal = 0;  // the status when form is empty
};
[[nodiscard]] PostedForm read_form(const http::Request& request, const Visitor& visitor,
                                   const Services& services);
// read_form for a form with file inputs: multipart/form-data as well as urlencoded.
[[nodiscard]] PostedForm read_upload_form(const http::Request& request, const Visitor& visitor,
                                          const Services& services);

// Takes one attempt from the rate limit bucket `key` ("login-ip:…"); the refusal's message for
// the page ("Liian monta yritystä…") when the limit is reached.
[[nodiscard]] std::optional<std::string> rate_limited(const Services& services, Language language,
                                                      const std::string& key,
                                                      const http::RateLimit& limit);

// The client's address as a rate-limit key part.
[[nodiscard]] std::string client_key(const http::Request& request);

// The page with the visitor's cookies, Cache-Control: no-store and noindex.
[[nodiscard]] http::Response render_form(const Services& services, Page& page,
                                         const Visitor& visitor, int status = 200);

// 303 to `path` in `language` with the visitor's cookies (and `extra_cookie` when given).
[[nodiscard]] http::Response redirect_with(const Visitor& visitor, Language language,
                                           std::string_view path, std::string extra_cookie = {});

// 303 to the login page, which returns to `path` (a Finnish path, localised here) afterwards.
[[nodiscard]] http::Response login_redirect(const Visitor& visitor, Language language,
                                            std::string_view path);

// A signed-in visitor's posted form with its CSRF token checked, or the response that refuses it:
// the login page (returning to `path`) when not signed in, 400 or 403 for the form.
struct SignedInPost {
  Visitor visitor;
  std::optional<http::Form> form;
  std::optional<http::Response> refusal;
};
[[nodiscard]] SignedInPost read_signed_in_post(const http::Request& request,
                                               const Services& services, Language language,
                                               std::string_view path);
// The same for a visitor already let in by the caller's own gate (require_staff, …): the form
// with its CSRF token checked, or the 400/403 page.
[[nodiscard]] SignedInPost read_checked_form(const http::Request& request, const Services& services,
                                             Language language, Visitor visitor);

// The signed-in person as the actor of the history and the audit log: name (else address) and
// the keyed hash of the client's address.
[[nodiscard]] store::Actor actor_of(const Services& services, const http::Request& request,
                                    const core::Account& account);

// A local path to return to after logging in: starts with one '/', no scheme, no backslash, no
// control characters; otherwise nothing (an open redirect is refused).
[[nodiscard]] std::optional<std::string> safe_return_path(std::string_view path);

}  // namespace tori::web

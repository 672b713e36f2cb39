// SPDX-License-Identifier: AGPL-3.0-or-later
// Sessions from cookies, CSRF tokens, and the cookies that start and end a session.
#include "tori/web/account/visitor.hpp"

#include "tori/auth/session_policy.hpp"
#include "tori/auth/token.hpp"
#include "tori/http/cookie.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/settings.hpp"

namespace tori::web {
namespace {

bool secure(const Services& services, const http::Request& request) {
  return services.accounts->secure_cookies || request.secure;
}

}  // namespace

std::string session_cookie_for(const Services& services, const http::Request& request,
                               const std::string& token) {
  http::SetCookie cookie{.name = std::string(kSessionCookie), .value = token};
  cookie.max_age = services.accounts->session_policy.max_lifetime;
  cookie.secure = secure(services, request);
  return cookie.to_header();
}

namespace {

std::string expired_session_cookie(const Services& services, const http::Request& request) {
  return http::expire_cookie(std::string(kSessionCookie), secure(services, request)).to_header();
}

// A cookie value we could have set: 43 characters of base64url.
bool looks_like_token(std::string_view value) {
  if (value.size() != 43) return false;
  for (char c : value) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Follows the session cookie to its live session and account, ending a dead one.
void read_session(const http::Request& request, const Services& services, Visitor& visitor) {
  const auto token = http::cookie_value(request.headers, kSessionCookie);
  if (!token) return;
  store::AccountStore& accounts = services.store.accounts();
  const std::string digest = auth::token_digest(*token);
  const auto session = looks_like_token(*token) ? accounts.find_session(digest) : std::nullopt;
  if (!session) {
    visitor.set_cookies.push_back(expired_session_cookie(services, request));
    return;
  }
  const store::UtcTime now = store::utc_now();
  const auth::SessionTimes times{session->created_at, session->last_seen_at};
  const auth::SessionPolicy& policy = services.accounts->session_policy;
  if (auth::session_state(times, now, policy) != auth::SessionState::kActive) {
    accounts.delete_session(digest);
    visitor.set_cookies.push_back(expired_session_cookie(services, request));
    return;
  }
  if (auth::should_touch(times, now, policy)) accounts.touch_session(digest, now);
  visitor.session_digest = digest;
  if (!session->second_factor_done) {
    visitor.pending_account = session->account_id;
    return;
  }
  visitor.account = accounts.find(session->account_id);
}

// The digest the CSRF token is bound to when there is no session: the form cookie's.
std::string form_binding(const http::Request& request, const Services& services, Visitor& visitor) {
  const auto token = http::cookie_value(request.headers, kFormCookie);
  if (token && looks_like_token(*token)) return auth::token_digest(*token);
  const std::string fresh = auth::new_token();
  http::SetCookie cookie{.name = std::string(kFormCookie), .value = fresh};
  cookie.secure = secure(services, request);
  visitor.set_cookies.push_back(cookie.to_header());
  return auth::token_digest(fresh);
}

std::string csrf_binding(const http::Request& request, const Services& services, Visitor& visitor) {
  if (!visitor.session_digest.empty()) return visitor.session_digest;
  return form_binding(request, services, visitor);
}

}  // namespace

Visitor identify(const http::Request& request, const Services& services) {
  Visitor visitor;
  read_session(request, services, visitor);
  visitor.csrf_token =
      auth::csrf_token(services.accounts->secret_key, csrf_binding(request, services, visitor));
  return visitor;
}

bool csrf_accepted(const http::Form& form, const Visitor& visitor, const Services& services) {
  const auto given = form.find(kCsrfField);
  return given && auth::same_secret(*given, visitor.csrf_token);
}

std::string start_session(const Services& services, const http::Request& request,
                          std::int64_t account_id, bool second_factor_done) {
  const std::string token = auth::new_token();
  services.store.accounts().create_session(auth::token_digest(token), account_id,
                                           second_factor_done, store::utc_now());
  return session_cookie_for(services, request, token);
}

std::string end_session(const Services& services, const http::Request& request,
                        const Visitor& visitor) {
  if (!visitor.session_digest.empty()) {
    services.store.accounts().delete_session(visitor.session_digest);
  }
  return expired_session_cookie(services, request);
}

void apply_visitor(http::Response& response, const Visitor& visitor) {
  for (const std::string& cookie : visitor.set_cookies)
    response.headers.add("Set-Cookie", cookie);
  response.headers.set("Cache-Control", "no-store");
}

}  // namespace tori::web

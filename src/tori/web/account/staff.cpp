// SPDX-License-Identifier: AGPL-3.0-or-later
// require_staff: who may open a staff page.
#include "tori/web/account/staff.hpp"

#include "tori/text/escape.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"

namespace tori::web {
namespace {

// The page asked for (already in its language), as the "seuraava" of the login page.
std::string this_page(const http::Request& request) {
  const std::string target =
      request.query.empty() ? request.path : request.path + "?" + request.query;
  return text::url_encode_component(safe_return_path(target).value_or("/"));
}

}  // namespace

bool may_preview_scheduled(const http::Request& request, const Services& services) {
  const Visitor visitor = identify(request, services);
  return visitor.signed_in() && visitor.account->has_role(core::Role::kEditor);
}

std::optional<http::Response> require_staff(const http::Request& request, const Services& services,
                                            text::Language language, const Visitor& visitor,
                                            core::Role role) {
  if (visitor.pending_account) {
    return redirect_with(visitor, language, "/kirjaudu/vahvistus?seuraava=" + this_page(request));
  }
  if (!visitor.signed_in()) {
    return redirect_with(visitor, language, "/kirjaudu?seuraava=" + this_page(request));
  }
  const core::Account& account = *visitor.account;
  if (!account.has_role(role)) {
    http::Response refusal = error_page(services, language, 403);
    apply_visitor(refusal, visitor);
    return refusal;
  }
  if (account.needs_second_factor() && !account.totp_enabled) {
    return redirect_with(visitor, language, "/omat-tiedot/kaksivaiheinen?vaaditaan=1");
  }
  return std::nullopt;
}

}  // namespace tori::web

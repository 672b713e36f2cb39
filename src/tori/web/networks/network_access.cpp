// SPDX-License-Identifier: AGPL-3.0-or-later
// Who a visitor is to a network: member, leader or editor; the leaders' pages' gate.
#include "tori/web/networks/network_access.hpp"

#include <algorithm>

#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"

namespace tori::web {

NetworkAccess network_access(const std::optional<core::Account>& account,
                             const std::vector<core::Membership>& memberships,
                             const store::Network& network) {
  NetworkAccess access;
  if (!account) return access;
  access.editor = account->has_role(core::Role::kEditor) && account->totp_enabled;
  const std::string key = core::email_key(account->email);
  access.leader = account->email_verified_at.has_value() && !key.empty() &&
                  std::ranges::any_of(network.input.leaders, [&key](const core::NetworkLeader& l) {
                    return !l.email.empty() && core::email_key(l.email) == key;
                  });
  for (const core::Membership& membership : memberships) {
    if (membership.state != core::MembershipState::kApproved) continue;
    if (std::ranges::any_of(network.organisations, [&](const core::Named& organisation) {
          return organisation.slug == membership.organisation_slug;
        })) {
      access.organisations.push_back(membership.organisation_id);
    }
  }
  access.member = !access.organisations.empty();
  access.memberships = memberships;
  return access;
}

NetworkAccess network_access(const Services& services, const Visitor& visitor,
                             const store::Network& network) {
  if (!visitor.signed_in()) return {};
  return network_access(visitor.account,
                        services.store.memberships().of_account(visitor.account->id), network);
}

NetworkLeaderGate network_leader_gate(const http::Request& request, const Services& services,
                                      Language language, std::string_view suffix) {
  NetworkLeaderGate gate{identify(request, services), std::nullopt, std::nullopt};
  const std::string slug{request.param("slug")};
  if (!gate.visitor.signed_in()) {
    gate.refusal =
        login_redirect(gate.visitor, language, "/verkostot/" + slug + std::string(suffix));
    return gate;
  }
  gate.network = services.store.networks().find_by_slug(slug);
  int status = 0;
  if (!gate.network) {
    status = 404;
  } else if (!network_access(services, gate.visitor, *gate.network).leads()) {
    status = gate.network->input.listed ? 403 : 404;  // an unlisted one stays unknown
  }
  if (status != 0) {
    gate.refusal = error_page(services, language, status);
    apply_visitor(*gate.refusal, gate.visitor);
  }
  return gate;
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Who may write for which organisation and edit which practice.
#include <algorithm>

#include "tori/store/store.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {

bool is_editor(const core::Account& account) {
  return account.has_role(core::Role::kEditor);
}

std::vector<core::Organisation> writable_organisations(const Services& services,
                                                       const core::Account& account) {
  if (is_editor(account)) return services.store.organisations().list();
  std::vector<core::Organisation> organisations;
  for (const core::Membership& membership : services.store.memberships().of_account(account.id)) {
    if (membership.state != core::MembershipState::kApproved) continue;
    if (auto organisation =
            services.store.organisations().find_by_slug(membership.organisation_slug)) {
      organisations.push_back(std::move(*organisation));
    }
  }
  return organisations;
}

bool may_edit(const Services& services, const core::Account& account,
              const core::Practice& practice) {
  if (is_editor(account)) return true;
  if (practice.state != core::PracticeState::kDraft) return false;
  if (services.store.submissions().author_of(practice.id) == account.id) return true;
  const auto memberships = services.store.memberships().of_account(account.id);
  return std::any_of(practice.organisations.begin(), practice.organisations.end(),
                     [&](const core::Named& organisation) {
                       return std::any_of(memberships.begin(), memberships.end(),
                                          [&](const core::Membership& m) {
                                            return m.organisation_slug == organisation.slug &&
                                                   m.state == core::MembershipState::kApproved;
                                          });
                     });
}

}  // namespace tori::web

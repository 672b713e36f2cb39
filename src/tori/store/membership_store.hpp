// SPDX-License-Identifier: AGPL-3.0-or-later
// People's memberships of organisations: a person asks to join, the organisation's admins or
// an editor approve or decline, and approved members write the organisation's practices.
//
//   store.memberships().request(account.id, organisation.id, "Olen HR-asiantuntija", now);
//   store.memberships().decide(account.id, organisation.id, true, editor_actor, now);
//   auto mine = store.memberships().of_account(account.id);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/account.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// A membership with who asked, for the lists of requests.
struct MembershipRequest {
  core::Membership membership;
  std::string email;
  std::string name;
};

enum class MembershipRequestOutcome {
  kRequested,
  kAlreadyMember,
  kAlreadyPending,
  kNoOrganisation
};

class MembershipStore {
 public:
  virtual ~MembershipStore() = default;
  // A new pending request (a declined one may be asked again).
  virtual MembershipRequestOutcome request(std::int64_t account_id, std::int64_t organisation_id,
                                           std::string_view message, UtcTime now) = 0;
  // Approves or declines a pending request, with the audit entry in the same transaction; false
  // when there is no pending request.
  virtual bool decide(std::int64_t account_id, std::int64_t organisation_id, bool approve,
                      const AuditEntry& audit, UtcTime now) = 0;
  // Makes an approved member the organisation's admin (or a member again), audited.
  virtual bool set_role(std::int64_t account_id, std::int64_t organisation_id,
                        core::MembershipRole role, const AuditEntry& audit, UtcTime now) = 0;
  // Ends a membership (the person leaves or is removed), audited.
  virtual bool remove(std::int64_t account_id, std::int64_t organisation_id,
                      const AuditEntry& audit, UtcTime now) = 0;
  // The person's memberships in every state, organisations in Finnish order.
  [[nodiscard]] virtual std::vector<core::Membership> of_account(std::int64_t account_id) = 0;
  // Pending requests, oldest first: of the given organisations, or of all when empty.
  [[nodiscard]] virtual std::vector<MembershipRequest> pending(
      const std::vector<std::int64_t>& organisation_ids) = 0;
  // Approved members of an organisation, by name.
  [[nodiscard]] virtual std::vector<MembershipRequest> members(std::int64_t organisation_id) = 0;
};

}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// Memberships of organisations on SQLite.
#pragma once

#include "tori/store/membership_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteMembershipStore final : public MembershipStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0004.
  explicit SqliteMembershipStore(Database& database);
  MembershipRequestOutcome request(std::int64_t account_id, std::int64_t organisation_id,
                                   std::string_view message, UtcTime now) override;
  bool decide(std::int64_t account_id, std::int64_t organisation_id, bool approve,
              const AuditEntry& audit, UtcTime now) override;
  bool set_role(std::int64_t account_id, std::int64_t organisation_id, core::MembershipRole role,
                const AuditEntry& audit, UtcTime now) override;
  bool remove(std::int64_t account_id, std::int64_t organisation_id, const AuditEntry& audit,
              UtcTime now) override;
  std::vector<core::Membership> of_account(std::int64_t account_id) override;
  std::vector<MembershipRequest> pending(
      const std::vector<std::int64_t>& organisation_ids) override;
  std::vector<MembershipRequest> members(std::int64_t organisation_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

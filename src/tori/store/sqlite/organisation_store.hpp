// SPDX-License-Identifier: AGPL-3.0-or-later
// Organisations on SQLite: the listing with published counts, look-up by slug, and the editors'
// create, edit and merge. (Import also creates them through the practices store.)
//
//   SqliteOrganisationStore organisations{database};
//   for (const core::Organisation& o : organisations.list()) show(o.name, o.published_practices);
//   organisations.merge("tampere", "tampereen-kaupunki", audit, now);
#pragma once

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteOrganisationStore final : public OrganisationStore {
 public:
  // REQUIRES: `database` outlives this object and has migrations 0002, 0004 and 0005.
  explicit SqliteOrganisationStore(Database& database);
  [[nodiscard]] std::vector<core::Organisation> list() override;
  [[nodiscard]] std::optional<core::Organisation> find_by_slug(std::string_view slug) override;
  [[nodiscard]] AdminResult create(const OrganisationWrite& write, const AuditEntry& audit,
                                   UtcTime now) override;
  [[nodiscard]] AdminOutcome update(std::string_view slug, const OrganisationWrite& write,
                                    const AuditEntry& audit, UtcTime now) override;
  [[nodiscard]] AdminOutcome merge(std::string_view duplicate, std::string_view into,
                                   const AuditEntry& audit, UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// Organisations on SQLite: the listing with published counts and look-up by slug. (Import
// creates them through the practices store.)
//
//   SqliteOrganisationStore organisations{database};
//   for (const core::Organisation& o : organisations.list()) show(o.name, o.published_practices);
#pragma once

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteOrganisationStore final : public OrganisationStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0002.
  explicit SqliteOrganisationStore(Database& database);
  [[nodiscard]] std::vector<core::Organisation> list() override;
  [[nodiscard]] std::optional<core::Organisation> find_by_slug(std::string_view slug) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

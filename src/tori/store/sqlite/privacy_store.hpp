// SPDX-License-Identifier: AGPL-3.0-or-later
// The privacy look-ups, erasure and retention purge on SQLite.
#pragma once

#include "tori/store/privacy_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlitePrivacyStore final : public PrivacyStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0004.
  explicit SqlitePrivacyStore(Database& database);
  PersonalData find_by_email(std::string_view email) override;
  ErasureReport erase_by_email(std::string_view email, UtcTime now) override;
  PurgeReport purge(const RetentionPolicy& policy, UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

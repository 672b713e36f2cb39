// SPDX-License-Identifier: AGPL-3.0-or-later
// The submission workflow on SQLite: submission_store.cpp (saving revisions, editorial
// actions, adoptions) and submission_read.cpp (queue, history, messages, adoptions).
#pragma once

#include "tori/store/sqlite/database.hpp"
#include "tori/store/submission_store.hpp"

namespace tori::store::sqlite {

class SqliteSubmissionStore final : public SubmissionStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0005.
  explicit SqliteSubmissionStore(Database& database);
  SaveResult save(const PracticeWrite& write, const Actor& actor, UtcTime now) override;
  std::optional<core::PracticeState> apply(std::int64_t practice_id, core::EditorialAction action,
                                           const Actor& actor, std::string_view message,
                                           const std::vector<OutgoingMail>& mail,
                                           UtcTime now) override;
  std::optional<std::int64_t> author_of(std::int64_t practice_id) override;
  std::vector<QueueItem> queue(const QueueQuery& query) override;
  std::vector<RevisionInfo> revisions(std::int64_t practice_id) override;
  std::optional<std::string> revision_content(std::int64_t practice_id, int revision) override;
  std::vector<EditorialMessage> messages(std::int64_t practice_id) override;
  bool adopt(std::int64_t practice_id, std::int64_t organisation_id, const Actor& actor,
             std::string_view note, UtcTime now) override;
  std::vector<Adoption> adoptions(std::int64_t practice_id) override;
  AdoptionSummary adoption_summary(int top) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter issues and their sending on either SQL backend (data/sql/0027_newsletters.sql):
// the issues in newsletter_store.cpp, the throttled dispatch and the counts in
// newsletter_dispatch.cpp.
#pragma once

#include "tori/store/newsletter_store.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

class SqlNewsletterStore final : public NewsletterStore {
 public:
  // REQUIRES: `database` outlives this object and has migrations 0027 and 0028.
  explicit SqlNewsletterStore(Database& database);
  NewsletterSaved save_draft(const core::NewsletterInput& input,
                             std::optional<std::int64_t> account_id, UtcTime now) override;
  NewsletterSaved save_sent(const core::NewsletterInput& input, const NewsletterContent& content,
                            UtcTime sent_at) override;
  std::optional<NewsletterIssue> find(std::string_view slug) override;
  std::vector<NewsletterIssue> list() override;
  std::vector<NewsletterIssue> archive() override;
  bool remove_draft(std::string_view slug) override;
  std::optional<NewsletterCounts> start_sending(std::string_view slug,
                                                const NewsletterContent& content,
                                                const std::vector<std::int64_t>& subscriber_ids,
                                                UtcTime now) override;
  NewsletterDispatch dispatch(int limit, const NewsletterMailer& mailer, UtcTime now) override;
  NewsletterCounts counts(std::int64_t issue_id) override;

 private:
  Database& database_;
};

// Internal to the two .cpp files: the issues `where` picks (its ?1 bound to `value` unless
// empty), and an issue's counts.
[[nodiscard]] std::vector<NewsletterIssue> load_newsletters(Connection& connection,
                                                            std::string_view where,
                                                            std::string_view value);
[[nodiscard]] NewsletterCounts newsletter_counts(Connection& connection, std::int64_t issue_id);
// Marks every sending issue with no recipient waiting as sent at `now`; how many.
std::int64_t finish_newsletters(Connection& connection, UtcTime now);

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// SqlStore: the Store over a pool of SQL connections, SQLite or PostgreSQL; open_sqlite: the
// embedded backend (DIR/tori.sqlite, WAL, a pool of connections).
//
//   std::unique_ptr<Store> store =
//       open_sqlite(data_dir / "tori.sqlite", assets / "sql", {.pool_size = threads});
//   store->health().migrate();  // `tori init`, `tori migrate`, first start of `tori serve`
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "tori/store/sqlite/account_store.hpp"
#include "tori/store/sqlite/application_store.hpp"
#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/campaign_entry_store.hpp"
#include "tori/store/sqlite/campaign_store.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/episode_store.hpp"
#include "tori/store/sqlite/event_store.hpp"
#include "tori/store/sqlite/health.hpp"
#include "tori/store/sqlite/jury_store.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/media_store.hpp"
#include "tori/store/sqlite/membership_store.hpp"
#include "tori/store/sqlite/network_board_store.hpp"
#include "tori/store/sqlite/network_store.hpp"
#include "tori/store/sqlite/news_store.hpp"
#include "tori/store/sqlite/newsletter_store.hpp"
#include "tori/store/sqlite/options.hpp"
#include "tori/store/sqlite/organisation_store.hpp"
#include "tori/store/sqlite/page_store.hpp"
#include "tori/store/sqlite/practice_store.hpp"
#include "tori/store/sqlite/privacy_store.hpp"
#include "tori/store/sqlite/public_vote_store.hpp"
#include "tori/store/sqlite/redirect_store.hpp"
#include "tori/store/sqlite/registration_store.hpp"
#include "tori/store/sqlite/submission_store.hpp"
#include "tori/store/sqlite/subscriber_store.hpp"
#include "tori/store/sqlite/vocabulary_store.hpp"
#include "tori/store/store.hpp"

namespace tori::store {

// The Store over one database. Callers use it as a Store; database() is for the aggregate
// stores of store/sqlite/ and their tests.
class SqlStore final : public Store {
 public:
  // Health (migrations, ping) differs between the backends; the rest is shared.
  using HealthFactory = std::function<std::unique_ptr<Health>(sqlite::Database&)>;
  // REQUIRES: `database` is not null.
  SqlStore(std::unique_ptr<sqlite::Database> database, const HealthFactory& make_health);
  [[nodiscard]] Health& health() override { return *health_; }
  [[nodiscard]] ChangeLog& change_log() override { return change_log_; }
  [[nodiscard]] PracticeStore& practices() override { return practices_; }
  [[nodiscard]] OrganisationStore& organisations() override { return organisations_; }
  [[nodiscard]] VocabularyStore& vocabularies() override { return vocabularies_; }
  [[nodiscard]] AccountStore& accounts() override { return accounts_; }
  [[nodiscard]] MailOutbox& outbox() override { return outbox_; }
  [[nodiscard]] MembershipStore& memberships() override { return memberships_; }
  [[nodiscard]] SubmissionStore& submissions() override { return submissions_; }
  [[nodiscard]] MediaStore& media() override { return media_; }
  [[nodiscard]] AuditLog& audit_log() override { return audit_log_; }
  [[nodiscard]] PrivacyStore& privacy() override { return privacy_; }
  [[nodiscard]] EventStore& events() override { return events_; }
  [[nodiscard]] RegistrationStore& registrations() override { return registrations_; }
  [[nodiscard]] ApplicationStore& applications() override { return applications_; }
  [[nodiscard]] CampaignStore& campaigns() override { return campaigns_; }
  [[nodiscard]] JuryStore& jury() override { return jury_; }
  [[nodiscard]] CampaignEntryStore& campaign_entries() override { return campaign_entries_; }
  [[nodiscard]] PublicVoteStore& public_votes() override { return public_votes_; }
  [[nodiscard]] NetworkStore& networks() override { return networks_; }
  [[nodiscard]] NetworkBoardStore& network_board() override { return network_board_; }
  [[nodiscard]] NewsStore& news() override { return news_; }
  [[nodiscard]] EpisodeStore& episodes() override { return episodes_; }
  [[nodiscard]] SubscriberStore& subscribers() override { return subscribers_; }
  [[nodiscard]] RedirectStore& redirects() override { return redirects_; }
  [[nodiscard]] PageStore& pages() override { return pages_; }
  [[nodiscard]] NewsletterStore& newsletters() override { return newsletters_; }
  [[nodiscard]] double database_seconds_total() const override;
  [[nodiscard]] std::uint64_t database_statements_total() const override;
  [[nodiscard]] sqlite::Database& database() { return *database_; }

 private:
  std::unique_ptr<sqlite::Database> database_;  // first: the aggregates below use it
  std::unique_ptr<Health> health_;
  sqlite::SqliteChangeLog change_log_;
  sqlite::SqlitePracticeStore practices_;
  sqlite::SqliteOrganisationStore organisations_;
  sqlite::SqliteVocabularyStore vocabularies_;
  sqlite::SqliteAccountStore accounts_;
  sqlite::SqliteMailOutbox outbox_;
  sqlite::SqliteMembershipStore memberships_;
  sqlite::SqliteSubmissionStore submissions_;
  sqlite::SqliteMediaStore media_;
  sqlite::SqliteAuditLog audit_log_;
  sqlite::SqlitePrivacyStore privacy_;
  sqlite::SqlEventStore events_;
  sqlite::SqlRegistrationStore registrations_;
  sqlite::SqlApplicationStore applications_;
  sqlite::SqlCampaignStore campaigns_;
  sqlite::SqlJuryStore jury_;
  sqlite::SqlCampaignEntryStore campaign_entries_;
  sqlite::SqlPublicVoteStore public_votes_;
  sqlite::SqlNetworkStore networks_;
  sqlite::SqlNetworkBoardStore network_board_;
  sqlite::SqlNewsStore news_;
  sqlite::SqlEpisodeStore episodes_;
  sqlite::SqlSubscriberStore subscribers_;
  sqlite::SqlRedirectStore redirects_;
  sqlite::SqlPageStore pages_;
  sqlite::SqlNewsletterStore newsletters_;
};

// Opens (creating if absent) `database_file`, whose folder must exist, with migrations read
// from `migrations_dir` (data/sql). Throws Unavailable with a one-line message naming the path
// and SQLite's reason; std::invalid_argument for options out of range.
[[nodiscard]] std::unique_ptr<SqlStore> open_sqlite(const std::filesystem::path& database_file,
                                                    const std::filesystem::path& migrations_dir,
                                                    SqliteOptions options = {});

}  // namespace tori::store

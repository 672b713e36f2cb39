// SPDX-License-Identifier: AGPL-3.0-or-later
// The Store: one object per database that owns the backend and hands out one interface per
// aggregate; callers see only these interfaces, so PostgreSQL can sit beside SQLite.
//
//   std::unique_ptr<Store> store = open_sqlite(data / "tori.sqlite", assets / "sql", {});
//   store->health().migrate();
//   auto changes = store->change_log().read_after(0, 100);
//   auto page = store->practices().list({.themes = {"tyohyvinvointi"}});
//   metrics.set("tori_database_seconds_total", store->database_seconds_total());
#pragma once

#include <cstdint>

#include "tori/store/account_store.hpp"
#include "tori/store/application_store.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/store/campaign_entry_store.hpp"
#include "tori/store/campaign_store.hpp"
#include "tori/store/change_log.hpp"
#include "tori/store/episode_store.hpp"
#include "tori/store/errors.hpp"
#include "tori/store/event_store.hpp"
#include "tori/store/health.hpp"
#include "tori/store/jury_store.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/media_store.hpp"
#include "tori/store/membership_store.hpp"
#include "tori/store/network_board_store.hpp"
#include "tori/store/network_store.hpp"
#include "tori/store/news_store.hpp"
#include "tori/store/newsletter_store.hpp"
#include "tori/store/page_store.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/privacy_store.hpp"
#include "tori/store/public_vote_store.hpp"
#include "tori/store/redirect_store.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/store/submission_store.hpp"
#include "tori/store/subscriber_store.hpp"

namespace tori::store {

// A database and its aggregates. Thread-safe: many threads may call it at once. Methods throw
// Error (or a subclass) when the database fails; expected outcomes are return values.
class Store {
 public:
  // Closes every connection cleanly. REQUIRES: no transaction or connection of it is alive.
  virtual ~Store() = default;
  // Liveness and migrations; lives as long as the Store.
  [[nodiscard]] virtual Health& health() = 0;
  // The change log of public objects; lives as long as the Store.
  [[nodiscard]] virtual ChangeLog& change_log() = 0;
  // Practices: saving, reading, listing, facets; lives as long as the Store.
  [[nodiscard]] virtual PracticeStore& practices() = 0;
  // Organisations with their published counts; lives as long as the Store.
  [[nodiscard]] virtual OrganisationStore& organisations() = 0;
  // The sector, theme and client-group vocabularies; lives as long as the Store.
  [[nodiscard]] virtual VocabularyStore& vocabularies() = 0;
  // Accounts, tokens, sessions, two-factor secrets; lives as long as the Store.
  [[nodiscard]] virtual AccountStore& accounts() = 0;
  // The submission workflow: revisions, editorial actions, the queue, adoptions; lives as long
  // as the Store.
  [[nodiscard]] virtual SubmissionStore& submissions() = 0;
  // Practices' images and attachments (their files are in UploadFolder); lives as long as
  // the Store.
  [[nodiscard]] virtual MediaStore& media() = 0;
  // Memberships of organisations; lives as long as the Store.
  [[nodiscard]] virtual MembershipStore& memberships() = 0;
  // The mail outbox; lives as long as the Store.
  [[nodiscard]] virtual MailOutbox& outbox() = 0;
  // The audit log of editorial and administrative actions; lives as long as the Store.
  [[nodiscard]] virtual AuditLog& audit_log() = 0;
  // Everyone known by an e-mail address: look-up, erasure, retention; lives as long as the Store.
  [[nodiscard]] virtual PrivacyStore& privacy() = 0;
  // Events of the programme; lives as long as the Store.
  [[nodiscard]] virtual EventStore& events() = 0;
  // Registrations for events, seats and waiting lines; lives as long as the Store.
  [[nodiscard]] virtual RegistrationStore& registrations() = 0;
  // Applications for the programme's services and the service types; lives as long as the Store.
  [[nodiscard]] virtual ApplicationStore& applications() = 0;
  // Campaigns, their categories, criteria, jurors and awards; lives as long as the Store.
  [[nodiscard]] virtual CampaignStore& campaigns() = 0;
  // The campaigns' juries: invitations, conflicts, scores, the chair's decisions; lives as long
  // as the Store.
  [[nodiscard]] virtual JuryStore& jury() = 0;
  // The choices about campaign entries' categories.
  [[nodiscard]] virtual CampaignEntryStore& campaign_entries() = 0;
  // The campaigns' public votes.
  [[nodiscard]] virtual PublicVoteStore& public_votes() = 0;
  // Development networks: members, meetings, costs, the board of ideas.
  [[nodiscard]] virtual NetworkStore& networks() = 0;
  // The networks' boards of ideas: items, comments, supports, forwards.
  [[nodiscard]] virtual NetworkBoardStore& network_board() = 0;
  // News articles: their keywords, pictures and related events and practices.
  [[nodiscard]] virtual NewsStore& news() = 0;
  // Podcast and webinar episodes with the practices they discuss.
  [[nodiscard]] virtual EpisodeStore& episodes() = 0;
  // Newsletter subscribers: the double opt-in, unsubscribing, topics, segments.
  [[nodiscard]] virtual SubscriberStore& subscribers() = 0;
  // Redirects from old addresses and the counts of not-found addresses.
  [[nodiscard]] virtual RedirectStore& redirects() = 0;
  // The site's editable pages and the navigation's pages; lives as long as the Store.
  [[nodiscard]] virtual PageStore& pages() = 0;
  // Newsletter issues, their sending and archive; lives as long as the Store.
  [[nodiscard]] virtual NewsletterStore& newsletters() = 0;
  // Seconds spent inside database calls since the Store opened (for /metrics).
  [[nodiscard]] virtual double database_seconds_total() const = 0;
  // Statements run since the Store opened (for /metrics).
  [[nodiscard]] virtual std::uint64_t database_statements_total() const = 0;
};

}  // namespace tori::store

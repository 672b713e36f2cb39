// SPDX-License-Identifier: AGPL-3.0-or-later
// A Store that answers the listing and facets of published practices (and the organisations'
// and terms' published counts) from an in-memory PracticeIndex and everything else from the backend
// it wraps (SQLite now, PostgreSQL later): what `tori serve` uses; the CLI commands keep the plain
// backend.
//
//   auto store = std::make_unique<IndexedStore>(open_sqlite(file, sql_dir),
//   PracticeIndexOptions{}); store->practices().facets(query);   // from memory once the first
//   index is built cache.set_version([&] { return store->known_position(); });
#pragma once

#include <memory>

#include "tori/store/practice_index_follower.hpp"
#include "tori/store/store.hpp"

namespace tori::store {

// The practices aggregate over a backend: writes and everything but published listings go to
// the backend; list() and facets() of published practices come from the follower's index when
// it is fresh (every write through here is visible to the next call).
class IndexedPracticeStore final : public PracticeStore {
 public:
  // REQUIRES: both outlive this object.
  IndexedPracticeStore(PracticeStore& backend, PracticeIndexFollower& follower)
      : backend_(backend), follower_(follower) {}
  [[nodiscard]] SaveResult save(const PracticeWrite& write) override;
  [[nodiscard]] std::vector<SaveResult> save_many(std::span<const PracticeWrite> writes) override;
  [[nodiscard]] std::optional<core::Practice> find_by_slug(std::string_view slug) override {
    return backend_.find_by_slug(slug);
  }
  [[nodiscard]] std::optional<core::Practice> find_by_external_id(std::string_view id) override {
    return backend_.find_by_external_id(id);
  }
  [[nodiscard]] std::optional<core::Practice> find_by_id(std::int64_t id) override {
    return backend_.find_by_id(id);
  }
  // From the index when it is there (no database round trip), else the backend.
  [[nodiscard]] std::vector<core::Practice> published_by_ids(
      std::span<const std::int64_t> ids) override;
  [[nodiscard]] PracticeList list(const PracticeQuery& query) override;
  [[nodiscard]] FacetCounts facets(const PracticeQuery& query) override;
  void for_each(const std::function<void(const core::Practice&)>& visit) override {
    backend_.for_each(visit);
  }
  [[nodiscard]] bool slug_taken(std::string_view slug, std::string_view external_id) override {
    return backend_.slug_taken(slug, external_id);
  }

 private:
  PracticeStore& backend_;
  PracticeIndexFollower& follower_;
};

// Organisations with their published counts, from the index when it is fresh.
class IndexedOrganisationStore final : public OrganisationStore {
 public:
  IndexedOrganisationStore(OrganisationStore& backend, PracticeIndexFollower& follower)
      : backend_(backend), follower_(follower) {}
  [[nodiscard]] std::vector<core::Organisation> list() override;
  [[nodiscard]] std::optional<core::Organisation> find_by_slug(std::string_view slug) override;
  // The editors' changes go to the backend; the index follows at once.
  [[nodiscard]] AdminResult create(const OrganisationWrite& write, const AuditEntry& audit,
                                   UtcTime now) override;
  [[nodiscard]] AdminOutcome update(std::string_view slug, const OrganisationWrite& write,
                                    const AuditEntry& audit, UtcTime now) override;
  [[nodiscard]] AdminOutcome merge(std::string_view duplicate, std::string_view into,
                                   const AuditEntry& audit, UtcTime now) override;

 private:
  OrganisationStore& backend_;
  PracticeIndexFollower& follower_;
};

// Vocabulary terms with their published counts, from the index when it is fresh.
class IndexedVocabularyStore final : public VocabularyStore {
 public:
  IndexedVocabularyStore(VocabularyStore& backend, PracticeIndexFollower& follower)
      : backend_(backend), follower_(follower) {}
  [[nodiscard]] std::vector<Term> terms(core::Vocabulary vocabulary) override;
  // The editors' listing and changes: the backend (the index follows the changes at once).
  [[nodiscard]] std::vector<Term> all_terms(core::Vocabulary vocabulary) override {
    return backend_.all_terms(vocabulary);
  }
  [[nodiscard]] AdminResult add_term(core::Vocabulary vocabulary, std::string_view label,
                                     const AuditEntry& audit, UtcTime now) override;
  [[nodiscard]] AdminOutcome rename_term(core::Vocabulary vocabulary, std::string_view slug,
                                         std::string_view label, const AuditEntry& audit,
                                         UtcTime now) override;
  [[nodiscard]] AdminOutcome set_term_hidden(core::Vocabulary vocabulary, std::string_view slug,
                                             bool hidden, const AuditEntry& audit,
                                             UtcTime now) override;
  [[nodiscard]] AdminOutcome merge_terms(core::Vocabulary vocabulary, std::string_view from,
                                         std::string_view into, const AuditEntry& audit,
                                         UtcTime now) override;

 private:
  VocabularyStore& backend_;
  PracticeIndexFollower& follower_;
};

class IndexedStore final : public Store {
 public:
  // Starts following `backend`'s change log (the first index is built in the background;
  // until then the backend answers). REQUIRES: `backend` is migrated.
  IndexedStore(std::unique_ptr<Store> backend, PracticeIndexOptions options);
  [[nodiscard]] Health& health() override { return backend_->health(); }
  [[nodiscard]] ChangeLog& change_log() override { return backend_->change_log(); }
  [[nodiscard]] PracticeStore& practices() override { return practices_; }
  [[nodiscard]] OrganisationStore& organisations() override { return organisations_; }
  [[nodiscard]] VocabularyStore& vocabularies() override { return vocabularies_; }
  [[nodiscard]] AccountStore& accounts() override { return backend_->accounts(); }
  [[nodiscard]] MailOutbox& outbox() override { return backend_->outbox(); }
  [[nodiscard]] MembershipStore& memberships() override { return backend_->memberships(); }
  [[nodiscard]] SubmissionStore& submissions() override { return backend_->submissions(); }
  [[nodiscard]] MediaStore& media() override { return backend_->media(); }
  [[nodiscard]] AuditLog& audit_log() override { return backend_->audit_log(); }
  [[nodiscard]] PrivacyStore& privacy() override { return backend_->privacy(); }
  [[nodiscard]] EventStore& events() override { return backend_->events(); }
  [[nodiscard]] RegistrationStore& registrations() override { return backend_->registrations(); }
  [[nodiscard]] ApplicationStore& applications() override { return backend_->applications(); }
  [[nodiscard]] CampaignStore& campaigns() override { return backend_->campaigns(); }
  [[nodiscard]] JuryStore& jury() override { return backend_->jury(); }
  [[nodiscard]] CampaignEntryStore& campaign_entries() override {
    return backend_->campaign_entries();
  }
  [[nodiscard]] PublicVoteStore& public_votes() override { return backend_->public_votes(); }
  [[nodiscard]] SubscriberStore& subscribers() override { return backend_->subscribers(); }
  [[nodiscard]] NetworkStore& networks() override { return backend_->networks(); }
  [[nodiscard]] NetworkBoardStore& network_board() override { return backend_->network_board(); }
  [[nodiscard]] NewsStore& news() override { return backend_->news(); }
  [[nodiscard]] EpisodeStore& episodes() override { return backend_->episodes(); }
  [[nodiscard]] RedirectStore& redirects() override { return backend_->redirects(); }
  [[nodiscard]] PageStore& pages() override { return backend_->pages(); }
  [[nodiscard]] NewsletterStore& newsletters() override { return backend_->newsletters(); }
  [[nodiscard]] double database_seconds_total() const override {
    return backend_->database_seconds_total();
  }
  [[nodiscard]] std::uint64_t database_statements_total() const override {
    return backend_->database_statements_total();
  }
  // The newest change-log position known; grows with every write seen (for the page cache).
  [[nodiscard]] std::int64_t known_position() const { return follower_.known_position(); }
  [[nodiscard]] PracticeIndexFollower& follower() { return follower_; }

 private:
  std::unique_ptr<Store> backend_;  // first: the members below use it until they go
  PracticeIndexFollower follower_;
  IndexedPracticeStore practices_;
  IndexedOrganisationStore organisations_;
  IndexedVocabularyStore vocabularies_;
};

}  // namespace tori::store

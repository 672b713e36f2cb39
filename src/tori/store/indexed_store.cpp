// SPDX-License-Identifier: AGPL-3.0-or-later
// IndexedStore and IndexedPracticeStore: the backend for writes, the index for published lists.
#include "tori/store/indexed_store.hpp"

namespace tori::store {

SaveResult IndexedPracticeStore::save(const PracticeWrite& write) {
  SaveResult result = backend_.save(write);
  follower_.wrote();
  return result;
}

std::vector<SaveResult> IndexedPracticeStore::save_many(std::span<const PracticeWrite> writes) {
  std::vector<SaveResult> results = backend_.save_many(writes);
  follower_.wrote();
  return results;
}

PracticeList IndexedPracticeStore::list(const PracticeQuery& query) {
  if (PracticeIndex::answers(query)) {
    if (std::shared_ptr<const PracticeIndex> index = follower_.current()) return index->list(query);
  }
  return backend_.list(query);
}

std::vector<core::Practice> IndexedPracticeStore::published_by_ids(
    std::span<const std::int64_t> ids) {
  if (std::shared_ptr<const PracticeIndex> index = follower_.current()) {
    return index->published_by_ids(ids);
  }
  return backend_.published_by_ids(ids);
}

FacetCounts IndexedPracticeStore::facets(const PracticeQuery& query) {
  if (PracticeIndex::answers(query)) {
    if (std::shared_ptr<const PracticeIndex> index = follower_.current()) {
      return index->facets(query);
    }
  }
  return backend_.facets(query);
}

std::vector<core::Organisation> IndexedOrganisationStore::list() {
  if (std::shared_ptr<const PracticeIndex> index = follower_.current()) {
    return index->organisations();
  }
  return backend_.list();
}

std::optional<core::Organisation> IndexedOrganisationStore::find_by_slug(std::string_view slug) {
  if (std::shared_ptr<const PracticeIndex> index = follower_.current()) {
    return index->organisation(slug);
  }
  return backend_.find_by_slug(slug);
}

std::vector<Term> IndexedVocabularyStore::terms(core::Vocabulary vocabulary) {
  if (std::shared_ptr<const PracticeIndex> index = follower_.current()) {
    return index->terms(vocabulary);
  }
  return backend_.terms(vocabulary);
}

// The editors' changes: the backend writes, then the follower learns of the new position.
template <class Result>
Result followed(PracticeIndexFollower& follower, Result result) {
  follower.wrote();
  return result;
}

AdminResult IndexedOrganisationStore::create(const OrganisationWrite& write,
                                             const AuditEntry& audit, UtcTime now) {
  return followed(follower_, backend_.create(write, audit, now));
}

AdminOutcome IndexedOrganisationStore::update(std::string_view slug, const OrganisationWrite& write,
                                              const AuditEntry& audit, UtcTime now) {
  return followed(follower_, backend_.update(slug, write, audit, now));
}

AdminOutcome IndexedOrganisationStore::merge(std::string_view duplicate, std::string_view into,
                                             const AuditEntry& audit, UtcTime now) {
  return followed(follower_, backend_.merge(duplicate, into, audit, now));
}

AdminResult IndexedVocabularyStore::add_term(core::Vocabulary vocabulary, std::string_view label,
                                             const AuditEntry& audit, UtcTime now) {
  return followed(follower_, backend_.add_term(vocabulary, label, audit, now));
}

AdminOutcome IndexedVocabularyStore::rename_term(core::Vocabulary vocabulary, std::string_view slug,
                                                 std::string_view label, const AuditEntry& audit,
                                                 UtcTime now) {
  return followed(follower_, backend_.rename_term(vocabulary, slug, label, audit, now));
}

AdminOutcome IndexedVocabularyStore::set_term_hidden(core::Vocabulary vocabulary,
                                                     std::string_view slug, bool hidden,
                                                     const AuditEntry& audit, UtcTime now) {
  return followed(follower_, backend_.set_term_hidden(vocabulary, slug, hidden, audit, now));
}

AdminOutcome IndexedVocabularyStore::merge_terms(core::Vocabulary vocabulary, std::string_view from,
                                                 std::string_view into, const AuditEntry& audit,
                                                 UtcTime now) {
  return followed(follower_, backend_.merge_terms(vocabulary, from, into, audit, now));
}

IndexedStore::IndexedStore(std::unique_ptr<Store> backend, PracticeIndexOptions options)
    : backend_(std::move(backend)),
      follower_(*backend_, options),
      practices_(backend_->practices(), follower_),
      organisations_(backend_->organisations(), follower_),
      vocabularies_(backend_->vocabularies(), follower_) {}

}  // namespace tori::store

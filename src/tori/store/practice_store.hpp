// SPDX-License-Identifier: AGPL-3.0-or-later
// The practices aggregate: saving practices (import, later forms), reading one, listing with
// filters and per-option counts, organisations and vocabularies. One interface; SQLite now,
// PostgreSQL later, behind it.
//
//   auto saved = store.practices().save(write);            // WriteResult or WriteError
//   auto page  = store.practices().list({.themes = {"tyohyvinvointi"}, .limit = 20});
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tori/core/organisation.hpp"
#include "tori/core/practice.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// A practice to create or update, keyed by input.external_id. The caller has validated the
// input and resolved its place with core::Finland.
struct PracticeWrite {
  core::PracticeInput input{};
  std::optional<core::MunicipalityRef> municipality{};
  std::optional<core::Named> region{};
  bool create_terms = false;  // an unknown vocabulary label becomes a new term (else an error)
};

enum class WriteOutcome { kCreated, kUpdated, kUnchanged };

struct WriteResult {
  std::int64_t id = 0;
  std::string slug;
  WriteOutcome outcome = WriteOutcome::kCreated;
};

// Why a write was refused; nothing was written.
struct WriteError {
  std::string field;    // "themes", "slug", …
  std::string message;  // for the user: "unknown theme 'x'", "slug 'y' belongs to another practice"
};

// What save() gives for one practice.
using SaveResult = std::variant<WriteResult, WriteError>;

// (Every member has an initializer, so that g++ -Wextra accepts designated initializers that
// name only some of them: `list({.themes = {"innovointi"}, .limit = 5})`.)
struct PracticeQuery {
  std::vector<std::string> organisations{};   // organisation slugs; a repeated filter is OR
  std::vector<std::string> regions{};         // region slugs
  std::vector<std::string> municipalities{};  // Statistics Finland codes
  std::vector<std::string> sectors{};         // term slugs
  std::vector<std::string> themes{};
  std::vector<std::string> client_groups{};
  std::vector<core::Maturity> maturities{};
  std::vector<int> years{};                           // Helsinki year of published_at
  std::optional<core::TimePoint> published_from{};    // first publication at or after (UTC)
  std::optional<core::TimePoint> published_before{};  // … and before (UTC)
  // Empty: every state.
  std::vector<core::PracticeState> states = {core::PracticeState::kPublished};
  // newest: published_at descending (never published last); oldest: ascending (never published
  // first); title: Finnish collation. Ties go by id, in the same direction.
  enum class Sort { kNewest, kOldest, kTitle } sort = Sort::kNewest;
  int limit = 20;  // at most this many items; 0 or less gives only the total
  int offset = 0;  // items skipped; less than 0 counts as 0
};

// A page of a listing. Items are light: everything but the sections, contact, links and
// keywords, which are left empty (find_by_slug gives the whole practice).
struct PracticeList {
  std::int64_t total = 0;  // all matches, not only this page
  std::vector<core::Practice> items;
};

// One option of a filter and how many practices selecting it would give (with the query's
// other filters applied and this filter's own selection ignored).
struct FacetCount {
  std::string value;  // slug, code, maturity or year as text
  std::string label;
  std::int64_t count = 0;
};
// By filter parameter name: "organisation", "region", "municipality", "sector", "theme",
// "client_group", "maturity", "year". Options with a zero count are left out. Labels: the
// organisation's name, the region's and municipality's Finnish names, the term's label, the
// maturity's code, the year. Order: Finnish collation of the labels (ties by value), except
// maturity (idea, pilot, in_use, established) and year (descending).
using FacetCounts = std::map<std::string, std::vector<FacetCount>>;

// A vocabulary term with how many published practices use it.
struct Term {
  std::string slug;
  std::string label;
  std::int64_t count = 0;
  bool hidden = false;         // set by the editors; public lists leave hidden terms out
  std::int64_t practices = 0;  // practices in any state that carry it (editors' listing only)
};

// What an editor's change to a term or an organisation came to. Each is written with its
// audit entry and change-log rows in one transaction, or not at all.
enum class AdminOutcome {
  kDone,       // written
  kNotFound,   // no such term or organisation (or the merge target is missing)
  kDuplicate,  // another term of the vocabulary (or organisation) has that label/name or slug
  kInvalid,    // an empty label or name, or one whose slug would be reserved or empty
  kSame,       // a merge into itself
  kUnchanged,  // nothing to change (the same label, already hidden…); nothing written
};

// An organisation as an editor creates or edits it.
struct OrganisationWrite {
  std::string name;
  core::OrganisationType type = core::OrganisationType::kOther;
  std::optional<core::MunicipalityRef> municipality;
};

// The outcome and, when created, the new slug.
struct AdminResult {
  AdminOutcome outcome = AdminOutcome::kDone;
  std::string slug{};
};

class PracticeStore {
 public:
  virtual ~PracticeStore() = default;
  // Creates or updates the practice in one transaction with its change-log row; an update
  // that changes nothing is kUnchanged and writes nothing. Organisations unknown by name
  // (ignoring case) are created with a guessed type.
  // The slug: the input's (refused when reserved, malformed or another practice's), else the
  // stored one, else a free one from the title. A label unknown in its vocabulary is refused
  // unless write.create_terms. Throws Error when the database fails.
  [[nodiscard]] virtual SaveResult save(const PracticeWrite& write) = 0;
  // Saves each write as save() would, all in one transaction (the importer's batches of a few
  // hundred); results in the order of `writes`. A refused write writes nothing of its own and
  // the others still go ahead; a throw rolls the whole batch back. The default calls save().
  [[nodiscard]] virtual std::vector<SaveResult> save_many(std::span<const PracticeWrite> writes) {
    std::vector<SaveResult> results;
    results.reserve(writes.size());
    for (const PracticeWrite& write : writes)
      results.push_back(save(write));
    return results;
  }
  // The whole practice (organisations and terms in the order given, links, keywords), any state.
  [[nodiscard]] virtual std::optional<core::Practice> find_by_slug(std::string_view slug) = 0;
  [[nodiscard]] virtual std::optional<core::Practice> find_by_external_id(std::string_view id) = 0;
  // By the id the change log names (any state); nothing when no such practice exists.
  [[nodiscard]] virtual std::optional<core::Practice> find_by_id(std::int64_t id) = 0;
  // The published practices among `ids` in the order of `ids` (others left out), light as
  // list() items: one read for a page's cards (e.g. similar practices). The default asks one by
  // one.
  [[nodiscard]] virtual std::vector<core::Practice> published_by_ids(
      std::span<const std::int64_t> ids) {
    std::vector<core::Practice> found;
    for (const std::int64_t id : ids) {
      std::optional<core::Practice> practice = find_by_id(id);
      if (practice && practice->state == core::PracticeState::kPublished)
        found.push_back(std::move(*practice));
    }
    return found;
  }
  // A page of the practices the query matches, in its order, with the total (items are light,
  // see PracticeList).
  [[nodiscard]] virtual PracticeList list(const PracticeQuery& query) = 0;
  // The options of every filter with their counts (see FacetCount); limit, offset, sort unused.
  [[nodiscard]] virtual FacetCounts facets(const PracticeQuery& query) = 0;
  // Every practice in every state, whole, in external_id order (export). `visit` may use the
  // store; practices saved meanwhile may or may not be visited.
  virtual void for_each(const std::function<void(const core::Practice&)>& visit) = 0;
  // Whether `slug` is used by a practice other than `external_id`'s.
  [[nodiscard]] virtual bool slug_taken(std::string_view slug, std::string_view external_id) = 0;
};

class OrganisationStore {
 public:
  virtual ~OrganisationStore() = default;
  // Every organisation with its number of published practices, in Finnish collation order.
  [[nodiscard]] virtual std::vector<core::Organisation> list() = 0;
  // One organisation with its number of published practices.
  [[nodiscard]] virtual std::optional<core::Organisation> find_by_slug(std::string_view slug) = 0;

  // The editors' changes; each records `audit` (its object_id filled with the slug when empty)
  // and change-log rows ("organisation", and "practice" 'updated' for every practice whose page
  // or search text shows the name) in the same transaction. Throws Error when the database fails.
  // A new organisation: slug from the name (text::slugify, a free one). kDuplicate when an
  // organisation has the name ignoring case; kInvalid for an empty name.
  [[nodiscard]] virtual AdminResult create(const OrganisationWrite& write, const AuditEntry& audit,
                                           UtcTime now) = 0;
  // New name, type and home municipality; the slug stays (links keep working).
  [[nodiscard]] virtual AdminOutcome update(std::string_view slug, const OrganisationWrite& write,
                                            const AuditEntry& audit, UtcTime now) = 0;
  // Moves the practices, memberships, adoptions and network places of `duplicate` to `into` (where
  // a practice or person has both, the one of `into` stays, a membership taking the stronger state
  // and role) and deletes `duplicate`.
  [[nodiscard]] virtual AdminOutcome merge(std::string_view duplicate, std::string_view into,
                                           const AuditEntry& audit, UtcTime now) = 0;
};

class VocabularyStore {
 public:
  virtual ~VocabularyStore() = default;
  // The terms of a vocabulary with their counts of published practices, in Finnish collation
  // order of the labels.
  // Hidden terms are left out (the public lists, the form, the API).
  [[nodiscard]] virtual std::vector<Term> terms(core::Vocabulary vocabulary) = 0;

  // The editors' listing: every term, hidden ones too, in the same order, with published counts
  // and the count of practices in any state.
  [[nodiscard]] virtual std::vector<Term> all_terms(core::Vocabulary vocabulary) = 0;

  // The editors' changes; each records `audit` (object_id filled with "vocabulary/slug" when
  // empty) and change-log rows in the same transaction: "vocabulary_term" for the term, and
  // "practice" 'updated' for each practice whose text changes (rename, merge). Throws Error when
  // the database fails.
  // A new term at the end of the editors' order: slug text::slugify(label), key the case-folded
  // label as import matches it (a reserved slug gets a suffix). kDuplicate when the slug or key
  // is taken in the vocabulary (hidden terms too), kInvalid when the label is empty.
  [[nodiscard]] virtual AdminResult add_term(core::Vocabulary vocabulary, std::string_view label,
                                             const AuditEntry& audit, UtcTime now) = 0;
  // A new label; the slug stays, so links keep working.
  [[nodiscard]] virtual AdminOutcome rename_term(core::Vocabulary vocabulary, std::string_view slug,
                                                 std::string_view label, const AuditEntry& audit,
                                                 UtcTime now) = 0;
  [[nodiscard]] virtual AdminOutcome set_term_hidden(core::Vocabulary vocabulary,
                                                     std::string_view slug, bool hidden,
                                                     const AuditEntry& audit, UtcTime now) = 0;
  // Every practice carrying `from` carries `into` instead (at `from`'s place, unless it already
  // had `into`); `from` is deleted.
  [[nodiscard]] virtual AdminOutcome merge_terms(core::Vocabulary vocabulary, std::string_view from,
                                                 std::string_view into, const AuditEntry& audit,
                                                 UtcTime now) = 0;
};

}  // namespace tori::store

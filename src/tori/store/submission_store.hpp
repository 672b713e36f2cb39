// SPDX-License-Identifier: AGPL-3.0-or-later
// The submission workflow in the database: practices saved from the form as revisions, the
// editors' actions with their messages, the editorial queue, the history, and adoptions.
//
//   auto saved = store.submissions().save(write, {.account_id = me.id, .label = me.name}, now);
//   store.submissions().apply(id, core::EditorialAction::kSubmit, actor, "", {}, now);
//   auto queue = store.submissions().queue({.states = {core::PracticeState::kSubmitted}});
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/workflow.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// Who acts: an account (or nothing for the command line), as shown in the history and the
// audit log, and the keyed hash of their address.
struct Actor {
  std::optional<std::int64_t> account_id{};
  std::string label{};  // the name, or the address when no name
  std::string ip_hash{};
};

struct RevisionInfo {
  int revision = 0;
  core::PracticeState state = core::PracticeState::kDraft;
  UtcTime saved_at{};
  std::string actor;
};

struct EditorialMessage {
  UtcTime at{};
  std::string actor;
  std::string kind;  // "submitted", "changes_requested", "published", "unpublished", "archived"
  std::string message;
};

struct QueueItem {
  std::int64_t id = 0;
  std::string slug;
  std::string title;
  core::PracticeState state = core::PracticeState::kDraft;
  std::string organisations;  // names, joined with ", "
  std::optional<std::int64_t> author_account_id;
  std::string author;  // the author's name or address; "" when imported or deleted
  UtcTime updated_at{};
};

struct QueueQuery {
  std::vector<core::PracticeState> states{};  // empty: every state
  std::optional<std::int64_t> organisation_id{};
  std::optional<std::int64_t> author_account_id{};
  std::optional<UtcTime> updated_before{};  // "older than"
  int limit = 50;
  int offset = 0;
};

struct Adoption {
  std::string organisation_slug;
  std::string organisation_name;
  std::string note;
  UtcTime adopted_at{};
};

// A published practice and how many organisations adopted it (the statistics page).
struct AdoptionCount {
  std::string slug;
  std::string title;
  std::int64_t organisations = 0;
};

struct AdoptionSummary {
  std::int64_t adoptions = 0;  // of published practices, every organisation counted once each
  std::int64_t practices = 0;  // published practices adopted at least once
  std::vector<AdoptionCount> most_adopted;  // the most first, then by title (Finnish order)
};

class SubmissionStore {
 public:
  virtual ~SubmissionStore() = default;
  // Saves the practice as a new revision by `actor` (a new practice gets `actor` as author);
  // kUnchanged writes nothing. An editor's save of someone else's practice is audited.
  virtual SaveResult save(const PracticeWrite& write, const Actor& actor, UtcTime now) = 0;
  // Takes an editorial action in one transaction: the new state (published_at on the first
  // publication), a revision, the message, `mail`, an audit entry for an editor's action.
  // Nothing, and nothing written, when the action does not apply to the current state.
  virtual std::optional<core::PracticeState> apply(std::int64_t practice_id,
                                                   core::EditorialAction action, const Actor& actor,
                                                   std::string_view message,
                                                   const std::vector<OutgoingMail>& mail,
                                                   UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<std::int64_t> author_of(std::int64_t practice_id) = 0;
  // Newest change first.
  [[nodiscard]] virtual std::vector<QueueItem> queue(const QueueQuery& query) = 0;
  // Newest first.
  [[nodiscard]] virtual std::vector<RevisionInfo> revisions(std::int64_t practice_id) = 0;
  // The revision's exchange line (formats/practices-jsonl.md).
  [[nodiscard]] virtual std::optional<std::string> revision_content(std::int64_t practice_id,
                                                                    int revision) = 0;
  // Oldest first.
  [[nodiscard]] virtual std::vector<EditorialMessage> messages(std::int64_t practice_id) = 0;
  // Records that `organisation_id` adopted the practice; false when it already had.
  virtual bool adopt(std::int64_t practice_id, std::int64_t organisation_id, const Actor& actor,
                     std::string_view note, UtcTime now) = 0;
  // In Finnish order of the organisations.
  [[nodiscard]] virtual std::vector<Adoption> adoptions(std::int64_t practice_id) = 0;
  // Adoptions of published practices, with the `top` most adopted.
  [[nodiscard]] virtual AdoptionSummary adoption_summary(int top) = 0;
};

}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading the workflow on SQLite: the editorial queue, a practice's history and messages, and
// the organisations that adopted it.
#include "tori/store/sqlite/submission_store.hpp"

namespace tori::store::sqlite {
namespace {

UtcTime time_of(const Statement& row, int column) {
  return parse_utc(row.column_text(column)).value_or(UtcTime{});
}

// The filters of a queue query as one parameterised WHERE (the SQL text depends only on which
// filters are present; the state list is bound as a JSON array).
std::string queue_where(const QueueQuery& query) {
  std::string where = " WHERE 1 = 1";
  if (!query.states.empty()) where += " AND p.state IN (SELECT value FROM json_each(?1))";
  if (query.organisation_id) {
    where +=
        " AND p.id IN (SELECT practice_id FROM practice_organisations"
        " WHERE organisation_id = ?2)";
  }
  if (query.author_account_id) where += " AND p.author_account_id = ?3";
  if (query.updated_before) where += " AND p.updated_at < ?4";
  return where;
}

void bind_queue(Statement& statement, const QueueQuery& query) {
  std::string states = "[";
  for (core::PracticeState state : query.states) {
    states += (states.size() > 1 ? ",\"" : "\"") + std::string(to_string(state)) + "\"";
  }
  statement.bind_text(1, states + "]");
  if (query.organisation_id) statement.bind_int64(2, *query.organisation_id);
  if (query.author_account_id) statement.bind_int64(3, *query.author_account_id);
  if (query.updated_before) statement.bind_text(4, format_utc(*query.updated_before));
  statement.bind_int64(5, query.limit).bind_int64(6, query.offset < 0 ? 0 : query.offset);
}

constexpr std::string_view kQueueSelect =
    "SELECT p.id, p.slug, p.title, p.state, p.author_account_id,"
    " coalesce(nullif(a.name, ''), a.email, ''), p.updated_at,"
    " (SELECT group_concat(name, ', ') FROM (SELECT o.name FROM practice_organisations po"
    "   JOIN organisations o ON o.id = po.organisation_id WHERE po.practice_id = p.id"
    "   ORDER BY po.position) AS names)"
    " FROM practices p LEFT JOIN accounts a ON a.id = p.author_account_id";

}  // namespace

std::vector<QueueItem> SqliteSubmissionStore::queue(const QueueQuery& query) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(std::string(kQueueSelect) + queue_where(query) +
                                       " ORDER BY p.updated_at DESC, p.id DESC LIMIT ?5 OFFSET ?6");
  bind_queue(rows, query);
  std::vector<QueueItem> items;
  while (rows.step()) {
    QueueItem item;
    item.id = rows.column_int64(0);
    item.slug = rows.column_text(1);
    item.title = rows.column_text(2);
    item.state =
        core::parse_practice_state(rows.column_text(3)).value_or(core::PracticeState::kDraft);
    if (!rows.column_is_null(4)) item.author_account_id = rows.column_int64(4);
    item.author = rows.column_text(5);
    item.updated_at = time_of(rows, 6);
    item.organisations = rows.column_is_null(7) ? "" : rows.column_text(7);
    items.push_back(std::move(item));
  }
  return items;
}

constexpr std::string_view kSelectRevisions =
    "SELECT revision, state, saved_at, actor FROM practice_revisions WHERE practice_id = ?1"
    " ORDER BY revision DESC";

std::vector<RevisionInfo> SqliteSubmissionStore::revisions(std::int64_t practice_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectRevisions);
  rows.bind_int64(1, practice_id);
  std::vector<RevisionInfo> revisions;
  while (rows.step()) {
    revisions.push_back(
        {static_cast<int>(rows.column_int64(0)),
         core::parse_practice_state(rows.column_text(1)).value_or(core::PracticeState::kDraft),
         time_of(rows, 2), rows.column_text(3)});
  }
  return revisions;
}

constexpr std::string_view kSelectRevision =
    "SELECT content FROM practice_revisions WHERE practice_id = ?1 AND revision = ?2";

std::optional<std::string> SqliteSubmissionStore::revision_content(std::int64_t practice_id,
                                                                   int revision) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectRevision);
  row.bind_int64(1, practice_id).bind_int64(2, revision);
  if (!row.step()) return std::nullopt;
  return row.column_text(0);
}

constexpr std::string_view kSelectMessages =
    "SELECT at, actor, kind, message FROM editorial_messages WHERE practice_id = ?1 ORDER BY id";

std::vector<EditorialMessage> SqliteSubmissionStore::messages(std::int64_t practice_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectMessages);
  rows.bind_int64(1, practice_id);
  std::vector<EditorialMessage> messages;
  while (rows.step()) {
    messages.push_back(
        {time_of(rows, 0), rows.column_text(1), rows.column_text(2), rows.column_text(3)});
  }
  return messages;
}

constexpr std::string_view kSelectAdoptions =
    "SELECT o.slug, o.name, a.note, a.adopted_at FROM practice_adoptions a"
    " JOIN organisations o ON o.id = a.organisation_id WHERE a.practice_id = ?1"
    " ORDER BY o.name COLLATE fi, o.id";

std::vector<Adoption> SqliteSubmissionStore::adoptions(std::int64_t practice_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectAdoptions);
  rows.bind_int64(1, practice_id);
  std::vector<Adoption> adoptions;
  while (rows.step()) {
    adoptions.push_back(
        {rows.column_text(0), rows.column_text(1), rows.column_text(2), time_of(rows, 3)});
  }
  return adoptions;
}

namespace {

constexpr std::string_view kSelectAdoptionTotals =
    "SELECT count(*), count(DISTINCT a.practice_id) FROM practice_adoptions a"
    " JOIN practices p ON p.id = a.practice_id WHERE p.state = 'published'";
constexpr std::string_view kSelectMostAdopted =
    "SELECT p.slug, p.title, count(*) AS adopted FROM practice_adoptions a"
    " JOIN practices p ON p.id = a.practice_id WHERE p.state = 'published'"
    " GROUP BY p.id ORDER BY adopted DESC, p.title COLLATE fi, p.id LIMIT ?1";

}  // namespace

AdoptionSummary SqliteSubmissionStore::adoption_summary(int top) {
  Lease connection = database_.acquire();
  AdoptionSummary summary;
  {
    Statement totals = connection->prepare(kSelectAdoptionTotals);
    if (totals.step()) {
      summary.adoptions = totals.column_int64(0);
      summary.practices = totals.column_int64(1);
    }
  }
  Statement rows = connection->prepare(kSelectMostAdopted);
  rows.bind_int64(1, top);
  while (rows.step())
    summary.most_adopted.push_back(
        {rows.column_text(0), rows.column_text(1), rows.column_int64(2)});
  return summary;
}

}  // namespace tori::store::sqlite

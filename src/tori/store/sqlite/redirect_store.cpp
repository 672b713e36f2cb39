// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects on either SQL backend: saving with loops refused and chains collapsed in the
// transaction, look-ups, and the capped not-found counts.
#include "tori/store/sqlite/redirect_store.hpp"

#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kRedirectColumns =
    "SELECT id, old_path, target, note, created_by, created_at, updated_by, updated_at"
    " FROM redirects";
constexpr std::string_view kRedirectTargetOf = "SELECT target FROM redirects WHERE old_path = ?1";
constexpr std::string_view kRedirectsPointingAt =
    "SELECT old_path, target FROM redirects WHERE target = ?1";
constexpr std::string_view kRedirectUpsert =
    "INSERT INTO redirects (old_path, target, note, created_by, created_at, updated_by,"
    " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5) ON CONFLICT (old_path) DO UPDATE SET"
    " target = excluded.target, note = excluded.note, updated_by = excluded.updated_by,"
    " updated_at = excluded.updated_at RETURNING id";
constexpr std::string_view kRedirectRepoint =
    "UPDATE redirects SET target = ?1, updated_by = ?3, updated_at = ?4 WHERE target = ?2";
constexpr std::string_view kNotFoundForget = "DELETE FROM not_found_hits WHERE path = ?1";
constexpr std::string_view kNotFoundBump =
    "UPDATE not_found_hits SET hits = hits + 1, last_seen = ?2 WHERE path = ?1 RETURNING path";
constexpr std::string_view kNotFoundAdd =
    "INSERT INTO not_found_hits (path, hits, first_seen, last_seen) SELECT ?1, 1, ?2, ?2"
    " WHERE (SELECT COUNT(*) FROM not_found_hits) < ?3"
    " ON CONFLICT (path) DO UPDATE SET hits = not_found_hits.hits + 1, last_seen = ?2"
    " RETURNING path";

void bind_redirect_actor(Statement& statement, int index, std::optional<std::int64_t> by) {
  if (by) {
    statement.bind_int64(index, *by);
  } else {
    statement.bind_null(index);
  }
}

Redirect redirect_of(const Statement& row) {
  Redirect rule;
  rule.id = row.column_int64(0);
  rule.old_path = row.column_text(1);
  rule.target = row.column_text(2);
  rule.note = row.column_text(3);
  if (!row.column_is_null(4)) rule.created_by = row.column_int64(4);
  rule.created_at = parse_utc(row.column_text(5)).value_or(UtcTime{});
  if (!row.column_is_null(6)) rule.updated_by = row.column_int64(6);
  rule.updated_at = parse_utc(row.column_text(7)).value_or(UtcTime{});
  return rule;
}

std::optional<std::string> redirect_target_of(Connection& connection, std::string_view old_path) {
  Statement row = connection.prepare(kRedirectTargetOf);
  row.bind_text(1, old_path);
  if (!row.step()) return std::nullopt;
  return row.column_text(0);
}

// The stored rules plan_redirect needs: the chain from `target`, the rules pointing at
// `old_path`, and old_path's own rule.
core::RedirectRules redirect_neighbourhood(Connection& connection, std::string_view old_path,
                                           std::string_view target) {
  core::RedirectRules rules;
  std::string at(target);
  for (int hops = 0; hops <= core::kMaxRedirectHops && !rules.contains(at); ++hops) {
    std::optional<std::string> next = redirect_target_of(connection, at);
    if (!next) break;
    rules[at] = *next;
    at = *next;
  }
  if (auto own = redirect_target_of(connection, old_path)) rules[std::string(old_path)] = *own;
  Statement pointing = connection.prepare(kRedirectsPointingAt);
  pointing.bind_text(1, old_path);
  while (pointing.step())
    rules[pointing.column_text(0)] = pointing.column_text(1);
  return rules;
}

// Saves one checked rule inside `transaction`.
RedirectSaveOutcome save_redirect_in(Transaction& transaction, const core::RedirectInput& rule,
                                     std::optional<std::int64_t> by, UtcTime now) {
  Connection& connection = transaction.connection();
  RedirectSaveOutcome outcome;
  outcome.old_path = rule.old_path;
  const core::RedirectRules rules = redirect_neighbourhood(connection, rule.old_path, rule.target);
  const core::RedirectPlan plan = core::plan_redirect(rule.old_path, rule.target, rules);
  if (plan.problem != core::RedirectProblem::kNone) {
    outcome.errors.push_back({core::RedirectField::kTarget, plan.problem});
    return outcome;
  }
  outcome.replaced = rules.contains(rule.old_path);
  outcome.target = plan.target;
  const std::string at = format_utc(now);
  Statement upsert = connection.prepare(kRedirectUpsert);
  upsert.bind_text(1, rule.old_path).bind_text(2, plan.target).bind_text(3, rule.note);
  bind_redirect_actor(upsert, 4, by);
  upsert.bind_text(5, at);
  if (upsert.step()) outcome.id = upsert.column_int64(0);
  if (!plan.repointed.empty()) {
    Statement repoint = connection.prepare(kRedirectRepoint);
    repoint.bind_text(1, plan.target).bind_text(2, rule.old_path);
    bind_redirect_actor(repoint, 3, by);
    repoint.bind_text(4, at).run();
    outcome.repointed = plan.repointed.size();
  }
  connection.prepare(kNotFoundForget).bind_text(1, rule.old_path).run();
  return outcome;
}

std::vector<core::RedirectError> checked_or_errors(const core::RedirectInput& input,
                                                   core::RedirectInput& rule) {
  core::CheckedRedirect checked = core::check_redirect_input(input);
  rule = std::move(checked.rule);
  return std::move(checked.errors);
}

}  // namespace

SqlRedirectStore::SqlRedirectStore(Database& database) : database_(database) {}

RedirectSaveOutcome SqlRedirectStore::save(const core::RedirectInput& input,
                                           std::optional<std::int64_t> by, UtcTime now) {
  core::RedirectInput rule;
  RedirectSaveOutcome outcome;
  outcome.errors = checked_or_errors(input, rule);
  if (!outcome.errors.empty()) return outcome;
  Transaction transaction{database_, TransactionKind::kWrite};
  outcome = save_redirect_in(transaction, rule, by, now);
  if (outcome.saved()) transaction.commit();
  return outcome;
}

RedirectImportOutcome SqlRedirectStore::import(const std::vector<core::RedirectInput>& rules,
                                               std::optional<std::int64_t> by, UtcTime now) {
  RedirectImportOutcome outcome;
  Transaction transaction{database_, TransactionKind::kWrite};
  for (std::size_t i = 0; i < rules.size(); ++i) {
    core::RedirectInput rule;
    std::vector<core::RedirectError> errors = checked_or_errors(rules[i], rule);
    if (errors.empty()) {
      RedirectSaveOutcome saved = save_redirect_in(transaction, rule, by, now);
      errors = std::move(saved.errors);
      if (errors.empty()) ++(saved.replaced ? outcome.replaced : outcome.created);
    }
    for (const core::RedirectError& error : errors)
      outcome.errors.push_back({i + 1, error});
  }
  if (!outcome.errors.empty()) return {outcome.errors, 0, 0};
  transaction.commit();
  return outcome;
}

std::optional<std::string> SqlRedirectStore::find(std::string_view key) {
  Lease connection = database_.acquire();
  return redirect_target_of(*connection, key);
}

std::optional<Redirect> SqlRedirectStore::get(std::int64_t id) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(std::string(kRedirectColumns) + " WHERE id = ?1");
  row.bind_int64(1, id);
  if (!row.step()) return std::nullopt;
  return redirect_of(row);
}

std::vector<Redirect> SqlRedirectStore::list() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(std::string(kRedirectColumns) + " ORDER BY old_path");
  std::vector<Redirect> rules;
  while (rows.step())
    rules.push_back(redirect_of(rows));
  return rules;
}

bool SqlRedirectStore::remove(std::int64_t id) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const bool removed = transaction.connection()
                           .prepare("DELETE FROM redirects WHERE id = ?1 RETURNING id")
                           .bind_int64(1, id)
                           .run_counting() > 0;
  transaction.commit();
  return removed;
}

bool SqlRedirectStore::count_not_found(std::string_view path, UtcTime now, NotFoundLimits limits) {
  if (path.empty() || path.size() > limits.max_path_length) return false;
  Lease connection = database_.acquire();
  const std::string at = format_utc(now);
  if (connection->prepare(kNotFoundBump).bind_text(1, path).bind_text(2, at).run_counting() > 0) {
    return true;
  }
  return connection->prepare(kNotFoundAdd)
             .bind_text(1, path)
             .bind_text(2, at)
             .bind_int64(3, static_cast<std::int64_t>(limits.max_rows))
             .run_counting() > 0;
}

std::vector<NotFoundHit> SqlRedirectStore::not_found(std::size_t limit) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT path, hits, first_seen, last_seen FROM not_found_hits"
      " ORDER BY hits DESC, last_seen DESC, path LIMIT ?1");
  rows.bind_int64(1, static_cast<std::int64_t>(limit));
  std::vector<NotFoundHit> hits;
  while (rows.step()) {
    hits.push_back({rows.column_text(0), rows.column_int64(1),
                    parse_utc(rows.column_text(2)).value_or(UtcTime{}),
                    parse_utc(rows.column_text(3)).value_or(UtcTime{})});
  }
  return hits;
}

bool SqlRedirectStore::dismiss_not_found(std::string_view path) {
  Lease connection = database_.acquire();
  return connection->prepare("DELETE FROM not_found_hits WHERE path = ?1 RETURNING path")
             .bind_text(1, path)
             .run_counting() > 0;
}

}  // namespace tori::store::sqlite

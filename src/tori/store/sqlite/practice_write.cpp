// SPDX-License-Identifier: AGPL-3.0-or-later
// save_practice: resolve references, compare with the stored practice, write every row.
#include "tori/store/sqlite/practice_write.hpp"

#include <string>

#include "tori/core/practice_input.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/practice_load.hpp"
#include "tori/store/sqlite/practice_resolve.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store::sqlite {

namespace {

// What the input's names and labels resolved to.
struct Resolved {
  std::string slug;
  std::vector<TermRef> terms;
  std::vector<OrganisationRef> organisations;
};

// The practice as it is to be stored, without id, times and revision.
core::Practice candidate_of(const PracticeWrite& write, const Resolved& resolved) {
  core::Practice practice = core::practice_from_input(write.input);
  practice.slug = resolved.slug;
  for (const OrganisationRef& organisation : resolved.organisations)
    practice.organisations.push_back(organisation.named);
  practice.municipality = write.municipality;
  practice.region = write.region;
  for (const TermRef& term : resolved.terms)
    core::terms_of(practice, term.vocabulary).push_back(term.term);
  return practice;
}

// Whether saving would store what is already stored (times, id and revision aside).
bool same_content(const core::Practice& a, const core::Practice& b) {
  auto content = [](const core::Practice& p) {
    return std::tie(p.slug, p.state, p.title, p.summary, p.organisations, p.municipality, p.region,
                    p.sectors, p.themes, p.client_groups, p.maturity, p.started, p.sections,
                    p.keywords, p.contact, p.links, p.language, p.published_at);
  };
  return content(a) == content(b);
}

bool all_known(const Resolved& resolved) {
  for (const TermRef& term : resolved.terms)
    if (term.id == 0) return false;
  for (const OrganisationRef& organisation : resolved.organisations)
    if (organisation.id == 0) return false;
  return true;
}

void bind_optional(Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) {
    statement.bind_text(index, *value);
  } else {
    statement.bind_null(index);
  }
}

// Parameters 1–24 of kInsertPractice and kUpdatePractice: the content columns.
void bind_content(Statement& statement, const core::Practice& p) {
  statement.bind_text(1, p.slug).bind_text(2, core::to_string(p.state)).bind_text(3, p.title);
  statement.bind_text(4, p.summary);
  for (std::size_t i = 0; i < core::kSections.size(); ++i)
    statement.bind_text(5 + static_cast<int>(i), p.sections[i]);
  using Text = std::optional<std::string>;
  bind_optional(statement, 12, p.municipality ? Text{p.municipality->code} : Text{});
  bind_optional(statement, 13, p.municipality ? Text{p.municipality->name} : Text{});
  bind_optional(statement, 14, p.region ? Text{p.region->slug} : Text{});
  bind_optional(statement, 15, p.region ? Text{p.region->name} : Text{});
  bind_optional(statement, 16, p.maturity ? Text{core::to_string(*p.maturity)} : Text{});
  statement.bind_text(17, p.started).bind_text(18, p.contact.name);
  statement.bind_text(19, p.contact.title).bind_text(20, p.contact.email);
  statement.bind_text(21, p.contact.phone).bind_text(22, core::to_string(p.language));
  bind_optional(statement, 23, p.published_at ? Text{stored_time(*p.published_at)} : Text{});
  if (p.published_at) {
    statement.bind_int64(24, helsinki_year(*p.published_at));
  } else {
    statement.bind_null(24);
  }
}

constexpr std::string_view kInsertPractice =
    "INSERT INTO practices (slug, state, title, summary, background, solution, implementation,"
    " resources, results, transfer, lessons, municipality_code, municipality_name, region_slug,"
    " region_name, maturity, started, contact_name, contact_title, contact_email, contact_phone,"
    " language, published_at, published_year, external_id, created_at, updated_at, revision)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?26, 1) RETURNING id";

std::int64_t insert_practice(Connection& connection, const core::Practice& practice,
                             const std::string& now) {
  Statement insert = connection.prepare(kInsertPractice);
  bind_content(insert, practice);
  insert.bind_text(25, practice.external_id).bind_text(26, now);
  if (!insert.step()) throw Error("INSERT INTO practices … RETURNING gave no id");
  const std::int64_t id = insert.column_int64(0);
  insert.run();
  return id;
}

constexpr std::string_view kUpdatePractice =
    "UPDATE practices SET slug = ?1, state = ?2, title = ?3, summary = ?4, background = ?5,"
    " solution = ?6, implementation = ?7, resources = ?8, results = ?9, transfer = ?10,"
    " lessons = ?11, municipality_code = ?12, municipality_name = ?13, region_slug = ?14,"
    " region_name = ?15, maturity = ?16, started = ?17, contact_name = ?18, contact_title = ?19,"
    " contact_email = ?20, contact_phone = ?21, language = ?22, published_at = ?23,"
    " published_year = ?24, updated_at = ?25, revision = revision + 1 WHERE id = ?26";

void update_practice(Connection& connection, const core::Practice& practice, std::int64_t id,
                     const std::string& now) {
  Statement update = connection.prepare(kUpdatePractice);
  bind_content(update, practice);
  update.bind_text(25, now).bind_int64(26, id);
  update.run();
}

constexpr std::string_view kDeleteOrganisationsOf =
    "DELETE FROM practice_organisations WHERE practice_id = ?1";
constexpr std::string_view kDeleteTermsOf = "DELETE FROM practice_terms WHERE practice_id = ?1";
constexpr std::string_view kDeleteLinksOf = "DELETE FROM practice_links WHERE practice_id = ?1";
constexpr std::string_view kDeleteKeywordsOf =
    "DELETE FROM practice_keywords WHERE practice_id = ?1";

void delete_children(Connection& connection, std::int64_t id) {
  for (std::string_view sql :
       {kDeleteOrganisationsOf, kDeleteTermsOf, kDeleteLinksOf, kDeleteKeywordsOf}) {
    connection.prepare(sql).bind_int64(1, id).run();
  }
}

constexpr std::string_view kInsertPracticeOrganisation =
    "INSERT INTO practice_organisations (practice_id, organisation_id, position)"
    " VALUES (?1, ?2, ?3)";
constexpr std::string_view kInsertPracticeTerm =
    "INSERT INTO practice_terms (practice_id, term_id, position) VALUES (?1, ?2, ?3)";
constexpr std::string_view kInsertLink =
    "INSERT INTO practice_links (practice_id, position, title, url) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kInsertKeyword =
    "INSERT INTO practice_keywords (practice_id, position, keyword) VALUES (?1, ?2, ?3)";

void insert_children(Connection& connection, std::int64_t id, const Resolved& resolved,
                     const core::Practice& practice) {
  std::int64_t position = 0;
  for (const OrganisationRef& organisation : resolved.organisations) {
    connection.prepare(kInsertPracticeOrganisation)
        .bind_int64(1, id)
        .bind_int64(2, organisation.id)
        .bind_int64(3, position++)
        .run();
  }
  position = 0;
  for (const TermRef& term : resolved.terms) {
    connection.prepare(kInsertPracticeTerm)
        .bind_int64(1, id)
        .bind_int64(2, term.id)
        .bind_int64(3, position++)
        .run();
  }
  position = 0;
  for (const core::Link& link : practice.links) {
    connection.prepare(kInsertLink)
        .bind_int64(1, id)
        .bind_int64(2, position++)
        .bind_text(3, link.title)
        .bind_text(4, link.url)
        .run();
  }
  position = 0;
  for (const std::string& keyword : practice.keywords) {
    connection.prepare(kInsertKeyword)
        .bind_int64(1, id)
        .bind_int64(2, position++)
        .bind_text(3, keyword)
        .run();
  }
}

// What the input refers to (slug, terms, organisations), or the first reason to refuse it.
std::variant<Resolved, WriteError> resolve(Connection& connection, const PracticeWrite& write,
                                           const std::optional<core::Practice>& stored) {
  auto slug = choose_practice_slug(connection, write.input, stored);
  if (auto* error = std::get_if<WriteError>(&slug)) return std::move(*error);
  auto terms = find_terms(connection, write.input, write.create_terms);
  if (auto* error = std::get_if<WriteError>(&terms)) return std::move(*error);
  auto organisations = find_organisations(connection, write.input.organisations);
  if (auto* error = std::get_if<WriteError>(&organisations)) return std::move(*error);
  return Resolved{std::get<std::string>(std::move(slug)),
                  std::get<std::vector<TermRef>>(std::move(terms)),
                  std::get<std::vector<OrganisationRef>>(std::move(organisations))};
}

std::optional<core::Practice> stored_practice(Connection& connection,
                                              std::string_view external_id) {
  const std::optional<std::int64_t> id = practice_id_by_external_id(connection, external_id);
  if (!id) return std::nullopt;
  std::vector<core::Practice> found = load_practices(connection, {*id}, Detail::kFull);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace

std::variant<WriteResult, WriteError> save_practice(Transaction& transaction,
                                                    const PracticeWrite& write) {
  if (write.input.external_id.empty()) return WriteError{"external_id", "external_id is required"};
  Connection& connection = transaction.connection();
  const std::optional<core::Practice> stored = stored_practice(connection, write.input.external_id);
  auto resolved_or_error = resolve(connection, write, stored);
  if (auto* error = std::get_if<WriteError>(&resolved_or_error)) return std::move(*error);
  Resolved& resolved = std::get<Resolved>(resolved_or_error);
  const core::Practice candidate = candidate_of(write, resolved);
  if (stored && all_known(resolved) && same_content(candidate, *stored)) {
    return WriteResult{stored->id, stored->slug, WriteOutcome::kUnchanged};
  }
  create_missing(connection, resolved.terms);
  create_missing(connection, resolved.organisations, write.municipality);
  const std::string now = format_utc(utc_now());
  std::int64_t id = 0;
  if (stored) {
    id = stored->id;
    update_practice(connection, candidate, id, now);
    delete_children(connection, id);
  } else {
    id = insert_practice(connection, candidate, now);
  }
  insert_children(connection, id, resolved, candidate);
  const bool created = !stored;
  append_change(transaction, "practice", id,
                created ? ChangeAction::kCreated : ChangeAction::kUpdated);
  return WriteResult{id, candidate.slug, created ? WriteOutcome::kCreated : WriteOutcome::kUpdated};
}

}  // namespace tori::store::sqlite

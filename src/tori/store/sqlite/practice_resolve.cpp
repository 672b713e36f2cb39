// SPDX-License-Identifier: AGPL-3.0-or-later
// save()'s look-ups and creations: slugs, organisations by name, vocabulary terms by label.
#include "tori/store/sqlite/practice_resolve.hpp"

#include <algorithm>
#include <set>

#include "tori/core/organisation.hpp"
#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/practice_load.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/utc_time.hpp"
#include "tori/text/slug.hpp"

namespace tori::store::sqlite {

namespace {

bool is_reserved(std::string_view slug) {
  return std::binary_search(kReservedSlugs.begin(), kReservedSlugs.end(), slug);
}

// A slug made from `text` that is not reserved and for which `taken` is false.
template <class Taken>
std::string free_slug(std::string_view text, Taken taken) {
  return text::unique_slug(text::slugify(text), taken, reserved_slugs());
}

// The error for an input slug the practice cannot have, if any.
std::optional<WriteError> refuse_slug(Connection& connection, std::string_view slug,
                                      const std::optional<core::Practice>& stored) {
  const std::string quoted = "slug '" + std::string{slug} + "'";
  if (!text::is_valid_slug(slug)) return WriteError{"slug", quoted + " is not a valid slug"};
  if (is_reserved(slug)) return WriteError{"slug", quoted + " is reserved for the site"};
  const std::optional<std::int64_t> owner = practice_id_by_slug(connection, slug);
  if (owner && (!stored || *owner != stored->id)) {
    return WriteError{"slug", quoted + " belongs to another practice"};
  }
  return std::nullopt;
}

}  // namespace

std::variant<std::string, WriteError> choose_practice_slug(
    Connection& connection, const core::PracticeInput& input,
    const std::optional<core::Practice>& stored) {
  if (!input.slug.empty()) {
    if (auto error = refuse_slug(connection, input.slug, stored)) return *std::move(error);
    return input.slug;
  }
  if (stored) return stored->slug;
  return free_slug(input.title, [&](std::string_view candidate) {
    return practice_id_by_slug(connection, candidate).has_value();
  });
}

// ---- Vocabulary terms -------------------------------------------------------------------------

namespace {

constexpr std::string_view kSelectTermByKey =
    "SELECT id, slug, label FROM vocabulary_terms WHERE vocabulary = ?1 AND label_key = ?2";

// Appends the terms of one vocabulary; an error for the first unknown label unless creating.
std::optional<WriteError> find_vocabulary_terms(Connection& connection, core::Vocabulary vocabulary,
                                                const std::vector<std::string>& labels,
                                                bool create_terms, std::vector<TermRef>& terms) {
  std::set<std::string> seen;
  for (const std::string& label : labels) {
    std::string key = match_key(label);
    if (!seen.insert(key).second) continue;
    Statement row = connection.prepare(kSelectTermByKey);
    row.bind_text(1, vocabulary_code(vocabulary)).bind_text(2, key);
    if (row.step()) {
      terms.push_back({row.column_int64(0), vocabulary, {row.column_text(1), row.column_text(2)}});
    } else if (create_terms && !key.empty()) {
      terms.push_back({0, vocabulary, {"", label}});
    } else {
      return WriteError{std::string{core::vocabulary_field(vocabulary)},
                        "unknown " + std::string{vocabulary_noun(vocabulary)} + " '" + label + "'"};
    }
  }
  return std::nullopt;
}

}  // namespace

std::variant<std::vector<TermRef>, WriteError> find_terms(Connection& connection,
                                                          const core::PracticeInput& input,
                                                          bool create_terms) {
  std::vector<TermRef> terms;
  const std::pair<core::Vocabulary, const std::vector<std::string>*> vocabularies[] = {
      {core::Vocabulary::kSector, &input.sectors},
      {core::Vocabulary::kTheme, &input.themes},
      {core::Vocabulary::kClientGroup, &input.client_groups}};
  for (const auto& [vocabulary, labels] : vocabularies) {
    if (auto error = find_vocabulary_terms(connection, vocabulary, *labels, create_terms, terms)) {
      return *std::move(error);
    }
  }
  return terms;
}

constexpr std::string_view kSelectTermSlugTaken =
    "SELECT 1 FROM vocabulary_terms WHERE vocabulary = ?1 AND slug = ?2";
constexpr std::string_view kInsertTerm =
    "INSERT INTO vocabulary_terms (vocabulary, slug, label, label_key, position)"
    " SELECT ?1, ?2, ?3, ?4, coalesce(max(position), 0) + 1 FROM vocabulary_terms"
    " WHERE vocabulary = ?1 RETURNING id";

void create_missing(Connection& connection, std::vector<TermRef>& terms) {
  for (TermRef& term : terms) {
    if (term.id != 0) continue;
    const std::string_view code = vocabulary_code(term.vocabulary);
    term.term.name = tidy_text(term.term.name);
    term.term.slug = free_slug(term.term.name, [&](std::string_view candidate) {
      return connection.prepare(kSelectTermSlugTaken)
          .bind_text(1, code)
          .bind_text(2, candidate)
          .step();
    });
    Statement insert = connection.prepare(kInsertTerm);
    insert.bind_text(1, code)
        .bind_text(2, term.term.slug)
        .bind_text(3, term.term.name)
        .bind_text(4, match_key(term.term.name));
    if (!insert.step()) throw Error("INSERT INTO vocabulary_terms … RETURNING gave no id");
    term.id = insert.column_int64(0);
    insert.run();
  }
}

// ---- Organisations ----------------------------------------------------------------------------

constexpr std::string_view kSelectOrganisationByKey =
    "SELECT id, slug, name FROM organisations WHERE name_key = ?1";

std::variant<std::vector<OrganisationRef>, WriteError> find_organisations(
    Connection& connection, const std::vector<std::string>& names) {
  std::vector<OrganisationRef> organisations;
  std::set<std::string> seen;
  for (const std::string& name : names) {
    std::string key = match_key(name);
    if (key.empty()) return WriteError{"organisations", "an organisation name is empty"};
    if (!seen.insert(key).second) continue;
    Statement row = connection.prepare(kSelectOrganisationByKey);
    row.bind_text(1, key);
    if (row.step()) {
      organisations.push_back({row.column_int64(0), {row.column_text(1), row.column_text(2)}});
    } else {
      organisations.push_back({0, {"", tidy_text(name)}});
    }
  }
  return organisations;
}

bool is_local(core::OrganisationType type) {
  using core::OrganisationType;
  return type == OrganisationType::kMunicipality || type == OrganisationType::kCity ||
         type == OrganisationType::kMunicipalCompany || type == OrganisationType::kOther;
}

void create_missing(Connection& connection, std::vector<OrganisationRef>& organisations,
                    const std::optional<core::MunicipalityRef>& municipality) {
  for (OrganisationRef& organisation : organisations) {
    if (organisation.id != 0) continue;
    core::Named& named = organisation.named;
    named.slug = free_slug(named.name, [&](std::string_view candidate) {
      return connection.prepare(kSelectOrganisationSlugTaken).bind_text(1, candidate).step();
    });
    const core::OrganisationType type = core::guess_organisation_type(named.name);
    const bool home = municipality && is_local(type);
    Statement insert = connection.prepare(kInsertOrganisation);
    insert.bind_text(1, named.slug)
        .bind_text(2, named.name)
        .bind_text(3, match_key(named.name))
        .bind_text(4, core::to_string(type))
        .bind_text(5, format_utc(utc_now()));
    if (home) insert.bind_text(6, municipality->code).bind_text(7, municipality->name);
    if (!insert.step()) throw Error("INSERT INTO organisations … RETURNING gave no id");
    organisation.id = insert.column_int64(0);
    insert.run();
  }
}

}  // namespace tori::store::sqlite

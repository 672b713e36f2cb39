// SPDX-License-Identifier: AGPL-3.0-or-later
// The look-ups of save(): a practice's slug, its organisations by name and its vocabulary
// terms by label (case-insensitive), and creating the ones that are new. Internal.
//
//   auto terms = find_terms(connection, write.input, write.create_terms);  // or WriteError
//   auto organisations = find_organisations(connection, write.input.organisations);
//   create_missing(connection, organisations);                             // writes
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// A term of the input: known (id > 0) or to be created from `label`.
struct TermRef {
  std::int64_t id = 0;
  core::Vocabulary vocabulary = core::Vocabulary::kTheme;
  core::Named term;  // slug and stored label; slug empty until created
};

// An organisation of the input: known (id > 0) or to be created with the name `named.name`.
struct OrganisationRef {
  std::int64_t id = 0;
  core::Named named;  // slug empty until created
};

// The slug the practice gets: the input's (refused when reserved, malformed or another
// practice's), else the stored one, else a free one made from the title. Reads only.
[[nodiscard]] std::variant<std::string, WriteError> choose_practice_slug(
    Connection& connection, const core::PracticeInput& input,
    const std::optional<core::Practice>& stored);

// The input's sectors, themes and client groups in that order (a label repeated within a
// vocabulary counted once). An unknown label is an error unless `create_terms`, when it is
// returned with id 0 (a label of only white space is an error all the same). Reads only.
[[nodiscard]] std::variant<std::vector<TermRef>, WriteError> find_terms(
    Connection& connection, const core::PracticeInput& input, bool create_terms);

// The input's organisations in order (a name repeated ignoring case counted once); unknown ones
// with id 0; an error for a name of only white space. Reads only.
[[nodiscard]] std::variant<std::vector<OrganisationRef>, WriteError> find_organisations(
    Connection& connection, const std::vector<std::string>& names);

// Creates the terms with id 0 (a free slug from the label, last position of the vocabulary)
// and fills in their ids and slugs.
void create_missing(Connection& connection, std::vector<TermRef>& terms);
// Creates the organisations with id 0 (a free slug from the name, the type guessed from it)
// and fills in their ids and slugs.
// An organisation of a local type (municipality, city, municipal company, other) gets
// `municipality` as its home; regional ones (wellbeing services county, joint authority, rescue
// department) none.
void create_missing(Connection& connection, std::vector<OrganisationRef>& organisations,
                    const std::optional<core::MunicipalityRef>& municipality);

}  // namespace tori::store::sqlite

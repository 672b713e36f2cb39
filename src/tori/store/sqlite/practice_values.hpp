// SPDX-License-Identifier: AGPL-3.0-or-later
// The stored text forms of the practices tables (vocabulary codes, matching keys, times) and
// JSON arrays for binding a list to one `json_each(?)` parameter. Internal to store/sqlite.
//
//   statement.bind_text(1, json_array(query.regions));  // … IN (SELECT value FROM json_each(?1))
//   std::string key = match_key(" Kontiolahden KUNTA ");  // "kontiolahden kunta"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::store::sqlite {

// Taking a free organisation slug and creating an organisation (the organisation admin and the
// practices that name a new one).
inline constexpr std::string_view kSelectOrganisationSlugTaken =
    "SELECT 1 FROM organisations WHERE slug = ?1";
inline constexpr std::string_view kInsertOrganisation =
    "INSERT INTO organisations (slug, name, name_key, type, created_at, municipality_code,"
    " municipality_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id";

// "sector", "theme", "client_group": vocabulary_terms.vocabulary.
[[nodiscard]] std::string_view vocabulary_code(core::Vocabulary vocabulary);
// The inverse of vocabulary_code; nothing for any other text.
[[nodiscard]] std::optional<core::Vocabulary> parse_vocabulary_code(std::string_view code);
// "sector", "theme", "client group": the noun in an "unknown theme 'x'" message.
[[nodiscard]] std::string_view vocabulary_noun(core::Vocabulary vocabulary);

// A name or label as stored when the store creates it: NFC, without leading or trailing white
// space, inner runs of white space made one space.
[[nodiscard]] std::string tidy_text(std::string_view text);
// The key names and labels are matched by: tidy_text, then Unicode case folding.
[[nodiscard]] std::string match_key(std::string_view text);

// A JSON array of strings (escaped as RFC 8259 requires) or of integers.
[[nodiscard]] std::string json_array(const std::vector<std::string>& values);
[[nodiscard]] std::string json_array(const std::vector<std::int64_t>& values);

// A time point as the stored UTC text "YYYY-MM-DDTHH:MM:SS.000Z".
[[nodiscard]] std::string stored_time(core::TimePoint time);
// The inverse of stored_time (milliseconds dropped); throws Error naming `column` when the
// stored text is not one the store writes.
[[nodiscard]] core::TimePoint parse_stored_time(std::string_view text, std::string_view column);
// The calendar year of `time` in Europe/Helsinki (published_year).
[[nodiscard]] int helsinki_year(core::TimePoint time);

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// The query parameters of GET /api/v1/practices turned into a store query, apart from HTTP: plain
// functions of the raw query string and what exists (DESIGN.md §8).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/web/api_response.hpp"

namespace tori::web {

// The largest page the API gives; larger limits are clamped to it.
inline constexpr int kApiMaxLimit = 100;
inline constexpr int kApiDefaultLimit = 20;

// A raw query string's parameters, names and values percent- and '+'-decoded, in order;
// empty values are kept.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> split_query(std::string_view query);

// The 400 answer to a request that gives any parameter, for the endpoints that take none.
[[nodiscard]] std::optional<ApiError> refuse_any_parameter(std::string_view query);

// What the filter parameters may name; each answers whether a value exists.
struct ApiVocabulary {
  std::function<bool(std::string_view)> organisation;
  std::function<bool(std::string_view)> region;
  std::function<bool(std::string_view)> municipality;  // a Statistics Finland code
  std::function<bool(core::Vocabulary, std::string_view)> term;
};

// The store query of GET /api/v1/practices (published practices only), or the error naming the
// parameter at fault: unknown names, repeated single-valued parameters, malformed values and
// filter values that name nothing. Empty values are ignored.
[[nodiscard]] std::variant<store::PracticeQuery, ApiError> parse_practice_query(
    std::string_view query, const ApiVocabulary& known);

// The limit parameter: digits only (a negative or other value is an error), clamped to 100.
[[nodiscard]] std::optional<int> parse_limit(std::string_view text);
// The offset parameter: digits only, at most 2^31 − 1.
[[nodiscard]] std::optional<int> parse_offset(std::string_view text);
// A year: exactly four digits.
[[nodiscard]] std::optional<int> parse_year(std::string_view text);
// The first instant of a Helsinki calendar day "YYYY-MM-DD" (as UTC); nothing when malformed.
[[nodiscard]] std::optional<core::TimePoint> start_of_helsinki_day(std::string_view date);

}  // namespace tori::web

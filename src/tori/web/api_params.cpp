// SPDX-License-Identifier: AGPL-3.0-or-later
// Parses and checks the practice listing's query parameters into a store::PracticeQuery.
#include "tori/web/api_params.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "tori/core/ranking.hpp"
#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;
using Result = std::variant<store::PracticeQuery, ApiError>;

// The parameters GET /api/v1/practices knows; any other name is an error.
constexpr std::array<std::string_view, 13> kPracticeParameters = {
    "region",         "municipality",    "sector", "theme", "client_group",
    "organisation",   "maturity",        "year",   "sort",  "limit",
    "published_from", "published_until", "offset"};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// '+' is a space and %XX a byte; a malformed escape stays as it is.
std::string decode_component(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() + 0 && hex_digit(text[i + 1]) >= 0 &&
               hex_digit(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

ApiError invalid(std::string parameter, std::string message) {
  return ApiError{ApiErrorCode::kInvalidParameter, std::move(message), std::move(parameter)};
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The values given for `name`, empty ones left out.
std::vector<std::string> values_of(const Pairs& pairs, std::string_view name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : pairs)
    if (key == name && !value.empty()) values.push_back(value);
  return values;
}

// The one value of a single-valued parameter; an error when given more than once.
std::variant<std::optional<std::string>, ApiError> single(const Pairs& pairs,
                                                          std::string_view name) {
  auto values = values_of(pairs, name);
  if (values.size() > 1)
    return invalid(std::string(name), std::string(name) + " given more than once");
  if (values.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{values.front()};
}

// Checks each value of a filter with `exists`, appending them to `into`.
std::optional<ApiError> known_values(const Pairs& pairs, std::string_view name,
                                     const std::function<bool(std::string_view)>& exists,
                                     std::vector<std::string>& into) {
  for (std::string& value : values_of(pairs, name)) {
    if (!exists || !exists(value))
      return invalid(std::string(name), "unknown " + std::string(name) + " '" + value + "'");
    into.push_back(std::move(value));
  }
  return std::nullopt;
}

std::optional<ApiError> check_names(const Pairs& pairs) {
  for (const auto& [key, value] : pairs) {
    if (std::find(kPracticeParameters.begin(), kPracticeParameters.end(), key) ==
        kPracticeParameters.end())
      return invalid(key, "unknown parameter '" + key + "'");
  }
  return std::nullopt;
}

std::optional<ApiError> parse_filters(const Pairs& pairs, const ApiVocabulary& known,
                                      store::PracticeQuery& query) {
  if (auto e = known_values(pairs, "organisation", known.organisation, query.organisations))
    return e;
  if (auto e = known_values(pairs, "region", known.region, query.regions)) return e;
  if (auto e = known_values(pairs, "municipality", known.municipality, query.municipalities))
    return e;
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    std::string field(core::vocabulary_field(vocabulary));
    std::string name = field.substr(0, field.size() - 1);  // "themes" → "theme"
    auto exists = [&](std::string_view slug) { return known.term && known.term(vocabulary, slug); };
    std::vector<std::string>& into = vocabulary == core::Vocabulary::kSector  ? query.sectors
                                     : vocabulary == core::Vocabulary::kTheme ? query.themes
                                                                              : query.client_groups;
    if (auto e = known_values(pairs, name, exists, into)) return e;
  }
  for (const std::string& value : values_of(pairs, "maturity")) {
    auto maturity = core::parse_maturity(value);
    if (!maturity)
      return invalid("maturity", "maturity must be idea, pilot, in_use or established");
    query.maturities.push_back(*maturity);
  }
  for (const std::string& value : values_of(pairs, "year")) {
    auto year = parse_year(value);
    if (!year) return invalid("year", "year must be four digits, e.g. 2024");
    query.years.push_back(*year);
  }
  return std::nullopt;
}

std::optional<ApiError> parse_dates(const Pairs& pairs, store::PracticeQuery& query) {
  auto from = single(pairs, "published_from");
  if (auto* e = std::get_if<ApiError>(&from)) return *e;
  if (const auto& text = std::get<0>(from)) {
    query.published_from = start_of_helsinki_day(*text);
    if (!query.published_from)
      return invalid("published_from", "published_from must be a date YYYY-MM-DD");
  }
  auto until = single(pairs, "published_until");
  if (auto* e = std::get_if<ApiError>(&until)) return *e;
  if (const auto& text = std::get<0>(until)) {
    query.published_before = text::end_of_helsinki_day(*text);
    if (!query.published_before)
      return invalid("published_until", "published_until must be a date YYYY-MM-DD");
  }
  return std::nullopt;
}

std::optional<ApiError> parse_paging(const Pairs& pairs, store::PracticeQuery& query) {
  auto sort = single(pairs, "sort");
  if (auto* e = std::get_if<ApiError>(&sort)) return *e;
  if (const auto& text = std::get<0>(sort)) {
    using Sort = store::PracticeQuery::Sort;
    if (*text == "newest")
      query.sort = Sort::kNewest;
    else if (*text == "oldest")
      query.sort = Sort::kOldest;
    else if (*text == "title")
      query.sort = Sort::kTitle;
    else
      return invalid("sort", "sort must be newest, oldest or title");
  }
  auto limit = single(pairs, "limit");
  if (auto* e = std::get_if<ApiError>(&limit)) return *e;
  query.limit = kApiDefaultLimit;
  if (const auto& text = std::get<0>(limit)) {
    auto parsed = parse_limit(*text);
    if (!parsed)
      return invalid("limit", "limit must be a whole number from 0 (at most 100 are given)");
    query.limit = *parsed;
  }
  auto offset = single(pairs, "offset");
  if (auto* e = std::get_if<ApiError>(&offset)) return *e;
  if (const auto& text = std::get<0>(offset)) {
    auto parsed = parse_offset(*text);
    if (!parsed) return invalid("offset", "offset must be a whole number from 0");
    query.offset = *parsed;
  }
  return std::nullopt;
}

}  // namespace

Pairs split_query(std::string_view query) {
  Pairs pairs;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view item = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (item.empty()) continue;
    std::size_t eq = item.find('=');
    std::string_view value =
        eq == std::string_view::npos ? std::string_view{} : item.substr(eq + 1);
    pairs.emplace_back(decode_component(item.substr(0, eq)), decode_component(value));
  }
  return pairs;
}

std::optional<ApiError> refuse_any_parameter(std::string_view query) {
  const Pairs pairs = split_query(query);
  if (pairs.empty()) return std::nullopt;
  return ApiError{ApiErrorCode::kInvalidParameter,
                  "unknown parameter '" + pairs.front().first + "'", pairs.front().first};
}

Result parse_practice_query(std::string_view raw, const ApiVocabulary& known) {
  const Pairs pairs = split_query(raw);
  store::PracticeQuery query;
  if (auto e = check_names(pairs)) return *e;
  if (auto e = parse_filters(pairs, known, query)) return *e;
  if (auto e = parse_dates(pairs, query)) return *e;
  if (auto e = parse_paging(pairs, query)) return *e;
  return query;
}

std::optional<int> parse_limit(std::string_view text) {
  if (!all_digits(text)) return std::nullopt;
  if (text.size() > 6) return kApiMaxLimit;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return std::min(value, kApiMaxLimit);
}

std::optional<int> parse_offset(std::string_view text) {
  int value = 0;
  if (!all_digits(text)) return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> parse_year(std::string_view text) {
  if (text.size() != 4 || !all_digits(text)) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::optional<core::TimePoint> start_of_helsinki_day(std::string_view date) {
  return core::start_of_helsinki_day(date);  // one definition, shared with the standing
}

}  // namespace tori::web

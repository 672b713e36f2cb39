// SPDX-License-Identifier: AGPL-3.0-or-later
// Stored text forms of the practices tables and JSON arrays for list parameters.
#include "tori/store/sqlite/practice_values.hpp"

#include <array>
#include <chrono>
#include <cstdio>

#include "tori/store/errors.hpp"
#include "tori/store/utc_time.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"

namespace tori::store::sqlite {

namespace {

// By core::Vocabulary value: the stored code and the noun of error messages.
constexpr std::array<std::string_view, core::kVocabularies.size()> kVocabularyCodes = {
    "sector", "theme", "client_group"};
constexpr std::array<std::string_view, core::kVocabularies.size()> kVocabularyNouns = {
    "sector", "theme", "client group"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// `text` without leading and trailing white space, inner runs of it made one space.
std::string squeeze_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

void append_json_string(std::string& out, std::string_view value) {
  out.push_back('"');
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

}  // namespace

std::string_view vocabulary_code(core::Vocabulary vocabulary) {
  return kVocabularyCodes.at(static_cast<std::size_t>(vocabulary));
}

std::optional<core::Vocabulary> parse_vocabulary_code(std::string_view code) {
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    if (vocabulary_code(vocabulary) == code) return vocabulary;
  }
  return std::nullopt;
}

std::string_view vocabulary_noun(core::Vocabulary vocabulary) {
  return kVocabularyNouns.at(static_cast<std::size_t>(vocabulary));
}

std::string tidy_text(std::string_view text) {
  return text::to_nfc(squeeze_spaces(text));
}

std::string match_key(std::string_view text) {
  return text::fold_case(tidy_text(text));
}

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const std::string& value : values) {
    if (out.size() > 1) out.push_back(',');
    append_json_string(out, value);
  }
  out.push_back(']');
  return out;
}

std::string json_array(const std::vector<std::int64_t>& values) {
  std::string out = "[";
  for (std::int64_t value : values) {
    if (out.size() > 1) out.push_back(',');
    out += std::to_string(value);
  }
  out.push_back(']');
  return out;
}

std::string stored_time(core::TimePoint time) {
  return format_utc(UtcTime{time});
}

core::TimePoint parse_stored_time(std::string_view text, std::string_view column) {
  std::optional<UtcTime> time = parse_utc(text);
  if (!time) {
    throw Error("malformed time '" + std::string{text} + "' in " + std::string{column});
  }
  return std::chrono::floor<std::chrono::seconds>(*time);
}

int helsinki_year(core::TimePoint time) {
  // "YYYY-MM-DDTHH:MM:SS+HH:MM": the year is everything before the first '-' after a digit.
  const std::string local = text::format_rfc3339_helsinki(time);
  return std::stoi(local.substr(0, local.find('-', 1)));
}

}  // namespace tori::store::sqlite

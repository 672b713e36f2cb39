// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helpers of tori_core_test: the real files of data/ (TORI_SOURCE_DATA_DIR), and a
// Practice built from an input the way a store builds it.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/core/practice.hpp"
#include "tori/core/practice_input.hpp"
#include "tori/text/slug.hpp"

namespace tori::core::testing {

// The whole file data/<relative>; throws when it cannot be read.
inline std::string read_data_file(std::string_view relative) {
  const std::filesystem::path path = std::filesystem::path(TORI_SOURCE_DATA_DIR) / relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// data/finland/municipalities.csv, parsed once; throws with the parse error.
inline const Finland& real_finland() {
  static const Finland finland = [] {
    auto parsed = Finland::parse(read_data_file("finland/municipalities.csv"));
    if (auto* error = std::get_if<std::string>(&parsed)) throw std::runtime_error(*error);
    return std::get<Finland>(std::move(parsed));
  }();
  return finland;
}

// Names as stored references, with slugs made from them.
inline std::vector<Named> named(const std::vector<std::string>& names) {
  std::vector<Named> result;
  for (const std::string& name : names)
    result.push_back({text::slugify(name), name});
  return result;
}

// The Practice a store would keep for a valid `input`: fields copied, place names resolved
// with real_finland() (throws std::bad_variant_access when they do not resolve).
inline Practice practice_from(const PracticeInput& input) {
  Practice practice = practice_from_input(input);
  practice.slug = input.slug.empty() ? text::slugify(input.title) : input.slug;
  practice.organisations = named(input.organisations);
  const Place place = std::get<Place>(resolve_place(input, real_finland()));
  practice.municipality = place.municipality;
  practice.region = place.region;
  for (Vocabulary vocabulary : kVocabularies) {
    terms_of(practice, vocabulary) = named(labels_of(input, vocabulary));
  }
  return practice;
}

}  // namespace tori::core::testing

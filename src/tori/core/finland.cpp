// SPDX-License-Identifier: AGPL-3.0-or-later
// Reads Statistics Finland's municipality classification (data/finland/municipalities.csv) and
// looks municipalities and regions up by Finnish or Swedish name, code or slug.
#include "tori/core/finland.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

constexpr std::string_view kHeader =
    "code,name_fi,name_sv,region_code,region_fi,region_sv,wellbeing_county_fi";
constexpr std::size_t kColumns = 7;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The key names are indexed and looked up by: surrounding ASCII whitespace dropped, NFC,
// Unicode case folding ("HELSINGFORS" and "helsingfors" meet).
std::string name_key(std::string_view name) {
  const auto first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  return text::fold_case(text::to_nfc(name));
}

// One quoted field starting at line[i] (the opening quote); appends its text to `field` and
// returns the position after the closing quote, or nothing when the quote is not closed.
std::optional<std::size_t> read_quoted(std::string_view line, std::size_t i, std::string& field) {
  for (++i; i < line.size(); ++i) {
    if (line[i] != '"') {
      field += line[i];
    } else if (i + 1 < line.size() && line[i + 1] == '"') {
      field += '"';  // "" inside quotes is one quote
      ++i;
    } else {
      return i + 1;
    }
  }
  return std::nullopt;
}

// The fields of one CSV line (RFC 4180: a field may be quoted, and then hold commas and "" for
// a quote; no line breaks inside fields), or the reason it is malformed.
std::variant<std::vector<std::string>, std::string> split_csv_line(std::string_view line) {
  std::vector<std::string> fields(1);
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '"' && fields.back().empty()) {
      const auto end = read_quoted(line, i, fields.back());
      if (!end) return std::string("a quoted field is not closed");
      i = *end;
      if (i < line.size() && line[i] != ',') return std::string("text after a closing quote");
      continue;
    }
    if (line[i] == ',') {
      fields.emplace_back();
    } else if (line[i] == '"') {
      return std::string("a quote inside an unquoted field");
    } else {
      fields.back() += line[i];
    }
    ++i;
  }
  return fields;
}

bool is_digits(std::string_view text, std::size_t count) {
  return text.size() == count &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The reason a row's fields are malformed by themselves, or an empty string.
std::string check_fields(const std::vector<std::string>& fields) {
  if (fields.size() != kColumns) {
    return "expected " + std::to_string(kColumns) + " fields, found " +
           std::to_string(fields.size());
  }
  static constexpr std::array<std::string_view, kColumns> kNames = {
      "code", "name_fi", "name_sv", "region_code", "region_fi", "region_sv", "wellbeing_county_fi"};
  for (std::size_t i = 0; i < kColumns; ++i) {
    if (!text::is_valid_utf8(fields[i])) return std::string(kNames[i]) + " is not valid UTF-8";
    if (fields[i].empty() && i + 1 < kColumns) return std::string(kNames[i]) + " is empty";
  }
  if (!is_digits(fields[0], 3)) return "code '" + fields[0] + "' is not three digits";
  if (!is_digits(fields[3], 2)) return "region_code '" + fields[3] + "' is not two digits";
  return {};
}

// Splits `csv` into lines (LF or CRLF); a final line break does not start another line.
std::vector<std::string_view> lines_of(std::string_view csv) {
  std::vector<std::string_view> lines;
  while (!csv.empty()) {
    const auto end = csv.find('\n');
    std::string_view line = csv.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    csv.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

std::variant<Finland, std::string> Finland::parse(std::string_view csv) {
  if (csv.starts_with(kUtf8Bom)) csv.remove_prefix(kUtf8Bom.size());
  const std::vector<std::string_view> lines = lines_of(csv);
  if (lines.empty() || lines[0] != kHeader) {
    return "line 1: expected the header " + std::string(kHeader);
  }
  Finland finland;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto fields = split_csv_line(lines[i]);
    std::string error = std::holds_alternative<std::string>(fields)
                            ? std::get<std::string>(fields)
                            : finland.add_row(std::get<std::vector<std::string>>(fields));
    if (!error.empty()) return "line " + std::to_string(i + 1) + ": " + error;
  }
  if (finland.municipalities_.empty()) return std::string("no municipalities");
  if (std::string error = finland.finish_regions(); !error.empty()) return error;
  return finland;
}

std::string Finland::add_row(const std::vector<std::string>& fields) {
  if (std::string error = check_fields(fields); !error.empty()) return error;
  Municipality municipality{fields[0], fields[1], fields[2], fields[3]};
  const std::size_t position = municipalities_.size();
  if (!municipality_by_code_.emplace(municipality.code, position).second) {
    return "code " + municipality.code + " appears twice";
  }
  for (const std::string& name : {municipality.name_fi, municipality.name_sv}) {
    auto [at, added] = municipality_by_name_.emplace(name_key(name), position);
    if (!added && at->second != position) {
      return "name '" + name + "' is also municipality " + municipalities_[at->second].code;
    }
  }
  const Region region{fields[3], text::slugify(fields[4]), fields[4], fields[5]};
  const auto known = std::find_if(regions_.begin(), regions_.end(),
                                  [&](const Region& r) { return r.code == region.code; });
  if (known == regions_.end()) {
    regions_.push_back(region);
  } else if (known->name_fi != region.name_fi || known->name_sv != region.name_sv) {
    return "region " + region.code + " was named " + known->name_fi + " / " + known->name_sv +
           " before";
  }
  municipalities_.push_back(std::move(municipality));
  return {};
}

std::string Finland::finish_regions() {
  text::sort_finnish_by(regions_, [](const Region& region) { return region.name_fi; });
  for (std::size_t i = 0; i < regions_.size(); ++i) {
    const Region& region = regions_[i];
    region_by_code_.emplace(region.code, i);
    for (const std::string& name : {region.name_fi, region.name_sv}) {
      auto [at, added] = region_by_name_.emplace(name_key(name), i);
      if (!added && at->second != i) {
        return "region name '" + name + "' is also region " + regions_[at->second].code;
      }
    }
    if (!region_by_slug_.emplace(region.slug, i).second) {
      return "region slug '" + region.slug + "' is used twice";
    }
  }
  return {};
}

const Municipality* Finland::municipality_by_name(std::string_view name) const {
  const auto found = municipality_by_name_.find(name_key(name));
  return found == municipality_by_name_.end() ? nullptr : &municipalities_[found->second];
}

const Municipality* Finland::municipality_by_code(std::string_view code) const {
  const auto found = municipality_by_code_.find(code);
  return found == municipality_by_code_.end() ? nullptr : &municipalities_[found->second];
}

const Region* Finland::region_by_name(std::string_view name) const {
  const auto found = region_by_name_.find(name_key(name));
  return found == region_by_name_.end() ? nullptr : &regions_[found->second];
}

const Region* Finland::region_by_slug(std::string_view slug) const {
  const auto found = region_by_slug_.find(slug);
  return found == region_by_slug_.end() ? nullptr : &regions_[found->second];
}

const Region* Finland::region_by_code(std::string_view code) const {
  const auto found = region_by_code_.find(code);
  return found == region_by_code_.end() ? nullptr : &regions_[found->second];
}

MunicipalityRef municipality_ref(const Municipality& municipality) {
  return {municipality.code, municipality.name_fi};
}

Named region_ref(const Region& region) {
  return {region.slug, region.name_fi};
}

}  // namespace tori::core

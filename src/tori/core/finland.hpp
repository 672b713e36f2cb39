// SPDX-License-Identifier: AGPL-3.0-or-later
// Finland's municipalities and regions (maakunnat) from Statistics Finland's classification
// (data/finland/municipalities.csv, CC BY 4.0): look-up by Finnish or Swedish name or code.
//
//   auto parsed = Finland::parse(csv_text);           // Finland, or the error naming the line
//   const Finland& finland = std::get<Finland>(parsed);
//   const Municipality* m = finland.municipality_by_name("Helsingfors");  // 091 Helsinki
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::core {

struct Region {
  std::string code;  // "01"
  std::string slug;  // "uusimaa", from the Finnish name
  std::string name_fi;
  std::string name_sv;
};

struct Municipality {
  std::string code;  // "091"
  std::string name_fi;
  std::string name_sv;
  std::string region_code;
};

class Finland {
 public:
  // Reads the CSV (exactly the header `code,name_fi,name_sv,region_code,region_fi,region_sv,
  // wellbeing_county_fi`, 7 fields a row, RFC 4180 quotes allowed, LF or CRLF, a BOM ignored);
  // the error names the line of the first bad row ("line 3: expected 7 fields, found 4"): a
  // code not 3 digits, an empty name, a code or name (either language) used twice, a region
  // named differently than before. Municipalities keep the file's order.
  [[nodiscard]] static std::variant<Finland, std::string> parse(std::string_view csv);

  // By Finnish or Swedish name, ignoring case (Unicode case folding after NFC) and
  // surrounding spaces; null when unknown. Codes and slugs are exact.
  [[nodiscard]] const Municipality* municipality_by_name(std::string_view name) const;
  [[nodiscard]] const Municipality* municipality_by_code(std::string_view code) const;
  [[nodiscard]] const Region* region_by_name(std::string_view name) const;
  [[nodiscard]] const Region* region_by_slug(std::string_view slug) const;
  [[nodiscard]] const Region* region_by_code(std::string_view code) const;
  // In Finnish collation order of the Finnish names.
  [[nodiscard]] const std::vector<Region>& regions() const { return regions_; }
  [[nodiscard]] const std::vector<Municipality>& municipalities() const { return municipalities_; }

 private:
  // Adds one data row (7 fields), checking it against the rows before; the reason when bad.
  [[nodiscard]] std::string add_row(const std::vector<std::string>& fields);
  // Sorts regions_ and builds the region indexes; the reason when two regions share a name.
  [[nodiscard]] std::string finish_regions();

  std::vector<Region> regions_;
  std::vector<Municipality> municipalities_;
  // Look-up indexes. Names are keyed by name_key() (NFC, case-folded), Finnish and Swedish.
  std::map<std::string, std::size_t, std::less<>> municipality_by_name_;  // → municipalities_
  std::map<std::string, std::size_t, std::less<>> municipality_by_code_;  // → municipalities_
  std::map<std::string, std::size_t, std::less<>> region_by_name_;        // → regions_
  std::map<std::string, std::size_t, std::less<>> region_by_slug_;        // → regions_
  std::map<std::string, std::size_t, std::less<>> region_by_code_;        // → regions_
};

// A municipality as a practice refers to it (code and Finnish name).
[[nodiscard]] MunicipalityRef municipality_ref(const Municipality& municipality);
// A region as a practice refers to it (slug and Finnish name).
[[nodiscard]] Named region_ref(const Region& region);

}  // namespace tori::core

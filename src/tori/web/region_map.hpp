// SPDX-License-Identifier: AGPL-3.0-or-later
// A choropleth map of Finland's regions (maakunnat) as inline SVG. The borders
// (data/finland/maakuntarajat.2023.json, WGS84 GeoJSON, Maanmittauslaitos CC BY 4.0) are read,
// projected and simplified once at start; a request only picks each region's class and link.
//
//   RegionMap map = RegionMap::load(assets / "finland" / "maakuntarajat.2023.json");
//   auto classes = choropleth_classes(largest_count);          // up to 5 classes
//   std::string svg = render_region_map(map, "map", "Teot maakunnittain", regions, classes);
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tori::web {

// One region's outline, projected into the map's viewBox.
struct RegionShape {
  std::string code;  // Statistics Finland's region code, "01" … "21" (GeoJSON NATCODE)
  std::string name_fi;
  std::string path;  // SVG path data, whole units: "M120 530 124 528…Z"
};

class RegionMap {
 public:
  // Parses a GeoJSON FeatureCollection of Polygon/MultiPolygon features with NATCODE and
  // NAMEFIN properties (longitude, latitude in degrees); the reason when malformed.
  [[nodiscard]] static std::variant<RegionMap, std::string> parse(std::string_view geojson);
  // Reads and parses the file. Throws std::runtime_error naming the file when it cannot.
  [[nodiscard]] static RegionMap load(const std::filesystem::path& file);

  [[nodiscard]] const std::vector<RegionShape>& shapes() const { return shapes_; }
  [[nodiscard]] const RegionShape* shape(std::string_view code) const;
  [[nodiscard]] int width() const { return width_; }
  [[nodiscard]] int height() const { return height_; }

 private:
  std::vector<RegionShape> shapes_;
  int width_ = 0;
  int height_ = 0;
};

// A class of counts [low, high] and its colour step (1 lightest … 5 darkest).
struct MapClass {
  std::int64_t low = 0;
  std::int64_t high = 0;
  int step = 0;
};

// Equal steps from 1 to `max`: up to 5 classes, fewer when `max` is below 5 (no empty class).
// Nothing when `max` is 0 or less.
[[nodiscard]] std::vector<MapClass> choropleth_classes(std::int64_t max);
// The step of `count` (0 for a count of 0 or one outside every class).
[[nodiscard]] int class_step(std::int64_t count, std::span<const MapClass> classes);

// One region on a request's map.
struct MapRegion {
  std::string code;             // as in RegionShape
  std::int64_t count = 0;       // picks the class
  std::string href;             // "/alueet/uusimaa"
  std::string accessible_name;  // "Uusimaa: 123 tekoa"
};

// The map as <svg>, a link per region in the order of `regions` (regions without a shape are
// skipped), each filled by its class (CSS classes region-map__region--0 … --5). `id` names the
// map's <title>. Every text is escaped.
[[nodiscard]] std::string render_region_map(const RegionMap& map, std::string_view id,
                                            std::string_view title,
                                            std::span<const MapRegion> regions,
                                            std::span<const MapClass> classes);

}  // namespace tori::web

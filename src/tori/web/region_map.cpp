// SPDX-License-Identifier: AGPL-3.0-or-later
// The region map (region_map.hpp): GeoJSON → projected, simplified SVG paths once; classes and
// links per request.
#include "tori/web/region_map.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>
#include <stdexcept>

#include <boost/json.hpp>

#include "tori/text/escape.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

constexpr double kCentralMeridian = 25.5;  // degrees east, the middle of Finland
constexpr int kMapWidth = 300;             // viewBox units
constexpr int kMargin = 4;
constexpr double kTolerance = 0.9;  // Douglas–Peucker, in viewBox units
constexpr int kClassCount = 5;

struct Point {
  double x = 0;
  double y = 0;
};
using Ring = std::vector<Point>;

struct Feature {
  std::string code;
  std::string name;
  std::vector<Ring> rings;  // every ring of every polygon, projected but not yet scaled
};

// Sinusoidal projection around the central meridian: true areas, Lapland not stretched.
Point project(double longitude, double latitude) {
  const double cos_lat = std::cos(latitude * std::numbers::pi / 180.0);
  return {(longitude - kCentralMeridian) * cos_lat, -latitude};
}

Ring read_ring(const json::value& ring) {
  Ring points;
  for (const json::value& position : ring.as_array()) {
    const json::array& pair = position.as_array();
    points.push_back(project(pair.at(0).to_number<double>(), pair.at(1).to_number<double>()));
  }
  return points;
}

// Every ring of a Polygon or MultiPolygon geometry.
std::vector<Ring> read_rings(const json::object& geometry) {
  const json::string& type = geometry.at("type").as_string();
  const json::array& coordinates = geometry.at("coordinates").as_array();
  std::vector<Ring> rings;
  if (type == "Polygon") {
    for (const json::value& ring : coordinates)
      rings.push_back(read_ring(ring));
  } else if (type == "MultiPolygon") {
    for (const json::value& polygon : coordinates) {
      for (const json::value& ring : polygon.as_array())
        rings.push_back(read_ring(ring));
    }
  } else {
    throw std::invalid_argument("unsupported geometry " + std::string(type));
  }
  return rings;
}

std::vector<Feature> read_features(std::string_view geojson) {
  const json::value document = json::parse(geojson);
  std::vector<Feature> features;
  for (const json::value& item : document.at("features").as_array()) {
    const json::object& feature = item.as_object();
    const json::object& properties = feature.at("properties").as_object();
    features.push_back({std::string(properties.at("NATCODE").as_string()),
                        std::string(properties.at("NAMEFIN").as_string()),
                        read_rings(feature.at("geometry").as_object())});
  }
  if (features.empty()) throw std::invalid_argument("no features");
  return features;
}

double distance_to_segment(Point p, Point a, Point b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Douglas–Peucker on points[first..last], appending the kept points after `first` to `out`.
void simplify(const Ring& points, std::size_t first, std::size_t last, Ring& out) {
  double farthest = 0;
  std::size_t index = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    const double d = distance_to_segment(points[i], points[first], points[last]);
    if (d > farthest) {
      farthest = d;
      index = i;
    }
  }
  if (farthest > kTolerance) {
    simplify(points, first, index, out);
    simplify(points, index, last, out);
  } else {
    out.push_back(points[last]);
  }
}

// The ring as path data in whole units, or "" when fewer than 3 distinct points remain.
std::string ring_path(const Ring& ring) {
  if (ring.size() < 4) return "";
  Ring kept{ring.front()};
  const std::size_t middle = ring.size() / 2;  // two halves, so that a closed ring keeps its shape
  simplify(ring, 0, middle, kept);
  simplify(ring, middle, ring.size() - 1, kept);
  std::vector<std::pair<long, long>> whole;
  for (const Point& p : kept) {
    const std::pair<long, long> rounded{std::lround(p.x), std::lround(p.y)};
    if (whole.empty() || whole.back() != rounded) whole.push_back(rounded);
  }
  if (whole.size() > 1 && whole.front() == whole.back()) whole.pop_back();
  if (whole.size() < 3) return "";
  std::string path = "M";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0) path += ' ';
    path += std::to_string(whole[i].first) + ' ' + std::to_string(whole[i].second);
  }
  return path + "Z";
}

struct Bounds {
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
};

Bounds bounds_of(const std::vector<Feature>& features) {
  Bounds b;
  for (const Feature& feature : features) {
    for (const Ring& ring : feature.rings) {
      for (const Point& p : ring) {
        b.min_x = std::min(b.min_x, p.x);
        b.max_x = std::max(b.max_x, p.x);
        b.min_y = std::min(b.min_y, p.y);
        b.max_y = std::max(b.max_y, p.y);
      }
    }
  }
  return b;
}

}  // namespace

std::variant<RegionMap, std::string> RegionMap::parse(std::string_view geojson) {
  std::vector<Feature> features;
  try {
    features = read_features(geojson);
  } catch (const std::exception& error) {
    return std::string("not a GeoJSON FeatureCollection of regions: ") + error.what();
  }
  const Bounds bounds = bounds_of(features);
  if (!(bounds.max_x > bounds.min_x) || !(bounds.max_y > bounds.min_y))
    return std::string("the regions have no extent");
  const double scale = (kMapWidth - 2 * kMargin) / (bounds.max_x - bounds.min_x);
  RegionMap map;
  map.width_ = kMapWidth;
  map.height_ = static_cast<int>(std::ceil((bounds.max_y - bounds.min_y) * scale)) + 2 * kMargin;
  for (Feature& feature : features) {
    std::string path;
    for (Ring& ring : feature.rings) {
      for (Point& p : ring)
        p = {(p.x - bounds.min_x) * scale + kMargin, (p.y - bounds.min_y) * scale + kMargin};
      path += ring_path(ring);
    }
    map.shapes_.push_back({feature.code, feature.name, std::move(path)});
  }
  return map;
}

RegionMap RegionMap::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in.is_open()) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = parse(text.str());
  if (auto* error = std::get_if<std::string>(&parsed))
    throw std::runtime_error(file.string() + ": " + *error);
  return std::get<RegionMap>(std::move(parsed));
}

const RegionShape* RegionMap::shape(std::string_view code) const {
  const auto found = std::ranges::find(shapes_, code, &RegionShape::code);
  return found == shapes_.end() ? nullptr : &*found;
}

std::vector<MapClass> choropleth_classes(std::int64_t max) {
  std::vector<MapClass> classes;
  std::int64_t previous = 0;
  for (int step = 1; step <= kClassCount; ++step) {
    const std::int64_t high = (max * step + kClassCount - 1) / kClassCount;  // ceil
    if (high <= previous) continue;
    classes.push_back({previous + 1, high, step});
    previous = high;
  }
  // With fewer than five classes the darkest still means the largest counts.
  for (std::size_t i = 0; i < classes.size(); ++i)
    classes[i].step = kClassCount - static_cast<int>(classes.size() - 1 - i);
  return classes;
}

int class_step(std::int64_t count, std::span<const MapClass> classes) {
  for (const MapClass& c : classes) {
    if (count >= c.low && count <= c.high) return c.step;
  }
  return 0;
}

std::string render_region_map(const RegionMap& map, std::string_view id, std::string_view title,
                              std::span<const MapRegion> regions,
                              std::span<const MapClass> classes) {
  const std::string escaped_id = text::escape_html(id);
  std::string svg =
      "<svg class=\"region-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
      std::to_string(map.width()) + " " + std::to_string(map.height()) +
      "\" role=\"group\" aria-labelledby=\"" + escaped_id + "-title\">";
  svg += "<title id=\"" + escaped_id + "-title\">" + text::escape_html(title) + "</title>";
  for (const MapRegion& region : regions) {
    const RegionShape* shape = map.shape(region.code);
    if (shape == nullptr || shape->path.empty()) continue;
    const std::string name = text::escape_html(region.accessible_name);
    svg += "<a href=\"" + text::escape_html(region.href) + "\" aria-label=\"" + name + "\">";
    svg += "<title>" + name + "</title>";
    svg += "<path class=\"region-map__region region-map__region--" +
           std::to_string(class_step(region.count, classes)) + "\" d=\"" + shape->path + "\"/></a>";
  }
  return svg + "</svg>";
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Router: pattern parsing and matching by method and path segments.
#include "tori/http/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace tori::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    segments.push_back(path.substr(start, slash - start));
    start = slash;
  }
  return segments;
}

bool is_parameter(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::string parameter_name(std::string_view segment) {
  std::string_view name = segment.substr(1, segment.size() - 2);
  if (name.ends_with("...")) name.remove_suffix(3);
  return std::string(name);
}

bool method_matches(std::string_view route_method, std::string_view method) {
  return route_method == method || (route_method == "GET" && method == "HEAD");
}

// How specific a match is: one digit per segment, 2 for a literal and 1 for a parameter.
using Score = std::vector<int>;

}  // namespace

void Router::add(std::string_view method, std::string_view pattern, Handler handler,
                 RouteOptions options) {
  for (const auto& route : routes_) {
    if (route->method == method && route->pattern == pattern) {
      throw std::logic_error("route added twice: " + std::string(method) + " " +
                             std::string(pattern));
    }
  }
  auto route = std::make_unique<Route>();
  route->method = std::string(method);
  route->pattern = std::string(pattern);
  for (std::string_view segment : split_path(pattern)) {
    route->segments.emplace_back(segment);
  }
  route->rest = !route->segments.empty() && route->segments.back().ends_with("...}");
  route->handler = std::move(handler);
  route->options = options;
  routes_.push_back(std::move(route));
}

namespace {

template <typename RouteT>
std::optional<Score> score_route(const RouteT& route, const std::vector<std::string_view>& path,
                                 std::vector<std::pair<std::string, std::string>>& params) {
  const auto& segments = route.segments;
  std::size_t fixed = route.rest ? segments.size() - 1 : segments.size();
  if (route.rest ? path.size() < segments.size() : path.size() != segments.size()) {
    return std::nullopt;
  }
  Score score;
  params.clear();
  for (std::size_t i = 0; i < fixed; ++i) {
    if (is_parameter(segments[i])) {
      params.emplace_back(parameter_name(segments[i]), std::string(path[i]));
      score.push_back(1);
    } else if (segments[i] == path[i]) {
      score.push_back(2);
    } else {
      return std::nullopt;
    }
  }
  if (route.rest) {
    std::string rest;
    for (std::size_t i = fixed; i < path.size(); ++i) {
      if (!rest.empty()) rest += '/';
      rest += path[i];
    }
    params.emplace_back(parameter_name(segments.back()), std::move(rest));
    score.push_back(0);
  }
  return score;
}

void append_allow(std::string& allow, std::string_view method) {
  if (allow.find(method) != std::string::npos) return;
  if (!allow.empty()) allow += ", ";
  allow += method;
}

}  // namespace

Router::Match Router::match(std::string_view method, std::string_view path) const {
  std::vector<std::string_view> segments = split_path(path);
  Match best;
  std::optional<Score> best_score;
  std::vector<std::pair<std::string, std::string>> params;
  for (const auto& route : routes_) {
    auto score = score_route(*route, segments, params);
    if (!score) continue;
    if (!method_matches(route->method, method)) {
      append_allow(best.allow, route->method);
      if (route->method == "GET") append_allow(best.allow, "HEAD");
      continue;
    }
    if (best_score && *score <= *best_score) continue;
    best_score = std::move(score);
    best.handler = &route->handler;
    best.options = &route->options;
    best.pattern = route->pattern;
    best.params = params;
  }
  if (best.handler) best.allow.clear();
  return best;
}

}  // namespace tori::http

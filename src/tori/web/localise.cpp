// SPDX-License-Identifier: AGPL-3.0-or-later
// Language by path prefix: reading and adding "/sv" and "/en", and routes for all three languages.
#include "tori/web/localise.hpp"

#include <memory>
#include <utility>

namespace tori::web {
namespace {

// Whether `path` is `prefix` itself or starts with `prefix` followed by '/'.
bool has_prefix(std::string_view path, std::string_view prefix) {
  if (!path.starts_with(prefix)) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '/';
}

}  // namespace

std::string_view path_prefix(Language language) {
  switch (language) {
    case Language::kSv:
      return "/sv";
    case Language::kEn:
      return "/en";
    case Language::kFi:
      break;
  }
  return "";
}

Language language_of_path(std::string_view path) {
  if (has_prefix(path, "/sv")) return Language::kSv;
  if (has_prefix(path, "/en")) return Language::kEn;
  return Language::kFi;
}

std::string_view unlocalised_path(std::string_view path) {
  std::string_view prefix = path_prefix(language_of_path(path));
  if (prefix.empty()) return path;
  path.remove_prefix(prefix.size());
  return path.empty() ? std::string_view("/") : path;
}

std::string localised_path(Language language, std::string_view path) {
  std::string_view prefix = path_prefix(language);
  if (prefix.empty()) return std::string(path);
  if (path == "/") return std::string(prefix);
  std::string result;
  result.reserve(prefix.size() + path.size());
  result.append(prefix).append(path);
  return result;
}

std::string absolute_url(const SiteInfo& site, std::string_view path) {
  std::string_view base = site.base_url;
  while (base.ends_with('/'))
    base.remove_suffix(1);
  std::string result;
  result.reserve(base.size() + path.size());
  result.append(base).append(path);
  return result;
}

void add_localised(http::Router& router, const Services& services, std::string_view method,
                   std::string_view pattern, LocalisedHandler handler, http::RouteOptions options) {
  // One shared copy of the handler for the three routes.
  auto shared = std::make_shared<const LocalisedHandler>(std::move(handler));
  for (Language language : text::kLanguages) {
    router.add(
        method, localised_path(language, pattern),
        [&services, shared, language](http::Request& request) {
          return (*shared)(request, services, language);
        },
        options);
  }
}

}  // namespace tori::web

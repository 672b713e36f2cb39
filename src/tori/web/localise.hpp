// SPDX-License-Identifier: AGPL-3.0-or-later
// Language by path prefix: Finnish at "/tietoa", Swedish at "/sv/tietoa", English at
// "/en/tietoa"; the one place that adds or reads the prefix, and registers a route for all three.
//
//   add_localised(router, services, "GET", "/tietoa", about_page);
//   // → "/tietoa" (fi), "/sv/tietoa" (sv), "/en/tietoa" (en); about_page gets the Language.
//   localised_path(Language::kSv, "/");         // "/sv"
//   language_of_path("/en/tapahtumat");         // Language::kEn
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

using text::Language;

// A page handler: a plain function of the request, the services and the page's language.
using LocalisedHandler =
    std::function<http::Response(const http::Request&, const Services&, Language)>;

// "" for Finnish, "/sv" for Swedish, "/en" for English.
[[nodiscard]] std::string_view path_prefix(Language language);

// The language a normalised path is in: Swedish for "/sv" and "/sv/…", English for "/en" and
// "/en/…", otherwise Finnish (the default).
[[nodiscard]] Language language_of_path(std::string_view path);

// The path without its language prefix: "/sv/tietoa" → "/tietoa", "/en" → "/", "/teot" → "/teot".
[[nodiscard]] std::string_view unlocalised_path(std::string_view path);

// The path of a Finnish (unprefixed) path in `language`: ("/tietoa", sv) → "/sv/tietoa",
// ("/", en) → "/en". REQUIRES: `path` starts with '/'.
[[nodiscard]] std::string localised_path(Language language, std::string_view path);

// An absolute URL from the configured base URL (never from the request's Host header):
// ("https://tori.example.fi/", "/sv") → "https://tori.example.fi/sv".
[[nodiscard]] std::string absolute_url(const SiteInfo& site, std::string_view path);

// Registers `handler` for `pattern` in each language: the pattern itself for Finnish and the
// prefixed pattern for Swedish and English ("/" becomes "/sv" and "/en"). `services` must
// outlive the router. Throws std::logic_error when a route is already taken (see Router::add).
void add_localised(http::Router& router, const Services& services, std::string_view method,
                   std::string_view pattern, LocalisedHandler handler,
                   http::RouteOptions options = {});

}  // namespace tori::web

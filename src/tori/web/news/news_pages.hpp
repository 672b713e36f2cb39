// SPDX-License-Identifier: AGPL-3.0-or-later
// The news in public: /uutiset, /uutiset/{slug}, /asiasanat/{slug} and their Atom feeds.
#pragma once

#include <string>
#include <vector>

#include "tori/core/news.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/atom.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// In all three languages (/sv/uutiset, /en/uutiset, …).
void add_news_routes(http::Router& router, const Services& services);

// The article's address in `language` ("/uutiset/{slug}", "/sv/uutiset/{slug}").
[[nodiscard]] std::string article_path(text::Language language, const core::Article& article);

// The Atom feed of `articles` titled `title`, following the page at `page_path` (Finnish path),
// itself at `feed_path` (news_feed.cpp).
[[nodiscard]] http::Response news_atom_response(const Services& services, text::Language language,
                                                const std::vector<core::Article>& articles,
                                                const std::string& title,
                                                const std::string& page_path,
                                                const std::string& feed_path);

// Part of add_news_routes: /uutiset/{slug} (news_article_page.cpp).
void add_news_article_route(http::Router& router, const Services& services);
// The editors' news: /toimitus/uutiset and below (news_editor.cpp).
void add_news_editor_routes(http::Router& router, const Services& services);

}  // namespace tori::web

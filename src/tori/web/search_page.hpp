// SPDX-License-Identifier: AGPL-3.0-or-later
// The search page (/haku): the search box with the practice filters, results with highlighted
// snippets, facet counts that combine with the text, "Tarkoititko …", and help when nothing is
// found. Works without JavaScript; the whole state is in the URL.
//
//   add_search_routes(router, services);   // /haku, /sv/haku, /en/haku
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// GET parameters: q (the search text: words, "phrases", OR/TAI/ELLER, -exclusion, prefix*; any
// text is searched, malformed syntax as words), the filters of /teot, sort (relevance|newest)
// and page. A filter value that names nothing or a malformed sort or page answers 400, a page
// past the last 404, and 503 while the index is not ready. Never stored by caches: the index
// follows the database a moment after a write.
[[nodiscard]] http::Response search_page(const http::Request& request, const Services& services,
                                         text::Language language);

// Registers the page in all three languages.
void add_search_routes(http::Router& router, const Services& services);

}  // namespace tori::web

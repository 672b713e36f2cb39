// SPDX-License-Identifier: AGPL-3.0-or-later
// Search result snippets: a short excerpt around the words a query matched, escaped first and
// then marked with <mark>.
//
//   snippet_html("Etätöihin siirryttiin…", {"etätyö"}, Language::kFi)
//       // "<mark>Etätöihin</mark> siirryttiin…"
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/text/i18n.hpp"

namespace tori::search {

// About `length` bytes of plain `text` around its first words whose index terms (analysed in
// `language`) include one of `terms`, HTML-escaped, each such word in <mark>…</mark>, and "…"
// where the excerpt cuts the text. Without a match: the start of the text.
[[nodiscard]] std::string snippet_html(std::string_view text, const std::vector<std::string>& terms,
                                       text::Language language, std::size_t length = 200);

// As snippet_html, but nothing when no word of `text` matches: a caller with several texts
// (a summary, then the body) tries the short one first. Words are analysed only up to the end
// of the excerpt.
[[nodiscard]] std::optional<std::string> matched_snippet_html(std::string_view text,
                                                              const std::vector<std::string>& terms,
                                                              text::Language language,
                                                              std::size_t length = 200);

}  // namespace tori::search

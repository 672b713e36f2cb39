// SPDX-License-Identifier: AGPL-3.0-or-later
// The news exchange format (docs/formats/news-jsonl.md): one article per line of JSON, read into
// an ArticleInput and written back, byte for byte as data/demo/news.jsonl.
//
//   auto read = parse_news_line(line);
//   if (auto* reason = std::get_if<std::string>(&read)) …  // "line N: " + *reason
//   std::string line = write_news_line(article);
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/news.hpp"

namespace tori::core {

// Reads one line (a JSON object). The reason names the first problem: "unknown field
// 'images[0].x'", "field 'published_at' is required", "field 'published_at' must be an RFC 3339
// time", … slug, title, body and published_at are required; lead, author "" (credit_line null
// too), language "fi", lists empty. An image's file_hint is ArticleImage::description. Only the
// shape is checked: call validate_article_input before storing.
[[nodiscard]] std::variant<ArticleInput, std::string> parse_news_line(std::string_view line);

// The article as one line in the format's order, without a line break: published_at with the
// Helsinki offset, credit_line null when empty, related_practices only when there are some.
// Image files are not written (the format describes pictures). REQUIRES: valid UTF-8.
[[nodiscard]] std::string write_news_line(const ArticleInput& article);

}  // namespace tori::core

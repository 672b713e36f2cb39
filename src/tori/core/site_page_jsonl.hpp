// SPDX-License-Identifier: AGPL-3.0-or-later
// One language version of a page as a JSON line (the demo's pages.jsonl):
// {"slug": "tietoa", "title": "Tietoa ohjelmasta", "body": "…", "language": "fi"}.
//
//   auto parsed = parse_site_page_line(line);   // SitePageLine, or the reason
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/site_page.hpp"

namespace tori::core {

struct SitePageLine {
  std::string slug;  // the line's own slug: a translation may have one of its own
  text::Language language = text::Language::kFi;
  SitePageVersion version;
};

// The line's four fields, all required strings ("field 'x' must be a string", "missing field
// 'x'", "unknown field 'x'", language one of fi, sv, en); the rules are validate_site_page's.
[[nodiscard]] std::variant<SitePageLine, std::string> parse_site_page_line(std::string_view line);

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// A linear pre-scan that keeps hostile Markdown out of cmark-gfm's slow paths (internal header).
//
//   const MarkdownPlan plan = plan_markdown(text);
//   if (!plan.markdown) { /* render as escaped plain paragraphs */ }
//   if (plan.tables) { /* attach the table extension */ }
//
// Debian 12's cmark-gfm is 0.29.0.gfm.6, without upstream's 2023 fixes for super-linear time
// (CVE-2023-22483, -22484, -22486, -24824, -26485, -37463) and without its cap on table cells
// the parser makes up to fill short rows. Measured there on this machine, 20–60 KB of hostile
// input took seconds each: nesting depth times inline delimiters (">>>…a*a*…"), image openers
// times link closers ("![[]()…"), unclosed "<?" / "<!X" / "<![CDATA[" in one paragraph, many
// "www." or '@' in one word run (the autolink extension), and tables with many pipes on a line
// or many columns times rows. This scan estimates each of those costs per blank-line separated
// chunk (inline content never crosses a blank line) and says what may run. Estimates
// over-count on purpose: ordinary documents of a megabyte stay far below the budgets.
#pragma once

#include <cstddef>
#include <string_view>

namespace tori::text {

// Calls visit(line) for each line of `text` without its ending; "\n", "\r\n" and "\r" end a
// line, as in CommonMark. A final line without an ending is visited too; an empty text has none.
template <typename Visit>
void for_each_line(std::string_view text, Visit&& visit) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) {
      visit(text.substr(start));
      return;
    }
    visit(text.substr(start, end - start));
    const bool crlf = text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n';
    start = end + (crlf ? 2 : 1);
  }
}

// Whether a line is blank in CommonMark's sense: nothing but spaces and tabs.
[[nodiscard]] inline bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Which cmark-gfm paths are safe for one document.
struct MarkdownPlan {
  bool markdown = true;   // false: a core parser path would be too slow; use plain paragraphs
  bool tables = true;     // the table extension may run
  bool autolinks = true;  // the autolink extension may run
};

// Reads `markdown` once (linear time) and decides what may parse it.
[[nodiscard]] MarkdownPlan plan_markdown(std::string_view markdown);

}  // namespace tori::text

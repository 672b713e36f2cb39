// SPDX-License-Identifier: AGPL-3.0-or-later
// Server-rendered inline SVG charts: horizontal bars (sectors, themes, regions) and columns
// (years) from {label, value} rows. Accessible (role="img", <title> via aria-labelledby, every
// number printed as text), scaled by viewBox (a 375 px phone shows it at about its natural size),
// coloured by CSS classes only (the CSP forbids inline styles; see stats.css), labels escaped.
//
//   std::vector<ChartRow> rows = {{"Uusimaa", 120, "120"}, {"Lappi", 8, "8"}};
//   std::string svg = bar_chart("chart-region", "Teot maakunnittain", rows);
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace tori::web {

struct ChartRow {
  std::string label;
  std::int64_t value = 0;
  std::string value_text;  // the value as the page prints it ("1 234"); empty: plain digits
};

// Horizontal bars, one row each in the given order: the label above its bar, the value after it.
// `id` (unique on the page, [A-Za-z0-9-]) names the chart's <title>. Labels longer than about 44
// characters are shortened with "…" (the data table beside the chart has them whole).
[[nodiscard]] std::string bar_chart(std::string_view id, std::string_view title,
                                    std::span<const ChartRow> rows);

// Vertical columns in the given order (years oldest first): the label under each column and the
// value over it.
[[nodiscard]] std::string column_chart(std::string_view id, std::string_view title,
                                       std::span<const ChartRow> rows);

// `text` cut to at most `max_chars` code points, ending in "…" when cut (UTF-8 safe).
[[nodiscard]] std::string shorten_label(std::string_view text, std::size_t max_chars);

}  // namespace tori::web

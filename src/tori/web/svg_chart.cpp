// SPDX-License-Identifier: AGPL-3.0-or-later
// Inline SVG bar and column charts (svg_chart.hpp).
#include "tori/web/svg_chart.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "tori/text/escape.hpp"

namespace tori::web {
namespace {

// Bar chart geometry, in viewBox units (about CSS pixels on a phone).
constexpr int kBarWidth = 360;     // the whole chart
constexpr int kBarRowHeight = 40;  // label line and bar
constexpr int kBarLabelY = 14;     // the label's baseline within a row
constexpr int kBarTop = 20;        // the bar's top within a row
constexpr int kBarThickness = 14;
constexpr int kBarValueRoom = 56;  // space kept right of the longest bar for its value
constexpr std::size_t kMaxLabelChars = 44;

// Column chart geometry.
constexpr int kColumnHeight = 200;  // the whole chart
constexpr int kColumnTop = 22;      // room for the tallest column's value
constexpr int kColumnBottom = 178;  // the baseline; labels below it
constexpr int kColumnMinSlot = 36;  // a column's slot at least this wide

std::string value_text(const ChartRow& row) {
  return row.value_text.empty() ? std::to_string(row.value) : row.value_text;
}

std::int64_t largest(std::span<const ChartRow> rows) {
  std::int64_t max = 0;
  for (const ChartRow& row : rows)
    max = std::max(max, row.value);
  return max;
}

// The length of `value` scaled so that `max` gets `room`; at least 1 for a value above 0.
int scaled(std::int64_t value, std::int64_t max, int room) {
  if (value <= 0 || max <= 0) return 0;
  return std::max(1, static_cast<int>(static_cast<double>(value) * room / max + 0.5));
}

std::string open_svg(std::string_view id, std::string_view title, int width, int height,
                     std::string_view kind) {
  const std::string escaped_id = text::escape_html(id);
  std::string svg = "<svg class=\"chart chart--" + std::string(kind) +
                    "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"" + escaped_id + "-title\">";
  svg += "<title id=\"" + escaped_id + "-title\">" + text::escape_html(title) + "</title>";
  return svg;
}

std::string text_element(std::string_view css_class, int x, int y, std::string_view content,
                         std::string_view anchor = "") {
  std::string out = "<text class=\"" + std::string(css_class) + "\" x=\"" + std::to_string(x) +
                    "\" y=\"" + std::to_string(y) + "\"";
  if (!anchor.empty()) out += " text-anchor=\"" + std::string(anchor) + "\"";
  return out + ">" + text::escape_html(content) + "</text>";
}

std::string rect_element(std::string_view css_class, int x, int y, int width, int height) {
  return "<rect class=\"" + std::string(css_class) + "\" x=\"" + std::to_string(x) + "\" y=\"" +
         std::to_string(y) + "\" width=\"" + std::to_string(width) + "\" height=\"" +
         std::to_string(height) + "\"/>";
}

}  // namespace

std::string shorten_label(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (++chars == max_chars) {
      std::size_t rest = i + 1;  // the start of the next code point, if any
      while (rest < text.size() && (static_cast<unsigned char>(text[rest]) & 0xC0) == 0x80)
        ++rest;
      if (rest >= text.size()) return std::string(text);
      return std::string(text.substr(0, i)) + "…";
    }
  }
  return std::string(text);
}

std::string bar_chart(std::string_view id, std::string_view title, std::span<const ChartRow> rows) {
  const int height = std::max(1, static_cast<int>(rows.size())) * kBarRowHeight;
  const std::int64_t max = largest(rows);
  std::string svg = open_svg(id, title, kBarWidth, height, "bars");
  int top = 0;
  for (const ChartRow& row : rows) {
    const int length = scaled(row.value, max, kBarWidth - kBarValueRoom);
    svg += "<g>";
    svg +=
        text_element("chart__label", 0, top + kBarLabelY, shorten_label(row.label, kMaxLabelChars));
    svg += rect_element("chart__bar", 0, top + kBarTop, length, kBarThickness);
    svg += text_element("chart__value", length + 4, top + kBarTop + kBarThickness - 2,
                        value_text(row));
    svg += "</g>";
    top += kBarRowHeight;
  }
  return svg + "</svg>";
}

std::string column_chart(std::string_view id, std::string_view title,
                         std::span<const ChartRow> rows) {
  const int count = std::max(1, static_cast<int>(rows.size()));
  const int slot = std::max(kColumnMinSlot, kBarWidth / count);
  const int width = slot * count;
  const std::int64_t max = largest(rows);
  std::string svg = open_svg(id, title, width, kColumnHeight, "columns");
  svg += "<line class=\"chart__axis\" x1=\"0\" y1=\"" + std::to_string(kColumnBottom) + "\" x2=\"" +
         std::to_string(width) + "\" y2=\"" + std::to_string(kColumnBottom) + "\"/>";
  int left = 0;
  for (const ChartRow& row : rows) {
    const int length = scaled(row.value, max, kColumnBottom - kColumnTop);
    const int middle = left + slot / 2;
    const int column = slot * 3 / 5;
    svg += "<g>";
    svg += rect_element("chart__bar", middle - column / 2, kColumnBottom - length, column, length);
    svg +=
        text_element("chart__value", middle, kColumnBottom - length - 4, value_text(row), "middle");
    svg += text_element("chart__label", middle, kColumnBottom + 16, shorten_label(row.label, 8),
                        "middle");
    svg += "</g>";
    left += slot;
  }
  return svg + "</svg>";
}

}  // namespace tori::web

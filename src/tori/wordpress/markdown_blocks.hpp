// SPDX-License-Identifier: AGPL-3.0-or-later
// Markdown blocks as the HTML cleaner builds them: a paragraph's inline text finished into
// lines, list items, quotes and tables assembled. Internal to tori_wordpress.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tori::wordpress {

// A line break inside inline text until finish_inline turns it into Markdown's "\\\n".
inline constexpr char kLineBreak = '\x01';

struct Block {
  std::string text;
  bool is_list = false;
};

// The blocks of a container, with the inline text that has not yet become a paragraph.
struct Blocks {
  std::vector<Block> blocks;
  std::string pending;  // inline text
  // The pending text as a paragraph (when it has any words).
  void flush();
  void add(std::string text, bool is_list = false);
  // The blocks separated by blank lines.
  [[nodiscard]] std::string joined() const;
};

// Inline text as Markdown lines: spaces collapsed and trimmed, empty lines dropped, a line
// that would start a heading, list, quote or setext underline escaped; lines joined by hard
// breaks. "" when nothing is left.
[[nodiscard]] std::string finish_inline(std::string_view text);
// The same on one line (headings, table cells): line breaks become spaces.
[[nodiscard]] std::string finish_one_line(std::string_view text);

// A list item: `marker` ("- ", "3. ") before the first line, the rest indented to match; a
// nested list directly under the text, other blocks after a blank line.
[[nodiscard]] std::string list_item(std::string_view marker, const Blocks& content);
// Each line of `text` behind "> ".
[[nodiscard]] std::string quoted(std::string_view text);
// A GFM table: the first row the header, every row padded to the widest.
[[nodiscard]] std::string table_text(const std::vector<std::vector<std::string>>& rows);

}  // namespace tori::wordpress

// SPDX-License-Identifier: AGPL-3.0-or-later
// Markdown blocks of the HTML cleaner: finishing inline text, lists, quotes, tables.
#include "tori/wordpress/markdown_blocks.hpp"

#include <algorithm>
#include <cctype>

namespace tori::wordpress {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

std::string_view trim_line(std::string_view line) {
  while (true) {
    if (line.starts_with(' '))
      line.remove_prefix(1);
    else if (line.starts_with(kNbsp))
      line.remove_prefix(kNbsp.size());
    else if (line.ends_with(' '))
      line.remove_suffix(1);
    else if (line.ends_with(kNbsp))
      line.remove_suffix(kNbsp.size());
    else
      return line;
  }
}

std::string collapse_spaces(std::string_view line) {
  std::string out;
  for (const char c : line) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// A line that Markdown would read as a block start gets a backslash where it matters.
std::string escape_line_start(std::string line) {
  if (line.empty()) return line;
  if (std::string_view("#-+=>").find(line[0]) != std::string_view::npos) return "\\" + line;
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
    ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
    line.insert(digits, "\\");
  return line;
}

std::vector<std::string> finished_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at <= text.size()) {
    auto end = text.find(kLineBreak, at);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = collapse_spaces(trim_line(text.substr(at, end - at)));
    if (!trim_line(line).empty()) lines.push_back(escape_line_start(line));
    at = end + 1;
  }
  return lines;
}

}  // namespace

std::string finish_inline(std::string_view text) {
  std::string out;
  for (const std::string& line : finished_lines(text)) {
    if (!out.empty()) out += "\\\n";
    out += line;
  }
  return out;
}

std::string finish_one_line(std::string_view text) {
  std::string out;
  for (const std::string& line : finished_lines(text)) {
    if (!out.empty()) out += ' ';
    out += line;
  }
  return out;
}

void Blocks::flush() {
  std::string paragraph = finish_inline(pending);
  pending.clear();
  if (!paragraph.empty()) blocks.push_back({std::move(paragraph), false});
}

void Blocks::add(std::string text, bool is_list) {
  flush();
  if (!text.empty()) blocks.push_back({std::move(text), is_list});
}

std::string Blocks::joined() const {
  std::string out;
  for (const Block& block : blocks) {
    if (!out.empty()) out += "\n\n";
    out += block.text;
  }
  return out;
}

std::string list_item(std::string_view marker, const Blocks& content) {
  const std::string indent(marker.size(), ' ');
  std::string out(marker);
  bool first = true;
  for (const Block& block : content.blocks) {
    if (!first) out += block.is_list ? "\n" : "\n\n";
    std::size_t at = 0;
    bool first_line = true;
    while (at <= block.text.size()) {
      auto end = block.text.find('\n', at);
      if (end == std::string::npos) end = block.text.size();
      const std::string_view line = std::string_view(block.text).substr(at, end - at);
      if (!first_line) out += '\n';
      if (!(first && first_line) && !line.empty()) out += indent;
      out.append(line);
      first_line = false;
      at = end + 1;
    }
    first = false;
  }
  return out;
}

std::string quoted(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (at <= text.size()) {
    auto end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    if (!out.empty()) out += '\n';
    out += line.empty() ? ">" : "> " + std::string(line);
    at = end + 1;
  }
  return out;
}

std::string table_text(const std::vector<std::vector<std::string>>& rows) {
  std::size_t columns = 0;
  for (const auto& row : rows)
    columns = std::max(columns, row.size());
  if (rows.empty() || columns == 0) return {};
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += '|';
    for (std::size_t c = 0; c < columns; ++c)
      out += ' ' + (c < rows[r].size() ? rows[r][c] : std::string()) + " |";
    out += '\n';
    if (r == 0) {
      out += '|';
      for (std::size_t c = 0; c < columns; ++c)
        out += " --- |";
      out += '\n';
    }
  }
  out.pop_back();
  return out;
}

}  // namespace tori::wordpress

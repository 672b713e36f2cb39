// SPDX-License-Identifier: AGPL-3.0-or-later
// Per-chunk cost estimates for cmark-gfm 0.29.0.gfm.6's super-linear paths, and the plan they give.
#include "tori/text/markdown_guard.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace tori::text {
namespace {

using Count = std::uint64_t;

// Work units (about one inner-loop step of the parser) one slow path may cost a document. The
// unit costs measured here were 0.2–70 ns, so a path at the budget takes well under a second.
constexpr Count kWorkBudget = Count{1} << 24;
// Table cells the table extension may make, counting the empty ones it adds to short rows
// (about 1.3 µs each measured; "|a|a|…" with 100 columns over 20 KB of "x" lines took 1.5 s).
constexpr Count kMaxTableCells = Count{1} << 17;
// Pipes on one line past which the table extension's row parser is quadratic.
constexpr std::size_t kMaxPipesPerLine = 64;
// The autolink extension gives up on a text after this many '@' (its recursion limit).
constexpr Count kAutolinkAtLimit = 1000;

// What one chunk (lines between blank lines) holds.
struct Chunk {
  Count bytes = 0;
  Count lines = 0;
  Count depth = 0;          // container markers plus indentation / 2, most on any line
  Count image_openers = 0;  // "!["
  Count closers = 0;        // ']'
  Count html_openers = 0;   // "<?" and "<!" (processing instructions, declarations, CDATA)
  Count at_signs = 0;       // '@', where the autolink extension looks for e-mail addresses
  Count www = 0;            // "www.", where it looks for web addresses
  Count table_columns = 0;  // columns of the widest line that looks like a delimiter row
};

// The estimates summed over the document.
struct Totals {
  Count nesting = 0;
  Count images = 0;
  Count html = 0;
  Count autolink = 0;
  Count table_cells = 0;
  std::size_t max_pipes = 0;
};

// total += a * b, saturating instead of wrapping.
void add_product(Count& total, Count a, Count b) {
  constexpr Count kMax = std::numeric_limits<Count>::max();
  if (b != 0 && a > (kMax - total) / b) {
    total = kMax;
  } else {
    total += a * b;
  }
}

// Whether position `i` of `line` ends a list marker: end of line, space or tab.
bool ends_marker(std::string_view line, std::size_t i) {
  return i >= line.size() || line[i] == ' ' || line[i] == '\t';
}

// The length of the container marker at `line[i]` ('>', a bullet, "12." or "12)"), or 0.
std::size_t marker_length(std::string_view line, std::size_t i) {
  const char c = line[i];
  if (c == '>') return 1;
  if ((c == '-' || c == '*' || c == '+') && ends_marker(line, i + 1)) return 1;
  std::size_t digits = 0;
  while (i + digits < line.size() && digits < 10 && line[i + digits] >= '0' &&
         line[i + digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 9 || i + digits >= line.size()) return 0;
  const char delimiter = line[i + digits];
  const bool ordered = (delimiter == '.' || delimiter == ')') && ends_marker(line, i + digits + 1);
  return ordered ? digits + 1 : 0;
}

// Skips the container prefix of a line (markers, spaces, tabs) and returns the rest; `depth`
// gets the number of markers plus the indentation / 2 (a list level needs two columns at least),
// an upper bound on how deeply the line's content nests.
std::string_view strip_containers(std::string_view line, Count& depth) {
  Count markers = 0;
  Count columns = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t') {
      columns += line[i] == ' ' ? 1 : 4;
      ++i;
      continue;
    }
    const std::size_t length = marker_length(line, i);
    if (length == 0) break;
    ++markers;
    i += length;
  }
  depth = markers + columns / 2;
  return line.substr(i);
}

// The number of columns if `content` looks like a table delimiter row ("|---|:-:|"), else 0.
Count delimiter_row_columns(std::string_view content) {
  if (content.find_first_not_of(" \t|:-") != std::string_view::npos) return 0;
  if (content.find('|') == std::string_view::npos) return 0;
  Count columns = 0;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '-' && (i == 0 || content[i - 1] != '-')) ++columns;
  }
  return columns;
}

// Adds one non-blank line to its chunk.
void count_line(std::string_view line, Chunk& chunk, Totals& totals) {
  Count depth = 0;
  const std::string_view content = strip_containers(line, depth);
  chunk.depth = std::max(chunk.depth, depth);
  chunk.table_columns = std::max(chunk.table_columns, delimiter_row_columns(content));
  chunk.bytes += line.size() + 1;
  ++chunk.lines;
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char next = i + 1 < line.size() ? line[i + 1] : '\0';
    switch (line[i]) {
      case '|':
        ++pipes;
        break;
      case ']':
        ++chunk.closers;
        break;
      case '@':
        ++chunk.at_signs;
        break;
      case '!':
        chunk.image_openers += next == '[' ? 1 : 0;
        break;
      case '<':
        chunk.html_openers += (next == '?' || next == '!') ? 1 : 0;
        break;
      case 'w':
        chunk.www += line.substr(i, 4) == "www." ? 1 : 0;
        break;
      default:
        break;
    }
  }
  totals.max_pipes = std::max(totals.max_pipes, pipes);
}

// Adds a finished chunk's estimates to the totals and empties it.
void close_chunk(Chunk& chunk, Totals& totals) {
  add_product(totals.nesting, chunk.depth, chunk.bytes);
  add_product(totals.images, chunk.image_openers, chunk.closers);
  add_product(totals.html, chunk.html_openers, chunk.bytes);
  add_product(totals.autolink, std::min(chunk.at_signs, kAutolinkAtLimit) + chunk.www, chunk.bytes);
  add_product(totals.table_cells, chunk.table_columns, chunk.lines);
  chunk = Chunk{};
}

}  // namespace

MarkdownPlan plan_markdown(std::string_view markdown) {
  Totals totals;
  Chunk chunk;
  for_each_line(markdown, [&](std::string_view line) {
    if (is_blank_line(line)) {
      close_chunk(chunk, totals);
    } else {
      count_line(line, chunk, totals);
    }
  });
  close_chunk(chunk, totals);
  MarkdownPlan plan;
  plan.markdown =
      totals.nesting <= kWorkBudget && totals.images <= kWorkBudget && totals.html <= kWorkBudget;
  plan.autolinks = totals.autolink <= kWorkBudget;
  plan.tables = totals.max_pipes <= kMaxPipesPerLine && totals.table_cells <= kMaxTableCells;
  return plan;
}

}  // namespace tori::text

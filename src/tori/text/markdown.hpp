// SPDX-License-Identifier: AGPL-3.0-or-later
// User Markdown to safe HTML and to plain text, with cmark-gfm in safe mode (GitHub's dialect).
//
//   markdown_to_html("# Tulokset\n\n*Hyvä* [linkki](https://example.fi)")
//     // "<h3>Tulokset</h3>\n<p><em>Hyvä</em> <a rel=\"nofollow ugc\"
//     //  href=\"https://example.fi\">linkki</a></p>\n"
//   markdown_to_html("[x](javascript:alert(1)) <script>")   // "<p>x </p>\n"
//   markdown_to_text("# Tulokset\n\nHyvä tulos saatiin.", 12)   // "Tulokset…"
//
// For the text parts of practices, news and pages that their authors write. The HTML goes into
// a page as it is (templates must not escape it again); it is built only from cmark's own markup
// and escaped text, so it is safe whatever the input. Both functions are safe to call from many
// threads; cmark-gfm's parser is not (it flips process-wide tables), so parses take turns behind
// one lock, and a busy page should store the result rather than render on every request.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tori::text {

// Where user headings start: pages use h1 for their title and h2 for their own sections.
inline constexpr int kDefaultMinHeadingLevel = 3;

// HTML for `markdown` (CommonMark with the GFM autolink, strikethrough ("~~x~~" only) and table
// extensions; no smart punctuation; a single newline stays a soft break):
// - raw HTML is dropped entirely (no "raw HTML omitted" comments are left);
// - a link keeps its href only for http:, https:, mailto: and relative targets, with
//   rel="nofollow ugc"; any other link (javascript:, data:, vbscript:, file:, tel:, ftp:, …)
//   becomes its plain text;
// - images become their alt text (pictures come from uploads, not from Markdown);
// - headings move together so the highest becomes h`min_heading_level` (clamped to 1–6), deeper
//   ones keep their distance, none past h6;
// - table column alignment becomes class="align-left|align-center|align-right" (no obsolete
//   align attribute, no inline style for the Content-Security-Policy to block).
// Ill-formed UTF-8 and NUL become U+FFFD; the output is valid UTF-8. Input that would drive the
// Debian 12 parser into one of its known super-linear paths (see markdown_guard.hpp) loses the
// table or autolink extension, or in the worst case is shown as escaped plain paragraphs.
[[nodiscard]] std::string markdown_to_html(std::string_view markdown,
                                           int min_heading_level = kDefaultMinHeadingLevel);

// The plain text of `markdown` (the words the HTML would show, with link and image text but no
// URLs, no raw HTML), whitespace collapsed to single spaces, for meta descriptions and
// summaries. At most `max_chars` code points: a longer text is cut at the last space that fits,
// trailing punctuation dropped, and "…" appended (counted in `max_chars`); a first word longer
// than that is cut between grapheme clusters. The result is not HTML-escaped.
[[nodiscard]] std::string markdown_to_text(std::string_view markdown, std::size_t max_chars);

}  // namespace tori::text

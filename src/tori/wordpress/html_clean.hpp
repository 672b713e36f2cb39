// SPDX-License-Identifier: AGPL-3.0-or-later
// A WordPress post's HTML to Markdown: an allow-list kept, everything else dropped or reduced to
// its text, pictures taken out as references.
//
//   CleanedHtml cleaned = clean_wordpress_html(item.content);
//   article.body = cleaned.markdown;          // rendered later by text::markdown_to_html
//   for (const ImageReference& image : cleaned.images) … image.src, image.alt, image.caption
//
// First prepare_wordpress_html: [caption]…[/caption] becomes <figure>, other shortcodes
// ([gallery], [embed], …: a '[' and a lower-case name of two or more characters) lose their
// tags but keep what they enclose, and classic-editor text gets its paragraphs back (wpautop:
// a blank line ends a paragraph, a single newline is a line break). Then gumbo parses it as HTML5
// and the tree is walked. Kept: p, br, h1–h6 (as ## … ####: h1 → h2, h5 and h6 → h4), strong/b,
// em/i, ul/ol/li, blockquote, a with an http:, https:, mailto: or relative href, tables (the first
// row is the header). img becomes an ImageReference (with the figure's caption) and no text.
// Dropped with their content: script, style, iframe, forms and their fields, object/embed, svg,
// math, media, template, comments, and anything deeper than kMaxHtmlDepth. Other elements keep
// their text. Text is escaped so that nothing in it is read as Markdown, and attributes never
// survive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tori::wordpress {

// Elements nested deeper than this are dropped with their content.
inline constexpr int kMaxHtmlDepth = 100;

struct ImageReference {
  std::string src;      // the img's src as written
  std::string alt;      // plain text
  std::string caption;  // plain text: the figure's figcaption, or the [caption]'s text
  friend bool operator==(const ImageReference&, const ImageReference&) = default;
};

struct CleanedHtml {
  std::string markdown;                // blocks separated by a blank line; no trailing newline
  std::vector<ImageReference> images;  // in document order
};

// Shortcodes and wpautop (see the top of this file); HTML in, HTML out.
[[nodiscard]] std::string prepare_wordpress_html(std::string_view html);

// prepare_wordpress_html, then the allow-list to Markdown.
[[nodiscard]] CleanedHtml clean_wordpress_html(std::string_view html);

// The text of an HTML fragment (a title, an excerpt, a caption) without markup, entities
// decoded, whitespace collapsed; script, style and the other dropped elements give nothing.
[[nodiscard]] std::string html_to_plain_text(std::string_view html);

// `text` with every character Markdown could read as markup escaped; whitespace collapsed.
[[nodiscard]] std::string escape_markdown_text(std::string_view text);

// The href as a Markdown link destination, or "" when it is not http:, https:, mailto: or
// relative (javascript:, data:, vbscript:, anything with another scheme).
[[nodiscard]] std::string safe_link_target(std::string_view href);

}  // namespace tori::wordpress

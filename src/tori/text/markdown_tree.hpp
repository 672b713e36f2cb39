// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsing Markdown with cmark-gfm under one lock, and making its tree safe (internal header).
//
//   MarkdownDocument document = parse_markdown(text, plan_markdown(text));
//   sanitize_markdown(document.root(), 3);   // no raw HTML, images, unsafe links; h3 and down
//   render with cmark_render_html(document.root(), kMarkdownOptions, document.extensions())
#pragma once

#include <memory>
#include <string_view>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "tori/text/markdown_guard.hpp"

namespace tori::text {

// Safe mode (CMARK_OPT_UNSAFE unset: raw HTML and javascript:/vbscript:/file:/data: hrefs are
// suppressed by cmark too), ill-formed UTF-8 replaced, strikethrough only with "~~", no smart
// punctuation, soft line breaks.
inline constexpr int kMarkdownOptions =
    CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

// A parsed document and the parser whose extensions its renderers need.
class MarkdownDocument {
 public:
  // Takes ownership of `parser`; the root follows once the parser has finished.
  explicit MarkdownDocument(cmark_parser* parser) : parser_(parser) {}
  void set_root(cmark_node* root) { root_.reset(root); }

  [[nodiscard]] cmark_node* root() const { return root_.get(); }
  [[nodiscard]] cmark_llist* extensions() const {
    return cmark_parser_get_syntax_extensions(parser_.get());
  }

 private:
  struct ParserFree {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
  };
  struct NodeFree {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
  };
  std::unique_ptr<cmark_parser, ParserFree> parser_;
  std::unique_ptr<cmark_node, NodeFree> root_;
};

// Parses `markdown` with the strikethrough extension and, as `plan` allows, the table and
// autolink extensions. Parses from all threads take turns (see markdown.hpp). Throws
// std::bad_alloc when cmark cannot allocate and std::runtime_error when an extension is missing.
[[nodiscard]] MarkdownDocument parse_markdown(std::string_view markdown, const MarkdownPlan& plan);

// Whether a link target may stay an href: http, https and mailto URLs (any letter case) and
// relative references. Read the way a browser reads it: ASCII tab and newline removed anywhere,
// leading C0 controls and spaces skipped; a ':' before the first '/', '?' or '#' that does not
// end an allowed scheme refuses the link.
[[nodiscard]] bool is_allowed_link(std::string_view url);

// Rewrites the tree so it renders safely: raw HTML nodes removed, images replaced by their alt
// content, links with a target is_allowed_link refuses (or with no visible text) replaced by
// their content, paragraphs and headings left without visible text removed, and headings moved
// so the highest is h`min_heading_level` (already clamped to 1–6 by the caller).
void sanitize_markdown(cmark_node* root, int min_heading_level);

}  // namespace tori::text

// SPDX-License-Identifier: AGPL-3.0-or-later
// cmark-gfm parsing behind one lock, the link allow-list, and the rewrites that make a tree safe.
#include "tori/text/markdown_tree.hpp"

#include <algorithm>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include <cmark-gfm-core-extensions.h>

namespace tori::text {
namespace {

// cmark-gfm 0.29.0.gfm.6 switches each extension's special characters on and off in
// process-wide tables while it parses inlines (cmark_manage_extensions_special_characters, also
// called by the table extension's row parser during feeding). Two parses at once therefore
// spoil each other: four threads rendering one document got 35–40 % wrong results here. Every
// parse, from parser creation to cmark_parser_finish, holds this lock.
std::mutex& parse_mutex() {
  static std::mutex mutex;
  return mutex;
}

// cmark_gfm_core_extensions_ensure_registered itself is not thread-safe (a plain static flag).
void register_extensions_once() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

void attach_extension(cmark_parser* parser, const char* name) {
  cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
  if (extension == nullptr) {
    throw std::runtime_error(std::string("cmark-gfm extension missing: ") + name);
  }
  cmark_parser_attach_syntax_extension(parser, extension);
}

struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// The nodes sanitize_markdown rewrites, collected first: cmark allows changing a tree only
// after its iterator has moved past the changed nodes.
struct Rewrites {
  std::vector<cmark_node*> raw_html;
  std::vector<cmark_node*> images;
  std::vector<cmark_node*> links;
  std::vector<cmark_node*> headings;
  std::vector<cmark_node*> paragraphs;
};

Rewrites collect_rewrites(cmark_node* root) {
  Rewrites found;
  const std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(root));
  if (!iter) throw std::bad_alloc();
  while (cmark_iter_next(iter.get()) != CMARK_EVENT_DONE) {
    if (cmark_iter_get_event_type(iter.get()) != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        found.raw_html.push_back(node);
        break;
      case CMARK_NODE_IMAGE:
        found.images.push_back(node);
        break;
      case CMARK_NODE_LINK:
        found.links.push_back(node);
        break;
      case CMARK_NODE_HEADING:
        found.headings.push_back(node);
        break;
      case CMARK_NODE_PARAGRAPH:
        found.paragraphs.push_back(node);
        break;
      default:
        break;
    }
  }
  return found;
}

// Moves the children of `node` in front of it and frees it. A child cmark will not move (it
// cannot happen for the inlines of links and images, but the loop must end) is freed.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    if (cmark_node_insert_before(node, child) == 0) cmark_node_free(child);
  }
  cmark_node_free(node);
}

// Whether `node` shows anything: a text or code literal below it with more than whitespace.
bool has_visible_text(cmark_node* node) {
  const std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(node));
  if (!iter) throw std::bad_alloc();
  while (cmark_iter_next(iter.get()) != CMARK_EVENT_DONE) {
    cmark_node* inner = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(inner);
    if (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE) continue;
    const char* literal = cmark_node_get_literal(inner);
    if (literal != nullptr &&
        std::string_view(literal).find_first_not_of(" \t\r\n\f\v") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Moves all headings by one offset so the highest is at `min_level`; none goes past h6.
void shift_headings(const std::vector<cmark_node*>& headings, int min_level) {
  if (headings.empty()) return;
  int highest = 6;
  for (cmark_node* heading : headings) {
    highest = std::min(highest, cmark_node_get_heading_level(heading));
  }
  const int offset = min_level - highest;
  for (cmark_node* heading : headings) {
    const int level = std::clamp(cmark_node_get_heading_level(heading) + offset, 1, 6);
    cmark_node_set_heading_level(heading, level);
  }
}

}  // namespace

MarkdownDocument parse_markdown(std::string_view markdown, const MarkdownPlan& plan) {
  register_extensions_once();
  const std::lock_guard lock(parse_mutex());
  cmark_parser* parser = cmark_parser_new(kMarkdownOptions);
  if (parser == nullptr) throw std::bad_alloc();
  MarkdownDocument document(parser);
  // GitHub's order: the order decides which extension sees an inline character first.
  if (plan.tables) attach_extension(parser, "table");
  attach_extension(parser, "strikethrough");
  if (plan.autolinks) attach_extension(parser, "autolink");
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* root = cmark_parser_finish(parser);
  if (root == nullptr) throw std::bad_alloc();
  document.set_root(root);
  return document;
}

bool is_allowed_link(std::string_view url) {
  std::string cleaned;
  cleaned.reserve(url.size());
  for (const char c : url) {
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  }
  std::size_t start = 0;
  while (start < cleaned.size() && static_cast<unsigned char>(cleaned[start]) <= 0x20)
    ++start;
  const std::string_view target = std::string_view(cleaned).substr(start);
  const std::size_t end = target.find_first_of(":/?#");
  if (end == std::string_view::npos || target[end] != ':') return true;  // relative reference
  std::string scheme(target.substr(0, end));
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

void sanitize_markdown(cmark_node* root, int min_heading_level) {
  const Rewrites found = collect_rewrites(root);
  // Images first: a link or raw HTML inside an image's alt text moves out and is judged below.
  for (cmark_node* image : found.images) {
    unwrap(image);
  }
  for (cmark_node* html : found.raw_html) {
    cmark_node_free(html);
  }
  for (cmark_node* link : found.links) {
    const char* url = cmark_node_get_url(link);
    if (!is_allowed_link(url == nullptr ? "" : url) || !has_visible_text(link)) unwrap(link);
  }
  // What the removals emptied goes too: an empty <p> is noise, an empty heading an a11y error.
  for (cmark_node* paragraph : found.paragraphs) {
    if (!has_visible_text(paragraph)) cmark_node_free(paragraph);
  }
  std::vector<cmark_node*> headings;
  for (cmark_node* heading : found.headings) {
    if (has_visible_text(heading)) {
      headings.push_back(heading);
    } else {
      cmark_node_free(heading);
    }
  }
  shift_headings(headings, min_heading_level);
}

}  // namespace tori::text

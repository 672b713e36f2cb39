// SPDX-License-Identifier: AGPL-3.0-or-later
// clean_wordpress_html and html_to_plain_text: gumbo's HTML5 tree walked into Markdown blocks
// (the allow-list of html_clean.hpp).
#include "tori/wordpress/html_clean.hpp"

#include <gumbo.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include "tori/wordpress/markdown_blocks.hpp"

namespace tori::wordpress {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

constexpr GumboTag kDroppedTags[] = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_IFRAME,   GUMBO_TAG_FORM,
    GUMBO_TAG_INPUT,    GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,    GUMBO_TAG_SVG,      GUMBO_TAG_MATH,
    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,
    GUMBO_TAG_META,     GUMBO_TAG_LINK,     GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,
    GUMBO_TAG_CANVAS,   GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES,
    GUMBO_TAG_APPLET,   GUMBO_TAG_PARAM,    GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,
    GUMBO_TAG_MAP,      GUMBO_TAG_OPTION,   GUMBO_TAG_OPTGROUP, GUMBO_TAG_DATALIST,
    GUMBO_TAG_OUTPUT,   GUMBO_TAG_BASE,     GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND,
    GUMBO_TAG_LABEL,    GUMBO_TAG_KEYGEN,   GUMBO_TAG_ISINDEX,  GUMBO_TAG_XMP,
    GUMBO_TAG_PLAINTEXT};

bool is_dropped(const GumboElement& element) {
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // svg, math
  return std::find(std::begin(kDroppedTags), std::end(kDroppedTags), element.tag) !=
         std::end(kDroppedTags);
}

std::string attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found == nullptr ? std::string() : std::string(found->value);
}

class Walker {
 public:
  explicit Walker(std::vector<ImageReference>& images) : images_(images) {}

  // Block context: paragraphs and the other blocks into `out`.
  void block(const GumboNode& node, Blocks& out, int depth);
  // Inline context: Markdown text (a line break is kLineBreak).
  std::string inline_text(const GumboNode& node, int depth);

 private:
  void block_children(const GumboNode& node, Blocks& out, int depth);
  void block_element(const GumboElement& element, const GumboNode& node, Blocks& out, int depth);
  std::string inline_children(const GumboNode& node, int depth);
  std::string inline_element(const GumboElement& element, const GumboNode& node, int depth);
  std::string link(const GumboElement& element, const GumboNode& node, int depth);
  std::string emphasis(const GumboNode& node, int depth, const std::string& mark, bool& inside);
  void heading(const GumboElement& element, const GumboNode& node, Blocks& out, int depth);
  void list(const GumboNode& node, bool ordered, Blocks& out, int depth);
  void table(const GumboNode& node, Blocks& out, int depth);
  void collect_rows(const GumboNode& node, std::vector<std::vector<std::string>>& rows, int depth);
  void figure(const GumboNode& node, int depth);
  void image(const GumboElement& element);

  std::vector<ImageReference>& images_;
  bool in_link_ = false, in_strong_ = false, in_em_ = false;
};

const GumboVector& children_of(const GumboNode& node) {
  return node.type == GUMBO_NODE_DOCUMENT ? node.v.document.children : node.v.element.children;
}

bool has_children(const GumboNode& node) {
  return node.type == GUMBO_NODE_DOCUMENT || node.type == GUMBO_NODE_ELEMENT ||
         node.type == GUMBO_NODE_TEMPLATE;
}

const GumboNode& child_at(const GumboVector& children, unsigned int i) {
  return *static_cast<const GumboNode*>(children.data[i]);
}

bool has_image(const GumboNode& node, int depth) {
  if (node.type != GUMBO_NODE_ELEMENT || depth > kMaxHtmlDepth) return false;
  if (node.v.element.tag == GUMBO_TAG_IMG) return true;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i) {
    if (has_image(child_at(children, i), depth + 1)) return true;
  }
  return false;
}

// The plain text of a node (captions): no Markdown escaping, whitespace collapsed.
std::string plain_text(const GumboNode& node, int depth) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE) return node.v.text.text;
  if (depth > kMaxHtmlDepth || !has_children(node)) return {};
  if (node.type == GUMBO_NODE_ELEMENT && is_dropped(node.v.element)) return {};
  std::string text;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i) {
    text += plain_text(child_at(children, i), depth + 1);
    text += ' ';
  }
  return text;
}

std::string collapse_plain(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (is_ascii_space(c) || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

}  // namespace

namespace {

void Walker::image(const GumboElement& element) {
  const std::string src = attribute(element, "src");
  if (src.empty()) return;
  images_.push_back({src, collapse_plain(attribute(element, "alt")), ""});
}

std::string Walker::inline_children(const GumboNode& node, int depth) {
  std::string text;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i)
    text += inline_text(child_at(children, i), depth + 1);
  return text;
}

std::string Walker::inline_text(const GumboNode& node, int depth) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE)
    return escape_markdown_text(node.v.text.text);
  if (node.type != GUMBO_NODE_ELEMENT || depth > kMaxHtmlDepth) return {};
  if (is_dropped(node.v.element)) return {};
  return inline_element(node.v.element, node, depth);
}

std::string Walker::emphasis(const GumboNode& node, int depth, const std::string& mark,
                             bool& inside) {
  if (inside) return inline_children(node, depth);
  inside = true;
  std::string text = inline_children(node, depth);
  inside = false;
  const auto first = text.find_first_not_of(std::string(" ") + kLineBreak);
  if (first == std::string::npos) return text;
  const auto last = text.find_last_not_of(std::string(" ") + kLineBreak);
  return text.substr(0, first) + mark + text.substr(first, last - first + 1) + mark +
         text.substr(last + 1);
}

std::string Walker::link(const GumboElement& element, const GumboNode& node, int depth) {
  if (in_link_) return inline_children(node, depth);
  in_link_ = true;
  const std::string inner = inline_children(node, depth);
  in_link_ = false;
  const std::string text = finish_one_line(inner);
  const std::string target = safe_link_target(attribute(element, "href"));
  if (text.empty() || target.empty()) return inner;
  // Spaces at either end of the link's text stay outside it.
  const std::string before = inner.starts_with(' ') ? " " : "";
  const std::string after = inner.ends_with(' ') ? " " : "";
  return before + "[" + text + "](" + target + ")" + after;
}

std::string Walker::inline_element(const GumboElement& element, const GumboNode& node, int depth) {
  switch (element.tag) {
    case GUMBO_TAG_BR:
      return std::string(1, kLineBreak);
    case GUMBO_TAG_IMG:
      image(element);
      return {};
    case GUMBO_TAG_A:
      return link(element, node, depth);
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
      return emphasis(node, depth, "**", in_strong_);
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
      return emphasis(node, depth, "*", in_em_);
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
      return " " + inline_children(node, depth) + " ";
    default:
      return inline_children(node, depth);
  }
}

void Walker::block_children(const GumboNode& node, Blocks& out, int depth) {
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i)
    block(child_at(children, i), out, depth + 1);
}

void Walker::block(const GumboNode& node, Blocks& out, int depth) {
  if (depth > kMaxHtmlDepth) return;
  if (node.type == GUMBO_NODE_DOCUMENT) return block_children(node, out, depth);
  if (node.type != GUMBO_NODE_ELEMENT) {
    out.pending += inline_text(node, depth);
    return;
  }
  if (is_dropped(node.v.element)) return;
  block_element(node.v.element, node, out, depth);
}

void Walker::heading(const GumboElement& element, const GumboNode& node, Blocks& out, int depth) {
  const int level = std::clamp(static_cast<int>(element.tag - GUMBO_TAG_H1) + 1, 2, 4);
  const std::string text = finish_one_line(inline_children(node, depth));
  if (!text.empty())
    out.add(std::string(static_cast<std::size_t>(level), '#') + " " + text);
  else
    out.flush();
}

void Walker::list(const GumboNode& node, bool ordered, Blocks& out, int depth) {
  std::string text;
  int number = 0;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i) {
    const GumboNode& child = child_at(children, i);
    if (child.type != GUMBO_NODE_ELEMENT || child.v.element.tag != GUMBO_TAG_LI) continue;
    Blocks item;
    block_children(child, item, depth + 1);
    item.flush();
    if (item.blocks.empty()) continue;
    const std::string marker = ordered ? std::to_string(++number) + ". " : "- ";
    if (!text.empty()) text += '\n';
    text += list_item(marker, item);
  }
  out.add(text, true);
}

void Walker::collect_rows(const GumboNode& node, std::vector<std::vector<std::string>>& rows,
                          int depth) {
  if (depth > kMaxHtmlDepth || node.type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& children = children_of(node);
  if (node.v.element.tag != GUMBO_TAG_TR) {
    for (unsigned int i = 0; i < children.length; ++i)
      collect_rows(child_at(children, i), rows, depth + 1);
    return;
  }
  std::vector<std::string> cells;
  for (unsigned int i = 0; i < children.length; ++i) {
    const GumboNode& cell = child_at(children, i);
    if (cell.type != GUMBO_NODE_ELEMENT) continue;
    if (cell.v.element.tag != GUMBO_TAG_TD && cell.v.element.tag != GUMBO_TAG_TH) continue;
    cells.push_back(finish_one_line(inline_children(cell, depth + 1)));
  }
  if (!cells.empty()) rows.push_back(std::move(cells));
}

void Walker::table(const GumboNode& node, Blocks& out, int depth) {
  std::vector<std::vector<std::string>> rows;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i)
    collect_rows(child_at(children, i), rows, depth + 1);
  out.add(table_text(rows));
}

// A figure's pictures with its caption: the figcaption's text, else the figure's own text.
void Walker::figure(const GumboNode& node, int depth) {
  const std::size_t first = images_.size();
  std::string caption;
  std::string text;
  const GumboVector& children = children_of(node);
  for (unsigned int i = 0; i < children.length; ++i) {
    const GumboNode& child = child_at(children, i);
    const bool is_caption =
        child.type == GUMBO_NODE_ELEMENT && child.v.element.tag == GUMBO_TAG_FIGCAPTION;
    if (is_caption)
      caption += plain_text(child, depth + 1) + " ";
    else
      text += plain_text(child, depth + 1) + " ";
    if (!is_caption) (void)inline_text(child, depth + 1);  // records the pictures
  }
  caption = collapse_plain(caption.empty() ? text : caption);
  for (std::size_t i = first; i < images_.size(); ++i)
    images_[i].caption = caption;
}

void Walker::block_element(const GumboElement& element, const GumboNode& node, Blocks& out,
                           int depth) {
  switch (element.tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return heading(element, node, out, depth);
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      out.flush();
      return list(node, element.tag == GUMBO_TAG_OL, out, depth);
    case GUMBO_TAG_TABLE:
      out.flush();
      return table(node, out, depth);
    case GUMBO_TAG_FIGURE:
      out.flush();
      if (has_image(node, depth)) return figure(node, depth);
      block_children(node, out, depth);  // a block editor's table or quote
      return out.flush();
    case GUMBO_TAG_BLOCKQUOTE: {
      Blocks inner;
      block_children(node, inner, depth);
      inner.flush();
      return out.add(quoted(inner.joined()));
    }
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
      out.flush();
      block_children(node, out, depth);
      return out.flush();
    default:
      out.pending += inline_element(element, node, depth);
  }
}

struct OutputFree {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

std::string html_to_plain_text(std::string_view html) {
  const std::unique_ptr<GumboOutput, OutputFree> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  return collapse_plain(plain_text(*output->document, 0));
}

CleanedHtml clean_wordpress_html(std::string_view html) {
  const std::string prepared = prepare_wordpress_html(html);
  const std::unique_ptr<GumboOutput, OutputFree> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, prepared.data(), prepared.size()));
  CleanedHtml cleaned;
  Walker walker(cleaned.images);
  Blocks blocks;
  walker.block(*output->document, blocks, 0);
  blocks.flush();
  cleaned.markdown = blocks.joined();
  return cleaned;
}

}  // namespace tori::wordpress

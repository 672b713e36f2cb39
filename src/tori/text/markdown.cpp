// SPDX-License-Identifier: AGPL-3.0-or-later
// Markdown to HTML (sanitised tree, cmark's renderer, two markup rewrites) and to cut plain text.
#include "tori/text/markdown.hpp"

#include <algorithm>
#include <memory>
#include <new>
#include <stdexcept>

#include <unicode/brkiter.h>

#include "tori/text/escape.hpp"
#include "tori/text/icu_convert.hpp"
#include "tori/text/markdown_guard.hpp"
#include "tori/text/markdown_tree.hpp"

namespace tori::text {
namespace {

// One rewrite of cmark's own markup. Each `from` can only have come from the renderer: cmark
// writes every '<' and '"' of user text and attribute values as &lt;, &quot; or %22.
struct MarkupRewrite {
  std::string_view from;
  std::string_view to;
};

constexpr MarkupRewrite kMarkupRewrites[] = {
    // Links written by users earn no ranking credit for their targets.
    {"<a href=\"", "<a rel=\"nofollow ugc\" href=\""},
    // Table alignment as classes: the align attribute is obsolete HTML (vnu rejects it) and
    // CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES's style="" would be blocked by the CSP.
    {" align=\"left\"", " class=\"align-left\""},
    {" align=\"center\"", " class=\"align-center\""},
    {" align=\"right\"", " class=\"align-right\""},
};

std::string rewrite_markup(std::string_view html) {
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  std::size_t i = 0;
  while (i < html.size()) {
    const MarkupRewrite* match = nullptr;
    if (html[i] == '<' || html[i] == ' ') {
      for (const MarkupRewrite& rewrite : kMarkupRewrites) {
        if (html.substr(i, rewrite.from.size()) == rewrite.from) match = &rewrite;
      }
    }
    if (match != nullptr) {
      out += match->to;
      i += match->from.size();
    } else {
      out += html[i++];
    }
  }
  return out;
}

// `text` as valid UTF-8 with no NUL: what cmark's CMARK_OPT_VALIDATE_UTF8 gives parsed text.
std::string valid_text(std::string_view text) {
  std::string valid = to_utf8(to_unicode(text));  // ill-formed sequences become U+FFFD
  std::string out;
  out.reserve(valid.size());
  for (const char c : valid) {
    if (c == '\0') {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

// The fallback for input plan_markdown keeps from the parser: one escaped <p> per chunk.
std::string plain_paragraphs(std::string_view markdown) {
  const std::string text = valid_text(markdown);
  std::string html;
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) html += "<p>" + escape_html(paragraph) + "</p>\n";
    paragraph.clear();
  };
  for_each_line(text, [&](std::string_view line) {
    if (is_blank_line(line)) {
      flush();
      return;
    }
    if (!paragraph.empty()) paragraph += '\n';
    paragraph += line;
  });
  flush();
  return html;
}

struct CmarkFree {
  void operator()(char* p) const { cmark_get_default_mem_allocator()->free(p); }
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

std::string render_html(const MarkdownDocument& document) {
  const std::unique_ptr<char, CmarkFree> html(
      cmark_render_html(document.root(), kMarkdownOptions, document.extensions()));
  if (!html) throw std::bad_alloc();
  return std::string(html.get());
}

// The words of a sanitised tree: text and code literals, a space for each break and around
// each block (table cells are blocks too). Whitespace is collapsed afterwards.
std::string words_of(cmark_node* root) {
  std::string text;
  const std::unique_ptr<cmark_iter, CmarkFree> iter(cmark_iter_new(root));
  if (!iter) throw std::bad_alloc();
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const int type = cmark_node_get_type(node);
    if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) text += ' ';
    if (event != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) {
      const char* literal = cmark_node_get_literal(node);
      if (literal != nullptr) text += literal;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      text += ' ';
    }
  }
  return text;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Every run of ASCII whitespace as one space, none at either end.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (const char c : text) {
    if (is_ascii_space(c)) {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// The byte offset after the first `count` code points of valid UTF-8 `text` (its size if
// shorter), and in `total` how many code points it has in all.
std::size_t code_point_offset(std::string_view text, std::size_t count, std::size_t& total) {
  std::size_t offset = text.size();
  total = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (total == count) offset = i;
    ++total;
  }
  return offset;
}

// The largest grapheme cluster boundary at or before byte `end` of valid UTF-8 `text`, so that
// a cut never splits "a" from a combining mark, an emoji from its modifier, or a flag.
std::size_t grapheme_boundary(std::string_view text, std::size_t end) {
  std::size_t next = end + 1;  // one code point past `end` is all the rules look ahead
  while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80)
    ++next;
  const icu::UnicodeString unicode = to_unicode(text.substr(0, std::min(next, text.size())));
  const int32_t end16 = to_unicode(text.substr(0, end)).length();
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !breaks) throw std::runtime_error("ICU character breaks missing");
  breaks->setText(unicode);
  const int32_t boundary = breaks->isBoundary(end16) ? end16 : breaks->preceding(end16);
  if (boundary <= 0) return 0;
  return to_utf8(unicode.tempSubString(0, boundary)).size();
}

// Drops trailing spaces and punctuation that read badly before "…" (ASCII and the dashes).
void trim_before_ellipsis(std::string& text) {
  static constexpr std::string_view kAscii = " ,;:.!?-([{\"'";
  static constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94"};  // – —
  while (!text.empty()) {
    if (kAscii.find(text.back()) != std::string_view::npos) {
      text.pop_back();
      continue;
    }
    const auto dash = std::find_if(std::begin(kDashes), std::end(kDashes),
                                   [&](auto d) { return std::string_view(text).ends_with(d); });
    if (dash == std::end(kDashes)) return;
    text.resize(text.size() - dash->size());
  }
}

// `text` (collapsed, valid UTF-8) in at most `max_chars` code points, "…" included when cut.
std::string cut_at_word(const std::string& text, std::size_t max_chars) {
  std::size_t total = 0;
  const std::size_t end = code_point_offset(text, max_chars == 0 ? 0 : max_chars - 1, total);
  if (total <= max_chars) return text;
  if (max_chars == 0) return "";
  std::string cut;
  if (text[end] == ' ') {
    cut = text.substr(0, end);
  } else if (const std::size_t space = text.rfind(' ', end); space != std::string::npos) {
    cut = text.substr(0, space);
  }
  trim_before_ellipsis(cut);
  if (cut.empty()) cut = text.substr(0, grapheme_boundary(text, end));
  return cut + "\xE2\x80\xA6";  // …
}

}  // namespace

std::string markdown_to_html(std::string_view markdown, int min_heading_level) {
  const MarkdownPlan plan = plan_markdown(markdown);
  if (!plan.markdown) return plain_paragraphs(markdown);
  const MarkdownDocument document = parse_markdown(markdown, plan);
  sanitize_markdown(document.root(), std::clamp(min_heading_level, 1, 6));
  return rewrite_markup(render_html(document));
}

std::string markdown_to_text(std::string_view markdown, std::size_t max_chars) {
  const MarkdownPlan plan = plan_markdown(markdown);
  std::string text;
  if (plan.markdown) {
    const MarkdownDocument document = parse_markdown(markdown, plan);
    sanitize_markdown(document.root(), kDefaultMinHeadingLevel);
    text = words_of(document.root());
  } else {
    text = valid_text(markdown);
  }
  return cut_at_word(collapse_whitespace(text), max_chars);
}

}  // namespace tori::text

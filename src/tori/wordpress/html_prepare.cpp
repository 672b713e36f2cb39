// SPDX-License-Identifier: AGPL-3.0-or-later
// prepare_wordpress_html: shortcodes ([caption] → <figure>, others unwrapped) and wpautop.
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "tori/wordpress/html_clean.hpp"

namespace tori::wordpress {
namespace {

bool is_lower_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

struct Shortcode {
  std::string name;
  bool closing = false;
  std::string caption_attribute;  // caption="…" of [caption]
  std::size_t end = 0;            // just past the ']'
};

std::string attribute_value(std::string_view attributes, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  const auto at = attributes.find(key);
  if (at == std::string_view::npos) return {};
  const auto from = at + key.size();
  const auto to = attributes.find('"', from);
  return std::string(attributes.substr(from, to == std::string_view::npos ? to : to - from));
}

// The shortcode starting at html[at] == '[', or nothing when it is ordinary text.
std::optional<Shortcode> shortcode_at(std::string_view html, std::size_t at) {
  Shortcode code;
  std::size_t i = at + 1;
  if (i < html.size() && html[i] == '/') {
    code.closing = true;
    ++i;
  }
  if (i >= html.size() || html[i] < 'a' || html[i] > 'z') return std::nullopt;
  const std::size_t name_start = i;
  while (i < html.size() && is_lower_name_char(html[i]))
    ++i;
  if (i >= html.size() || (html[i] != ']' && html[i] != ' ' && html[i] != '/')) return std::nullopt;
  if (i - name_start < 2) return std::nullopt;  // "[x]" is text
  code.name = std::string(html.substr(name_start, i - name_start));
  char quote = 0;
  for (; i < html.size(); ++i) {
    if (quote != 0) {
      if (html[i] == quote) quote = 0;
    } else if (html[i] == '"' || html[i] == '\'') {
      quote = html[i];
    } else if (html[i] == ']') {
      break;
    }
  }
  if (i >= html.size()) return std::nullopt;
  code.caption_attribute = attribute_value(html.substr(name_start, i - name_start), "caption");
  code.end = i + 1;
  return code;
}

std::string replace_shortcodes(std::string_view html) {
  std::string out;
  std::vector<std::string> captions;  // the caption="…" of each open [caption]
  std::size_t at = 0;
  while (at < html.size()) {
    const auto open = html.find('[', at);
    out.append(html.substr(at, open == std::string_view::npos ? open : open - at));
    if (open == std::string_view::npos) break;
    if (html.substr(open).starts_with("[[")) {  // [[x]] is WordPress's escape for a literal [x]
      const auto close = html.find("]]", open);
      if (close != std::string_view::npos) {
        out.append(html.substr(open + 1, close - open));
        at = close + 2;
        continue;
      }
    }
    const auto code = shortcode_at(html, open);
    if (!code) {
      out += '[';
      at = open + 1;
      continue;
    }
    if (code->name == "caption" || code->name == "wp_caption") {
      if (!code->closing) {
        captions.push_back(code->caption_attribute);
        out += "<figure>";
      } else if (!captions.empty()) {
        if (!captions.back().empty()) out += "<figcaption>" + captions.back() + "</figcaption>";
        captions.pop_back();
        out += "</figure>";
      }
    }
    at = code->end;
  }
  return out;
}

constexpr std::array<std::string_view, 32> kBlockTags = {
    "p",     "div", "h1",     "h2",    "h3",      "h4",      "h5",         "h6",
    "ul",    "ol",  "li",     "table", "thead",   "tbody",   "tfoot",      "tr",
    "td",    "th",  "figure", "pre",   "section", "article", "header",     "footer",
    "aside", "hr",  "form",   "dl",    "dd",      "dt",      "blockquote", "figcaption"};

// Whether `text` starts with a block element's start or end tag.
bool starts_with_block_tag(std::string_view text) {
  if (text.empty() || text[0] != '<') return false;
  std::size_t i = text.size() > 1 && text[1] == '/' ? 2 : 1;
  std::string name;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
  if (i < text.size() && text[i] != '>' && text[i] != ' ' && text[i] != '/' && text[i] != '\n')
    return false;
  for (const auto tag : kBlockTags)
    if (name == tag) return true;
  return false;
}

std::string_view trim_view(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
}

// Whether `line` ends with a block element's tag ("</ul>", "<li>").
bool ends_with_block_tag(std::string_view line) {
  if (!line.ends_with('>')) return false;
  const auto open = line.rfind('<');
  return open != std::string_view::npos && starts_with_block_tag(line.substr(open));
}

// A paragraph's single newlines as <br>, except beside block tags.
std::string newlines_to_breaks(std::string_view chunk) {
  std::string out;
  std::size_t at = 0;
  std::string_view previous;
  while (at <= chunk.size()) {
    auto end = chunk.find('\n', at);
    if (end == std::string_view::npos) end = chunk.size();
    const std::string_view line = trim_view(chunk.substr(at, end - at));
    if (!out.empty()) {
      const bool beside_block = ends_with_block_tag(previous) || starts_with_block_tag(line);
      out += beside_block ? "\n" : "<br>\n";
    }
    out.append(line);
    previous = line;
    at = end + 1;
  }
  return out;
}

// The chunk without leading whitespace and comments, to see what it starts with.
std::string_view skip_comments(std::string_view chunk) {
  while (true) {
    chunk = trim_view(chunk);
    if (!chunk.starts_with("<!--")) return chunk;
    const auto end = chunk.find("-->");
    if (end == std::string_view::npos) return {};
    chunk.remove_prefix(end + 3);
  }
}

std::string autop(std::string_view html) {
  std::string text;
  for (std::size_t i = 0; i < html.size(); ++i)
    if (html[i] != '\r') text += html[i] == '\t' ? ' ' : html[i];
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = at;
    for (;; ++end) {  // a blank line: a newline, spaces, a newline
      end = text.find('\n', end);
      if (end == std::string::npos) break;
      const auto next = text.find_first_not_of(' ', end + 1);
      if (next != std::string::npos && text[next] == '\n') break;
    }
    const std::string_view chunk =
        trim_view(std::string_view(text).substr(at, end == std::string::npos ? end : end - at));
    if (!chunk.empty()) {
      if (starts_with_block_tag(skip_comments(chunk)))
        out.append(chunk);
      else
        out += "<p>" + newlines_to_breaks(chunk) + "</p>";
      out += "\n";
    }
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

}  // namespace

std::string prepare_wordpress_html(std::string_view html) {
  const std::string unwrapped = replace_shortcodes(html);
  // Block-editor content (<!-- wp:paragraph -->…) has its own paragraphs.
  if (unwrapped.find("<!-- wp:") != std::string::npos) return unwrapped;
  return autop(unwrapped);
}

}  // namespace tori::wordpress

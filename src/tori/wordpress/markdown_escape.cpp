// SPDX-License-Identifier: AGPL-3.0-or-later
// Escaping text for Markdown and checking links' targets (html_clean.hpp).
#include <algorithm>
#include <cctype>

#include "tori/wordpress/html_clean.hpp"

namespace tori::wordpress {
namespace {

bool is_markdown_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Markdown's specials anywhere in a line; the ones that matter at a line's start are handled
// by finish_lines.
bool needs_escape(char c) {
  static constexpr std::string_view kSpecial = "\\`*_[]<>|~&";
  return kSpecial.find(c) != std::string_view::npos;
}

}  // namespace

std::string escape_markdown_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (is_markdown_space(c)) {
      space = true;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
    if (space) out += ' ';
    space = false;
    if (needs_escape(c)) out += '\\';
    out += c;
  }
  if (space) out += ' ';
  return out;
}

std::string safe_link_target(std::string_view href) {
  std::string url;
  for (const char c : href) {
    if (c == '\t' || c == '\n' || c == '\r') continue;  // browsers ignore these inside URLs
    url += c;
  }
  const auto first = url.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  url = url.substr(first, url.find_last_not_of(' ') - first + 1);
  const auto scheme_end = url.find_first_of(":/?#");
  if (scheme_end != std::string::npos && url[scheme_end] == ':') {
    std::string scheme = url.substr(0, scheme_end);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (scheme != "http" && scheme != "https" && scheme != "mailto") return {};
  }
  static constexpr std::string_view kKept =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'*+,;=%";
  std::string out;
  for (const char c : url) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return {};
    if (kKept.find(c) != std::string_view::npos) {
      out += c;
      continue;
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[static_cast<unsigned char>(c) >> 4];
    out += kHex[static_cast<unsigned char>(c) & 15];
  }
  return out;
}

}  // namespace tori::wordpress

// SPDX-License-Identifier: AGPL-3.0-or-later
// Templates translated once per language at load and expanded from a frozen ctemplate cache.
#include "tori/web/render.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include "tori/text/escape.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kOpen = "[[";
constexpr std::string_view kClose = "]]";
constexpr std::string_view kExtension = ".tpl";
constexpr std::string_view kHtmlPragma = "{{%AUTOESCAPE context=\"HTML\"}}";
constexpr std::string_view kXmlPragma = "{{%AUTOESCAPE context=\"XML\"}}";
// Blank lines are dropped; other whitespace is kept, since it separates words across lines.
constexpr ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;
// Room for a typical page, so that expansion seldom grows the string.
constexpr std::size_t kExpectedPageBytes = 16 * 1024;

[[noreturn]] void fail(std::string_view name, const std::string& what) {
  throw std::runtime_error("template " + std::string(name) + ": " + what);
}

// Calls `on_text(text)` for the text between markers and `on_key(key)` for each marker's key.
void scan_markers(std::string_view name, std::string_view source,
                  const std::function<void(std::string_view)>& on_text,
                  const std::function<void(std::string_view)>& on_key) {
  std::size_t at = 0;
  while (true) {
    std::size_t open = source.find(kOpen, at);
    on_text(source.substr(at, open == std::string_view::npos ? open : open - at));
    if (open == std::string_view::npos) return;
    std::size_t close = source.find(kClose, open + kOpen.size());
    std::size_t newline = source.find('\n', open);
    if (close == std::string_view::npos || newline < close) {
      fail(name, "unterminated [[ marker at byte " + std::to_string(open));
    }
    on_key(source.substr(open + kOpen.size(), close - open - kOpen.size()));
    at = close + kClose.size();
  }
}

// The value of a built-in marker ("@lang"), or nothing for an unknown one.
std::optional<std::string> builtin(std::string_view key, Language language) {
  if (key == "@lang") return std::string(text::language_code(language));
  if (key == "@prefix") return std::string(path_prefix(language));
  if (key == "@home") return localised_path(language, "/");
  return std::nullopt;
}

// Catalogue text as template text: HTML-escaped, and with braces escaped so that a message
// can never open a ctemplate marker.
std::string escape_message(std::string_view message) {
  std::string escaped = text::escape_html(message);
  std::string result;
  result.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '{') {
      result += "&#123;";
    } else if (c == '}') {
      result += "&#125;";
    } else {
      result += c;
    }
  }
  return result;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read template " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Every *.tpl under `dir` by name ("news/card").
TemplateSources read_templates(const std::filesystem::path& dir) {
  TemplateSources templates;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const std::string relative = entry.path().lexically_relative(dir).generic_string();
    if (!entry.is_regular_file() || !relative.ends_with(kExtension)) continue;
    templates.emplace(relative.substr(0, relative.size() - kExtension.size()),
                      read_file(entry.path()));
  }
  if (templates.empty()) throw std::runtime_error("no templates in " + dir.string());
  return templates;
}

}  // namespace

std::string localise_template(std::string_view name, std::string_view source,
                              const text::Catalogue& catalogue, Language language) {
  const std::vector<std::string> known = catalogue.keys();  // sorted
  std::string result;
  result.reserve(source.size() + source.size() / 4);
  auto on_text = [&](std::string_view text) { result.append(text); };
  auto on_key = [&](std::string_view key) {
    if (key.starts_with('@')) {
      std::optional<std::string> value = builtin(key, language);
      if (!value) fail(name, "unknown built-in marker [[" + std::string(key) + "]]");
      result += *value;
      return;
    }
    if (!std::binary_search(known.begin(), known.end(), key)) {
      fail(name, "unknown message key [[" + std::string(key) + "]]");
    }
    result += escape_message(catalogue.text(language, key));
  };
  scan_markers(name, source, on_text, on_key);
  return result;
}

std::vector<std::string> template_message_keys(std::string_view name, std::string_view source) {
  std::vector<std::string> keys;
  scan_markers(
      name, source, [](std::string_view) {},
      [&](std::string_view key) {
        if (!key.starts_with('@')) keys.emplace_back(key);
      });
  return keys;
}

Renderer::Renderer(const std::filesystem::path& template_dir, const text::Catalogue& catalogue)
    : Renderer(read_templates(template_dir), catalogue) {}

Renderer::Renderer(const TemplateSources& templates, const text::Catalogue& catalogue)
    : cache_(std::make_unique<ctemplate::TemplateCache>()) {
  for (const auto& [name, source] : templates) {
    add(name, source, catalogue);
  }
  cache_->Freeze();  // read-only from here: expansion takes no loads and no write locks
}

Renderer::~Renderer() = default;

void Renderer::add(std::string_view name, std::string_view source,
                   const text::Catalogue& catalogue) {
  // Every template escapes its values on its own, included ones too (ctemplate decides this per
  // template, not per page). Markers are HTML-escaped, which suits HTML and XML only.
  if (!source.starts_with(kHtmlPragma) && !source.starts_with(kXmlPragma)) {
    fail(name, "must begin with " + std::string(kHtmlPragma) + " (or the XML one)");
  }
  for (Language language : text::kLanguages) {
    const std::string key = template_key(language, name);
    const std::string localised = localise_template(name, source, catalogue, language);
    if (!cache_->StringToTemplateCache(key, localised, kStrip)) {
      fail(key, "ctemplate cannot parse it (or the name is taken)");
    }
  }
  names_.insert(std::upper_bound(names_.begin(), names_.end(), name), std::string(name));
}

std::string Renderer::expand(Language language, std::string_view name,
                             const ctemplate::TemplateDictionary& dictionary) const {
  std::string output;
  output.reserve(kExpectedPageBytes);
  const std::string key = template_key(language, name);
  if (!cache_->ExpandNoLoad(key, kStrip, &dictionary, nullptr, &output)) {
    throw std::runtime_error("cannot expand template " + key + " (unknown template or include)");
  }
  return output;
}

bool Renderer::has_template(std::string_view name) const {
  return std::binary_search(names_.begin(), names_.end(), name);
}

std::string Renderer::template_key(Language language, std::string_view name) {
  std::string key(text::language_code(language));
  key += '/';
  key += name;
  return key;
}

}  // namespace tori::web

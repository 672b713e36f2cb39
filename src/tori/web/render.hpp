// SPDX-License-Identifier: AGPL-3.0-or-later
// Templates: ctemplate files under data/templates, translated once per language at load, so that
// rendering a page costs one dictionary and one expansion and no message look-ups.
//
//   Renderer renderer(data_dir / "templates", catalogue);     // throws on an unknown [[key]]
//   ctemplate::TemplateDictionary dict("about");
//   dict.SetValue("NAME", user_input);                          // escaped by the template
//   std::string html = renderer.expand(Language::kSv, "about", dict);
//
// A template file `name.tpl` (subfolders allowed: "news/card.tpl" is "news/card") begins with
// `{{%AUTOESCAPE context="HTML"}}`. Besides ctemplate's own markers it may contain
//   [[message.key]]  the catalogue's text for that key, HTML-escaped (an unknown key is a load
//                    error; messages with arguments are formatted in C++ and passed as values);
//   [[@lang]]        the language code: fi, sv, en;
//   [[@prefix]]      the path prefix: "", "/sv", "/en" (write links as "[[@prefix]]/tietoa");
//   [[@home]]        the front page: "/", "/sv", "/en".
// Each language's copy is registered as "<lang>/<name>" ("sv/about") in the Renderer's own
// ctemplate cache, which is then frozen; an include is set with template_key(language, name).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tori/text/i18n.hpp"

namespace ctemplate {
class TemplateCache;
class TemplateDictionary;
}  // namespace ctemplate

namespace tori::web {

using text::Language;

// Template sources by name ("news/card" → its text), for building a Renderer in tests.
using TemplateSources = std::map<std::string, std::string>;

class Renderer {
 public:
  // Loads every *.tpl under `template_dir`. Throws std::runtime_error naming the template (and
  // the key) for an unknown [[key]], an unterminated marker, a template ctemplate cannot parse
  // or an empty folder. The catalogue is read during construction only.
  Renderer(const std::filesystem::path& template_dir, const text::Catalogue& catalogue);
  // The same from in-memory sources (name → template text), for tests.
  Renderer(const TemplateSources& templates, const text::Catalogue& catalogue);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Expands template `name` in `language` with `dictionary` (and the includes it sets).
  // Thread-safe. Throws std::runtime_error when the template or an included one is unknown.
  [[nodiscard]] std::string expand(Language language, std::string_view name,
                                   const ctemplate::TemplateDictionary& dictionary) const;

  // Whether a template called `name` was loaded.
  [[nodiscard]] bool has_template(std::string_view name) const;
  // The names of every loaded template, sorted.
  [[nodiscard]] const std::vector<std::string>& template_names() const { return names_; }
  // The cache key of `name` in `language` ("sv/about"), for TemplateDictionary::SetFilename.
  [[nodiscard]] static std::string template_key(Language language, std::string_view name);

 private:
  void add(std::string_view name, std::string_view source, const text::Catalogue& catalogue);

  std::unique_ptr<ctemplate::TemplateCache> cache_;
  std::vector<std::string> names_;
};

// The copy of template `source` for `language`: every marker replaced (see above). Throws
// std::runtime_error naming `name` and the key for an unknown key or an unterminated marker.
[[nodiscard]] std::string localise_template(std::string_view name, std::string_view source,
                                            const text::Catalogue& catalogue, Language language);

// The message keys a template's [[markers]] name, in order of appearance (built-ins excluded).
// Throws like localise_template for an unterminated marker.
[[nodiscard]] std::vector<std::string> template_message_keys(std::string_view name,
                                                             std::string_view source);

}  // namespace tori::web

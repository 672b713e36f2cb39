// SPDX-License-Identifier: AGPL-3.0-or-later
// Message catalogues: fi (default), sv and en texts in files a translator edits, formatted
// with ICU MessageFormat (plurals, numbers) in the language's own rules.
//
//   auto catalogue = text::Catalogue::load(data_dir / "i18n");   // fi.msg, stats.fi.msg, sv.msg…
//   catalogue.format(Language::kFi, "practice.count", {{"count", 2}});  // "2 tekoa"
//   catalogue.text(Language::kSv, "nav.search");                       // "Sök"
//
// File format (data/i18n/<lang>.msg, UTF-8): one message a line, `key = message`; `#` starts a
// comment line; blank lines are ignored; a message continues on following lines that start with
// whitespace (joined with one space). Messages use ICU MessageFormat syntax, e.g.
//   practice.count = {count, plural, one {# teko} other {# tekoa}}
// A key missing from sv or en falls back to fi; a key missing from fi is shown as the key itself.
// Stricter than the sketch above, so that a translator's slip stops the load: a line starting with
// `#` in column 1 is a comment; a blank line or a comment ends a message, so an indented line after
// one is an error; keys are [A-Za-z0-9._-]+, unique per file; a message may not be empty, must be
// valid MessageFormat and must use named (not numbered) arguments; the file must be UTF-8.
//
// Thread safety: after load, `text`, `format` and `keys` may be called from any number of threads
// at once. (icu::MessageFormat::format is const but fills lazy caches without a lock, so each
// message keeps a small pool of compiled clones; a thread borrows one for the duration of a call.)
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tori::text {

enum class Language { kFi, kSv, kEn };

inline constexpr Language kLanguages[] = {Language::kFi, Language::kSv, Language::kEn};

// "fi", "sv", "en".
[[nodiscard]] std::string_view language_code(Language language);
// The language of a code ("fi", "sv", "en"), or nothing.
[[nodiscard]] std::optional<Language> language_from_code(std::string_view code);

// One named argument of a message: a number or a string.
using MessageArgument = std::variant<long long, double, std::string>;
using MessageArguments = std::vector<std::pair<std::string, MessageArgument>>;

class Catalogue {
 public:
  // Reads <dir>/fi.msg, sv.msg and en.msg, and for each language every <dir>/<area>.<lang>.msg
  // (one file per part of the site, e.g. stats.sv.msg); a key defined twice is an error. Throws
  // std::runtime_error naming the file and line of the first malformed line or message (a broken
  // catalogue must not start a server).
  [[nodiscard]] static Catalogue load(const std::filesystem::path& dir);
  // Builds a catalogue from in-memory file texts (for tests).
  [[nodiscard]] static Catalogue from_texts(const std::map<Language, std::string>& texts);

  // The message without arguments (its MessageFormat apostrophes resolved); an argument it does
  // use shows as "{name}". Messages without arguments are formatted once, at load.
  [[nodiscard]] std::string text(Language language, std::string_view key) const;
  // The message formatted with ICU MessageFormat in the language's locale. An argument the message
  // does not use is ignored; one it uses but is not given shows as "{name}". When formatting
  // fails (e.g. a string given to a plural), the fi message is tried; if that fails too, throws
  // std::runtime_error (a programming error, not user input).
  [[nodiscard]] std::string format(Language language, std::string_view key,
                                   const MessageArguments& arguments) const;
  // Every key of the Finnish catalogue (the reference), sorted.
  [[nodiscard]] std::vector<std::string> keys() const;
  // Whether the Finnish catalogue defines `key` (every language then has a text for it).
  [[nodiscard]] bool has(std::string_view key) const;

 private:
  struct Message;  // a compiled message and its pool of clones (defined in i18n.cpp)
  using Messages = std::map<std::string, std::shared_ptr<Message>, std::less<>>;

  // Parses and compiles one file's text into messages_[language]; errors name `file`.
  void add_file(Language language, std::string_view text, std::string_view file);
  [[nodiscard]] Message* find(Language language, std::string_view key) const;

  std::map<Language, Messages> messages_;
};

}  // namespace tori::text

// SPDX-License-Identifier: AGPL-3.0-or-later
// Message catalogues: loading fi/sv/en files, compiling them with ICU, thread-safe formatting.
#include "tori/text/i18n.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include "tori/text/icu_convert.hpp"
#include "tori/text/message_file.hpp"

namespace tori::text {
namespace {

constexpr std::string_view kCodes[] = {"fi", "sv", "en"};  // indexed by Language

icu::Formattable to_formattable(const MessageArgument& argument) {
  if (const auto* number = std::get_if<long long>(&argument)) {
    return icu::Formattable(static_cast<int64_t>(*number));
  }
  if (const auto* number = std::get_if<double>(&argument)) return icu::Formattable(*number);
  return icu::Formattable(to_unicode(std::get<std::string>(argument)));
}

// The number of arguments of a pattern; throws if it uses numbered ones ("{0}").
int count_arguments(const icu::UnicodeString& pattern, const MessageEntry& entry,
                    std::string_view file) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::MessagePattern parsed(pattern, nullptr, status);
  if (U_FAILURE(status)) return 0;  // reported, with its position, by the MessageFormat parse
  if (parsed.hasNumberedArguments()) {
    throw catalogue_error(file, entry.line,
                          "message '" + entry.key + "' uses a numbered argument; name it");
  }
  int count = 0;
  for (int32_t i = 0; i < parsed.countParts(); ++i) {
    if (parsed.getPartType(i) == UMSGPAT_PART_TYPE_ARG_START) ++count;
  }
  return count;
}

}  // namespace

// A compiled message. ICU's MessageFormat::format is const, but it lazily creates its number
// format and plural rules through a const_cast, and msgfmt.h says "MessageFormats are not
// synchronized": one object must not format on two threads at once. So `prototype_` is only ever
// copied (under `mutex_`), never formatted; a call borrows a clone from `idle_` (or makes one)
// and gives it back, and the pool grows to the number of threads that format this message at the
// same moment. A message without arguments is formatted once, at load, and needs none of this.
struct Catalogue::Message {
  // Compiles one entry in the language's locale; throws catalogue_error if it is not valid.
  static std::shared_ptr<Message> compile(const MessageEntry& entry, Language language,
                                          std::string_view file);
  // The formatted text; on an ICU failure `status` tells why.
  std::string format(const MessageArguments& arguments, UErrorCode& status);

  std::optional<std::string> plain_;  // the formatted text, when the message has no arguments
  std::unique_ptr<const icu::MessageFormat> prototype_;  // otherwise the compiled pattern
  std::mutex mutex_;
  std::vector<std::unique_ptr<icu::MessageFormat>> idle_;
};

std::shared_ptr<Catalogue::Message> Catalogue::Message::compile(const MessageEntry& entry,
                                                                Language language,
                                                                std::string_view file) {
  const icu::UnicodeString pattern = to_unicode(entry.message);
  const int arguments = count_arguments(pattern, entry, file);
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(language_code(language)).c_str());
  auto compiled = std::make_unique<icu::MessageFormat>(pattern, locale, where, status);
  if (U_FAILURE(status)) {
    std::string what =
        "message '" + entry.key + "' is not valid MessageFormat (" + u_errorName(status);
    // ICU fills `where` only for syntax errors; offset 0 is also its "unknown".
    if (where.offset > 0) what += " at character " + std::to_string(where.offset + 1);
    throw catalogue_error(file, entry.line, what + ")");
  }
  auto message = std::make_shared<Message>();
  if (arguments == 0) {  // safe to format `compiled` here: no other thread can see it
    icu::UnicodeString text;
    compiled->format(nullptr, nullptr, 0, text, status);
    if (U_FAILURE(status)) {
      throw catalogue_error(file, entry.line, "message '" + entry.key + "' cannot be formatted");
    }
    message->plain_ = to_utf8(text);
  } else {
    message->prototype_ = std::move(compiled);
  }
  return message;
}

std::string Catalogue::Message::format(const MessageArguments& arguments, UErrorCode& status) {
  if (plain_) return *plain_;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  names.reserve(arguments.size());
  values.reserve(arguments.size());
  for (const auto& [name, value] : arguments) {
    names.push_back(to_unicode(name));
    values.push_back(to_formattable(value));
  }
  std::unique_ptr<icu::MessageFormat> formatter;
  {
    const std::lock_guard lock(mutex_);
    if (idle_.empty()) {
      formatter.reset(static_cast<icu::MessageFormat*>(prototype_->clone()));
    } else {
      formatter = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  icu::UnicodeString text;
  formatter->format(names.data(), values.data(), static_cast<int32_t>(names.size()), text, status);
  {
    const std::lock_guard lock(mutex_);
    idle_.push_back(std::move(formatter));
  }
  return to_utf8(text);
}

std::string_view language_code(Language language) {
  return kCodes[static_cast<std::size_t>(language)];
}

std::optional<Language> language_from_code(std::string_view code) {
  for (const Language language : kLanguages) {
    if (language_code(language) == code) return language;
  }
  return std::nullopt;
}

namespace {

std::string read_catalogue_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot be opened");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw std::runtime_error(path.string() + ": cannot be read");
  return content.str();
}

// <dir>/<lang>.msg first, then every <dir>/<area>.<lang>.msg in name order.
std::vector<std::filesystem::path> catalogue_files(const std::filesystem::path& dir,
                                                   Language language) {
  const std::string suffix = "." + std::string(language_code(language)) + ".msg";
  std::vector<std::filesystem::path> areas;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > suffix.size() && name.ends_with(suffix)) areas.push_back(entry.path());
  }
  std::sort(areas.begin(), areas.end());
  areas.insert(areas.begin(), dir / (std::string(language_code(language)) + ".msg"));
  return areas;
}

}  // namespace

Catalogue Catalogue::load(const std::filesystem::path& dir) {
  Catalogue catalogue;
  for (const Language language : kLanguages) {
    for (const std::filesystem::path& path : catalogue_files(dir, language))
      catalogue.add_file(language, read_catalogue_file(path), path.string());
  }
  return catalogue;
}

Catalogue Catalogue::from_texts(const std::map<Language, std::string>& texts) {
  Catalogue catalogue;
  for (const auto& [language, text] : texts) {
    catalogue.add_file(language, text, std::string(language_code(language)) + ".msg");
  }
  return catalogue;
}

void Catalogue::add_file(Language language, std::string_view text, std::string_view file) {
  Messages& messages = messages_[language];
  for (const MessageEntry& entry : parse_message_file(text, file)) {
    if (messages.contains(entry.key))
      throw catalogue_error(file, entry.line,
                            "key '" + entry.key + "' is already defined in another file");
    messages.emplace(entry.key, Message::compile(entry, language, file));
  }
}

std::string Catalogue::text(Language language, std::string_view key) const {
  return format(language, key, {});
}

std::string Catalogue::format(Language language, std::string_view key,
                              const MessageArguments& arguments) const {
  const Language candidates[] = {language, Language::kFi};
  std::string error;
  for (int i = 0; i < (language == Language::kFi ? 1 : 2); ++i) {
    Message* message = find(candidates[i], key);
    if (message == nullptr) continue;
    UErrorCode status = U_ZERO_ERROR;
    std::string text = message->format(arguments, status);
    if (U_SUCCESS(status)) return text;
    if (error.empty()) {
      error = "message '" + std::string(key) + "' (" + std::string(language_code(candidates[i])) +
              ") cannot be formatted with these arguments: " + u_errorName(status);
    }
  }
  if (!error.empty()) throw std::runtime_error(error);
  return std::string(key);
}

std::vector<std::string> Catalogue::keys() const {
  std::vector<std::string> keys;
  if (const auto fi = messages_.find(Language::kFi); fi != messages_.end()) {
    for (const auto& entry : fi->second)
      keys.push_back(entry.first);
  }
  return keys;
}

bool Catalogue::has(std::string_view key) const {
  return find(Language::kFi, key) != nullptr;
}

Catalogue::Message* Catalogue::find(Language language, std::string_view key) const {
  const auto messages = messages_.find(language);
  if (messages == messages_.end()) return nullptr;
  const auto found = messages->second.find(key);
  return found == messages->second.end() ? nullptr : found->second.get();
}

}  // namespace tori::text

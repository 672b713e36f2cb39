// SPDX-License-Identifier: AGPL-3.0-or-later
// Parses the lines of a message catalogue file into key/message entries, naming bad lines.
#include "tori/text/message_file.hpp"

#include <algorithm>
#include <map>

#include "tori/text/escape.hpp"

namespace tori::text {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

// State carried from line to line while a file is read.
class Parser {
 public:
  explicit Parser(std::string_view file) : file_(file) {}

  void line(std::string_view text, int number) {
    if (!is_valid_utf8(text)) throw catalogue_error(file_, number, "not valid UTF-8");
    if (trim(text).empty() || text.front() == '#') {
      close_message();
      return;
    }
    if (is_space(text.front())) {
      continue_message(trim(text), number);
      return;
    }
    start_message(text, number);
  }

  std::vector<MessageEntry> finish() {
    close_message();
    return std::move(entries_);
  }

 private:
  void continue_message(std::string_view text, int number) {
    if (!open_) throw catalogue_error(file_, number, "indented line continues no message");
    std::string& message = entries_.back().message;
    if (!message.empty()) message += ' ';
    message += text;
  }

  void start_message(std::string_view text, int number) {
    close_message();
    const auto equals = text.find('=');
    if (equals == std::string_view::npos) {
      throw catalogue_error(file_, number, "expected `key = message`, found no '='");
    }
    const std::string_view key = trim(text.substr(0, equals));
    if (key.empty()) throw catalogue_error(file_, number, "no key before '='");
    if (!std::all_of(key.begin(), key.end(), is_key_char)) {
      throw catalogue_error(
          file_, number, "key '" + std::string(key) + "' has a character outside [A-Za-z0-9._-]");
    }
    const auto [first, inserted] = lines_.emplace(std::string(key), number);
    if (!inserted) {
      throw catalogue_error(file_, number,
                            "duplicate key '" + std::string(key) + "' (first on line " +
                                std::to_string(first->second) + ")");
    }
    entries_.push_back({std::string(key), std::string(trim(text.substr(equals + 1))), number});
    open_ = true;
  }

  void close_message() {
    if (open_ && entries_.back().message.empty()) {
      const MessageEntry& entry = entries_.back();
      throw catalogue_error(file_, entry.line, "message '" + entry.key + "' is empty");
    }
    open_ = false;
  }

  std::string_view file_;
  std::vector<MessageEntry> entries_;
  std::map<std::string, int, std::less<>> lines_;  // key → line it was first defined on
  bool open_ = false;                              // whether an indented line may continue
};

}  // namespace

std::runtime_error catalogue_error(std::string_view file, int line, std::string_view what) {
  return std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": " +
                            std::string(what));
}

std::vector<MessageEntry> parse_message_file(std::string_view text, std::string_view file) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    text.remove_prefix(kByteOrderMark.size());
  }
  Parser parser(file);
  int number = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    parser.line(line, ++number);
  }
  return parser.finish();
}

}  // namespace tori::text

// SPDX-License-Identifier: AGPL-3.0-or-later
// The line syntax of a message catalogue file (<lang>.msg), split from its ICU compilation.
//
//   auto entries = parse_message_file(text, "data/i18n/fi.msg");   // throws on a malformed line
//
// The syntax is described in i18n.hpp. This header is internal to tori_text (used by i18n.cpp).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tori::text {

// One `key = message` of a file, continuation lines joined, with the line the key is on.
struct MessageEntry {
  std::string key;
  std::string message;
  int line = 0;
};

// "<file>:<line>: <what>" as a std::runtime_error, the one form every catalogue error takes.
[[nodiscard]] std::runtime_error catalogue_error(std::string_view file, int line,
                                                 std::string_view what);

// The entries of a catalogue file in file order. Throws catalogue_error(file, line, …) for the
// first malformed line: invalid UTF-8, no '=', empty or invalid key, duplicate key, an indented
// line with no message to continue, an empty message.
[[nodiscard]] std::vector<MessageEntry> parse_message_file(std::string_view text,
                                                           std::string_view file);

}  // namespace tori::text

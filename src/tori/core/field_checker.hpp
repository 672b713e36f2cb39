// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to core: the text checks validate_practice_input and validate_event_input share,
// collecting every FieldError with a message that names its field.
//
//   FieldChecker check;
//   check.text("title", input.title, {true, kMaxTitleLength, Lines::kOne});
//   return check.take();
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// Which control characters a text may hold.
enum class Lines {
  kOne,   // none (names, titles, ids, labels)
  kMany,  // tab, LF and CR only (summaries, leads, Markdown)
};

struct TextRule {
  bool required;
  std::size_t max_length;  // in code points; 0: no limit
  Lines lines;
};

// The number of code points of valid UTF-8 text: the bytes that do not continue a sequence.
[[nodiscard]] std::size_t code_point_count(std::string_view text);

// Whether valid UTF-8 text holds a control character (Unicode Cc: U+0000–001F, U+007F–009F)
// other than those `lines` allows.
[[nodiscard]] bool has_control_character(std::string_view text, Lines lines);

class FieldChecker {
 public:
  void add(std::string field, std::string message) {
    errors_.push_back({std::move(field), std::move(message)});
  }
  // Checks one text field (UTF-8, required, length, control characters); whether it passed.
  bool text(const std::string& field, std::string_view value, TextRule rule);
  // Checks the items of a list of names; none may be empty and none may come twice (ignoring
  // case, as the store matches names).
  void names(const std::string& field, const std::vector<std::string>& values, std::size_t max);
  [[nodiscard]] std::vector<FieldError> take() { return std::move(errors_); }

 private:
  std::vector<FieldError> errors_;
};

}  // namespace tori::core

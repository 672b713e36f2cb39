// SPDX-License-Identifier: AGPL-3.0-or-later
// Filling the "{key}" placeholders of the sentence tables with one practice's words, and the
// small text helpers the generator needs (capitals, ASCII folding for addresses, word counts).
//
//   Fill fill;
//   fill.set("t_ine", "kotihoidossa");
//   fill.apply("Työ {t_ine} on muuttunut.");   // "Työ kotihoidossa on muuttunut."
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::demo {

class Fill {
 public:
  // Sets or replaces the value of {key}. `key` must outlive the Fill (the tables' literals do).
  void set(std::string_view key, std::string_view value);
  // Sets {key} to `text` with its own placeholders filled (from the other keys).
  void set_filled(std::string_view key, std::string_view text);
  // `text` with every {key} replaced by its value. Throws std::logic_error naming the key when
  // a placeholder has no value or a brace is unclosed: that is a bug in a table, not input.
  [[nodiscard]] std::string apply(std::string_view text) const;
  // The same, appended to `out`.
  void append_to(std::string& out, std::string_view text) const;

 private:
  // Open addressing over this many buckets: more than twice the keys the tables use.
  static constexpr std::size_t kBuckets = 256;

  struct Slot {
    std::string_view key;
    std::string value;
  };

  // The bucket of `key`: where it is, or the empty one where it would go.
  [[nodiscard]] std::size_t bucket(std::string_view key) const;
  // The value of {key}, or null.
  [[nodiscard]] const std::string* find(std::string_view key) const;
  // The storage of {key}, added (empty) when missing. Throws std::logic_error past
  // kBuckets / 2 keys.
  std::string& slot(std::string_view key);

  std::vector<Slot> slots_;                      // in the order first set
  std::array<std::uint16_t, kBuckets> index_{};  // 1 + position in slots_; 0: empty bucket
  std::string scratch_;                          // set_filled's buffer
};

// Upper-cases the letter at byte `at` of `text` when it is a–z, ä, ö or å (all the tables start
// with).
void capitalise(std::string& text, std::size_t at = 0);

// Lower-case ASCII letters and digits of `text`: ä and å become a, ö o, é e, ü u; a space or
// hyphen becomes `separator` (a hyphen stays a hyphen when `keep_hyphen`); anything else is
// dropped. "Anna-Liisa Mäkelä" → "anna-liisa.makela" with separator '.' and keep_hyphen.
[[nodiscard]] std::string ascii_fold(std::string_view text, char separator, bool keep_hyphen);

// The number of words: runs of characters other than the space.
[[nodiscard]] std::size_t count_words(std::string_view text);

}  // namespace tori::demo

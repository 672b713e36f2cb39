// SPDX-License-Identifier: AGPL-3.0-or-later
// A word-level diff of two texts (Debian's libdtl, Wu–Manber–Myers O(NP)), for showing what an
// edit changed.
//
//   for (const DiffPiece& piece : word_diff("Vanha teksti.", "Uusi teksti.")) …
//   // {kRemoved "Vanha"} {kAdded "Uusi"} {kSame " teksti."}
//
// Tokens are words (runs of letters, digits and combining marks — ä, ö, å and any other
// multi-byte UTF-8 character stay whole), runs of whitespace (line breaks included) and runs of
// other characters (punctuation, symbols). Pieces of the same kind are joined, so kSame pieces
// never follow each other; in a change the removed piece comes before the added one. A run of
// whitespace alone between two changes is taken into the change ("<del>a b</del><ins>c d</ins>"
// rather than "<del>a</del><ins>c</ins> <del>b</del><ins>d</ins>").
//
// Joining the kSame and kRemoved pieces in order gives `before` byte for byte; joining the kSame
// and kAdded pieces gives `after`. Bytes that are not valid UTF-8 are tokens of their own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tori::text {

struct DiffPiece {
  enum Kind { kSame, kAdded, kRemoved };
  Kind kind = kSame;
  std::string text;
  friend bool operator==(const DiffPiece&, const DiffPiece&) = default;
};

// Past this many tokens (both sides together) word_diff does not compare: the search costs up to
// (tokens × differing tokens) steps. 20,000 keeps the worst case (two wholly different texts)
// near a second in the sanitizer build and far less in release; a section longer than about
// 10,000 words a side is shown as replaced whole.
inline constexpr std::size_t kMaxDiffTokens = 20'000;

// What changed from `before` to `after`, word by word. Equal texts give one kSame piece (none
// when both are empty); an empty side gives one kAdded or kRemoved piece. When the texts
// together have more than kMaxDiffTokens tokens: one kRemoved piece (all of `before`) and one
// kAdded piece (all of `after`), or one kSame piece if they are equal.
[[nodiscard]] std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after);

// The tokens of `text` as described above, in order; joined they give `text`. (For tests.)
[[nodiscard]] std::vector<std::string_view> diff_tokens(std::string_view text);

}  // namespace tori::text

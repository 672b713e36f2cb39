// SPDX-License-Identifier: AGPL-3.0-or-later
// URL slugs from titles: ASCII transliteration, one '-' between words, and a free unique slug.
//
//   slugify("Äitiysneuvolan ryhmä – 2024!")     // "aitiysneuvolan-ryhma-2024"
//   slugify("!!!")                              // "teko": nothing was left
//   is_valid_slug("hyva-arki")                  // true
//   unique_slug("uusi", is_taken, {"uusi", "haku"})   // "uusi-2" (or "uusi-3", … if taken)
//
// A slug names a public object in its address (/teot/<slug>), so it is plain ASCII that needs
// no percent-encoding and survives being typed, mailed and printed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::text {

// The longest slug slugify and unique_slug return.
inline constexpr std::size_t kMaxSlugLength = 80;

// What slugify returns when a title leaves nothing (only punctuation, emoji or a non-Latin
// script): "teko", a practice ("kehittämisteko").
inline constexpr std::string_view kFallbackSlug = "teko";

// The slug of a title: ICU's "Latin-ASCII" transliteration (ä→a, ö→o, å→a, é→e, ß→ss, æ→ae;
// decomposed input too), lower case, every run of characters other than [a-z0-9] one '-', no '-'
// at either end; past kMaxSlugLength characters cut at the last '-' within the limit (a hard cut
// when the first word alone is longer). kFallbackSlug when nothing is left. Ill-formed UTF-8
// counts as a separator. Safe to call from many threads (one transliterator per thread).
[[nodiscard]] std::string slugify(std::string_view title);

// Whether `slug` is what slugify can return: 1–kMaxSlugLength characters of [a-z0-9] with single
// '-' between them (none at either end).
[[nodiscard]] bool is_valid_slug(std::string_view slug);

// The first of base, base-2, base-3, … that is neither in `reserved` nor `taken` (a reserved
// candidate gets a suffix too; `taken` is not asked about reserved ones). A `base` that is not
// a valid slug is passed through slugify first; a suffixed candidate is cut at the front part so
// that it stays within kMaxSlugLength. Throws std::runtime_error when 10,000 candidates are all
// taken: that is a bug or an attack, not a user error.
[[nodiscard]] std::string unique_slug(std::string_view base,
                                      const std::function<bool(std::string_view)>& taken,
                                      const std::vector<std::string_view>& reserved);

}  // namespace tori::text

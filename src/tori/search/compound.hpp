// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading Voikko's compound description: the parts of WORDBASES and the sub-compounds a base
// form contains by STRUCTURE's boundaries. Pure string functions, no Voikko handle.
//
//   parse_wordbases("+kokeil(kokeilla)+u(+u)+rahasto(rahasto)")
//       // {{"kokeilu", {"kokeilla"}}, {"rahasto", {"rahasto"}}}
//   subcompounds("kehittämistyöpaja", "=pppppppppp=ppp=pppppppp")   // {"työpaja", "paja"}
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tori::search {

// One part of a compound: its surface with any derivational suffixes joined ("kokeilu"), and
// the base forms Voikko gives for it ("kokeilla"); a part Voikko gives no base for has its
// surface as its base ("etä").
struct CompoundPart {
  std::string surface;
  std::vector<std::string> bases;
  friend bool operator==(const CompoundPart&, const CompoundPart&) = default;
};

// The parts of a WORDBASES value ("+etä+työ(työ)"). A "(+suffix)" element is a derivational
// suffix of the part before it; a lone "-" separates parts; "=" inside a base ("hyvin=vointi")
// is dropped. Malformed input gives what could be read.
[[nodiscard]] std::vector<CompoundPart> parse_wordbases(std::string_view wordbases);

// The sub-compounds of `baseform`: for each part boundary of STRUCTURE ('=' marks one; every
// other character stands for one character of the analysed word), the rest of the base form
// from there, when the word and the base form agree up to it. Empty for a simple word.
// `word` is the analysed surface form.
[[nodiscard]] std::vector<std::string> subcompounds(std::string_view word,
                                                    std::string_view baseform,
                                                    std::string_view structure);

}  // namespace tori::search

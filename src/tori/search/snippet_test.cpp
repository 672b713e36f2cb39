// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of snippets: marking, escaping, windows and cuts.
#include "tori/search/snippet.hpp"

#include <gtest/gtest.h>

namespace tori::search {
namespace {

using text::Language;

TEST(Snippet, MarksEscapesAndCuts) {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> terms;
    std::size_t length;
    const char* expected;
  };
  const Case cases[] = {
      {"inflected word marked",
       "Siirryimme etätöihin nopeasti.",
       {"etätyö"},
       200,
       "Siirryimme <mark>etätöihin</mark> nopeasti."},
      {"compound part marked",
       "Kehittämistyöpajoissa ideoitiin.",
       {"työpaja"},
       200,
       "<mark>Kehittämistyöpajoissa</mark> ideoitiin."},
      {"no match: the start", "Yksi kaksi kolme neljä", {"kissa"}, 11, "Yksi kaksi…"},
      {"escaped before marking",
       "<b>etätyö</b> & \"muut\"",
       {"etätyö"},
       200,
       "&lt;b&gt;<mark>etätyö</mark>&lt;/b&gt; &amp; &quot;muut&quot;"},
      {"window starts near the match",
       "a b c d e f g h i j k l m n o p etätyö q r s",
       {"etätyö"},
       30,
       "…m n o p <mark>etätyö</mark> q r s"},
      {"cut at a word (bytes)",
       "etätyö yksi kaksi kolme",
       {"etätyö"},
       13,
       "<mark>etätyö</mark> yksi…"},
      {"no words", "… — !", {"x"}, 200, "… — !"},
      {"empty", "", {"x"}, 200, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(snippet_html(c.text, c.terms, Language::kFi, c.length), c.expected);
  }
}

}  // namespace
}  // namespace tori::search

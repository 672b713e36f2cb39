// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of participle → verb with the real Voikko dictionary.
#include "tori/search/participle.hpp"

#include <gtest/gtest.h>

#include "tori/search/voikko.hpp"

namespace tori::search {
namespace {

TEST(Participle, Verbs) {
  struct Case {
    const char* participle;
    std::vector<std::string> verbs;
  };
  const Case cases[] = {
      {"valmistunut", {"valmistua"}},
      {"tehnyt", {"tehdä"}},
      {"tullut", {"tulla"}},
      {"mennyt", {"mennä"}},
      {"perusteltu", {"perustella"}},
      {"kiristytty", {"kiristyä"}},
      {"kannattava", {"kannattaa"}},
      {"muunneltava", {"muunnella"}},
      {"tyhjentänyt", {"tyhjentää"}},
      {"kissa", {}},
      {"nut", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.participle);
    EXPECT_EQ(participle_verbs(c.participle, Voikko::this_thread()), c.verbs);
  }
}

}  // namespace
}  // namespace tori::search

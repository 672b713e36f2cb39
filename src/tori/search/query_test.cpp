// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the search box syntax and of queries over practice documents in an in-memory index.
#include "tori/search/query.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "tori/search/practice_document.hpp"

namespace tori::search {
namespace {

using text::Language;

QueryClause word(std::string text, bool prefix = false) {
  return {{std::move(text)}, false, prefix};
}

TEST(Query, Parse) {
  struct Case {
    const char* text;
    ParsedQuery expected;
  };
  const Case cases[] = {
      {"", {}},
      {"   ", {}},
      {"etätyö", {{{word("etätyö")}}, {}}},
      {"etätyö esihenkilö", {{{word("etätyö")}, {word("esihenkilö")}}, {}}},
      {"etätyö OR hybridityö", {{{word("etätyö"), word("hybridityö")}}, {}}},
      {"etätyö TAI hybridityö", {{{word("etätyö"), word("hybridityö")}}, {}}},
      {"etätyö or hybridityö", {{{word("etätyö")}, {word("or")}, {word("hybridityö")}}, {}}},
      {"OR etätyö", {{{word("etätyö")}}, {}}},
      {"työ -kokous", {{{word("työ")}}, {word("kokous")}}},
      {"työhyv*", {{{word("työhyv", true)}}, {}}},
      {"t*", {{{word("t")}}, {}}},
      {"\"työn ilo\" tänään", {{{{{"työn", "ilo"}, true, false}}, {word("tänään")}}, {}}},
      {"-\"huono idea\"", {{}, {{{"huono", "idea"}, true, false}}}},
      {"\"avoin lainaus", {{{{{"avoin", "lainaus"}, true, false}}}, {}}},
      {"\"yksi\"", {{{word("yksi")}}, {}}},
      {"\"\" - -- *** OR", {}},
      {"<script>alert(1)</script>",
       {{{word("script")}, {word("alert")}, {word("1")}, {word("script")}}, {}}},
      {"työ/aika", {{{word("työ")}, {word("aika")}}, {}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_query(c.text), c.expected);
  }
}

TEST(Query, AtMostThirtyTwoClauses) {
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += "sana" + std::to_string(i) + " ";
  EXPECT_EQ(parse_query(text).groups.size(), 32u);
}

TEST(Query, ReplacePlainWords) {
  const std::map<std::string, std::string> fixes = {{"työhyvinvonti", "työhyvinvointi"},
                                                    {"kahvii", "kahvi"}};
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"työhyvinvonti", "työhyvinvointi"},
      {"työhyvinvonti -kahvii", "työhyvinvointi -kahvii"},
      {"  työhyvinvonti OR kahvii  ", "  työhyvinvointi OR kahvi  "},
      {"työhyvinvonti,kahvii.", "työhyvinvointi,kahvi."},
      {"\"työhyvinvonti kahvii\" kahvii", "\"työhyvinvonti kahvii\" kahvi"},
      {"-\"kahvii\" työhyvinvonti*", "-\"kahvii\" työhyvinvonti*"},
      {"Työhyvinvonti etätyö", "Työhyvinvonti etätyö"},  // keyed by the word as parsed
      {"kahvii kahvii", "kahvi kahvi"},
      {"ta\u0308i kahvii", "t\u00e4i kahvi"},  // NFC
      {"", ""},
  };
  for (const Case& c : cases)
    EXPECT_EQ(replace_plain_words(c.text, fixes), c.expected) << c.text;
}

class QuerySearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add(1, "Kehittämistyöpajoissa ideoitiin etätöihin", "Esihenkilöt kokeilivat.",
        core::ContentLanguage::kFi);
    add(2, "Sosiaali- ja terveysalan perehdytys", "Uudet työntekijät oppivat nopeasti.",
        core::ContentLanguage::kFi);
    add(3, "Arbetshälsa i kommunerna", "Personalen deltog i workshoppar.",
        core::ContentLanguage::kSv);
    add(4, "Työn ilo ja kokous", "Kokous lyheni puoleen.", core::ContentLanguage::kFi);
  }

  void add(std::int64_t id, std::string title, std::string summary,
           core::ContentLanguage language) {
    core::Practice practice;
    practice.id = id;
    practice.title = std::move(title);
    practice.summary = std::move(summary);
    practice.language = language;
    database_.replace_document(id_term(id), practice_document(practice));
  }

  std::set<std::string> found(std::string_view text) {
    Xapian::Enquire enquire(database_);
    enquire.set_query(build_query(parse_query(text), {Language::kFi, Language::kSv}));
    std::set<std::string> ids;
    const Xapian::MSet matches = enquire.get_mset(0, 10);
    for (auto match = matches.begin(); match != matches.end(); ++match)
      ids.insert(match.get_document().get_data());
    return ids;
  }

  Xapian::WritableDatabase database_{"", Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(QuerySearchTest, FindsByBaseFormsPartsAndSyntax) {
  struct Case {
    const char* query;
    std::set<std::string> ids;
  };
  const Case cases[] = {
      {"etätyö", {"1"}},
      {"työpaja", {"1"}},
      {"esihenkilö", {"1"}},
      {"sosiaaliala", {"2"}},
      {"perehdytys terveysala", {"2"}},
      {"työpaja OR perehdytys", {"1", "2"}},
      {"kokous", {"4"}},
      {"työ -kokous", {"1", "2"}},
      {"\"työn ilo\"", {"4"}},
      {"\"ilo työn\"", {}},
      {"työhyv*", {}},
      {"kehittämis*", {"1"}},
      {"kommun", {"3"}},
      {"ei löydy mitään", {}},
      {"\"\" OR -", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    EXPECT_EQ(found(c.query), c.ids);
  }
}

TEST_F(QuerySearchTest, HighlightTermsAreTheQueryTerms) {
  const auto terms = highlight_terms(parse_query("etätöihin -kokous"), {Language::kFi});
  EXPECT_EQ(terms, std::vector<std::string>{"etätyö"});
}

}  // namespace
}  // namespace tori::search

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of writing the exchange format: the exact bytes, escaping as json.dumps does, and round
// trips of whole practices and of hostile text through export, import and export.
#include "tori/core/practice_jsonl.hpp"

#include <gtest/gtest.h>

#include "tori/core/test_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

using testing::named;
using testing::practice_from;

// A practice with every field set, as a store would hold it.
Practice full_practice() {
  Practice practice;
  practice.id = 7;
  practice.external_id = "ho-001";
  practice.slug = "etatyon-pelisaannot";
  practice.state = PracticeState::kSubmitted;
  practice.title = "Etätyön pelisäännöt";
  practice.summary = "Lyhyesti.";
  practice.organisations = named({"Kontiolahden kunta", "Joensuun kaupunki"});
  practice.municipality = MunicipalityRef{"276", "Kontiolahti"};
  practice.region = Named{"pohjois-karjala", "Pohjois-Karjala"};
  practice.sectors = named({"koko organisaatio"});
  practice.themes = named({"etä- ja hybridityö", "työhyvinvointi"});
  practice.client_groups = named({"henkilöstö"});
  practice.maturity = Maturity::kInUse;
  practice.started = "2021-03";
  for (Section section : kSections) {
    section_text(practice.sections, section) = "Teksti: " + std::string(section_key(section));
  }
  practice.keywords = {"etätyö", "pelisäännöt"};
  practice.contact = {"Maija Meikäläinen", "kehittäjä", "maija@example.fi", "+358 40 000 0000"};
  practice.links = {{"Ohje", "https://www.example.fi/a/b?c=d"}, {"Toinen", "http://example.fi"}};
  practice.published_at = text::parse_rfc3339("2021-09-15T07:00:00Z");
  practice.language = ContentLanguage::kSv;
  practice.revision = 3;
  return practice;
}

TEST(PracticeJsonl, WritesFullPracticeInFormatOrder) {
  const std::string expected =
      R"({"external_id": "ho-001", "slug": "etatyon-pelisaannot", "state": "submitted", )"
      R"("title": "Etätyön pelisäännöt", "summary": "Lyhyesti.", )"
      R"("organisations": ["Kontiolahden kunta", "Joensuun kaupunki"], )"
      R"("municipality": "Kontiolahti", "region": "Pohjois-Karjala", )"
      R"("sectors": ["koko organisaatio"], "themes": ["etä- ja hybridityö", "työhyvinvointi"], )"
      R"("client_groups": ["henkilöstö"], "maturity": "in_use", "started": "2021-03", )"
      R"("sections": {"background": "Teksti: background", "solution": "Teksti: solution", )"
      R"("implementation": "Teksti: implementation", "resources": "Teksti: resources", )"
      R"("results": "Teksti: results", "transfer": "Teksti: transfer", )"
      R"("lessons": "Teksti: lessons"}, "keywords": ["etätyö", "pelisäännöt"], )"
      R"("contact": {"name": "Maija Meikäläinen", "title": "kehittäjä", )"
      R"("email": "maija@example.fi", "phone": "+358 40 000 0000"}, )"
      R"("links": [{"title": "Ohje", "url": "https://www.example.fi/a/b?c=d"}, )"
      R"({"title": "Toinen", "url": "http://example.fi"}], )"
      R"("published_at": "2021-09-15T10:00:00+03:00", "language": "sv"})";
  EXPECT_EQ(write_practice_line(full_practice()), expected);
}

TEST(PracticeJsonl, LeavesOutWhatIsAbsentButWritesEmptyLists) {
  Practice practice;
  practice.external_id = "x";
  practice.slug = "x";
  practice.title = "T";
  practice.summary = "S";
  practice.organisations = named({"O"});
  section_text(practice.sections, Section::kResults) = "R";
  practice.contact.email = "e@example.fi";
  // No municipality, region, maturity, started, published_at; empty sections, contact fields
  // and lists as in the demo's drafts.
  EXPECT_EQ(
      write_practice_line(practice),
      R"({"external_id": "x", "slug": "x", "state": "draft", "title": "T", "summary": "S", )"
      R"("organisations": ["O"], "sectors": [], "themes": [], "client_groups": [], )"
      R"("sections": {"results": "R"}, "keywords": [], "contact": {"email": "e@example.fi"}, )"
      R"("links": [], "language": "fi"})");
  practice.contact = {};
  practice.sections = {};
  EXPECT_EQ(write_practice_line(practice),
            R"({"external_id": "x", "slug": "x", "state": "draft", "title": "T", "summary": "S", )"
            R"("organisations": ["O"], "sectors": [], "themes": [], "client_groups": [], )"
            R"("sections": {}, "keywords": [], "links": [], "language": "fi"})");
}

TEST(PracticeJsonl, EscapesLikeJsonDumps) {
  struct Case {
    std::string_view name;
    std::string text;
    std::string written;  // inside the quotes
  };
  const Case cases[] = {
      {"quotes and backslash", R"(say "hi" \o/)", R"(say \"hi\" \\o/)"},
      {"named controls", "a\nb\rc\td\be\ff", R"(a\nb\rc\td\be\ff)"},
      {"other controls lower-case hex", std::string("\x01\x1f\0", 3), R"(\u0001\u001f\u0000)"},
      {"DEL as is", "\x7f", "\x7f"},
      {"markup as is", "<script>alert('x')</script>", "<script>alert('x')</script>"},
      {"slash as is", "https://example.fi/a", "https://example.fi/a"},
      {"UTF-8 as is", "Åland ä € 😀", "Åland ä € 😀"},
      {"line and paragraph separators", "a\u2028b\u2029c", R"(a\u2028b\u2029c)"},
      {"other E2 80 characters as is", "a\u2027b\u202Ac", "a\u2027b\u202Ac"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Practice practice;
    practice.title = c.text;
    const std::string line = write_practice_line(practice);
    EXPECT_NE(line.find("\"title\": \"" + c.written + "\", "), std::string::npos) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
    auto parsed = parse_practice_line(line);
    ASSERT_TRUE(std::holds_alternative<PracticeInput>(parsed)) << std::get<std::string>(parsed);
    EXPECT_EQ(std::get<PracticeInput>(parsed).title, c.text);
  }
}

struct RoundTripCase {
  std::string_view name;
  Practice practice;
};

// Practices that must survive export → import → export, all valid as input.
std::vector<RoundTripCase> round_trip_cases() {
  Practice hostile = full_practice();
  hostile.title = "<script>alert(\"x\")</script> ' \u2028 & </title>";
  hostile.summary = "Rivi 1\nRivi 2\r\n\"lainaus\" \\ \u2029 <b>";
  section_text(hostile.sections, Section::kSolution) = "# Otsikko\n\n<img src=x onerror=alert(1)>";
  hostile.organisations = named({"Oy \"Lainaus\" Ab", "<Kunta>"});
  hostile.keywords = {"</script>", "a\u2028b"};
  hostile.contact = {"O'Brien \"Ö\"", "<b>", "o@example.fi", "+358 40 <1>"};
  hostile.links = {{"\"><script>", "https://example.fi/?q=<x>&r=\"y\""}};
  Practice draft = full_practice();
  draft.state = PracticeState::kDraft;
  draft.published_at.reset();
  draft.maturity.reset();
  draft.municipality.reset();
  draft.started.clear();
  draft.contact = {};
  draft.links.clear();
  draft.keywords.clear();
  draft.themes.clear();
  section_text(draft.sections, Section::kResources).clear();
  Practice region_only = full_practice();
  region_only.municipality.reset();
  Practice winter = full_practice();
  winter.published_at = text::parse_rfc3339("2024-02-13T08:00:00Z");
  return {{"every field", full_practice()},
          {"hostile text", hostile},
          {"a draft with little", draft},
          {"a region without municipality", region_only},
          {"winter time", winter}};
}

TEST(PracticeJsonl, PracticeSurvivesExportImportExport) {
  for (const RoundTripCase& c : round_trip_cases()) {
    SCOPED_TRACE(c.name);
    const std::string line = write_practice_line(c.practice);
    auto parsed = parse_practice_line(line);
    ASSERT_TRUE(std::holds_alternative<PracticeInput>(parsed)) << std::get<std::string>(parsed);
    const PracticeInput& input = std::get<PracticeInput>(parsed);
    EXPECT_EQ(validate_practice_input(input), std::vector<FieldError>{});
    EXPECT_EQ(input.title, c.practice.title);
    EXPECT_EQ(input.summary, c.practice.summary);
    EXPECT_EQ(input.organisations[0], c.practice.organisations[0].name);
    EXPECT_EQ(input.keywords, c.practice.keywords);
    EXPECT_EQ(input.sections, c.practice.sections);
    EXPECT_EQ(input.contact, c.practice.contact);
    EXPECT_EQ(input.links, c.practice.links);
    EXPECT_EQ(input.published_at, c.practice.published_at);
    EXPECT_EQ(write_practice_line(practice_from(input)), line);
  }
  const Practice winter = round_trip_cases().back().practice;
  EXPECT_NE(write_practice_line(winter).find("\"2024-02-13T10:00:00+02:00\""), std::string::npos);
}

}  // namespace
}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of reading the exchange format: every demo line back byte for byte, a bad line per rule
// of the format, and the format's defaults.
#include "tori/core/practice_jsonl.hpp"

#include <sstream>

#include <gtest/gtest.h>

#include "tori/core/practice_input.hpp"
#include "tori/core/test_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

using testing::practice_from;
using testing::real_finland;

// The line parsed, checked and stored as a store would, or the first problem found.
std::variant<Practice, std::string> import_line(std::string_view line) {
  auto parsed = parse_practice_line(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return *error;
  const PracticeInput& input = std::get<PracticeInput>(parsed);
  if (auto errors = validate_practice_input(input); !errors.empty()) return errors[0].message;
  if (auto place = resolve_place(input, real_finland());
      std::holds_alternative<FieldError>(place)) {
    return std::get<FieldError>(place).message;
  }
  return practice_from(input);
}

// The line after import and export.
std::string round_trip(std::string_view line) {
  auto imported = import_line(line);
  if (auto* error = std::get_if<std::string>(&imported)) return "error: " + *error;
  return write_practice_line(std::get<Practice>(imported));
}

TEST(PracticeJsonl, EveryDemoLineComesBackByteForByte) {
  std::istringstream demo(testing::read_data_file("demo/practices.jsonl"));
  std::string line;
  int count = 0;
  std::vector<std::string> with_swedish_place_names;
  while (std::getline(demo, line)) {
    ++count;
    SCOPED_TRACE("line " + std::to_string(count));
    const std::string exported = round_trip(line);
    if (exported == line) continue;
    // Export writes Finnish place names; a few demo lines give the Swedish ones.
    auto input = std::get<PracticeInput>(parse_practice_line(line));
    const Municipality* municipality = real_finland().municipality_by_name(input.municipality);
    const Region* region = real_finland().region_by_name(input.region);
    ASSERT_TRUE(municipality != nullptr && region != nullptr) << exported;
    std::string expected = line;
    for (auto [given, finnish] : {std::pair{input.municipality, municipality->name_fi},
                                  std::pair{input.region, region->name_fi}}) {
      const std::string from = "\": \"" + given + "\"";
      expected.replace(expected.find(from), from.size(), "\": \"" + finnish + "\"");
    }
    EXPECT_EQ(exported, expected);
    with_swedish_place_names.push_back(input.external_id);
  }
  EXPECT_EQ(count, 136);
  EXPECT_EQ(with_swedish_place_names,
            (std::vector<std::string>{"dm-020", "dm-040", "dm-096", "dm-111", "dm-112"}));
}

// A valid line in the demo's style; bad lines below change one thing in it.
const std::string kGood =
    R"({"external_id": "t-1", "slug": "s", "state": "published", "title": "T", "summary": "S", )"
    R"("organisations": ["Kontiolahden kunta"], "municipality": "Kontiolahti", )"
    R"("region": "Pohjois-Karjala", "sectors": ["hallinto"], "themes": [], "client_groups": [], )"
    R"("maturity": "pilot", "started": "2021-03", "sections": {"background": "B"}, )"
    R"("keywords": ["k"], "contact": {"name": "N", "email": "n@example.fi"}, )"
    R"("links": [{"title": "L", "url": "https://example.fi/"}], )"
    R"("published_at": "2021-09-15T10:00:00+03:00", "language": "fi"})";

// kGood with the first `from` replaced by `to`.
std::string good_with(std::string_view from, std::string_view to) {
  std::string line = kGood;
  const auto at = line.find(from);
  if (at == std::string::npos) throw std::logic_error("not in kGood: " + std::string(from));
  return line.replace(at, from.size(), to);
}

TEST(PracticeJsonl, GoodLineRoundTrips) {
  EXPECT_EQ(round_trip(kGood), kGood);
  EXPECT_EQ(round_trip("  " + kGood + " \r"), kGood);  // whitespace and a CRLF file's CR
}

TEST(PracticeJsonl, BadLinesOnePerRule) {
  struct Case {
    std::string_view name;
    std::string line;
    std::string problem;
  };
  const Case cases[] = {
      {"not JSON", "{\"external_id\": ", "not valid JSON: incomplete JSON (at column 17)"},
      {"trailing comma", R"({"title": "T",})", "not valid JSON: syntax error (at column 15)"},
      {"two values", kGood + " {}",  // the column of the second value's '{'
       "not valid JSON: extra data (at column " + std::to_string(kGood.size() + 2) + ")"},
      {"invalid UTF-8", good_with("\"T\"", "\"\xFF\""),
       "not valid JSON: syntax error (at column 69)"},  // the 0xFF byte
      {"not an object", "[1, 2]", "the line must be a JSON object"},
      {"unknown field", good_with("\"themes\"", "\"theme\""), "unknown field 'theme'"},
      {"external_id required", good_with(R"("external_id": "t-1", )", ""),
       "external_id is required"},
      {"external_id a string", good_with("\"t-1\"", "1"), "field 'external_id' must be a string"},
      {"title required", good_with(R"("title": "T", )", ""), "title is required"},
      {"summary required", good_with(R"("summary": "S")", R"("summary": "")"),
       "summary is required"},
      {"organisations required", good_with(R"(["Kontiolahden kunta"])", "[]"),
       "organisations are required"},
      {"organisations a list", good_with(R"(["Kontiolahden kunta"])", R"("Kontiolahden kunta")"),
       "field 'organisations' must be a list of strings"},
      {"a section required", good_with(R"({"background": "B"})", "{}"),
       "at least one section is required"},
      {"sections an object", good_with(R"({"background": "B"})", R"(["B"])"),
       "field 'sections' must be an object of section texts"},
      {"unknown section", good_with("\"background\"", "\"taustaa\""), "unknown section 'taustaa'"},
      {"section a string", good_with(R"("B")", "[\"B\"]"),
       "field 'sections.background' must be a string"},
      {"slug valid", good_with(R"("slug": "s")", R"("slug": "S S")"),
       "slug must be lower-case a–z, 0–9 and single hyphens"},
      {"state value", good_with("\"published\"", "\"julkaistu\""),
       "field 'state' must be one of draft, submitted, published, archived"},
      {"themes a list of strings", good_with(R"("themes": [])", R"("themes": [1])"),
       "field 'themes' must be a list of strings"},
      {"sectors a list", good_with(R"(["hallinto"])", R"("hallinto")"),
       "field 'sectors' must be a list of strings"},
      {"client_groups a list", good_with(R"("client_groups": [])", R"("client_groups": {})"),
       "field 'client_groups' must be a list of strings"},
      {"municipality known", good_with("\"Kontiolahti\"", "\"Kontiolahden kunta\""),
       "unknown municipality 'Kontiolahden kunta'"},
      {"region known", good_with("\"Pohjois-Karjala\"", "\"Karjala\""), "unknown region 'Karjala'"},
      {"municipality in region", good_with("\"Pohjois-Karjala\"", "\"Lappi\""),
       "municipality 'Kontiolahti' is not in region 'Lappi'"},
      {"maturity value", good_with("\"pilot\"", "\"in use\""),
       "field 'maturity' must be one of idea, pilot, in_use, established"},
      {"started shape", good_with("\"2021-03\"", "\"maaliskuu 2021\""),
       "started must be YYYY or YYYY-MM"},
      {"keywords a list", good_with(R"(["k"])", "\"k\""),
       "field 'keywords' must be a list of strings"},
      {"contact an object", good_with(R"({"name": "N", "email": "n@example.fi"})", "\"N\""),
       "field 'contact' must be an object"},
      {"contact field known", good_with("\"email\"", "\"mail\""), "unknown field 'contact.mail'"},
      {"contact email", good_with("n@example.fi", "n.example.fi"),
       "contact.email is not a valid email address"},
      {"links a list", good_with(R"([{"title": "L", "url": "https://example.fi/"}])", "{}"),
       "field 'links' must be a list of objects with title and url"},
      {"link an object", good_with(R"({"title": "L", "url": "https://example.fi/"})", "\"L\""),
       "field 'links[0]' must be an object with title and url"},
      {"link field known", good_with("\"url\"", "\"href\""), "unknown field 'links[0].href'"},
      {"link http", good_with("https://example.fi/", "file:///etc/passwd"),
       "links[0].url must be an http:// or https:// address"},
      {"published_at offset", good_with("+03:00\"", "\""),
       "field 'published_at' must be an RFC 3339 time with an offset (2021-09-15T10:00:00+03:00)"},
      {"published_at a time", good_with("\"2021-09-15T10:00:00+03:00\"", "\"2021-09-15\""),
       "field 'published_at' must be an RFC 3339 time with an offset (2021-09-15T10:00:00+03:00)"},
      {"language value", good_with("\"fi\"}", "\"suomi\"}"),
       "field 'language' must be one of fi, sv, en"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto imported = import_line(c.line);
    ASSERT_TRUE(std::holds_alternative<std::string>(imported));
    EXPECT_EQ(std::get<std::string>(imported), c.problem);
  }
}

TEST(PracticeJsonl, AbsentStateAndLanguageFollowTheFormat) {
  struct Case {
    std::string_view name;
    std::string line;
    PracticeState state;
  };
  const Case cases[] = {
      {"published_at gives published", good_with(R"("state": "published", )", ""),
       PracticeState::kPublished},
      {"nothing gives draft",
       good_with(R"(, "published_at": "2021-09-15T10:00:00+03:00")", R"(, "state": null)"),
       PracticeState::kDraft},
      {"given state is kept", good_with("\"published\"", "\"archived\""), PracticeState::kArchived},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto parsed = parse_practice_line(c.line);
    ASSERT_TRUE(std::holds_alternative<PracticeInput>(parsed)) << std::get<std::string>(parsed);
    EXPECT_EQ(std::get<PracticeInput>(parsed).state, c.state);
  }
  auto parsed = parse_practice_line(good_with(R"(, "language": "fi")", ""));
  EXPECT_EQ(std::get<PracticeInput>(parsed).language, ContentLanguage::kFi);
  parsed = parse_practice_line(good_with(R"("fi"})", R"("sv"})"));
  EXPECT_EQ(std::get<PracticeInput>(parsed).language, ContentLanguage::kSv);
}

TEST(PracticeJsonl, NullMeansAbsentAndUtcIsAnOffset) {
  auto parsed = parse_practice_line(
      R"({"title": "T", "maturity": null, "contact": {"name": null, "phone": "1"}, )"
      R"("published_at": "2021-09-15T07:00:00Z", "sections": {"results": null}} )");
  ASSERT_TRUE(std::holds_alternative<PracticeInput>(parsed)) << std::get<std::string>(parsed);
  const PracticeInput& input = std::get<PracticeInput>(parsed);
  EXPECT_EQ(input.maturity, std::nullopt);
  EXPECT_EQ(input.contact, (Contact{"", "", "", "1"}));
  EXPECT_EQ(input.published_at, text::parse_rfc3339("2021-09-15T10:00:00+03:00"));
  EXPECT_EQ(input.sections, Sections{});
  EXPECT_EQ(input.state, PracticeState::kPublished);
}

}  // namespace
}  // namespace tori::core

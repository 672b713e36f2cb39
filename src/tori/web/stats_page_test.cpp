// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the statistics page through its handler over a seeded temporary store: the standing
// and the charts' tables against a brute-force count over the saved practices, ties, bad periods,
// languages, the map, hostile names; and the period's plain functions.
#include "tori/web/stats_page.hpp"

#include <chrono>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/region_map.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char* const kOrganisations[] = {"Kontiolahden kunta", "Ähtärin kaupunki", "Oulun kaupunki",
                                      "Åbo stad", "Zeta Oy"};
const char* const kThemes[] = {"työhyvinvointi", "etä- ja hybridityö", "johtaminen"};

// A published practice of `organisations`, first published at `published` (UTC).
store::PracticeWrite make_write(const std::string& id, std::vector<std::string> organisations,
                                core::TimePoint published, const std::string& theme) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto.";
  write.input.organisations = std::move(organisations);
  write.input.themes = {theme};
  write.input.sections[0] = "Lähtökohta.";
  write.input.published_at = published;
  write.input.state = core::PracticeState::kPublished;
  return write;
}

// 60 practices over 2019–2024 (some at Helsinki New Year, where UTC is still in the old year),
// one or two organisations each, some drafts and archived ones that never count.
std::vector<store::PracticeWrite> varied_writes() {
  std::vector<store::PracticeWrite> writes;
  for (int i = 0; i < 60; ++i) {
    using namespace std::chrono;
    const int year = 2019 + i % 6;
    core::TimePoint published =
        sys_days{std::chrono::year{year} / (1 + (i * 7) % 12) / (1 + (i * 11) % 28)} + hours{9};
    if (i % 10 == 3)
      published = sys_days{std::chrono::year{year - 1} / 12 / 31} + hours{22} + minutes{30};
    std::vector<std::string> organisations = {kOrganisations[(i * i) % 5]};
    if (i % 4 == 1) organisations.push_back(kOrganisations[(i + 2) % 5]);
    writes.push_back(make_write("p" + std::to_string(i), organisations, published, kThemes[i % 3]));
    if (i % 9 == 4) writes.back().input.state = core::PracticeState::kDraft;
    if (i % 13 == 6) writes.back().input.state = core::PracticeState::kArchived;
    if (i % 5 == 0) {
      writes.back().municipality = core::MunicipalityRef{"837", "Tampere"};
      writes.back().region = core::Named{"pirkanmaa", "Pirkanmaa"};
    }
  }
  return writes;
}

std::string helsinki_date(core::TimePoint time) {
  return text::format_rfc3339_helsinki(time).substr(0, 10);
}

// Organisation name → count, by brute force over the writes (dates compared as Helsinki days).
std::map<std::string, std::int64_t> brute_force(const std::vector<store::PracticeWrite>& writes,
                                                const std::string& from, const std::string& until) {
  std::map<std::string, std::int64_t> counts;
  for (const store::PracticeWrite& write : writes) {
    if (write.input.state != core::PracticeState::kPublished) continue;
    const std::string day = helsinki_date(*write.input.published_at);
    if (day < from || day > until) continue;
    // Once for each organisation of the practice, however often the input names it.
    const std::set<std::string> organisations(write.input.organisations.begin(),
                                              write.input.organisations.end());
    for (const std::string& organisation : organisations)
      ++counts[organisation];
  }
  return counts;
}

// The standing's rows on a page: name → (rank, count).
std::map<std::string, std::pair<int, std::int64_t>> standing_rows(const std::string& html) {
  static const std::regex row(
      "<tr><td>(\\d+)\\.</td><th scope=\"row\"><a href=\"[^\"]*/organisaatiot/[^\"]*\">([^<]*)"
      "</a></th><td class=\"stats-number\">(\\d+)</td></tr>");
  std::map<std::string, std::pair<int, std::int64_t>> rows;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator();
       ++it) {
    rows[(*it)[2]] = {std::stoi((*it)[1]), std::stoll((*it)[3])};
  }
  return rows;
}

class StatsPageTest : public ::testing::Test {
 protected:
  void seed(const std::vector<store::PracticeWrite>& writes) {
    for (const store::SaveResult& result : site_.store().practices().save_many(writes)) {
      if (const auto* error = std::get_if<store::WriteError>(&result))
        ADD_FAILURE() << "save refused: " << error->field << ": " << error->message;
    }
  }
  http::Response get(const std::string& query, Language language = Language::kFi) {
    http::Request request = test_support::get_request(localised_path(language, "/tilastot"));
    request.query = query;
    if (!query.empty()) request.target += "?" + query;
    return stats_page(request, services_, language);
  }

  test_support::TestSite site_;
  RegionMap map_ =
      RegionMap::load(test_support::source_data_dir() / "finland" / "maakuntarajat.2023.json");
  Services services_ = [this] {
    Services services = site_.services();
    services.region_map = &map_;
    return services;
  }();
};

TEST_F(StatsPageTest, StandingEqualsBruteForceCount) {
  const std::vector<store::PracticeWrite> writes = varied_writes();
  seed(writes);
  for (const auto& [from, until] :
       std::vector<std::pair<std::string, std::string>>{{"2019-01-01", "2024-12-31"},
                                                        {"2021-01-01", "2021-12-31"},
                                                        {"2022-01-01", "2023-06-30"},
                                                        {"2020-12-31", "2021-01-01"}}) {
    SCOPED_TRACE(from + " " + until);
    const http::Response response = get("from=" + from + "&until=" + until);
    ASSERT_EQ(response.status, 200);
    const auto expected = brute_force(writes, from, until);
    const auto rows = standing_rows(response.body);
    ASSERT_EQ(rows.size(), expected.size());
    for (const auto& [name, count] : expected) {
      ASSERT_TRUE(rows.contains(name)) << name;
      EXPECT_EQ(rows.at(name).second, count) << name;
      int larger = 0;
      for (const auto& [other, other_count] : expected)
        larger += other_count > count ? 1 : 0;
      EXPECT_EQ(rows.at(name).first, 1 + larger) << name;
    }
  }
}

TEST_F(StatsPageTest, ChartTablesEqualBruteForceCount) {
  const std::vector<store::PracticeWrite> writes = varied_writes();
  seed(writes);
  std::map<std::string, std::int64_t> per_year;
  std::int64_t pirkanmaa = 0;
  for (const store::PracticeWrite& write : writes) {
    if (write.input.state != core::PracticeState::kPublished) continue;
    ++per_year[helsinki_date(*write.input.published_at).substr(0, 4)];
    if (write.region) ++pirkanmaa;
  }
  const http::Response response = get("");
  ASSERT_EQ(response.status, 200);
  for (const auto& [year, count] : per_year) {
    EXPECT_THAT(response.body,
                HasSubstr("?year=" + year + "\">" + year + "</a></th><td class=\"stats-number\">" +
                          std::to_string(count) + "</td>"));
  }
  EXPECT_THAT(response.body, HasSubstr("/alueet/pirkanmaa\">Pirkanmaa</a></th><td "
                                       "class=\"stats-number\">" +
                                       std::to_string(pirkanmaa)));
  EXPECT_THAT(response.body,
              HasSubstr("aria-label=\"Pirkanmaa: " + std::to_string(pirkanmaa) + " tekoa\""));
  EXPECT_THAT(response.body, HasSubstr("aria-label=\"Lappi: 0 tekoa\""));
  EXPECT_THAT(response.body, HasSubstr("<svg class=\"region-map\""));
  EXPECT_THAT(response.body, HasSubstr("<svg class=\"chart chart--columns\""));
  EXPECT_THAT(response.body, HasSubstr("Maanmittauslaitos"));
  EXPECT_THAT(response.body, Not(HasSubstr("style=")));
}

TEST_F(StatsPageTest, TiedOrganisationsShareARank) {
  using namespace std::chrono;
  const core::TimePoint day = sys_days{2024y / 5 / 10} + hours{9};
  seed({make_write("a", {"Espoon kaupunki"}, day, "johtaminen"),
        make_write("b", {"Vantaan kaupunki"}, day, "johtaminen"),
        make_write("c", {"Espoon kaupunki", "Vantaan kaupunki", "Lahden kaupunki"}, day,
                   "johtaminen")});
  const http::Response response = get("from=2024-01-01&until=2024-12-31");
  const auto rows = standing_rows(response.body);
  EXPECT_EQ(rows.at("Espoon kaupunki"), std::make_pair(1, std::int64_t{2}));
  EXPECT_EQ(rows.at("Vantaan kaupunki"), std::make_pair(1, std::int64_t{2}));
  EXPECT_EQ(rows.at("Lahden kaupunki"), std::make_pair(3, std::int64_t{1}));
  EXPECT_THAT(response.body, HasSubstr("jakavat sijan"));  // the definition, once
  EXPECT_EQ(response.body.find("jakavat sijan"), response.body.rfind("jakavat sijan"));
  EXPECT_THAT(response.body, HasSubstr("1.1.2024–31.12.2024"));
}

TEST_F(StatsPageTest, StandingShowsTheTopAndSaysWhenItIsCut) {
  using namespace std::chrono;
  const core::TimePoint day = sys_days{2024y / 5 / 10} + hours{9};
  // Practice j is shared by organisations 0…j: organisation i has 22 − i practices.
  std::vector<store::PracticeWrite> writes;
  std::vector<std::string> organisations;
  for (int j = 0; j < 22; ++j) {
    organisations.push_back("Organisaatio " + std::to_string(100 + j));
    writes.push_back(make_write("t" + std::to_string(j), organisations, day, "johtaminen"));
  }
  seed(writes);
  http::Response response = get("from=2024-01-01&until=2024-12-31");
  auto rows = standing_rows(response.body);
  EXPECT_EQ(rows.size(), kStandingTop);
  EXPECT_EQ(rows.at("Organisaatio 100"), std::make_pair(1, std::int64_t{22}));
  EXPECT_EQ(rows.at("Organisaatio 119"), std::make_pair(20, std::int64_t{3}));
  EXPECT_FALSE(rows.contains("Organisaatio 120"));
  EXPECT_THAT(response.body, HasSubstr("Taulukossa ovat 20 kärkisijaa"));
  response = get("from=2024-01-01&until=2024-01-31");  // nothing in January
  EXPECT_THAT(response.body, Not(HasSubstr("Taulukossa ovat")));
  EXPECT_THAT(response.body, HasSubstr("1.1.2024–31.1.2024 ei julkaistu"));
}

TEST_F(StatsPageTest, BadPeriodShowsTheErrorBesideTheField) {
  http::Response response = get("from=2024-13-01&until=2024-12-31");
  EXPECT_EQ(response.status, 400);
  EXPECT_THAT(response.body, HasSubstr("id=\"period-from-error\""));
  EXPECT_THAT(response.body, HasSubstr("name=\"from\" value=\"\" aria-invalid=\"true\" "
                                       "aria-describedby=\"period-from-error\""));
  EXPECT_THAT(response.body, HasSubstr("name=\"until\" value=\"2024-12-31\">"));
  EXPECT_THAT(response.body, HasSubstr("<title>Virhe: Tilastot"));
  response = get("from=2024-12-31&until=2024-01-01");
  EXPECT_EQ(response.status, 400);
  EXPECT_THAT(response.body, HasSubstr("Loppupäivä ei voi olla ennen alkupäivää."));
  EXPECT_THAT(response.body, HasSubstr("aria-describedby=\"period-until-error\""));
  response = get("from=%3Cscript%3E&until=x");
  EXPECT_EQ(response.status, 400);
  EXPECT_THAT(response.body, Not(HasSubstr("<script>")));
}

TEST_F(StatsPageTest, HostileNamesAreInert) {
  using namespace std::chrono;
  const core::TimePoint day = sys_days{2024y / 5 / 10} + hours{9};
  seed({make_write("a", {"<script>alert(1)</script> \" onerror=x"}, day, "<img src=x onerror=y>")});
  const http::Response response = get("from=2024-01-01&until=2024-12-31");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, Not(HasSubstr("<script>")));
  EXPECT_THAT(response.body, Not(HasSubstr("<img")));
  EXPECT_THAT(response.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_F(StatsPageTest, TheMostAdoptedPracticesAreCountedAndListed) {
  using namespace std::chrono;
  const core::TimePoint day = sys_days{2024y / 5 / 10} + hours{9};
  seed({make_write("a", {"Espoon kaupunki"}, day, "johtaminen"),
        make_write("b", {"Vantaan kaupunki"}, day, "johtaminen")});
  store::Store& store = site_.store();
  const auto practice = store.practices().list({}).items.front();
  for (const std::string slug : {"vantaan-kaupunki", "espoon-kaupunki"}) {
    EXPECT_TRUE(store.submissions().adopt(practice.id, store.organisations().find_by_slug(slug)->id,
                                          {}, "", store::utc_now()));
  }
  const http::Response response = get("");
  EXPECT_THAT(response.body, HasSubstr("Tekoja on otettu käyttöön 2 kertaa, yhteensä 1 teko."));
  EXPECT_THAT(response.body,
              HasSubstr("<th scope=\"row\"><a href=\"/teot/" + practice.slug + "\">"));
  EXPECT_THAT(get("", Language::kEn).body,
              HasSubstr("Practices have been adopted 2 times, 1 practice in all."));
}

TEST_F(StatsPageTest, EveryLanguageHasThePage) {
  using namespace std::chrono;
  seed({make_write("a", {"Espoon kaupunki"}, sys_days{2024y / 5 / 10} + hours{9}, "johtaminen")});
  const struct {
    Language language;
    const char* heading;
    const char* organisation_link;
  } cases[] = {{Language::kFi, "<h1>Tilastot</h1>", "href=\"/organisaatiot/"},
               {Language::kSv, "<h1>Statistik</h1>", "href=\"/sv/organisaatiot/"},
               {Language::kEn, "<h1>Statistics</h1>", "href=\"/en/organisaatiot/"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.heading);
    const http::Response response = get("from=2024-01-01&until=2024-12-31", c.language);
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, HasSubstr(c.heading));
    EXPECT_THAT(response.body, HasSubstr(c.organisation_link));
    EXPECT_THAT(response.body, HasSubstr("action=\"" + localised_path(c.language, "/tilastot") +
                                         "#ranking-heading\""));
  }
}

TEST_F(StatsPageTest, WithoutTheMapTheChartsRemain) {
  seed(varied_writes());
  http::Request request = test_support::get_request("/tilastot");
  const http::Response response = stats_page(request, site_.services(), Language::kFi);
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, Not(HasSubstr("region-map")));
  EXPECT_THAT(response.body, HasSubstr("id=\"stats-region-chart-title\""));
}

TEST_F(StatsPageTest, EmptyStoreSaysSo) {
  const http::Response response = get("");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("Julkaistuja tekoja ei vielä ole."));
  EXPECT_THAT(response.body, HasSubstr("ei julkaistu ensimmäistä kertaa"));
  EXPECT_THAT(response.body, HasSubstr("Yhtään tekoa ei ole vielä merkitty käyttöön otetuksi."));
}

TEST(StatsPeriodTest, DefaultIsThisYearSoFarElseLastYear) {
  const auto yes = [](const core::TimeWindow&) { return true; };
  const auto no = [](const core::TimeWindow&) { return false; };
  StatsPeriod period = default_period("2026-12-01", yes);
  EXPECT_EQ(period.from, "2026-01-01");
  EXPECT_EQ(period.until, "2026-12-01");
  period = default_period("2026-12-01", no);
  EXPECT_EQ(period.from, "2025-01-01");
  EXPECT_EQ(period.until, "2025-12-31");
}

struct ReadCase {
  std::optional<std::string> from;
  std::optional<std::string> until;
  std::string period_from;
  std::string period_until;
  std::string from_error;
  std::string until_error;
};

class ReadPeriodTest : public ::testing::TestWithParam<ReadCase> {};

TEST_P(ReadPeriodTest, Reads) {
  const ReadCase& c = GetParam();
  const PeriodRequest request = read_period(c.from, c.until, {"2026-01-01", "2026-06-30"});
  EXPECT_EQ(request.period.from, c.period_from);
  EXPECT_EQ(request.period.until, c.period_until);
  EXPECT_EQ(request.from_error, c.from_error);
  EXPECT_EQ(request.until_error, c.until_error);
  EXPECT_EQ(request.window.has_value(), c.from_error.empty() && c.until_error.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReadPeriodTest,
    ::testing::Values(
        ReadCase{std::nullopt, std::nullopt, "2026-01-01", "2026-06-30", "", ""},
        ReadCase{"", "", "2026-01-01", "2026-06-30", "", ""},
        ReadCase{"2024-02-01", std::nullopt, "2024-02-01", "2026-06-30", "", ""},
        ReadCase{"2024-02-01", "2024-02-01", "2024-02-01", "2024-02-01", "", ""},
        ReadCase{"2024-02-30", "2024-03-01", "2024-02-30", "2024-03-01", "stats.error.from", ""},
        ReadCase{"2024-02-01", "1.3.2024", "2024-02-01", "1.3.2024", "", "stats.error.until"},
        ReadCase{"x", "y", "x", "y", "stats.error.from", "stats.error.until"},
        ReadCase{"2024-03-02", "2024-03-01", "2024-03-02", "2024-03-01", "", "stats.error.order"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

}  // namespace
}  // namespace tori::web

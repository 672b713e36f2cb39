// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of a network's costs page and CSV through the routes on a real SQLite store: who gets in
// (a visitor logs in first; members and other organisations are refused; leaders and editors are
// let in; an unknown or unlisted network is not found), the invoicing summary with a 1 400 € fee
// split six ways to the cent, the shared days' table, the history, English sums, and the CSV with
// its headers, rows and audit entry.
#include "tori/web/networks/network_costs_pages.hpp"

#include <map>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/networks/network_costs_table.hpp"
#include "tori/web/networks/network_costs_test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

// A no-break space, as the sums are written.
const std::string kNb = "\u00a0";

class NetworkCostsPagesTest : public ::testing::Test {
 protected:
  // A browser signed in as `email` (none: a visitor).
  TestBrowser& as(const std::string& email) {
    auto found = browsers_.find(email);
    if (found != browsers_.end()) return found->second;
    TestBrowser& browser = browsers_.emplace(email, TestBrowser(site_.router())).first->second;
    if (!email.empty()) {
      EXPECT_TRUE(test_support::log_in(browser, email));
    }
    return browser;
  }
  network_testing::CostsSite site_;
  std::map<std::string, TestBrowser> browsers_;
};

TEST_F(NetworkCostsPagesTest, OnlyLeadersAndEditorsGetIn) {
  for (const std::string path :
       {"/verkostot/jaetut/kustannukset", "/verkostot/jaetut/kustannukset.csv",
        "/verkostot/jaetut/kustannukset/muokkaa"}) {
    const http::Response visitor = as("").get(path);
    EXPECT_EQ(visitor.status, 303) << path;
    EXPECT_EQ(visitor.headers.get("Location").value_or(""),
              "/kirjaudu?seuraava=" + text::url_encode_component(path))
        << path;
    EXPECT_EQ(as("jasen@joensuu.fi").get(path).status, 403) << path;
    EXPECT_EQ(as("muu@espoo.fi").get(path).status, 403) << path;
    EXPECT_EQ(as("kirsi@example.fi").get(path).status, 200) << path;
    EXPECT_EQ(as("toimittaja@tori.fi").get(path).status, 200) << path;
    EXPECT_EQ(as("kirsi@example.fi").get("/sv" + path).status, 200) << path;
  }
  EXPECT_EQ(as("kirsi@example.fi").get("/verkostot/ei-ole/kustannukset").status, 404);
  EXPECT_EQ(as("").get("/verkostot/ei-ole/kustannukset").status, 303);
}

TEST_F(NetworkCostsPagesTest, AnUnlistedNetworkIsNotFoundForOthers) {
  core::NetworkInput hidden = network_testing::shared_costs_network();
  hidden.listed = false;
  ASSERT_EQ(site_.store().networks().save(hidden, {}, store::utc_now()).outcome,
            store::NetworkSaveOutcome::kUpdated);
  EXPECT_EQ(as("jasen@joensuu.fi").get("/verkostot/jaetut/kustannukset").status, 404);
  EXPECT_EQ(as("kirsi@example.fi").get("/verkostot/jaetut/kustannukset").status, 200);
}

TEST_F(NetworkCostsPagesTest, TheSummaryAddsUpToTheCent) {
  const http::Response page = as("kirsi@example.fi").get("/verkostot/jaetut/kustannukset");
  ASSERT_EQ(page.status, 200);
  const std::string& html = page.body;
  EXPECT_THAT(html, HasSubstr(R"(<h1>Kustannukset: <span lang="fi">Jaetut kustannukset</span>)"));
  EXPECT_THAT(html, HasSubstr(R"(<meta name="robots" content="noindex">)"));
  EXPECT_THAT(html, HasSubstr("<dd>1" + kNb + "400,00" + kNb + "€</dd>"));
  EXPECT_THAT(
      html,
      HasSubstr(
          R"(2 ensimmäistä päivää: <time datetime="2024-02-20">20.2.2024</time>, <time datetime="2024-05-16">16.5.2024</time>)"));
  const auto total = [&](const std::string& name, int days, const std::string& euros) {
    return R"(<th scope="row" lang="fi">)" + name +
           R"(</th><td class="numeric">1</td><td class="numeric">)" + std::to_string(days) +
           R"(</td><td class="numeric">)" + euros + kNb + "€</td>";
  };
  EXPECT_THAT(html, HasSubstr(total("Joensuun kaupunki", 2, "933,34")));
  EXPECT_THAT(html, HasSubstr(total("Kontiolahden kunta", 1, "233,33")));
  EXPECT_THAT(html, HasSubstr(total("Liperin kunta", 2, "933,33")));
  EXPECT_THAT(html, HasSubstr(total("Ilomantsin kunta", 1, "233,34")));
  EXPECT_THAT(html, HasSubstr(R"(<td class="numeric">2</td><td class="numeric">2)" + kNb +
                              "800,00" + kNb + "€</td></tr></tfoot>"));
  EXPECT_LT(html.find("Joensuun kaupunki</th>"), html.find("Ilomantsin kunta</th>"))
      << "the members' order";
}

TEST_F(NetworkCostsPagesTest, TheSharedDaysTableHasARowPerOrganisation) {
  const std::string html = as("kirsi@example.fi").get("/verkostot/jaetut/kustannukset").body;
  EXPECT_THAT(
      html,
      HasSubstr(
          R"(<th scope="rowgroup" rowspan="6"><time datetime="2024-09-12">12.9.2024</time>)"));
  EXPECT_THAT(html, HasSubstr(R"(<th scope="rowgroup" rowspan="2"><time datetime="2024-11-14">)"));
  EXPECT_THAT(
      html,
      HasSubstr(
          R"(<td lang="fi">Ilomantsin kunta</td><td class="numeric">1</td><td class="numeric">233,34)"));
  EXPECT_THAT(
      html,
      HasSubstr(
          R"(<td lang="fi">Polvijärven kunta</td><td class="numeric">1</td><td class="numeric">233,33)"));
  EXPECT_THAT(
      html,
      HasSubstr(
          R"(<td lang="fi">Liperin kunta</td><td class="numeric">1</td><td class="numeric">700,00)"));
  EXPECT_THAT(html, Not(HasSubstr(R"(datetime="2024-02-20">20.2.2024</time><br>)")))
      << "a paid day is no shared day";
  EXPECT_THAT(html, HasSubstr("Ensimmäinen kirjaus"));
  EXPECT_THAT(html, HasSubstr("<td>tuonti</td>"));
  EXPECT_THAT(html, HasSubstr(R"(href="/verkostot/jaetut/kustannukset.csv")"));
  EXPECT_THAT(html, HasSubstr(R"(href="/verkostot/jaetut/kustannukset/muokkaa")"));
}

TEST_F(NetworkCostsPagesTest, EnglishWritesEurosItsOwnWay) {
  const http::Response page = as("kirsi@example.fi").get("/en/verkostot/jaetut/kustannukset");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Invoicing summary"));
  EXPECT_THAT(page.body, HasSubstr("€933.34"));
  EXPECT_THAT(page.body, HasSubstr(R"(href="/en/verkostot/jaetut/kustannukset/muokkaa")"));
}

TEST_F(NetworkCostsPagesTest, TheCsvHasTheExportsRowsAndIsAudited) {
  const http::Response csv = as("kirsi@example.fi").get("/verkostot/jaetut/kustannukset.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers.get("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.headers.get("Content-Disposition"),
            "attachment; filename=\"jaetut-kustannukset.csv\"");
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  std::ostringstream expected;
  write_network_costs_csv(*network_cost_rows(site_.network()), expected);
  EXPECT_EQ(csv.body.substr(3), expected.str()) << "the rows of tori export network-costs";
  EXPECT_THAT(csv.body, HasSubstr("\xEF\xBB\xBF"
                                  "date,organisation,organisation_slug,share,amount_cents,"
                                  "day_fee_cents,amount_eur\r\n"
                                  "2024-09-12,Ilomantsin kunta,ilomantsin-kunta,1,23334,140000,"
                                  "233.34\r\n"));
  EXPECT_THAT(csv.body,
              HasSubstr("2024-11-14,Liperin kunta,liperin-kunta,1,70000,140000,700.00\r\n"));
  std::vector<store::AuditEntry> exports;
  for (const store::AuditEntry& entry : site_.store().audit_log().newest(20, 0))
    if (entry.action == "network_costs.export") exports.push_back(entry);
  ASSERT_EQ(exports.size(), 1U);
  EXPECT_EQ(exports[0].actor, "kirsi@example.fi");
  EXPECT_EQ(exports[0].object_type, "network");
  EXPECT_EQ(exports[0].object_id, std::to_string(site_.network_id()));
  EXPECT_THAT(exports[0].detail, HasSubstr("\"rows\":\"8\""));
  EXPECT_EQ(as("muu@espoo.fi").get("/verkostot/jaetut/kustannukset.csv").status, 403);
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).front().action, "network_costs.export")
      << "a refused download is no export";
}

}  // namespace
}  // namespace tori::web

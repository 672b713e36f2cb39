// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the costs form through the routes on a real SQLite store: it shows the stored costs;
// problems are shown again (422) beside their inputs with every typed value, nothing stored; a
// save changes the costs, is audited and adds a history row with the leader's name and what
// changed; the same costs again save nothing; more rows keep what was typed; a form without its
// CSRF token is refused (403) with the values kept; others may not post.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/networks/network_costs_test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kCostsForm = "/verkostot/jaetut/kustannukset/muokkaa";

// The form as the page shows the stored costs of "jaetut", with `changes` replacing fields.
Fields costs_form_fields(const store::Network& network, const Fields& changes = {}) {
  Fields fields = {{"paid_days", "2"}, {"day_fee", "1 400,00"}};
  for (std::size_t i = 0; i < network.input.costs.days.size(); ++i) {
    const core::CostDay& day = network.input.costs.days[i];
    const std::string row = "day" + std::to_string(i);
    const std::string date = day.date.substr(8, 2) + "." + day.date.substr(5, 2) + "." +
                             day.date.substr(0, 4);  // 20.02.2024 reads as well
    fields.emplace_back(row + "_date", date);
    for (const std::string& name : day.participants)
      fields.emplace_back(row + "_participant", network.slug_of(name));
  }
  fields.emplace_back("day4_date", "");
  for (const core::Named& organisation : network.organisations)
    fields.emplace_back("share-" + organisation.slug, "");
  fields.emplace_back("action", "save");
  for (const auto& [name, value] : changes) {
    auto found = std::ranges::find_if(fields, [&](const auto& f) { return f.first == name; });
    if (found == fields.end()) {
      fields.emplace_back(name, value);
    } else {
      found->second = value;
    }
  }
  return fields;
}

class NetworkCostsFormTest : public ::testing::Test {
 protected:
  NetworkCostsFormTest() : leader_(site_.router()) {
    EXPECT_TRUE(test_support::log_in(leader_, "kirsi@example.fi"));
  }
  http::Response post(const Fields& changes, bool with_csrf = true) {
    leader_.get(std::string(kCostsForm));
    return leader_.post(std::string(kCostsForm), costs_form_fields(site_.network(), changes),
                        with_csrf);
  }
  std::size_t history_size() {
    return site_.store().networks().cost_history(site_.network_id()).size();
  }
  network_testing::CostsSite site_;
  TestBrowser leader_;
};

TEST_F(NetworkCostsFormTest, TheFormShowsTheStoredCosts) {
  const http::Response form = leader_.get(std::string(kCostsForm));
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(
      form.body,
      HasSubstr(
          R"(name="day_fee" type="text" inputmode="decimal" maxlength="20" value="1 400,00")"));
  EXPECT_THAT(form.body,
              HasSubstr(R"(name="day2_date" type="text" maxlength="10" value="12.9.2024")"));
  EXPECT_THAT(
      form.body,
      HasSubstr(R"(name="day3_participant" type="checkbox" value="liperin-kunta" checked>)"));
  EXPECT_THAT(form.body,
              HasSubstr(R"(name="day3_participant" type="checkbox" value="kontiolahden-kunta">)"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="day5_date" type="text" maxlength="10" value="")"))
      << "two empty rows";
  EXPECT_THAT(form.body, Not(HasSubstr(R"(name="day6_date")")));
  EXPECT_THAT(form.body,
              HasSubstr(R"(id="costs-share-ilomantsin-kunta" name="share-ilomantsin-kunta")"));
  EXPECT_THAT(form.body, HasSubstr(R"(value="more-rows">Lisää rivejä</button>)"));
}

TEST_F(NetworkCostsFormTest, ProblemsAreShownAgainWithEveryTypedValue) {
  const http::Response shown = post({{"day_fee", "tuhat euroa"},
                                     {"day1_date", "31.2.2024"},
                                     {"day4_date", ""},
                                     {"day4_participant", "liperin-kunta"},
                                     {"share-liperin-kunta", "0"}});
  ASSERT_EQ(shown.status, 422);
  EXPECT_THAT(shown.body, HasSubstr(R"(class="error-summary")"));
  EXPECT_THAT(shown.body, HasSubstr(R"(<a href="#costs-day_fee">Kirjoita päiväpalkkio euroina)"));
  EXPECT_THAT(
      shown.body,
      HasSubstr(
          R"(value="tuhat euroa" aria-describedby="costs-day_fee-hint costs-day_fee-error" aria-invalid="true")"));
  EXPECT_THAT(
      shown.body,
      HasSubstr(
          R"(<p class="field__error" id="costs-day1_date-error">Kirjoita päivämäärä muodossa 16.5.2024.</p>)"));
  EXPECT_THAT(shown.body, HasSubstr(R"(value="31.2.2024")"));
  EXPECT_THAT(
      shown.body,
      HasSubstr(
          R"(<a href="#costs-day4_date">Kirjoita päivämäärä tai poista rivin valinnat.</a>)"));
  EXPECT_THAT(
      shown.body,
      HasSubstr(R"(name="day4_participant" type="checkbox" value="liperin-kunta" checked>)"));
  EXPECT_THAT(shown.body, HasSubstr(R"(id="costs-share-liperin-kunta-error")"));
  EXPECT_THAT(
      shown.body,
      HasSubstr(
          R"(name="share-liperin-kunta" type="text" inputmode="numeric" maxlength="4" value="0")"));
  EXPECT_EQ(history_size(), 1U) << "nothing stored";
  EXPECT_EQ(site_.network().input.costs, network_testing::shared_costs_network().costs);

  const http::Response twice =
      post({{"day4_date", "2024-09-12"}, {"day4_participant", "liperin-kunta"}});
  ASSERT_EQ(twice.status, 422);
  EXPECT_THAT(twice.body, HasSubstr("Sama päivä on kirjattu kahdesti."));
}

TEST_F(NetworkCostsFormTest, ASaveChangesTheCostsAndAddsAHistoryRow) {
  const http::Response saved = post({{"day_fee", "1500"},
                                     {"share-joensuun-kaupunki", "2"},
                                     {"day4_date", "5.12.2024"},
                                     {"day4_participant", "outokummun-kaupunki"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/verkostot/jaetut/kustannukset?ilmoitus=saved");
  const core::NetworkCosts costs = site_.network().input.costs;
  EXPECT_EQ(costs.day_fee_cents, 150000);
  EXPECT_EQ(costs.shares, (std::vector<core::AgreedShare>{{"Joensuun kaupunki", 2}}));
  ASSERT_EQ(costs.days.size(), 5U);
  EXPECT_EQ(costs.days[4], (core::CostDay{"2024-12-05", {"Outokummun kaupunki"}}));
  const auto history = site_.store().networks().cost_history(site_.network_id());
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[1].changed_by, "kirsi");
  const std::string page = leader_.get("/verkostot/jaetut/kustannukset?ilmoitus=saved").body;
  EXPECT_THAT(page, HasSubstr("Tiedot on tallennettu."));
  EXPECT_THAT(page, HasSubstr("<td>kirsi</td>"));
  EXPECT_THAT(page, HasSubstr("<li>Päiväpalkkio 1\u00a0400,00\u00a0€ → 1\u00a0500,00\u00a0€</li>"));
  EXPECT_THAT(page, HasSubstr("<li>Lisätty päivä 5.12.2024 (1 organisaatio)</li>"));
  EXPECT_LT(page.find("<td>kirsi</td>"), page.find("<td>tuonti</td>")) << "newest first";
  const store::AuditEntry entry = site_.store().audit_log().newest(1, 0).front();
  EXPECT_EQ(entry.action, "network.costs");
  EXPECT_EQ(entry.actor, "kirsi@example.fi");
  EXPECT_THAT(entry.detail, HasSubstr("\"outcome\":\"saved\""));
}

TEST_F(NetworkCostsFormTest, TheSameCostsAgainSaveNothing) {
  const http::Response again = post({});
  ASSERT_EQ(again.status, 303) << again.body;
  EXPECT_EQ(again.headers.get("Location"), "/verkostot/jaetut/kustannukset?ilmoitus=unchanged");
  EXPECT_EQ(history_size(), 1U);
}

TEST_F(NetworkCostsFormTest, MoreRowsKeepWhatWasTyped) {
  const http::Response more = post({{"day_fee", "999"}, {"action", "more-rows"}});
  ASSERT_EQ(more.status, 200);
  EXPECT_THAT(more.body, HasSubstr(R"(value="999")"));
  EXPECT_THAT(more.body, HasSubstr(R"(name="day7_date")"));
  EXPECT_THAT(more.body, Not(HasSubstr(R"(name="day8_date")")));
  EXPECT_EQ(history_size(), 1U);
}

TEST_F(NetworkCostsFormTest, AFormWithoutItsTokenIsRefused) {
  const http::Response refused = post({{"day_fee", "2000"}}, false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr(R"(value="2000")"));
  EXPECT_EQ(site_.network().input.costs.day_fee_cents, 140000);
  TestBrowser member(site_.router());
  ASSERT_TRUE(test_support::log_in(member, "jasen@joensuu.fi"));
  EXPECT_EQ(member.post(std::string(kCostsForm), costs_form_fields(site_.network())).status, 403);
  EXPECT_EQ(history_size(), 1U);
}

}  // namespace
}  // namespace tori::web

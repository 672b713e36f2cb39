// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of /teot.atom: the published practices newest first with their summaries, organisations
// and themes, a draft left out, links in the feed's language; also written for atom_check.py.
#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

class PracticeFeedTest : public ::testing::Test {
 protected:
  PracticeFeedTest() {
    add_page_routes(router_, site_.services());
    save("a", "Etätyön pelisäännöt & sopimukset", core::PracticeState::kPublished, 2024);
    save("b", "Kirjaston omatoimiaukiolo", core::PracticeState::kPublished, 2025);
    save("c", "Luonnos", core::PracticeState::kDraft, 2025);
  }
  void save(const std::string& id, const std::string& title, core::PracticeState state, int year) {
    store::PracticeWrite write;
    write.input.external_id = id;
    write.input.title = title;
    write.input.summary = "Siirryimme etätöihin ja sovimme yhteiset pelisäännöt.";
    write.input.organisations = {"Kontiolahden kunta", "Joensuun kaupunki"};
    write.input.themes = {"johtaminen"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.state = state;
    if (state == core::PracticeState::kPublished)
      write.input.published_at = test_support::utc(year, 5, 2);
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(PracticeFeedTest, ListsThePublishedPracticesNewestFirst) {
  TestBrowser browser(router_);
  const http::Response feed = browser.get("/teot.atom");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.headers.get("Content-Type").value_or(""), "application/atom+xml; charset=utf-8");
  const std::string& xml = feed.body;
  EXPECT_THAT(xml, HasSubstr("<title type=\"text\">Kehittämisteot – Tekojen tori</title>"));
  EXPECT_LT(xml.find("/teot/kirjaston-omatoimiaukiolo"), xml.find("/teot/etatyon-pelisaannot"));
  EXPECT_THAT(xml, HasSubstr("Etätyön pelisäännöt &amp; sopimukset"));
  EXPECT_THAT(xml, HasSubstr("<author><name>Kontiolahden kunta, Joensuun kaupunki</name>"));
  EXPECT_THAT(xml, HasSubstr("<category term=\"johtaminen\""));
  EXPECT_THAT(xml, Not(HasSubstr("Luonnos")));
  EXPECT_THAT(browser.get("/sv/teot.atom").body,
              HasSubstr("href=\"https://tori.example.fi/sv/teot/kirjaston-omatoimiaukiolo\""));
  if (const char* folder = std::getenv("TORI_ATOM_SAMPLE"))
    std::ofstream(std::string(folder) + "/teot.atom", std::ios::binary) << xml;
}

}  // namespace
}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of applying for the programme's services through the routes, on a real SQLite store and
// the product's templates: the form stores and mails, errors beside the fields with the text
// kept, the honeypot, one application for a re-sent form, closed after the deadline (409), and
// /tyopajat and the front page telling whether workshop applications are open and until when.
#include "tori/web/applications/application_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

// The value of the hidden input `name` in a page.
std::string application_hidden_value(const std::string& html, const std::string& name) {
  const std::string needle = "name=\"" + name + "\" value=\"";
  const auto at = html.find(needle);
  if (at == std::string::npos) return "";
  const auto start = at + needle.size();
  return html.substr(start, html.find('"', start) - start);
}

class ApplicationPagesTest : public ::testing::Test {
 protected:
  ApplicationPagesTest() {
    add_application_routes(router_, site_.services());
    add_localised(router_, site_.services(), "GET", "/", front_page);
    // Open until a fixed day far ahead, whatever today is.
    site_.store().applications().set_deadline("tyopaja", std::string{"2099-03-31"},
                                              store::utc_now());
  }
  // Opens the workshop form and posts it filled for `email`, with the page's own form key.
  http::Response fill_and_send(TestBrowser& browser, const std::string& email,
                               test_support::Fields extra = {}) {
    const auto form = browser.get("/hakemus/tyopaja");
    test_support::Fields fields{{"contact_name", "Maija Meikäläinen"},
                                {"email", email},
                                {"phone", "040 123 4567"},
                                {"organisation", "Puumalan kunta"},
                                {"staff_size", "120"},
                                {"development", "Kokouskäytännöt"},
                                {"months", "3"},
                                {"months", "9"},
                                {"q-osallistujat", "Koko henkilöstö"},
                                {"website", ""},
                                {"form_key", application_hidden_value(form.body, "form_key")}};
    for (auto& field : extra) {
      std::erase_if(fields, [&](const auto& f) { return f.first == field.first; });
      fields.push_back(field);
    }
    return browser.post("/hakemus/tyopaja", fields);
  }
  std::vector<store::Application> stored() {
    return site_.store().applications().list(std::nullopt);
  }
  std::vector<std::string> mail(const std::string& to) {
    std::vector<std::string> decoded;
    for (const std::string& message : test_support::mail_to(site_.store(), to))
      decoded.push_back(test_support::decode_quoted_printable(message));
    return decoded;
  }
  void close_workshops() {
    site_.store().applications().set_deadline("tyopaja", std::string{"2020-03-31"},
                                              store::utc_now());
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(ApplicationPagesTest, TheFormStoresTheApplicationAndMailsTheApplicant) {
  TestBrowser browser(router_);
  const auto form = browser.get("/hakemus/tyopaja");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Haku on auki 31.3.2099 asti."));
  EXPECT_THAT(form.body, HasSubstr("<textarea id=\"application-q-osallistujat\""));
  EXPECT_THAT(form.body, HasSubstr("id=\"application-month-12\" name=\"months\" value=\"12\""));
  EXPECT_THAT(form.body, HasSubstr("name=\"website\""));
  const auto sent = fill_and_send(browser, "maija@kunta.fi");
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), "/hakemus/tyopaja/kiitos");
  EXPECT_THAT(browser.get("/hakemus/tyopaja/kiitos").body, HasSubstr("Tarkista sähköpostisi"));
  const auto applications = stored();
  ASSERT_EQ(applications.size(), 1U);
  const core::ApplicationInput& input = applications[0].input;
  EXPECT_EQ(applications[0].type_code, "tyopaja");
  EXPECT_EQ(applications[0].status, core::ApplicationStatus::kReceived);
  EXPECT_EQ(input.organisation, "Puumalan kunta");
  EXPECT_EQ(input.staff_size, 120);
  EXPECT_EQ(input.phone, "040 123 4567");
  EXPECT_EQ(input.preferred_months, (std::vector<int>{3, 9}));
  EXPECT_EQ(input.answers,
            (std::vector<core::RegistrationAnswer>{{"osallistujat", {"Koko henkilöstö"}}}));
  const auto messages = mail("maija@kunta.fi");
  ASSERT_EQ(messages.size(), 1U);
  EXPECT_THAT(messages[0], HasSubstr("Kiitos hakemuksesta: Kekseliäät kehittäjät -työpaja"));
  EXPECT_THAT(messages[0], HasSubstr("Puumalan kunta"));
  EXPECT_THAT(messages[0], HasSubstr("maaliskuu, syyskuu"));
}

TEST_F(ApplicationPagesTest, ErrorsAreShownBesideTheFieldsWithTheTextKept) {
  TestBrowser browser(router_);
  const auto page = fill_and_send(browser, "ei-osoite",
                                  {{"contact_name", ""},
                                   {"staff_size", "paljon"},
                                   {"q-osallistujat", ""},
                                   {"development", "Kokoukset <b>ja</b> palaverit"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_THAT(page.body, HasSubstr("class=\"error-summary\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#application-contact_name\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#application-email\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#application-staff_size\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#application-q-osallistujat\""));
  EXPECT_THAT(page.body, HasSubstr("id=\"application-staff_size-error\""));
  EXPECT_THAT(page.body, HasSubstr("Kirjoita henkilöstön määrä numerona"));
  EXPECT_THAT(page.body, HasSubstr("value=\"ei-osoite\""));
  EXPECT_THAT(page.body, HasSubstr("Kokoukset &lt;b&gt;ja&lt;/b&gt; palaverit</textarea>"));
  EXPECT_THAT(page.body, HasSubstr("value=\"9\" checked"));
  EXPECT_TRUE(stored().empty());
  EXPECT_TRUE(mail("ei-osoite").empty());
}

TEST_F(ApplicationPagesTest, AFilledHoneypotGetsTheSameAnswerAndNothingIsStored) {
  TestBrowser browser(router_);
  const auto sent =
      fill_and_send(browser, "botti@kunta.fi", {{"website", "http://roskaa.example"}});
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), "/hakemus/tyopaja/kiitos");
  EXPECT_TRUE(stored().empty());
  EXPECT_TRUE(mail("botti@kunta.fi").empty());
}

TEST_F(ApplicationPagesTest, TheSameFormSentTwiceIsOneApplicationAndOneMail) {
  TestBrowser browser(router_);
  const auto form = browser.get("/hakemus/tyopaja");
  const std::string key = application_hidden_value(form.body, "form_key");
  ASSERT_FALSE(key.empty());
  EXPECT_EQ(fill_and_send(browser, "maija@kunta.fi", {{"form_key", key}}).status, 303);
  EXPECT_EQ(fill_and_send(browser, "maija@kunta.fi", {{"form_key", key}}).status, 303);
  EXPECT_EQ(stored().size(), 1U);
  EXPECT_EQ(mail("maija@kunta.fi").size(), 1U);
}

TEST_F(ApplicationPagesTest, AfterTheDeadlineTheFormIsClosedAndAPostIsRefused) {
  TestBrowser browser(router_);
  const std::string key =
      application_hidden_value(browser.get("/hakemus/tyopaja").body, "form_key");
  close_workshops();  // while the form was open in the browser
  const auto page = browser.get("/hakemus/tyopaja");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Haku päättyi 31.3.2020."));
  EXPECT_THAT(page.body, Not(HasSubstr("id=\"application-form\"")));
  const auto sent = browser.post("/hakemus/tyopaja", {{"contact_name", "Maija"},
                                                      {"email", "maija@kunta.fi"},
                                                      {"organisation", "Puumalan kunta"},
                                                      {"staff_size", "12"},
                                                      {"development", "Kokoukset"},
                                                      {"q-osallistujat", "Kaikki"},
                                                      {"form_key", key}});
  EXPECT_EQ(sent.status, 409);
  EXPECT_THAT(sent.body, HasSubstr("Haku päättyi 31.3.2020."));
  EXPECT_TRUE(stored().empty());
  EXPECT_TRUE(mail("maija@kunta.fi").empty());
  EXPECT_EQ(browser.get("/hakemus/ei-ole").status, 404);
}

TEST_F(ApplicationPagesTest, WorkshopsPageAndFrontPageTellWhetherApplicationsAreOpen) {
  TestBrowser browser(router_);
  const auto open = browser.get("/tyopajat");
  ASSERT_EQ(open.status, 200);
  EXPECT_THAT(open.body, HasSubstr("Haku on auki 31.3.2099 asti."));
  EXPECT_THAT(open.body, HasSubstr("href=\"/hakemus/tyopaja\""));
  EXPECT_THAT(open.body, HasSubstr("href=\"/hakemus/sparraus\""));
  EXPECT_THAT(browser.get("/sv/tyopajat").body, HasSubstr("Ansökningstiden pågår till 31.3.2099."));
  EXPECT_THAT(browser.get("/en/tyopajat").body,
              HasSubstr("Applications are open until 31 March 2099."));
  const auto front = browser.get("/");
  EXPECT_THAT(front.body, HasSubstr("Haku on auki 31.3.2099 asti."));
  EXPECT_THAT(front.body, HasSubstr("href=\"/tyopajat\""));
  close_workshops();
  const auto closed = browser.get("/tyopajat");
  EXPECT_THAT(closed.body, HasSubstr("Haku päättyi 31.3.2020."));
  EXPECT_THAT(closed.body, Not(HasSubstr("href=\"/hakemus/tyopaja\"")));
  EXPECT_THAT(browser.get("/").body, HasSubstr("Haku päättyi 31.3.2020."));
}

}  // namespace
}  // namespace tori::web

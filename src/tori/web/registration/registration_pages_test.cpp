// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of registering for an event through the routes, on a real SQLite store and the product's
// templates: the form with the event's questions, errors beside the fields with the text kept,
// the mail with its .ics and manage link, one registration for a re-sent form, the honeypot, the
// rate limit, the waiting line, closed/not yet open/past pages, and the manage page (change
// answers, cancel, the freed seat offered and taken).
#include "tori/web/registration/registration_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

core::TimePoint in_days(int days) {
  return std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now()) +
         std::chrono::days(days);
}

core::EventInput workshop(const std::string& id, std::optional<int> capacity) {
  core::EventInput input;
  input.external_id = id;
  input.kind = core::EventKind::kWorkshop;
  input.title = "Työpaja " + id;
  input.starts_at = in_days(10);
  input.ends_at = input.starts_at + 3h;
  input.place = core::EventPlace{"Kokoustalo", "Hämeenkatu 9", "Tampere"};
  input.capacity = capacity;
  input.questions = {
      {"ruokavalio",
       "Erityisruokavalio",
       core::QuestionType::kMulti,
       {"gluteeniton", "laktoositon", "vegaaninen"},
       false},
      {"pienryhma", "Pienryhmä", core::QuestionType::kSingle, {"Aamu", "Iltapäivä"}, true},
      {"kysymys", "Mitä haluaisit kysyä?", core::QuestionType::kText, {}, false}};
  return input;
}

class RegistrationPagesTest : public ::testing::Test {
 protected:
  RegistrationPagesTest() { add_registration_routes(router_, site_.services()); }
  std::string save(const core::EventInput& input) {
    return site_.store().events().save(input, store::utc_now()).slug;
  }
  // Opens the form of `slug` and posts it filled for `email`, with the page's own form key.
  http::Response fill_and_send(TestBrowser& browser, const std::string& slug,
                               const std::string& email, test_support::Fields extra = {}) {
    const auto form = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
    test_support::Fields fields{{"name", "Maija Meikäläinen"},
                                {"email", email},
                                {"organisation", "Puumalan kunta"},
                                {"title", "HR-asiantuntija"},
                                {"q-ruokavalio", "gluteeniton"},
                                {"q-ruokavalio", "vegaaninen"},
                                {"q-pienryhma", "Aamu"},
                                {"website", ""},
                                {"form_key", test_support::hidden_value(form.body, "form_key")}};
    for (auto& field : extra) {
      std::erase_if(fields, [&](const auto& f) { return f.first == field.first; });
      fields.push_back(field);
    }
    return browser.post("/tapahtumat/" + slug + "/ilmoittaudu", fields);
  }
  std::vector<store::Registration> registrations(const std::string& slug) {
    const auto event = site_.store().events().find_by_slug(slug);
    return site_.store().registrations().of_event(event->id);
  }
  std::vector<std::string> mail(const std::string& to) {
    std::vector<std::string> decoded;
    for (const std::string& message : test_support::mail_to(site_.store(), to))
      decoded.push_back(test_support::decode_quoted_printable(message));
    return decoded;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(RegistrationPagesTest, TheFormRegistersAndMailsTheConfirmationWithTheEvent) {
  const std::string slug = save(workshop("w1", 2));
  TestBrowser browser(router_);
  const auto form = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("name=\"q-pienryhma\" value=\"Iltapäivä\""));
  EXPECT_THAT(form.body, HasSubstr("type=\"checkbox\" id=\"registration-q-ruokavalio-2\""));
  EXPECT_THAT(form.body, HasSubstr("<textarea id=\"registration-q-kysymys\""));
  EXPECT_THAT(form.body, HasSubstr("Paikkoja jäljellä 2."));
  EXPECT_THAT(form.body, HasSubstr("name=\"website\""));
  const auto sent = fill_and_send(browser, slug, "maija@kunta.fi");
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), "/tapahtumat/" + slug + "/ilmoittaudu/kiitos");
  EXPECT_THAT(browser.get("/tapahtumat/" + slug + "/ilmoittaudu/kiitos").body,
              HasSubstr("Tarkista sähköpostisi"));
  const auto stored = registrations(slug);
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].status, RegistrationStatus::kConfirmed);
  EXPECT_EQ(stored[0].registrant.organisation, "Puumalan kunta");
  EXPECT_EQ(stored[0].registrant.answers,
            (std::vector<core::RegistrationAnswer>{{"pienryhma", {"Aamu"}},
                                                   {"ruokavalio", {"gluteeniton", "vegaaninen"}}}))
      << "by question id";
  const auto messages = mail("maija@kunta.fi");
  ASSERT_EQ(messages.size(), 1U);
  EXPECT_THAT(messages[0], HasSubstr("Ilmoittautuminen vahvistettu"));
  EXPECT_THAT(messages[0], HasSubstr("Content-Type: text/calendar"));
  EXPECT_THAT(messages[0], HasSubstr("filename=" + slug + ".ics"));
  EXPECT_FALSE(test_support::link_path(messages[0], "/ilmoittautuminen/").empty());
}

TEST_F(RegistrationPagesTest, ErrorsAreShownBesideTheFieldsWithTheTextKept) {
  const std::string slug = save(workshop("w1", 2));
  TestBrowser browser(router_);
  const auto page = fill_and_send(browser, slug, "ei-osoite",
                                  {{"name", ""}, {"q-pienryhma", ""}, {"q-kysymys", "Mitä <b>?"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_THAT(page.body, HasSubstr("class=\"error-summary\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#registration-name\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#registration-email\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#registration-q-pienryhma\""));
  EXPECT_THAT(page.body, HasSubstr("id=\"registration-q-pienryhma-error\""));
  EXPECT_THAT(page.body, HasSubstr("value=\"ei-osoite\""));
  EXPECT_THAT(page.body, HasSubstr("value=\"gluteeniton\" checked"));
  EXPECT_THAT(page.body, HasSubstr("Mitä &lt;b&gt;?</textarea>"));
  EXPECT_TRUE(registrations(slug).empty());
  const auto bad_choice = fill_and_send(browser, slug, "maija@kunta.fi", {{"q-pienryhma", "Yö"}});
  EXPECT_EQ(bad_choice.status, 422);
  EXPECT_THAT(bad_choice.body, HasSubstr("Tarkista vastaus"));
  EXPECT_TRUE(registrations(slug).empty());
  EXPECT_TRUE(mail("maija@kunta.fi").empty());
}

TEST_F(RegistrationPagesTest, TheSameFormSentTwiceRegistersAndMailsOnce) {
  const std::string slug = save(workshop("w1", 2));
  TestBrowser browser(router_);
  const auto form = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
  test_support::Fields fields{{"name", "Maija"},
                              {"email", "maija@kunta.fi"},
                              {"q-pienryhma", "Aamu"},
                              {"form_key", test_support::hidden_value(form.body, "form_key")}};
  EXPECT_EQ(browser.post("/tapahtumat/" + slug + "/ilmoittaudu", fields).status, 303);
  EXPECT_EQ(browser.post("/tapahtumat/" + slug + "/ilmoittaudu", fields).status, 303);
  EXPECT_EQ(registrations(slug).size(), 1U);
  EXPECT_EQ(mail("maija@kunta.fi").size(), 1U);
  // A new visit to the form is a new attempt: the same answer, and the link mailed again.
  EXPECT_EQ(fill_and_send(browser, slug, "MAIJA@kunta.fi").status, 303);
  const auto messages = mail("maija@kunta.fi");
  ASSERT_EQ(messages.size(), 2U);
  EXPECT_THAT(messages[1], HasSubstr("Olet jo ilmoittautunut"));
  EXPECT_EQ(test_support::link_path(messages[0], "/ilmoittautuminen/"),
            test_support::link_path(messages[1], "/ilmoittautuminen/"))
      << "the same manage link";
  EXPECT_EQ(registrations(slug).size(), 1U);
}

TEST_F(RegistrationPagesTest, AFilledHoneypotRegistersNothingButLooksTheSame) {
  const std::string slug = save(workshop("w1", 2));
  TestBrowser browser(router_);
  const auto sent = fill_and_send(browser, slug, "botti@kunta.fi", {{"website", "http://x"}});
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), "/tapahtumat/" + slug + "/ilmoittaudu/kiitos");
  EXPECT_TRUE(registrations(slug).empty());
  EXPECT_TRUE(mail("botti@kunta.fi").empty());
}

TEST_F(RegistrationPagesTest, TooManyFromOneAddressAreRefusedWithTheFormKept) {
  site_.account_settings().limits.registration_per_ip = {2, std::chrono::hours(1)};
  const std::string slug = save(workshop("w1", 10));
  TestBrowser browser(router_);
  EXPECT_EQ(fill_and_send(browser, slug, "a@kunta.fi").status, 303);
  EXPECT_EQ(fill_and_send(browser, slug, "b@kunta.fi").status, 303);
  const auto refused = fill_and_send(browser, slug, "c@kunta.fi");
  EXPECT_EQ(refused.status, 429);
  EXPECT_THAT(refused.body, HasSubstr("value=\"c@kunta.fi\""));
  EXPECT_EQ(registrations(slug).size(), 2U);
  TestBrowser elsewhere(router_, "198.51.100.9");
  EXPECT_EQ(fill_and_send(elsewhere, slug, "c@kunta.fi").status, 303) << "another address";
}

TEST_F(RegistrationPagesTest, AFullEventTakesTheNextIntoTheWaitingLine) {
  const std::string slug = save(workshop("w1", 1));
  TestBrowser browser(router_);
  fill_and_send(browser, slug, "a@kunta.fi");
  const auto form = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
  EXPECT_THAT(form.body, HasSubstr("Tapahtuma on täynnä"));
  EXPECT_THAT(form.body, HasSubstr("Ilmoittaudu varasijalle"));
  EXPECT_EQ(fill_and_send(browser, slug, "b@kunta.fi").status, 303);
  EXPECT_EQ(registrations(slug)[1].status, RegistrationStatus::kWaiting);
  const auto messages = mail("b@kunta.fi");
  ASSERT_EQ(messages.size(), 1U);
  EXPECT_THAT(messages[0], HasSubstr("Olet varasijalla"));
  EXPECT_THAT(messages[0], Not(HasSubstr("text/calendar")));
}

TEST_F(RegistrationPagesTest, NotYetOpenClosedAndPastAreClearPagesThatTakeNothing) {
  core::EventInput later = workshop("later", 5);
  later.registration_opens = in_days(3);
  core::EventInput closed = workshop("closed", 5);
  closed.registration_closes = core::RegistrationDeadline{"", in_days(-1)};
  core::EventInput past = workshop("past", 5);
  past.starts_at = in_days(-3);
  past.ends_at = past.starts_at + 3h;
  TestBrowser browser(router_);
  for (const auto& [input, text] : std::vector<std::pair<core::EventInput, std::string>>{
           {later, "Ilmoittautuminen alkaa"},
           {closed, "Ilmoittautuminen on päättynyt"},
           {past, "Tapahtuma on päättynyt"}}) {
    const std::string slug = save(input);
    const auto page = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
    EXPECT_EQ(page.status, 200) << slug;
    EXPECT_THAT(page.body, HasSubstr(text));
    EXPECT_THAT(page.body, Not(HasSubstr("<form id=\"registration-form\"")));
    const auto sent = fill_and_send(browser, slug, "a@kunta.fi");
    EXPECT_EQ(sent.status, 409) << slug;
    EXPECT_THAT(sent.body, HasSubstr(text));
    EXPECT_TRUE(registrations(slug).empty()) << slug;
  }
  EXPECT_EQ(browser.get("/tapahtumat/ei-ole/ilmoittaudu").status, 404);
  EXPECT_EQ(browser.get("/sv/tapahtumat/ei-ole/ilmoittaudu").status, 404);
}

TEST_F(RegistrationPagesTest, AFormWithoutItsTokenIsReshownNotRegistered) {
  const std::string slug = save(workshop("w1", 2));
  TestBrowser browser(router_);
  browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
  const auto refused = browser.post("/tapahtumat/" + slug + "/ilmoittaudu",
                                    {{"name", "Maija"}, {"email", "maija@kunta.fi"}}, false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("value=\"maija@kunta.fi\""));
  EXPECT_TRUE(registrations(slug).empty());
}

TEST_F(RegistrationPagesTest, TheManageLinkChangesAnswersCancelsAndTheSeatIsOffered) {
  const std::string slug = save(workshop("w1", 1));
  TestBrowser first(router_);
  fill_and_send(first, slug, "a@kunta.fi");
  TestBrowser second(router_, "198.51.100.9");
  fill_and_send(second, slug, "b@kunta.fi");
  const std::string link = test_support::link_path(mail("a@kunta.fi")[0], "/ilmoittautuminen/");
  const auto page = first.get(link);
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.headers.get("Referrer-Policy"), "no-referrer");
  EXPECT_THAT(page.body, HasSubstr("Ilmoittautuminen on vahvistettu."));
  EXPECT_THAT(page.body, HasSubstr("value=\"Puumalan kunta\""));
  const auto saved = first.post(link, {{"action", "save"},
                                       {"name", "Maija M."},
                                       {"organisation", "Kuopion kaupunki"},
                                       {"q-pienryhma", "Iltapäivä"},
                                       {"q-ruokavalio", "laktoositon"}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(saved.headers.get("Location"), link + "?ilmoitus=saved");
  EXPECT_THAT(first.get(link + "?ilmoitus=saved").body, HasSubstr("Muutokset on tallennettu."));
  EXPECT_EQ(registrations(slug)[0].registrant.name, "Maija M.");
  EXPECT_EQ(registrations(slug)[0].registrant.email, "a@kunta.fi");
  const auto invalid = first.post(link, {{"action", "save"}, {"name", ""}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_THAT(invalid.body, HasSubstr("href=\"#registration-name\""));
  EXPECT_EQ(first.post(link, {{"action", "cancel"}}).status, 303);
  EXPECT_THAT(first.get(link).body, HasSubstr("Ilmoittautuminen on peruttu."));
  const auto offers = mail("b@kunta.fi");
  ASSERT_EQ(offers.size(), 2U);
  EXPECT_THAT(offers[1], HasSubstr("Paikka vapautui"));
  const std::string offer_link = test_support::link_path(offers[1], "/ilmoittautuminen/");
  EXPECT_EQ(offer_link, test_support::link_path(offers[0], "/ilmoittautuminen/"));
  EXPECT_THAT(second.get(offer_link).body, HasSubstr("Otan paikan vastaan"));
  EXPECT_EQ(second.post(offer_link, {{"action", "accept"}}).status, 303);
  EXPECT_EQ(registrations(slug)[1].status, RegistrationStatus::kConfirmed);
  EXPECT_EQ(first.get("/ilmoittautuminen/tuntematon").status, 404);
  EXPECT_EQ(second.post(offer_link, {{"action", "accept"}}, false).status, 403);
}

TEST_F(RegistrationPagesTest, ConsentMustBeGivenWhenTheEventAsksForIt) {
  core::EventInput input = workshop("suostumus", 10);
  input.consent = "Nimesi ja organisaatiosi näkyvät osallistujalistassa.";
  const std::string slug = save(input);
  TestBrowser browser(router_);
  const auto form = browser.get("/tapahtumat/" + slug + "/ilmoittaudu");
  EXPECT_THAT(form.body, HasSubstr("Nimesi ja organisaatiosi näkyvät osallistujalistassa."));
  EXPECT_THAT(form.body, HasSubstr("name=\"consent\" value=\"yes\""));
  const auto refused = fill_and_send(browser, slug, "maija@kunta.fi");
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Hyväksy ehdot ilmoittautuaksesi."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Puumalan kunta\"")) << "the text kept";
  EXPECT_TRUE(registrations(slug).empty());
  EXPECT_EQ(fill_and_send(browser, slug, "maija@kunta.fi", {{"consent", "yes"}}).status, 303);
  EXPECT_EQ(registrations(slug).size(), 1U);
}

TEST_F(RegistrationPagesTest, TheRemoteLinkIsOnTheManagePageOfTheConfirmedOnly) {
  core::EventInput input = workshop("etana", 1);
  input.remote = true;
  input.remote_url = "https://meet.example.fi/etana";
  const std::string slug = save(input);
  TestBrowser first(router_);
  TestBrowser second(router_);
  ASSERT_EQ(fill_and_send(first, slug, "eka@kunta.fi", {{"participation", "remote"}}).status, 303);
  ASSERT_EQ(fill_and_send(second, slug, "toka@kunta.fi", {{"participation", "remote"}}).status,
            303);  // in line
  const std::string confirmed =
      test_support::link_path(mail("eka@kunta.fi").at(0), "/ilmoittautuminen/");
  const std::string waiting =
      test_support::link_path(mail("toka@kunta.fi").at(0), "/ilmoittautuminen/");
  EXPECT_THAT(first.get(confirmed).body, HasSubstr("href=\"https://meet.example.fi/etana\""));
  EXPECT_THAT(second.get(waiting).body, Not(HasSubstr("meet.example.fi")));
  EXPECT_THAT(first.get("/tapahtumat/" + slug + "/ilmoittaudu").body,
              Not(HasSubstr("meet.example.fi")));
}

}  // namespace
}  // namespace tori::web

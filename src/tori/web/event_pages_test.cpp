// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the event pages over a temporary store: upcoming and past, every filter and its
// refusal, the event page's facts, JSON-LD and series, the registration texts, the iCalendar
// feed and file, and all three languages.
#include "tori/web/event_pages.hpp"

#include <boost/json/parse.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/api.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

core::TimePoint days_from_now(int days, int hour_utc = 7) {
  const auto today = std::chrono::floor<std::chrono::days>(store::utc_now());
  return core::TimePoint{today} + std::chrono::days(days) + std::chrono::hours(hour_utc);
}

core::EventInput event(const std::string& id, const std::string& title, int day,
                       const std::string& municipality = "Tampere") {
  core::EventInput input;
  input.external_id = id;
  input.kind = core::EventKind::kRegionalEvent;
  input.title = title;
  input.lead = "Lyhyesti: " + title + ".";
  input.starts_at = days_from_now(day);
  input.ends_at = input.starts_at + 6h;
  input.place = core::EventPlace{"Kokoustalo", "Hämeenkatu 9", municipality};
  input.capacity = 120;
  return input;
}

class EventPagesTest : public ::testing::Test {
 protected:
  EventPagesTest() {
    add_page_routes(router_, site_.services());
    add_api_routes(router_, site_.services());
  }
  void save(const core::EventInput& input) {
    (void)site_.store().events().save(input, store::utc_now());
  }
  http::Response get(const std::string& target) {
    const std::size_t mark = target.find('?');
    http::Request request = test_support::get_request(target.substr(0, mark));
    request.target = target;
    if (mark != std::string::npos) request.query = target.substr(mark + 1);
    const http::Router::Match match = router_.match("GET", request.path);
    if (match.handler == nullptr) return http::Response::text(404, "no route");
    request.path_params = match.params;
    return (*match.handler)(request);
  }
  // The titles of the cards, in page order.
  std::vector<std::string> titles(const std::string& target) {
    const std::string html = get(target).body;
    std::vector<std::string> found;
    const std::string open = "<h3 lang=\"fi\"><a href=\"/tapahtumat/";
    for (auto at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
      const auto start = html.find('>', at + open.size()) + 1;
      found.push_back(html.substr(start, html.find('<', start) - start));
    }
    return found;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(EventPagesTest, ListsUpcomingSoonestFirstAndPastLatestFirst) {
  save(event("a", "Huomenna", 1));
  save(event("b", "Ensi kuussa", 30, "Oulu"));
  save(event("c", "Eilen", -1));
  save(event("d", "Viime vuonna", -300));
  const http::Response page = get("/tapahtumat");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("2 tapahtumaa"));
  EXPECT_EQ(titles("/tapahtumat"), (std::vector<std::string>{"Huomenna", "Ensi kuussa"}));
  EXPECT_EQ(titles("/tapahtumat?when=past"), (std::vector<std::string>{"Eilen", "Viime vuonna"}));
  EXPECT_THAT(get("/tapahtumat?when=past").body, HasSubstr("<h1>Menneet tapahtumat</h1>"));
  EXPECT_THAT(page.body, HasSubstr("aria-current=\"page\">Tapahtumat</a>")) << "the navigation";
  EXPECT_THAT(page.body, HasSubstr("href=\"/tapahtumat.ics\""));
}

TEST_F(EventPagesTest, FiltersByKindRegionAndMonthAndRefusesUnknownValues) {
  core::EventInput gala = event("g", "Gaala", 20, "Helsinki");
  gala.kind = core::EventKind::kGala;
  save(gala);
  save(event("t", "Tampereella", 10));
  save(event("o", "Oulussa", 12, "Oulu"));
  EXPECT_EQ(titles("/tapahtumat?kind=gala"), std::vector<std::string>{"Gaala"});
  EXPECT_EQ(titles("/tapahtumat?region=pirkanmaa"), std::vector<std::string>{"Tampereella"});
  EXPECT_EQ(titles("/tapahtumat?region=lappi"), std::vector<std::string>{});
  const std::string month = text::format_rfc3339_helsinki(gala.starts_at).substr(0, 7);
  EXPECT_THAT(titles("/tapahtumat?month=" + month), ::testing::Contains("Gaala"));
  EXPECT_THAT(get("/tapahtumat").body, HasSubstr("<option value=\"" + month + "\">"));
  EXPECT_THAT(get("/tapahtumat?kind=gala").body,
              HasSubstr("<option value=\"gala\" selected>Gaala</option>"));
  EXPECT_THAT(get("/tapahtumat?region=lappi").body, HasSubstr("Valinnoilla ei löytynyt"));
  for (const char* bad :
       {"/tapahtumat?kind=juhla", "/tapahtumat?region=atlantis", "/tapahtumat?month=2027-13",
        "/tapahtumat?month=maaliskuu", "/tapahtumat?when=tomorrow", "/tapahtumat?page=0"}) {
    EXPECT_EQ(get(bad).status, 400) << bad;
  }
  EXPECT_EQ(get("/tapahtumat?page=2").status, 404);
}

TEST_F(EventPagesTest, TheEventPageShowsItsFactsSeriesAndJsonLd) {
  core::EventInput tampere = event("s1", "Aluetilaisuus Tampere", 14);
  tampere.series = "Kevään aluetilaisuudet";
  tampere.remote = true;
  tampere.description = "## Ohjelma\n\n- **9.00** Aamukahvi\n\n<script>alert(1)</script>\n";
  core::EventInput oulu = event("s2", "Aluetilaisuus Oulu", 21, "Oulu");
  oulu.series = tampere.series;
  save(tampere);
  save(oulu);
  const http::Response page = get("/tapahtumat/aluetilaisuus-tampere");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Aluetilaisuus Tampere</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Kokoustalo, Tampere ja etänä"));
  EXPECT_THAT(page.body, HasSubstr("120 osallistujaa"));
  EXPECT_THAT(page.body, HasSubstr("<h3>Ohjelma</h3>"));
  EXPECT_THAT(page.body, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page.body, HasSubstr("href=\"/tapahtumat/aluetilaisuus-oulu\""));
  EXPECT_THAT(page.body, HasSubstr("(tämä tilaisuus)"));
  EXPECT_THAT(page.body, HasSubstr("/tapahtumat/aluetilaisuus-tampere/kalenteri.ics"));
  const std::string open = "<script type=\"application/ld+json\">";
  const auto at = page.body.find(open);
  ASSERT_NE(at, std::string::npos);
  const auto start = at + open.size();
  const boost::json::value ld =
      boost::json::parse(page.body.substr(start, page.body.find("</script>", start) - start));
  EXPECT_EQ(ld.at("@type").as_string(), "Event");
  EXPECT_EQ(ld.at("startDate").as_string(), text::format_rfc3339_helsinki(tampere.starts_at));
  EXPECT_EQ(ld.at("eventAttendanceMode").as_string(),
            "https://schema.org/MixedEventAttendanceMode");
  EXPECT_EQ(ld.at("location").as_array().at(0).at("name").as_string(), "Kokoustalo");
  EXPECT_EQ(get("/tapahtumat/ei-ole").status, 404);
}

TEST_F(EventPagesTest, TheEventPageShowsItsDetailsButNotTheRemoteLink) {
  core::EventInput hybrid = event("d1", "Gaala", 30);
  hybrid.remote = true;
  hybrid.remote_url = "https://meet.example.fi/salainen";
  hybrid.audience = "Kaikki kuntatyön kehittäjät";
  hybrid.place->accessibility = "Sisäänkäynti ilman portaita <b>pääovelta</b>.";
  hybrid.organiser = core::EventOrganiser{"Ohjelmatiimi", "tori@example.fi", "+358 29 000"};
  hybrid.image = core::EventImage{"/static/images/gaala.jpg", "Gaalan lava"};
  hybrid.programme = {{hybrid.starts_at + 30min, "Tervetuloa", "Juontaja"},
                      {hybrid.starts_at + 2h, "Palkinnot", ""}};
  save(hybrid);
  const http::Response page = get("/tapahtumat/gaala");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Kaikki kuntatyön kehittäjät"));
  EXPECT_THAT(page.body, HasSubstr("Sisäänkäynti ilman portaita &lt;b&gt;pääovelta&lt;/b&gt;."));
  EXPECT_THAT(page.body, HasSubstr("href=\"mailto:tori@example.fi\""));
  EXPECT_THAT(page.body, HasSubstr("<img class=\"event__image\" src=\"/static/images/gaala.jpg\" "
                                   "alt=\"Gaalan lava\">"));
  EXPECT_THAT(page.body, HasSubstr("<h2 id=\"event-programme\" lang=\"fi\">Ohjelma</h2>"));
  const std::string first = programme_time_text(Language::kFi, hybrid, hybrid.starts_at + 30min);
  EXPECT_THAT(first, Not(HasSubstr("klo"))) << "one day: the clock only";
  EXPECT_THAT(page.body, HasSubstr(">" + first +
                                   "</time> <span class=\"programme__title\">"
                                   "Tervetuloa</span> <span class=\"programme__speakers\">– "
                                   "Juontaja</span>"));
  EXPECT_THAT(page.body, Not(HasSubstr("meet.example.fi"))) << "for registrants only";
  EXPECT_THAT(get("/api/v1/events").body, Not(HasSubstr("meet.example.fi")));
  EXPECT_THAT(get("/tapahtumat.ics").body, Not(HasSubstr("meet.example.fi")));
}

TEST_F(EventPagesTest, RegistrationTextsForEveryPhase) {
  core::EventInput input = event("r", "Rekisteröinti", 30);
  input.registration_opens = *text::parse_rfc3339("2027-01-10T09:00:00+02:00");
  input.registration_closes =
      core::RegistrationDeadline{"2027-02-23", *text::end_of_helsinki_day("2027-02-23")};
  input.starts_at = *text::parse_rfc3339("2027-03-02T09:00:00+02:00");
  input.ends_at = input.starts_at + 6h;
  const auto text_at = [&](const char* when) {
    core::Event stored;
    stored.input = input;
    return registration_text(site_.services(), Language::kFi, stored, *text::parse_rfc3339(when));
  };
  EXPECT_EQ(text_at("2027-01-01T12:00:00+02:00"), "Ilmoittautuminen alkaa 10.1.2027 klo 9.00.");
  EXPECT_EQ(text_at("2027-02-23T23:59:00+02:00"), "Ilmoittautuminen on auki 23.2.2027 asti.");
  EXPECT_EQ(text_at("2027-02-24T00:00:00+02:00"), "Ilmoittautuminen on päättynyt.");
  EXPECT_EQ(text_at("2027-03-02T16:00:00+02:00"), "Tapahtuma on päättynyt.");
  input.registration_closes.reset();
  EXPECT_EQ(text_at("2027-02-24T00:00:00+02:00"), "Ilmoittautuminen on auki.");
  EXPECT_EQ(event_time_text(Language::kFi, input), "2.3.2027 klo 9.00–15.00");
}

TEST_F(EventPagesTest, TheCalendarFeedAndTheEventFile) {
  core::EventInput gala = event("g", "Gaala", 20, "Helsinki");
  gala.kind = core::EventKind::kGala;
  save(gala);
  save(event("t", "Tampereella", 10));
  save(event("old", "Kauan sitten", -400));
  const http::Response feed = get("/tapahtumat.ics");
  EXPECT_EQ(feed.status, 200);
  EXPECT_EQ(feed.headers.get("Content-Type").value_or(""), "text/calendar; charset=utf-8");
  EXPECT_THAT(feed.body, HasSubstr("UID:gaala@tori.example.fi"));
  EXPECT_THAT(feed.body, HasSubstr("UID:tampereella@tori.example.fi"));
  EXPECT_THAT(feed.body, Not(HasSubstr("kauan-sitten"))) << "over a year ago";
  EXPECT_THAT(feed.body, HasSubstr("X-WR-CALNAME:Tekojen tori: tapahtumat"));
  EXPECT_THAT(get("/tapahtumat.ics?kind=gala").body, Not(HasSubstr("tampereella")));
  EXPECT_EQ(get("/tapahtumat.ics?kind=juhla").status, 400);
  const http::Response file = get("/tapahtumat/gaala/kalenteri.ics");
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.headers.get("Content-Disposition").value_or(""),
            "attachment; filename=\"gaala.ics\"");
  EXPECT_THAT(file.body, Not(HasSubstr("tampereella")));
  EXPECT_EQ(get("/tapahtumat/ei-ole/kalenteri.ics").status, 404);
}

TEST_F(EventPagesTest, EveryPageInEveryLanguage) {
  save(event("t", "Tampereella", 10));
  EXPECT_THAT(get("/sv/tapahtumat").body, HasSubstr("<h1>Evenemang</h1>"));
  EXPECT_THAT(get("/en/tapahtumat").body, HasSubstr("Regional event"));
  EXPECT_THAT(get("/en/tapahtumat/tampereella").body, HasSubstr("Registration"));
  EXPECT_THAT(get("/sv/tapahtumat.ics").body,
              HasSubstr("URL:https://tori.example.fi/sv/tapahtumat/"));
}

TEST_F(EventPagesTest, TheApiListsEventsWithFiltersAndRefusesBadParameters) {
  core::EventInput gala = event("g", "Gaala", 20, "Helsinki");
  gala.kind = core::EventKind::kGala;
  gala.remote = true;
  save(gala);
  core::EventInput online = event("w", "Webinaari", 5);
  online.place.reset();
  online.capacity.reset();
  online.kind = core::EventKind::kWebinar;
  save(online);
  save(event("old", "Mennyt", -3));
  const http::Response response = get("/api/v1/events");
  ASSERT_EQ(response.status, 200);
  const boost::json::value list = boost::json::parse(response.body);
  EXPECT_EQ(list.at("total").as_int64(), 2);
  const auto& items = list.at("items").as_array();
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0].at("slug").as_string(), "webinaari");
  EXPECT_TRUE(items[0].at("municipality").is_null());
  EXPECT_TRUE(items[0].at("capacity").is_null());
  EXPECT_TRUE(items[0].at("registration_open").as_bool());
  EXPECT_EQ(items[1].at("municipality").as_string(), "Helsinki");
  EXPECT_EQ(items[1].at("capacity").as_int64(), 120);
  EXPECT_EQ(items[1].at("seats_left").as_int64(), 120);
  const std::int64_t gala_id = site_.store().events().find_by_slug("gaala")->id;
  for (const std::string email : {"a@kunta.fi", "b@kunta.fi"}) {
    site_.store().registrations().register_for(
        {gala_id, {"Nimi", email, "", "", {}}, std::nullopt, "digest-" + email}, {},
        store::utc_now());
  }
  EXPECT_EQ(boost::json::parse(get("/api/v1/events").body).at("items").at(1).at("seats_left"), 118)
      << "the seats taken";
  EXPECT_EQ(items[1].at("url").as_string(), "https://tori.example.fi/tapahtumat/gaala");
  EXPECT_EQ(items[1].at("starts_at").as_string(), text::format_rfc3339_helsinki(gala.starts_at));
  EXPECT_EQ(boost::json::parse(get("/api/v1/events?kind=gala").body).at("total").as_int64(), 1);
  EXPECT_EQ(boost::json::parse(get("/api/v1/events?when=past").body).at("total").as_int64(), 1);
  EXPECT_EQ(
      boost::json::parse(get("/api/v1/events?when=all&limit=1").body).at("items").as_array().size(),
      1U);
  EXPECT_EQ(boost::json::parse(get("/api/v1/events?region=uusimaa").body).at("total").as_int64(),
            1);
  for (const char* bad : {"kind=juhla", "region=atlantis", "month=2027-3", "when=soon", "limit=-1",
                          "color=red", "kind=gala&kind=webinar"}) {
    const http::Response refused = get(std::string("/api/v1/events?") + bad);
    EXPECT_EQ(refused.status, 400) << bad;
    EXPECT_THAT(refused.body, HasSubstr("\"invalid_parameter\"")) << bad;
  }
  const boost::json::value document = boost::json::parse(get("/api/v1/openapi.json").body);
  EXPECT_TRUE(document.at("paths").as_object().contains("/events"));
}

TEST_F(EventPagesTest, SeparateCapacitiesShowEachWaysSeats) {
  core::EventInput hybrid = event("h", "Verkostotapaaminen", 8, "Joensuu");
  hybrid.remote = true;
  hybrid.capacity.reset();
  hybrid.on_site_capacity = 2;
  hybrid.remote_capacity = 40;
  save(hybrid);
  const std::int64_t id = site_.store().events().find_by_slug("verkostotapaaminen")->id;
  for (const std::string email : {"a@kunta.fi", "b@kunta.fi"}) {
    store::RegistrationRequest request{id, {"Nimi", email, "", "", {}}, std::nullopt, "d-" + email};
    request.registrant.participation = core::Participation::kOnSite;
    (void)site_.store().registrations().register_for(request, {}, store::utc_now());
  }
  EXPECT_THAT(get("/tapahtumat/verkostotapaaminen").body,
              HasSubstr("Paikan päällä: 2 osallistujaa, täynnä (voit ilmoittautua varasijalle); "
                        "Etänä: 40 osallistujaa, 40 paikkaa jäljellä"));
  EXPECT_THAT(get("/en/tapahtumat/verkostotapaaminen").body,
              HasSubstr("On site: 2 participants, full"));
  const auto item = boost::json::parse(get("/api/v1/events").body).at("items").at(0);
  EXPECT_EQ(item.at("capacity"), 42) << "the sum";
  EXPECT_EQ(item.at("seats_left"), 40);
  EXPECT_EQ(item.at("separate_capacities"),
            boost::json::parse(R"({"on_site": {"capacity": 2, "seats_left": 0},)"
                               R"( "remote": {"capacity": 40, "seats_left": 40}})"));
  hybrid.remote_capacity.reset();
  save(hybrid);
  EXPECT_THAT(get("/tapahtumat/verkostotapaaminen").body, HasSubstr("Etänä: ei rajoitettu"));
  const auto unlimited = boost::json::parse(get("/api/v1/events").body).at("items").at(0);
  EXPECT_TRUE(unlimited.at("capacity").is_null()) << "no limit as a whole";
  EXPECT_TRUE(unlimited.at("separate_capacities").at("remote").at("seats_left").is_null());
}

// Event responses for api_schema_check.py (see ApiTest.WritesSamplesForTheSchemaCheck).
TEST_F(EventPagesTest, WritesSamplesForTheSchemaCheck) {
  const char* dir = std::getenv("TORI_API_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "TORI_API_SAMPLES_DIR not set";
  std::filesystem::create_directories(dir);
  core::EventInput online = event("w", "Webinaari", 5);
  online.place.reset();
  online.capacity.reset();
  save(online);
  save(event("t", "Tampereella", 10));
  core::EventInput hybrid = event("h", "Hybridi", 12);
  hybrid.remote = true;
  hybrid.capacity.reset();
  hybrid.on_site_capacity = 18;
  save(hybrid);
  int number = 100;  // ApiTest's samples count from 1
  for (const char* query : {"", "when=past", "limit=0"}) {
    std::ofstream(std::filesystem::path(dir) / ("EventList." + std::to_string(++number) + ".json"))
        << get(std::string("/api/v1/events?") + query).body;
  }
  std::ofstream(std::filesystem::path(dir) / ("Error." + std::to_string(++number) + ".json"))
      << get("/api/v1/events?kind=juhla").body;
}

}  // namespace
}  // namespace tori::web

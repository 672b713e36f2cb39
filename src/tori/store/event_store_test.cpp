// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the EventStore on both backends: save by external_id (created, unchanged, updated
// with the slug kept), every field back as saved, slugs, listings with filters, series.
#include "tori/store/event_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::EventInput;
using core::EventKind;
using core::TimePoint;

// 2027-03-02 09:00 in Helsinki (UTC+2) and so on.
TimePoint at(int month, int day, int hour_utc) {
  return TimePoint{std::chrono::sys_days{std::chrono::year{2027} / month / day}} +
         std::chrono::hours(hour_utc);
}

EventInput event(std::string external_id, std::string title, TimePoint starts) {
  EventInput input;
  input.external_id = std::move(external_id);
  input.kind = EventKind::kRegionalEvent;
  input.title = std::move(title);
  input.starts_at = starts;
  input.ends_at = starts + 6h;
  input.place = core::EventPlace{"Tampere-talo", "Yliopistonkatu 55, 33100 Tampere", "Tampere"};
  return input;
}

EventInput full_event() {
  EventInput input = event("ev-1", "Aluetilaisuus Tampereella", at(3, 2, 7));
  input.lead = "Kehittämisen päivä.";
  input.description = "## Ohjelma\n\n- **9.00** Aamukahvi\n";
  input.series = "Aluetilaisuudet keväällä 2027";
  input.remote = true;
  input.capacity = 150;
  input.registration_opens = at(1, 16, 7);
  input.registration_closes = core::RegistrationDeadline{"2027-02-23", at(2, 23, 22)};
  input.questions = {
      {"ruokavalio",
       "Erityisruokavalio",
       core::QuestionType::kMulti,
       {"kasvis", "vegaaninen"},
       false},
      {"rooli", "Roolisi", core::QuestionType::kSingle, {"esihenkilö", "HR", "muu"}, true},
      {"toive", "Mitä toivot päivältä?", core::QuestionType::kText, {}, false}};
  input.language = core::ContentLanguage::kFi;
  input.place->accessibility = "Esteetön sisäänkäynti Yliopistonkadulta.\nInduktiosilmukka.";
  input.audience = "Esihenkilöt ja HR";
  input.programme = {{at(3, 2, 7), "Tervetuloa", "Kunnanjohtaja"}, {at(3, 2, 8), "Työpajat", ""}};
  input.remote_url = "https://meet.example.fi/tampere";
  input.organiser = core::EventOrganiser{"Ohjelmatiimi", "tori@example.fi", "+358 29 000"};
  input.image = core::EventImage{"/static/images/tampere.jpg", "Tampere-talon sali"};
  input.consent = "Nimesi näkyy osallistujalistassa.";
  return input;
}

const UtcTime kEventsNow = UtcTime{at(1, 20, 10)};

class EventStoreTest : public test_support::BackendTest {
 protected:
  EventStore& events() { return store_->events(); }
  std::vector<std::string> titles(const EventQuery& query) {
    std::vector<std::string> found;
    for (const core::Event& item : events().list(query).items)
      found.push_back(item.input.title);
    return found;
  }
};
INSTANTIATE_BACKENDS(EventStoreTest);

TEST_P(EventStoreTest, EveryFieldComesBackAsSaved) {
  const EventSaved saved = events().save(full_event(), kEventsNow);
  EXPECT_EQ(saved.outcome, EventSaveOutcome::kCreated);
  EXPECT_EQ(saved.slug, "aluetilaisuus-tampereella");
  const auto found = events().find_by_slug(saved.slug);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, saved.id);
  EXPECT_EQ(found->input, full_event());
  EXPECT_EQ(found->updated_at, std::chrono::time_point_cast<std::chrono::seconds>(kEventsNow));
  EXPECT_EQ(events().find_by_external_id("ev-1")->slug, saved.slug);
  EXPECT_EQ(events().find_by_id(saved.id)->slug, saved.slug);
  EXPECT_FALSE(events().find_by_slug("ei-ole"));
  EXPECT_FALSE(events().find_by_id(saved.id + 1000));

  EventInput remote_only = event("ev-2", "Webinaari", at(4, 1, 10));
  remote_only.place.reset();
  remote_only.kind = EventKind::kWebinar;
  remote_only.remote = true;
  events().save(remote_only, kEventsNow);
  EXPECT_EQ(events().find_by_external_id("ev-2")->input, remote_only) << "no place, no limits";
}

TEST_P(EventStoreTest, SavingAgainChangesNothingAndAnUpdateKeepsTheSlug) {
  const EventSaved first = events().save(full_event(), kEventsNow);
  const auto logged = store_->change_log().last_position();
  const EventSaved again = events().save(full_event(), kEventsNow + 1h);
  EXPECT_EQ(again.outcome, EventSaveOutcome::kUnchanged);
  EXPECT_EQ(store_->change_log().last_position(), logged) << "nothing written";

  EventInput changed = full_event();
  changed.title = "Aluetilaisuus Tampereella (uusi sali)";
  changed.questions.pop_back();
  changed.capacity.reset();
  changed.programme.erase(changed.programme.begin());
  changed.organiser.reset();
  changed.image.reset();
  changed.place->accessibility.clear();
  const EventSaved updated = events().save(changed, kEventsNow + 2h);
  EXPECT_EQ(updated.outcome, EventSaveOutcome::kUpdated);
  EXPECT_EQ(updated.id, first.id);
  EXPECT_EQ(updated.slug, first.slug) << "links keep working";
  EXPECT_EQ(events().find_by_slug(first.slug)->input, changed);
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "event");
  EXPECT_EQ(changes[0].object_id, first.id);
}

TEST_P(EventStoreTest, SlugsAreUniqueAndNeverReserved) {
  EXPECT_EQ(events().save(event("a", "Gaala", at(11, 18, 15)), kEventsNow).slug, "gaala");
  EXPECT_EQ(events().save(event("b", "Gaala", at(11, 19, 15)), kEventsNow).slug, "gaala-2");
  EXPECT_EQ(events().save(event("c", "Haku", at(11, 20, 15)), kEventsNow).slug, "haku-2");
}

TEST_P(EventStoreTest, ListsUpcomingAndPastWithFilters) {
  EventInput past = event("p", "Mennyt", at(1, 10, 7));
  EventInput running = event("r", "Käynnissä", at(1, 20, 7));  // ends 13 UTC, now is 10 UTC
  EventInput march = event("m", "Maaliskuu", at(3, 2, 7));
  EventInput april = event("a", "Huhtikuu", at(4, 1, 7));
  april.kind = EventKind::kWebinar;
  april.place = core::EventPlace{"Kuopion kaupungintalo", "Suokatu 42, Kuopio", "Kuopio"};
  // 1 March 00:30 in Helsinki is still February in UTC: the month is Helsinki's.
  EventInput first_of_march = event("f", "Maaliskuun alku", at(2, 28, 22) + 30min);
  for (const EventInput& input : {past, running, march, april, first_of_march})
    events().save(input, kEventsNow);

  EXPECT_EQ(titles({.now = kEventsNow}),
            (std::vector<std::string>{"Käynnissä", "Maaliskuun alku", "Maaliskuu", "Huhtikuu"}));
  EXPECT_EQ(titles({.when = EventQuery::When::kPast, .now = kEventsNow}),
            std::vector<std::string>{"Mennyt"});
  EXPECT_EQ(titles({.now = kEventsNow, .kind = EventKind::kWebinar}),
            std::vector<std::string>{"Huhtikuu"});
  EXPECT_EQ(titles({.now = kEventsNow, .municipalities = {"Kuopio", "Oulu"}}),
            std::vector<std::string>{"Huhtikuu"});
  EXPECT_EQ(titles({.when = EventQuery::When::kAll, .now = kEventsNow, .month = "2027-03"}),
            (std::vector<std::string>{"Maaliskuun alku", "Maaliskuu"}));
  EXPECT_TRUE(
      titles({.when = EventQuery::When::kAll, .now = kEventsNow, .month = "2027-13"}).empty());
  const EventPage page = events().list({.now = kEventsNow, .limit = 2, .offset = 1});
  EXPECT_EQ(page.total, 4);
  ASSERT_EQ(page.items.size(), 2U);
  EXPECT_EQ(page.items[0].input.title, "Maaliskuun alku");
}

TEST_P(EventStoreTest, ASeriesListsItsEventsByStartAndAllIsByExternalId) {
  EventInput oulu = event("ev-3", "Aluetilaisuus Oulussa", at(3, 16, 7));
  EventInput helsinki = event("ev-2", "Aluetilaisuus Helsingissä", at(3, 9, 7));
  oulu.series = helsinki.series = "Aluetilaisuudet keväällä 2027";
  events().save(oulu, kEventsNow);
  events().save(helsinki, kEventsNow);
  events().save(event("ev-1", "Gaala", at(11, 18, 15)), kEventsNow);
  const auto series = events().in_series("Aluetilaisuudet keväällä 2027");
  ASSERT_EQ(series.size(), 2U);
  EXPECT_EQ(series[0].input.title, "Aluetilaisuus Helsingissä");
  EXPECT_TRUE(events().in_series("").empty());
  const auto all = events().all();
  ASSERT_EQ(all.size(), 3U);
  EXPECT_EQ(all[0].input.external_id, "ev-1");
  EXPECT_EQ(all[2].input.external_id, "ev-3");
}

}  // namespace
}  // namespace tori::store

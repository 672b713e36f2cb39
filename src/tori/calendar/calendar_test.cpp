// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of ics_calendar: parsed back with libical; Helsinki local times with TZID across both
// daylight saving changes; every property of an event; texts that need escaping and folding.
#include "tori/calendar/calendar.hpp"

#include <libical/ical.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "tori/text/time_format.hpp"

namespace tori::calendar {
namespace {

core::Event event(std::string slug, const char* starts, const char* ends) {
  core::Event event;
  event.slug = std::move(slug);
  event.input.title = "Aluetilaisuus " + event.slug;
  event.input.kind = core::EventKind::kRegionalEvent;
  event.input.starts_at = *text::parse_rfc3339(starts);
  event.input.ends_at = *text::parse_rfc3339(ends);
  event.input.place = core::EventPlace{"Tampere-talo", "Yliopistonkatu 55", "Tampere"};
  return event;
}

const IcsOptions kOptions{.site_url = "https://tori.example.fi",
                          .name = "Tekojen tori: tapahtumat",
                          .now = *text::parse_rfc3339("2027-01-10T08:00:00Z")};

struct Parsed {
  explicit Parsed(const std::string& text) : calendar(icalparser_parse_string(text.c_str())) {}
  ~Parsed() { icalcomponent_free(calendar); }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;
  std::vector<icalcomponent*> events() const {
    std::vector<icalcomponent*> found;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         c != nullptr; c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      found.push_back(c);
    }
    return found;
  }
  icalcomponent* calendar;
};

std::string property_text(icalcomponent* component, icalproperty_kind kind) {
  icalproperty* property = icalcomponent_get_first_property(component, kind);
  return property == nullptr ? "" : icalproperty_get_value_as_string(property);
}

TEST(IcsCalendar, LocalHelsinkiTimesAcrossBothDaylightSavingChanges) {
  // The last Sundays of March and October 2027: +02:00 before and after winter, +03:00 summer.
  const std::string ics =
      ics_calendar({event("maaliskuu", "2027-03-28T09:00:00+03:00", "2027-03-28T15:00:00+03:00"),
                    event("lokakuu", "2027-10-31T09:00:00+02:00", "2027-10-31T12:30:00+02:00")},
                   kOptions);
  EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/Helsinki:20270328T090000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Europe/Helsinki:20270328T150000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/Helsinki:20271031T090000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Europe/Helsinki:20271031T123000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20270110T080000Z\r\n"), std::string::npos);
  const Parsed parsed(ics);
  ASSERT_NE(parsed.calendar, nullptr);
  const auto events = parsed.events();
  ASSERT_EQ(events.size(), 2U);
  icaltimezone* zone = icaltimezone_get_builtin_timezone("Europe/Helsinki");
  const icaltimetype start = icalcomponent_get_dtstart(events[0]);
  EXPECT_EQ(icaltime_as_timet_with_zone(start, zone),
            text::parse_rfc3339("2027-03-28T06:00:00Z")->time_since_epoch().count());
}

TEST(IcsCalendar, EveryPropertyOfAnEvent) {
  core::Event remote = event("webinaari", "2027-01-20T13:00:00+02:00", "2027-01-20T14:30:00+02:00");
  remote.input.place.reset();
  remote.input.kind = core::EventKind::kWebinar;
  remote.input.lead = "Lyhyt kuvaus; pilkku, kenoviiva \\ ja rivi\nvaihto.";
  remote.input.title = std::string(60, 'a') + " – pitkä otsikko, jonka rivi taittuu äöå";
  const std::string ics = ics_calendar({remote}, kOptions);
  const Parsed parsed(ics);
  ASSERT_EQ(parsed.events().size(), 1U);
  icalcomponent* vevent = parsed.events()[0];
  EXPECT_EQ(property_text(vevent, ICAL_UID_PROPERTY), "webinaari@tori.example.fi");
  EXPECT_EQ(
      icalproperty_get_summary(icalcomponent_get_first_property(vevent, ICAL_SUMMARY_PROPERTY)),
      remote.input.title)
      << "the comma comes back unescaped";
  EXPECT_EQ(icalproperty_get_description(
                icalcomponent_get_first_property(vevent, ICAL_DESCRIPTION_PROPERTY)),
            remote.input.lead + "\n\nhttps://tori.example.fi/tapahtumat/webinaari");
  EXPECT_EQ(property_text(vevent, ICAL_LOCATION_PROPERTY), "Etätilaisuus");
  EXPECT_EQ(property_text(vevent, ICAL_URL_PROPERTY),
            "https://tori.example.fi/tapahtumat/webinaari");
  EXPECT_EQ(property_text(vevent, ICAL_CATEGORIES_PROPERTY), "webinar");
  EXPECT_EQ(property_text(vevent, ICAL_STATUS_PROPERTY), "CONFIRMED");
  EXPECT_NE(ics.find("X-WR-CALNAME:Tekojen tori: tapahtumat"), std::string::npos);
  for (std::size_t start = 0, end; (end = ics.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    EXPECT_LE(end - start, 75U) << "a line longer than 75 octets: "
                                << ics.substr(start, end - start);
  }
}

TEST(IcsCalendar, ACancelledOrChangedEventUpdatesTheEntryByStatusAndSequence) {
  core::Event gala = event("gaala", "2027-03-28T18:00:00+03:00", "2027-03-28T22:00:00+03:00");
  gala.updated_at = *text::parse_rfc3339("2024-01-01T01:00:00Z");
  const Parsed before(ics_calendar({gala}, kOptions));
  gala.cancelled_at = *text::parse_rfc3339("2024-01-02T00:00:00Z");
  const Parsed after(ics_calendar({gala}, kOptions));
  const auto sequence = [](const Parsed& parsed) {
    return icalproperty_get_sequence(
        icalcomponent_get_first_property(parsed.events()[0], ICAL_SEQUENCE_PROPERTY));
  };
  EXPECT_EQ(sequence(before), 60);
  EXPECT_EQ(sequence(after), 24 * 60);
  EXPECT_EQ(property_text(after.events()[0], ICAL_STATUS_PROPERTY), "CANCELLED");
  EXPECT_EQ(property_text(after.events()[0], ICAL_UID_PROPERTY), "gaala@tori.example.fi")
      << "the same entry";
}

TEST(IcsCalendar, APlaceIsNameAddressAndMunicipalityOnce) {
  core::Event placed = event("tampere", "2027-03-02T09:00:00+02:00", "2027-03-02T15:00:00+02:00");
  placed.input.place->address = "Yliopistonkatu 55, 33100 Tampere";  // names the town already
  const Parsed parsed(ics_calendar({placed}, kOptions));
  EXPECT_EQ(icalproperty_get_location(
                icalcomponent_get_first_property(parsed.events()[0], ICAL_LOCATION_PROPERTY)),
            std::string("Tampere-talo, Yliopistonkatu 55, 33100 Tampere"));
  const Parsed empty(ics_calendar({}, kOptions));
  EXPECT_TRUE(empty.events().empty());
}

// Writes a calendar for ics_check.py (another parser, Python's icalendar), which runs this test
// with TORI_ICS_SAMPLE set to the file to write; skipped otherwise.
TEST(IcsCalendar, WritesASampleForThePythonCheck) {
  const char* file = std::getenv("TORI_ICS_SAMPLE");
  if (file == nullptr) GTEST_SKIP() << "TORI_ICS_SAMPLE not set";
  core::Event hybrid = event("maaliskuu", "2027-03-28T09:00:00+03:00", "2027-03-28T15:00:00+03:00");
  hybrid.input.lead = "Kevään viimeinen aluetilaisuus; mukana myös etänä, \\ ja \"lainaus\".";
  core::Event remote = event("lokakuu", "2027-10-31T09:00:00+02:00", "2027-10-31T12:30:00+02:00");
  remote.input.place.reset();
  std::ofstream(file, std::ios::binary) << ics_calendar({hybrid, remote}, kOptions);
}

}  // namespace
}  // namespace tori::calendar

// SPDX-License-Identifier: AGPL-3.0-or-later
// Event texts for the pages: kind labels, time spans, places and the registration state.
#include "tori/web/event_text.hpp"

#include "tori/text/time_format.hpp"
#include "tori/web/labels.hpp"

namespace tori::web {
namespace {

// The clock part of format_date_time ("2.3.2027 klo 15.30" → "15.30").
std::string clock_of(const std::string& date_time) {
  return date_time.substr(date_time.rfind(' ') + 1);
}

// A deadline as the reader knows it: the date alone when it was given as a date.
std::string deadline_text(text::Language language, const core::RegistrationDeadline& closes) {
  if (!closes.date.empty()) {
    return text::format_date(closes.at - std::chrono::seconds(1), language);
  }
  return text::format_date_time(closes.at, language);
}

}  // namespace

std::string programme_time_text(text::Language language, const core::EventInput& event,
                                core::TimePoint starts_at) {
  const std::string at = text::format_date_time(starts_at, language);
  const bool one_day =
      text::format_date(event.starts_at, language) == text::format_date(event.ends_at, language);
  return one_day ? clock_of(at) : at;
}

std::string event_kind_label(const Services& services, text::Language language,
                             core::EventKind kind) {
  return services.catalogue.text(language, "events.kind." + std::string{core::to_string(kind)});
}

std::string participation_label(const Services& services, text::Language language,
                                core::Participation participation) {
  return services.catalogue.text(
      language, "events.participation." + std::string{core::to_string(participation)});
}

std::string event_time_text(text::Language language, const core::EventInput& event) {
  const std::string start = text::format_date_time(event.starts_at, language);
  const std::string end = text::format_date_time(event.ends_at, language);
  if (text::format_date(event.starts_at, language) == text::format_date(event.ends_at, language)) {
    return start + "–" + clock_of(end);
  }
  return start + " – " + end;
}

std::string event_place_text(const Services& services, text::Language language,
                             const core::EventInput& event) {
  if (!event.place) return services.catalogue.text(language, "events.remote_only");
  std::string text = event.place->name;
  if (const core::Municipality* municipality =
          services.finland.municipality_by_name(event.place->municipality)) {
    text += ", " + municipality_name(services, language, municipality->code, municipality->name_fi);
  }
  if (event.remote) text += " " + services.catalogue.text(language, "events.and_remote");
  return text;
}

std::string registration_text(const Services& services, text::Language language,
                              const core::Event& stored, core::TimePoint now) {
  const text::Catalogue& catalogue = services.catalogue;
  if (stored.cancelled()) return catalogue.text(language, "events.registration.event_cancelled");
  const core::EventInput& event = stored.input;
  if (now >= event.ends_at) return catalogue.text(language, "events.registration.event_over");
  switch (core::registration_phase(event, now)) {
    case core::RegistrationPhase::kNotYetOpen:
      return catalogue.format(
          language, "events.registration.opens",
          {{"when", text::format_date_time(*event.registration_opens, language)}});
    case core::RegistrationPhase::kOpen:
      if (!event.registration_closes) return catalogue.text(language, "events.registration.open");
      return catalogue.format(language, "events.registration.open_until",
                              {{"when", deadline_text(language, *event.registration_closes)}});
    case core::RegistrationPhase::kClosed:
      break;
  }
  return catalogue.text(language, "events.registration.closed");
}

}  // namespace tori::web

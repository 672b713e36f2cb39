// SPDX-License-Identifier: AGPL-3.0-or-later
// Validation of an event's details: audience, programme, the place's accessibility, the remote
// link, the organiser, the image and the consent text (part of validate_event_input).
#include "tori/core/event_details.hpp"

#include "tori/core/email.hpp"

namespace tori::core {
namespace {

constexpr TextRule kOneLine{false, kMaxShortTextLength, Lines::kOne};

// Whether `url` is an https:// address without spaces or control characters.
bool is_https_url(std::string_view url) {
  return url.starts_with("https://") && url.size() > 8 &&
         url.find_first_of(" \t\r\n\"<>") == std::string_view::npos;
}

// A path on this site ("/static/…"): starts with one slash, no spaces, quotes or brackets.
bool is_site_path(std::string_view path) {
  return path.starts_with('/') && !path.starts_with("//") &&
         path.find_first_of(" \t\r\n\"'<>\\") == std::string_view::npos;
}

void check_programme(FieldChecker& check, const EventInput& input) {
  if (input.programme.size() > kMaxProgrammeItems) {
    check.add("programme", "at most " + std::to_string(kMaxProgrammeItems) + " programme items");
  }
  for (std::size_t i = 0; i < input.programme.size(); ++i) {
    const ProgrammeItem& item = input.programme[i];
    const std::string field = "programme[" + std::to_string(i) + "]";
    check.text(field + ".title", item.title, {true, kMaxShortTextLength, Lines::kOne});
    check.text(field + ".speakers", item.speakers, kOneLine);
    if (item.starts_at < input.starts_at || item.starts_at > input.ends_at) {
      check.add(field + ".starts_at", field + ".starts_at is not within the event");
    }
  }
}

void check_contact(FieldChecker& check, const std::optional<EventOrganiser>& organiser) {
  if (!organiser) return;
  check.text("organiser.name", organiser->name, {true, kMaxShortTextLength, Lines::kOne});
  if (check.text("organiser.email", organiser->email, kOneLine) && !organiser->email.empty() &&
      !is_plausible_email(organiser->email)) {
    check.add("organiser.email", "organiser.email is not an e-mail address");
  }
  check.text("organiser.phone", organiser->phone, {false, kMaxPhoneLength, Lines::kOne});
}

void check_image(FieldChecker& check, const std::optional<EventImage>& image) {
  if (!image) return;
  if (check.text("image.path", image->path, {true, kMaxEventLinkLength, Lines::kOne}) &&
      !is_site_path(image->path)) {
    check.add("image.path", "image.path must be a path on this site (/static/…)");
  }
  check.text("image.alt", image->alt, {true, kMaxAltLength, Lines::kOne});
}

}  // namespace

void check_event_details(FieldChecker& check, const EventInput& input) {
  check.text("audience", input.audience, {false, kMaxLeadLength, Lines::kMany});
  check_programme(check, input);
  if (input.place) {
    check.text("place.accessibility", input.place->accessibility,
               {false, kMaxAccessibilityLength, Lines::kMany});
  }
  if (check.text("remote_url", input.remote_url, {false, kMaxEventLinkLength, Lines::kOne}) &&
      !input.remote_url.empty()) {
    if (!is_https_url(input.remote_url)) {
      check.add("remote_url", "remote_url must be an https:// address");
    } else if (!input.remote && input.place) {
      check.add("remote_url", "remote_url is given but the event has no remote participation");
    }
  }
  check_contact(check, input.organiser);
  check_image(check, input.image);
  check.text("consent", input.consent, {false, kMaxConsentLength, Lines::kMany});
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// Registration mail (confirmed, waiting, offered, already registered) and the manage link.
#include "tori/web/registration/registration_mail.hpp"

#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/mail/message.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/event_pages.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;

// Which mail a registration gets after a change.
std::string_view mail_kind(const store::Registration& registration) {
  if (registration.status == RegistrationStatus::kOffered) return "registration_offered";
  if (registration.updated_at > registration.registered_at) return "registration_again";
  if (registration.status == RegistrationStatus::kWaiting) return "registration_waiting";
  return "registration_confirmed";
}

// Where the person takes part: the event's place, or for a hybrid event the way they chose (the
// place alone, or "etänä").
std::string place_of(const Services& services, text::Language language, const core::Event& event,
                     const store::Registration& registration) {
  if (core::participation_modes(event.input).size() < 2) {
    return event_place_text(services, language, event.input);
  }
  if (core::participation_of(registration.registrant, event.input) ==
      core::Participation::kRemote) {
    return services.catalogue.text(language, "events.remote_place");
  }
  core::EventInput on_site = event.input;
  on_site.remote = false;
  return event_place_text(services, language, on_site);
}

text::MessageArguments mail_arguments(const Services& services, text::Language language,
                                      const core::Event& event,
                                      const store::Registration& registration) {
  const std::string link = absolute_url(
      services.site,
      manage_path(language, manage_token(services.accounts->secret_key, registration)));
  text::MessageArguments arguments{
      {"name", registration.registrant.name},
      {"event", event.input.title},
      {"time", event_time_text(language, event.input)},
      {"place", place_of(services, language, event, registration)},
      {"status",
       services.catalogue.text(
           language, "registration.status." + std::string{core::to_string(registration.status)})},
      {"link", link},
      {"remote_url", event.input.remote_url}};
  if (registration.offer_expires_at) {
    arguments.emplace_back(
        "until", text::format_date_time(std::chrono::time_point_cast<std::chrono::seconds>(
                                            *registration.offer_expires_at),
                                        language));
  }
  return arguments;
}

// The message of `kind` to the person of `registration` in their language, with `extra`
// arguments; the event as an .ics attachment while they hold a seat (unless `calendar` is false).
store::OutgoingMail built_mail(const Services& services, const core::Event& event,
                               const store::Registration& registration, std::string_view kind,
                               const MailExtra& extra = {}, bool calendar = true) {
  const text::Language language = page_language(registration.language);
  text::MessageArguments arguments = mail_arguments(services, language, event, registration);
  for (const auto& [name, value] : extra)
    arguments.emplace_back(name, value);
  mail::MailContent content = mail_content(services, language, kind, registration.registrant.email,
                                           registration.registrant.name, arguments);
  if (calendar && registration.status == RegistrationStatus::kConfirmed) {
    content.attachments.push_back({event.slug + ".ics", "text/calendar",
                                   event_ics(services, language, {event}, event.input.title)});
  }
  return {registration.registrant.email,
          mail::build_message(content, std::chrono::system_clock::now())};
}

}  // namespace

std::string manage_token(const auth::SecretKey& key, std::int64_t event_id, std::string_view email,
                         store::UtcTime registered_at) {
  return auth::keyed_hash(key, "registration-manage\n" + std::to_string(event_id) + "\n" +
                                   core::email_key(std::string{email}) + "\n" +
                                   store::format_utc(registered_at));
}

std::string manage_token(const auth::SecretKey& key, const store::Registration& registration) {
  return manage_token(key, registration.event_id, registration.registrant.email,
                      registration.registered_at);
}

std::string manage_path(text::Language language, std::string_view token) {
  return localised_path(language, "/ilmoittautuminen/" + std::string{token});
}

store::RegistrationMail registration_mail(const Services& services, const core::Event& event) {
  return [&services, event](const store::Registration& registration) {
    return std::optional{built_mail(services, event, registration, mail_kind(registration))};
  };
}

store::RegistrationMail registration_mail(const Services& services, const core::Event& event,
                                          std::string_view kind) {
  return [&services, event, kind = std::string{kind}](const store::Registration& registration) {
    return std::optional{built_mail(services, event, registration, kind)};
  };
}

store::RegistrationMail notice_mail(const Services& services, const core::Event& event,
                                    std::string_view kind, MailExtra extra, bool calendar) {
  return [&services, event, kind = std::string{kind}, extra = std::move(extra),
          calendar](const store::Registration& registration) {
    return std::optional{built_mail(services, event, registration, kind, extra, calendar)};
  };
}

store::RegistrationMail change_mail(const Services& services, EventsById events) {
  return [&services, events = std::move(events)](
             const store::Registration& registration) -> std::optional<store::OutgoingMail> {
    const auto event = events.find(registration.event_id);
    if (event == events.end()) return std::nullopt;
    return built_mail(services, event->second, registration, "registration_event_changed");
  };
}

store::RegistrationMail remote_link_mail(const Services& services, EventsById events) {
  return [&services, events = std::move(events)](
             const store::Registration& registration) -> std::optional<store::OutgoingMail> {
    const auto event = events.find(registration.event_id);
    if (event == events.end()) return std::nullopt;
    return built_mail(services, event->second, registration, "registration_remote_link", {}, false);
  };
}

store::RegistrationMail registration_mail(const Services& services, EventsById events) {
  return [&services, events = std::move(events)](
             const store::Registration& registration) -> std::optional<store::OutgoingMail> {
    const auto event = events.find(registration.event_id);
    if (event == events.end()) return std::nullopt;
    return built_mail(services, event->second, registration, mail_kind(registration));
  };
}

store::RegistrationMail reminder_mail(const Services& services, EventsById events) {
  return [&services, events = std::move(events)](
             const store::Registration& registration) -> std::optional<store::OutgoingMail> {
    const auto event = events.find(registration.event_id);
    if (event == events.end()) return std::nullopt;
    return built_mail(services, event->second, registration, "registration_reminder");
  };
}

store::OfferPolicy offer_policy(const Services& services, const core::Event& event) {
  return {services.accounts->offer_valid_for, registration_mail(services, event)};
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// What a registration mails and the personal manage link it carries. The link's token is derived
// from the site key, the event, the address and the time of registering, so every later mail
// (an offer, a reminder) can carry the same link although the store keeps only its digest.
//
//   const std::string token = manage_token(key, event.id, email, now);
//   request.manage_digest = auth::token_digest(token);
//   store.registrations().register_for(request, registration_mail(services, event), now);
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/auth/secret_key.hpp"
#include "tori/core/event.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The manage link's token of the registration of `email` for `event_id` made at
// `registered_at` (43 characters, base64url; the same for the same three).
[[nodiscard]] std::string manage_token(const auth::SecretKey& key, std::int64_t event_id,
                                       std::string_view email, store::UtcTime registered_at);
[[nodiscard]] std::string manage_token(const auth::SecretKey& key,
                                       const store::Registration& registration);

// "/ilmoittautuminen/<token>" in `language`.
[[nodiscard]] std::string manage_path(text::Language language, std::string_view token);

// The mail of a registration as it stands after a change, in the registration's language:
// confirmed (with the event as an .ics attachment), on the waiting list, offered a freed seat
// (until when), or — when it was made earlier than this change — "you were already registered".
// Each carries the manage link. REQUIRES: services.accounts.
[[nodiscard]] store::RegistrationMail registration_mail(const Services& services,
                                                        const core::Event& event);

// The mail "mail.<kind>" about `event` whatever the change ("registration_confirmed" when the
// staff give a seat, "registration_cancelled" when they cancel).
[[nodiscard]] store::RegistrationMail registration_mail(const Services& services,
                                                        const core::Event& event,
                                                        std::string_view kind);

// Arguments a notice adds to those of every registration mail ({name}, {event}, {time},
// {place}, {status}, {link}, {until}): {note}, {subject}, {message}.
using MailExtra = std::vector<std::pair<std::string, std::string>>;
// The mail "mail.<kind>" about `event` with `extra` arguments: the event cancelled (the .ics then
// says CANCELLED), a message from the staff (`calendar` false: no .ics).
[[nodiscard]] store::RegistrationMail notice_mail(const Services& services,
                                                  const core::Event& event, std::string_view kind,
                                                  MailExtra extra, bool calendar = true);

// Events by id, for mail about registrations of several events (the worker's offers and
// reminders).
using EventsById = std::map<std::int64_t, core::Event>;
// registration_mail for the event of each registration among `events` (none: no mail).
[[nodiscard]] store::RegistrationMail registration_mail(const Services& services,
                                                        EventsById events);
// The event's new time or place ("mail.registration_event_changed"), with the .ics.
[[nodiscard]] store::RegistrationMail change_mail(const Services& services, EventsById events);
// The remote meeting link shortly before the event ("mail.registration_remote_link").
[[nodiscard]] store::RegistrationMail remote_link_mail(const Services& services, EventsById events);
// The reminder before the event ("mail.registration_reminder"), with the .ics.
[[nodiscard]] store::RegistrationMail reminder_mail(const Services& services, EventsById events);

// How freed seats of `event` are offered: for the configured time, with the offer mail.
[[nodiscard]] store::OfferPolicy offer_policy(const Services& services, const core::Event& event);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Registering for an event: the form /tapahtumat/{slug}/ilmoittaudu (name, e-mail, organisation,
// title, the event's questions; a honeypot field, a rate limit per address, one registration for
// a re-sent form), its "check your mail" page, and the personal manage page
// /ilmoittautuminen/{token} (change details and answers, cancel, take an offered seat).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/core/registration.hpp"
#include "tori/http/form.hpp"
#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

// In all three languages (/sv/tapahtumat/…/ilmoittaudu, …).
void add_registration_routes(http::Router& router, const Services& services);

// Parts of add_registration_routes: the form (registration_form.cpp) and the manage page
// (registration_manage.cpp).
void add_registration_form_routes(http::Router& router, const Services& services);
void add_registration_manage_routes(http::Router& router, const Services& services);
// The staff's table and downloads (staff_registration_pages.cpp) and the check-in page
// (check_in_page.cpp).
void add_staff_registration_routes(http::Router& router, const Services& services);
void add_check_in_routes(http::Router& router, const Services& services);
// The message to an event's registrants and cancelling the event (event_notice_pages.cpp).
void add_event_notice_routes(http::Router& router, const Services& services);
// The editor visitor and the event {slug} of a staff page, or the answer instead (the log-in
// redirect, 403, 404).
struct StaffEvent {
  Visitor visitor;
  std::optional<core::Event> event;
  std::optional<http::Response> refusal;
};
[[nodiscard]] StaffEvent staff_event(const http::Request& request, const Services& services,
                                     Language language);

// Whether a part of the name, organisation or address is `search`, in any case ("" matches all).
[[nodiscard]] bool registrant_matches(const store::Registration& registration,
                                      std::string_view search);
// SLUG, EVENT_TITLE, LANG (the event's language) and EVENT_TIME of a staff page's heading.
void fill_event_heading(ctemplate::TemplateDictionary& body, Language language,
                        const core::Event& event);

// Shared by the form and the manage page (registration_fields.cpp).

// The registrant's details and answers as posted; the address from `email` (the manage page
// passes the stored one).
[[nodiscard]] core::RegistrantInput read_registrant(const http::Form& form,
                                                    const core::EventInput& event,
                                                    std::string email);
// validate_registrant's findings as messages beside the fields ("registration-<field>").
[[nodiscard]] FormErrors registrant_errors(const Services& services, Language language,
                                           const core::RegistrantInput& input,
                                           const core::EventInput& event);
// NAME, EMAIL, ORGANISATION, TITLE and a QUESTION section per question (TEXT, SINGLE or MULTI
// with CHOICE items, CHECKED where answered, Q_ERROR when `errors` has one).
void fill_registrant(ctemplate::TemplateDictionary& body, const core::RegistrantInput& input,
                     const core::EventInput& event, const FormErrors& errors);

// How a registrant of a hybrid event takes part, as the form shows it: a choice (with each way's
// seats left when the event has separate capacities), or the way taken, fixed (the manage page
// of an event whose seats depend on it).
struct ParticipationChoice {
  const core::EventInput& event;
  std::optional<core::Participation> chosen;
  store::SeatCount seats{};
  bool fixed = false;
};
// The section PARTICIPATION (only for an event offering both ways): CHOOSE with MODE items
// (VALUE, LABEL, CHECKED, SEATS with TEXT), or FIXED with CHOSEN; PARTICIPATION_ERROR.
void fill_participation(ctemplate::TemplateDictionary& fields, const Services& services,
                        Language language, const ParticipationChoice& choice,
                        const FormErrors& errors);

}  // namespace tori::web

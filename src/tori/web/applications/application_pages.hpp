// SPDX-License-Identifier: AGPL-3.0-or-later
// Applications for the programme's services: the public form /hakemus/{type} (contact person,
// organisation, size, what to develop, preferred months, the type's questions; a honeypot field,
// a rate limit per address, one application for a re-sent form; closed after the deadline), its
// "check your mail" page, /tyopajat (the in-house workshops: open until when, the summaries of
// held ones with their practices), and the editors' /toimitus/hakemukset (decide, schedule as an
// event, publish the summary, change deadlines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tori/core/application.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/store/application_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

// All of the above in fi, sv (/sv/…) and en (/en/…).
void add_application_routes(http::Router& router, const Services& services);

// Parts of add_application_routes: the form (application_form.cpp), /tyopajat
// (workshops_page.cpp) and the editors' pages (staff_application_pages.cpp,
// application_decisions.cpp).
void add_application_form_routes(http::Router& router, const Services& services);
void add_workshops_routes(http::Router& router, const Services& services);
void add_staff_application_routes(http::Router& router, const Services& services);

// The front page's notice of the workshop applications: the section WORKSHOPS with WORKSHOPS_TEXT
// ("Haku on auki 31.3.2027 asti." or "Haku päättyi 31.3.2027.").
void fill_workshop_notice(ctemplate::TemplateDictionary& body, const Services& services,
                          Language language);

// "31.3.2027" ("31 March 2027" in English) of a deadline's Helsinki day.
[[nodiscard]] std::string deadline_day_text(const core::RegistrationDeadline& deadline,
                                            Language language);
// "Applications open until 31.3.2027." / "Applications closed on 31.3.2027." / "… open." for
// `type` at now.
[[nodiscard]] std::string application_window_text(const Services& services, Language language,
                                                  const core::ServiceType& type);

// Shared by the form and the editors' page (application_fields.cpp).

// The application as posted (staff size 0 when not a number, months 1–12 as ticked).
[[nodiscard]] core::ApplicationInput read_application(const http::Form& form,
                                                      const core::ServiceType& type);
// validate_application's findings as messages beside the fields ("application-<field>").
[[nodiscard]] FormErrors application_errors(const Services& services, Language language,
                                            const core::ApplicationInput& input,
                                            const core::ServiceType& type);
// CONTACT_NAME, EMAIL, PHONE, ORGANISATION, STAFF_SIZE, DEVELOPMENT, MONTH items (N, LABEL,
// CHECKED) and a QUESTION section per question of `type` (as registration_fields.tpl has them).
void fill_application(ctemplate::TemplateDictionary& body, const Services& services,
                      Language language, const core::ApplicationInput& input,
                      const core::ServiceType& type, const FormErrors& errors);
// The month names of `months` in `language`, comma-separated.
[[nodiscard]] std::string months_text(const Services& services, Language language,
                                      const std::vector<int>& months);
// The confirmation mail of an application in its language ("mail.application_received").
[[nodiscard]] store::ApplicationMail application_mail(const Services& services,
                                                      const core::ServiceType& type);

}  // namespace tori::web

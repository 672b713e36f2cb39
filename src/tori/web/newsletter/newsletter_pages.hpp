// SPDX-License-Identifier: AGPL-3.0-or-later
// Subscribing to the newsletter without an account, in fi, sv (/sv/…) and en (/en/…):
// /uutiskirje (the form; its POST mails a confirmation link and answers the same "check your
// mail" whoever the address is), /uutiskirje/vahvista/{token} (GET shows a button, POST
// confirms and mails the welcome), /uutiskirje/tilaus/{token} (the subscription: language and
// topics, and an unsubscribe button) and /uutiskirje/peru/{token} (GET shows a button; POST
// unsubscribes with no session and no CSRF token: RFC 8058 one-click, DESIGN §7).
//
//   add_newsletter_routes(router, services);
//   fill_subscribe_form(page.body(), services, language, visitor);  // a form on another page
//   fill_newsletter_popup(page.frame(), services, language);        // render_page does this
#pragma once

#include <string>
#include <vector>

#include "tori/http/router.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

void add_newsletter_routes(http::Router& router, const Services& services);
void add_newsletter_link_routes(http::Router& router, const Services& services);
// The editors' issues: /toimitus/uutiskirjeet and below (issue_editor.cpp, issue_sending.cpp).
void add_newsletter_editor_routes(http::Router& router, const Services& services);
// The public archive: /uutiskirje/arkisto and /uutiskirje/arkisto/{kirje}.
void add_newsletter_archive_routes(http::Router& router, const Services& services);

// What the subscribe form holds (as posted, for showing it again).
struct SubscribeFormView {
  std::string email;
  std::string name;
  std::string organisation;
  std::string language;  // "" → the page's
  std::vector<std::string> topics;
  FormErrors errors;
};

// Includes newsletter_form.tpl as SUBSCRIBE_FORM into `body` (posting to /uutiskirje in
// `language`), so any page or a later pop-up can carry the same form.
void fill_subscribe_form(ctemplate::TemplateDictionary& body, const Services& services,
                         Language language, const Visitor& visitor,
                         const SubscribeFormView& view = {});

// The language choices (LANGUAGE: VALUE, LABEL, SELECTED) and the topic checkboxes (TOPIC: ID,
// VALUE, LABEL, CHECKED) of a form, the ids prefixed with `form_id`.
void fill_newsletter_choices(ctemplate::TemplateDictionary& form, const Services& services,
                             Language language, std::string_view form_id,
                             std::string_view chosen_language,
                             const std::vector<std::string>& topics);

// Includes newsletter_popup.tpl as NEWSLETTER_POPUP into the frame `frame`: the closed dialog
// ("Jätä yhteystietosi…") with the e-mail field, the page's language and every topic, posting to
// /uutiskirje in `language`, and its script. Without a CSRF token, so cached pages may carry it.
// Nothing when subscribing is off (no account services).
void fill_newsletter_popup(ctemplate::TemplateDictionary& frame, const Services& services,
                           Language language);

}  // namespace tori::web

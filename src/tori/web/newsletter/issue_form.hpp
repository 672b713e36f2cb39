// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to newsletter/: the editors' newsletter form, read from a posted form, checked by
// core::validate_newsletter_input, and shown with its errors beside the fields.
#pragma once

#include "tori/core/newsletter_issue.hpp"
#include "tori/http/form.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The typed values (topics and blocks as ticked, unknown ones dropped).
[[nodiscard]] core::NewsletterInput read_issue_form(const http::Form& form);

// The problems of `input` as the form shows them (texts in `language`), beside the inputs
// slug, subject, body, language, topics and blocks.
[[nodiscard]] FormErrors check_issue_form(const Services& services, text::Language language,
                                          const core::NewsletterInput& input);

// The inputs: SUBJECT, BODY, the sections LANGUAGE_OPTION (CODE, NAME, SELECTED), TOPIC and
// BLOCK (VALUE, LABEL, CHECKED), and their errors.
void fill_issue_form(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, const core::NewsletterInput& input,
                     const FormErrors& errors);

// The name of a topic or block in `language` ("Uutiset").
[[nodiscard]] std::string topic_label(const Services& services, text::Language language,
                                      std::string_view topic);
[[nodiscard]] std::string block_label(const Services& services, text::Language language,
                                      std::string_view block);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form as typed: read from a posted form or from a stored practice, turned into a
// PracticeInput, checked (a draft may be incomplete, a submission may not) with messages for
// people in their language, and written into the form template's dictionary.
//
//   PracticeForm form = read_practice_form(posted);
//   FormErrors errors = check_practice_form(form, services, language, FormPurpose::kSubmit);
//   core::PracticeInput input = input_of(form, external_id, organisation_name, services);
#pragma once

#include <array>
#include <string>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/http/form.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

inline constexpr std::size_t kFormLinks = 3;

struct PracticeForm {
  std::string title, summary, organisation, municipality, maturity, started, language = "fi";
  std::string keywords;  // comma-separated as typed
  std::array<std::string, core::kSections.size()> sections;
  std::vector<std::string> sectors, themes, client_groups;  // term slugs
  core::Contact contact;
  std::array<core::Link, kFormLinks> links;
  std::vector<std::string> campaign_categories{};  // the collecting campaign's picked categories
};

enum class FormPurpose {
  kDraft,   // saved as is: only what could not be stored is an error (lengths, formats)
  kSubmit,  // to the editors: everything required is there
};

// The fields of a posted practice form (names as in practice_form.tpl).
[[nodiscard]] PracticeForm read_practice_form(const http::Form& form);
// The form of a stored practice (for editing); the organisation is its first one's slug.
[[nodiscard]] PracticeForm form_of(const core::Practice& practice);

// The input to store: the form's texts, the organisation's name, term labels for the slugs, the
// keywords split at commas, empty links dropped; state draft.
[[nodiscard]] core::PracticeInput input_of(const PracticeForm& form, const std::string& external_id,
                                           const std::string& organisation_name,
                                           const Services& services);

// Every problem with the form, each under its field's name in the template ("title",
// "section-results", "contact-email", "link-1-url", …) with a message in `language`. A term the
// form does not offer (unknown, or hidden by the editors) is refused unless `stored`, the
// practice being edited, already has it.
[[nodiscard]] FormErrors check_practice_form(const PracticeForm& form,
                                             const core::PracticeInput& input,
                                             const Services& services, Language language,
                                             FormPurpose purpose,
                                             const core::Practice* stored = nullptr);

}  // namespace tori::web

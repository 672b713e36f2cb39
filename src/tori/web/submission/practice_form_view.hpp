// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's page (practice_form.tpl): every field with its value, the guiding
// question and example of each section, the vocabularies as checkboxes, the organisations the
// person may write for, and the errors beside their fields.
//
//   fill_practice_form(page.body(), services, language, form, organisations, errors);
#pragma once

#include <string>
#include <vector>

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include "tori/core/organisation.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/submission/practice_form.hpp"

namespace tori::web {

void fill_practice_form(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const PracticeForm& form,
                        const std::vector<core::Organisation>& organisations,
                        const FormErrors& errors);

}  // namespace tori::web

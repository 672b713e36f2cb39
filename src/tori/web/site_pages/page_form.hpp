// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to site_pages/: the editors' page form's values as typed, read from a posted form or
// made from a stored page, turned into a core::SitePageInput with their problems, and shown.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "tori/core/site_page.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct PageFormValues {
  std::string slug{};
  std::array<core::SitePageVersion, 3> versions{};  // fi, sv, en
  bool in_navigation = false;
  std::string nav_position{};  // as typed
};

[[nodiscard]] PageFormValues read_page_form(const http::Form& form);
[[nodiscard]] PageFormValues page_form_values(const core::SitePageInput& input);

// The input of `values`, or the problems beside their fields (texts in `language`): the core
// rules, a position that is not a number, a new key that another page or route has.
struct PageFormReading {
  core::SitePageInput input;
  FormErrors errors;
};
[[nodiscard]] PageFormReading parse_page_form(const Services& services, text::Language language,
                                              const http::Router& router,
                                              const PageFormValues& values, bool creating);

// The form's inputs (SLUG, per language the section VERSION with CODE, LANGUAGE, TITLE, BODY and
// with `preview` the rendered PREVIEW; IN_NAV, NAV_POSITION) and their errors beside them.
void fill_page_form(ctemplate::TemplateDictionary& body, const Services& services,
                    text::Language language, const PageFormValues& values, const FormErrors& errors,
                    bool preview);

// GET /{sivu} in every language (public_page.cpp); registered after the editors' routes.
void add_site_page_public_route(http::Router& router, const Services& services);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to web/redirects/: what the editors' two redirect pages share — their paths, the
// notice after a redirect, times, and the texts of the rules' problems.
#pragma once

#include <string>
#include <string_view>

#include <ctemplate/template_dictionary.h>

#include "tori/core/redirect.hpp"
#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/utc_time.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

inline constexpr std::string_view kRedirectsPath = "/toimitus/ohjaukset";
inline constexpr std::string_view kNotFoundListPath = "/toimitus/ohjaukset/puuttuvat";

// "old_path", "target", "note": the form's field of a problem.
[[nodiscard]] std::string_view redirect_field_name(core::RedirectField field);
// The page's text of a rule's problem (redirects.error.<field>.<problem>).
[[nodiscard]] std::string redirect_error_text(const Services& services, text::Language language,
                                              const core::RedirectError& error);
// A time in Helsinki, Finnish style.
[[nodiscard]] std::string format_redirect_time(store::UtcTime time, text::Language language);
// `path` with ?ilmoitus=`notice`.
[[nodiscard]] std::string redirect_notice_path(std::string_view path, std::string_view notice);
// The notice a redirect named (saved, deleted, imported, dismissed) as section NOTICE with TEXT.
void fill_redirect_notice(ctemplate::TemplateDictionary& body, const http::Request& request,
                          const Services& services, text::Language language);
// GET /toimitus/ohjaukset/puuttuvat and POST …/puuttuvat/poista (not_found_pages.cpp).
void add_not_found_list_routes(http::Router& router, const Services& services);

}  // namespace tori::web

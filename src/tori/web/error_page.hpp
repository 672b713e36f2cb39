// SPDX-License-Identifier: AGPL-3.0-or-later
// The friendly error page: what went wrong in plain words, in the request's language, with no
// internal details (those go to the log, never to the page).
//
//   return error_page(services, request, 404);   // "/sv/…" → Swedish, otherwise by prefix
#pragma once

#include "tori/http/message.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The error page for `status` in the language of the request's path ("/sv…" Swedish, "/en…"
// English, otherwise Finnish). 400, 404, 405, 408, 413, 431, 500 and 503 have their own texts;
// any other 4xx or 5xx gets the general client or server error text. The response carries
// `status` and no Allow or Retry-After header (the caller adds those). Never throws: should
// the templates fail, a minimal built-in page is returned and the failure logged.
[[nodiscard]] http::Response error_page(const Services& services, const http::Request& request,
                                        int status);

// The same for a known language.
[[nodiscard]] http::Response error_page(const Services& services, text::Language language,
                                        int status);

}  // namespace tori::web

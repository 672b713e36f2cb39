// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury pages' handlers, for add_jury_routes (jury_entry_page.cpp). Internal to web/jury/.
#pragma once

#include "tori/http/message.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// jury_juror_pages.cpp
[[nodiscard]] http::Response jury_home(const http::Request& request, const Services& services,
                                       text::Language language);
[[nodiscard]] http::Response jury_campaign_page(const http::Request& request,
                                                const Services& services, text::Language language);
// jury_chair_pages.cpp
[[nodiscard]] http::Response jury_results_page(const http::Request& request,
                                               const Services& services, text::Language language);
[[nodiscard]] http::Response jury_decision_post(const http::Request& request,
                                                const Services& services, text::Language language);
// jury_pack_page.cpp
[[nodiscard]] http::Response jury_pack_page(const http::Request& request, const Services& services,
                                            text::Language language);
// jury_invitation_pages.cpp
[[nodiscard]] http::Response jury_chair_post(const http::Request& request, const Services& services,
                                             text::Language language);
[[nodiscard]] http::Response jury_invite_post(const http::Request& request,
                                              const Services& services, text::Language language);
[[nodiscard]] http::Response jury_accept_page(const http::Request& request,
                                              const Services& services, text::Language language);
[[nodiscard]] http::Response jury_accept_post(const http::Request& request,
                                              const Services& services, text::Language language);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury's pages, in fi, sv (/sv/…) and en (/en/…): a juror's campaigns (/raati), a
// campaign's entries to score by category (/raati/{slug}), one entry with its scoring form and
// the conflict declaration (/raati/{slug}/teot/{practice}); the invitation a juror accepts
// (/raati/kutsu/{token}) and the editors' invitation of a campaign's jurors
// (POST /toimitus/kampanjat/{slug}/raati/{position}/kutsu).
//
//   add_jury_routes(router, services);
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

// How long an invitation to a jury stays valid.
inline constexpr auto kJuryInvitationLifetime = std::chrono::days(30);
// The longest comment a juror may write on an entry.
inline constexpr std::size_t kJuryCommentMax = 4000;

// The editors' campaign page's jury section (JURY with a JUROR each: NAME, ROLE, STATUS,
// INVITE_ACTION when the juror has an address, CSRF).
void fill_jury_admin(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, std::int64_t campaign_id, const std::string& slug,
                     const std::string& csrf_token);

void add_jury_routes(http::Router& router, const Services& services);

}  // namespace tori::web

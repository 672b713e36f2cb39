// SPDX-License-Identifier: AGPL-3.0-or-later
// Writing practices in the browser: a new practice (/teot/uusi), editing a draft
// (/teot/{slug}/muokkaa), its preview exactly as published (/teot/{slug}/esikatselu) and
// submitting it to the editors; and the editorial queue and actions (/toimitus).
//
//   add_submission_routes(router, services);
#pragma once

#include <optional>
#include <vector>

#include "tori/core/account.hpp"
#include "tori/core/organisation.hpp"
#include "tori/core/practice.hpp"
#include "tori/http/router.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

void add_submission_routes(http::Router& router, const Services& services);
// Split by page group (submission_pages.cpp, editorial_pages.cpp).
void add_editorial_routes(http::Router& router, const Services& services);
// The vocabularies' terms for the editors: add, rename, hide, merge (vocabulary_pages.cpp).
void add_vocabulary_routes(http::Router& router, const Services& services);
// Organisations for the editors: create, edit, merge (organisation_admin_pages.cpp).
void add_organisation_admin_routes(http::Router& router, const Services& services);
// One revision and what changed in it, for the editors (revision_pages.cpp).
void add_revision_routes(http::Router& router, const Services& services);
// GET /media/{file}: practices' images and attachments (media_route.cpp).
void add_media_route(http::Router& router, const Services& services);
// "Otimme tämän käyttöön" (adoption_pages.cpp).
void add_adoption_routes(http::Router& router, const Services& services);

// Editors run the editorial workflow (an administrator gives the role, also to themself).
[[nodiscard]] bool is_editor(const core::Account& account);

// The organisations `account` may write practices for: every one for an editor, else those of
// its approved memberships.
[[nodiscard]] std::vector<core::Organisation> writable_organisations(const Services& services,
                                                                     const core::Account& account);

// Whether `account` may edit `practice` now: an editor always; the author or a member of one of
// its organisations while it is a draft.
[[nodiscard]] bool may_edit(const Services& services, const core::Account& account,
                            const core::Practice& practice);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The API's JSON shapes of practices, organisations, terms and regions (DESIGN.md §8).
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "tori/core/finland.hpp"
#include "tori/core/organisation.hpp"
#include "tori/core/practice.hpp"
#include "tori/store/media_store.hpp"
#include "tori/store/practice_store.hpp"

namespace tori::web {

// A practice in a listing: id, external_id, slug, title, summary, url (base_url + "/teot/" +
// slug), organisations, municipality, region, sectors, themes, client_groups, maturity,
// published_at, updated_at (RFC 3339, Helsinki offset).
[[nodiscard]] boost::json::object practice_summary_json(const core::Practice& practice,
                                                        std::string_view base_url);
// The whole practice: the summary plus started, keywords, contact, links, language, state,
// revision, created_at, sections (non-empty Markdown) and sections_html. As on the pages
// (DESIGN.md §7), no e-mail address is given as it is: every '@' in the contact's address and
// in the sections is written "[a]" ("name[a]domain").
// "images": [{url, thumbnail_url, alt, width, height}] and "attachments": [{url, title, pages,
// bytes}] of a practice's media, added to its detail object.
void add_media_json(boost::json::object& object, const std::vector<store::MediaItem>& images,
                    const std::vector<store::MediaItem>& attachments, std::string_view base_url);
[[nodiscard]] boost::json::object practice_detail_json(const core::Practice& practice,
                                                       std::string_view base_url);
// {"total", "items"} of a listing page.
[[nodiscard]] boost::json::object practice_list_json(const store::PracticeList& list,
                                                     std::string_view base_url);
// An organisation: slug, name, type, municipality (or null), practice_count.
[[nodiscard]] boost::json::object organisation_json(const core::Organisation& organisation);
// A vocabulary term: slug, label, count.
[[nodiscard]] boost::json::object term_json(const store::Term& term);
// A region: slug, code, name, name_sv, practice_count.
[[nodiscard]] boost::json::object region_json(const core::Region& region, std::int64_t count);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The announcement of a campaign's results for the editors: a news draft in Markdown (title,
// lead, each category's winner and honourable mentions with the jury's justifications, the public
// vote's favourites once public, links) and the same as one Atom entry document (RFC 4287) that a
// news system or feed reader takes as it is.
//
//   const ResultsDraft draft = results_draft(services, Language::kFi, campaign, now);
//   response.body = results_atom_entry(services, draft, campaign);
#pragma once

#include <string>
#include <string_view>

#include "tori/store/campaign_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct ResultsDraft {
  std::string title;     // "Teot kiertoon 2026: voittajat julkistettiin"
  std::string lead;      // one paragraph
  std::string markdown;  // the body: a section per awarded category, then the links
  int awards = 0;        // awards of published practices in the draft; 0: nothing to announce
};

// The draft in `language` at `now` (the vote's standing only when public at `now`).
[[nodiscard]] ResultsDraft results_draft(const Services& services, text::Language language,
                                         const store::Campaign& campaign, core::TimePoint now);

// Markdown's special characters in `text` escaped with a backslash, so that a title is text.
[[nodiscard]] std::string markdown_literal(std::string_view text);

// The draft as an Atom entry document: id the absolute URL of the results on /palkitut, published
// at the start of the gala day, updated when the campaign was last saved, the lead as summary and
// the body as HTML content, linking to the campaign's page.
[[nodiscard]] std::string results_atom_entry(const Services& services, text::Language language,
                                             const ResultsDraft& draft,
                                             const store::Campaign& campaign);

}  // namespace tori::web

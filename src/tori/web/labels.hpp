// SPDX-License-Identifier: AGPL-3.0-or-later
// Names of places and vocabulary terms in the page's language. The store keeps Finnish labels;
// the Swedish and English ones of regions and of the default vocabulary terms live in the
// message catalogue (data/i18n/labels.<lang>.msg: `region.<slug>`, `term.<vocabulary>.<slug>`),
// and a term an editor added without a translation keeps its Finnish label.
//
//   term_label(services, Language::kSv, core::Vocabulary::kTheme, "tyohyvinvointi",
//   "työhyvinvointi")
//       // "arbetshälsa"
#pragma once

#include <string>
#include <string_view>

#include "tori/core/practice.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The region's name ("Uusimaa", "Nyland", "Uusimaa"); `finnish` when the slug is unknown.
[[nodiscard]] std::string region_name(const Services& services, text::Language language,
                                      std::string_view slug, std::string_view finnish);
// The municipality's name: Swedish in Swedish, Finnish otherwise (as Statistics Finland names
// them in English); `finnish` when the code is unknown.
[[nodiscard]] std::string municipality_name(const Services& services, text::Language language,
                                            std::string_view code, std::string_view finnish);
// The term's label in the language, else `finnish` (the store's label).
[[nodiscard]] std::string term_label(const Services& services, text::Language language,
                                     core::Vocabulary vocabulary, std::string_view slug,
                                     std::string_view finnish);

}  // namespace tori::web

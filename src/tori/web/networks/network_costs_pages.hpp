// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's shared costs for its leaders (and editors), in fi, sv (/sv/…) and en (/en/…):
// GET /verkostot/{slug}/kustannukset, the printable invoicing summary (totals per organisation,
// the shared days' portions, the history of changes); GET /verkostot/{slug}/kustannukset.csv, the
// rows of `tori export network-costs` (audited); and the edit form at
// /verkostot/{slug}/kustannukset/muokkaa (network_costs_form.hpp).
//
//   add_network_costs_routes(router, services);  // from add_network_routes
#pragma once

#include <optional>
#include <string_view>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/network_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/networks/network_access.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

void add_network_costs_routes(http::Router& router, const Services& services);

// The leaders' gate (network_access.hpp) with the costs page + `suffix` to log in to.
using NetworkCostsGate = NetworkLeaderGate;
[[nodiscard]] NetworkCostsGate network_costs_gate(const http::Request& request,
                                                  const Services& services, text::Language language,
                                                  std::string_view suffix);

// "/verkostot/{slug}/kustannukset" (Finnish; localise it for a link).
[[nodiscard]] std::string network_costs_path(std::string_view slug);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// What the costs page (network_costs.tpl) shows of a network's costs: the facts, the invoicing
// summary per organisation, the shared days' portions and the history of changes.
#pragma once

#include <vector>

#include "tori/store/network_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/networks/network_costs_table.hpp"
#include "tori/web/services.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

// PERIOD, DAY_FEE, PAID_DAYS, DAY_COUNT, SHARED_DAYS and SHARED_TOTAL; PAID with PAID_DAY (DATE,
// DATETIME) for the days the programme pays.
void fill_costs_facts(ctemplate::TemplateDictionary& body, const Services& services,
                      text::Language language, const store::Network& network,
                      const std::vector<NetworkCostRow>& rows);

// TOTAL (NAME, SHARE, DAYS, AMOUNT) per member organisation, in the members' order.
void fill_costs_summary(ctemplate::TemplateDictionary& body, text::Language language,
                        const store::Network& network, const std::vector<NetworkCostRow>& rows);

// SHARED with DAY (DATE, DATETIME, FEE, ROWS and ROW: ORGANISATION, SHARE, AMOUNT, FIRST in the
// first) per shared day; NO_SHARED when there is none.
void fill_shared_days(ctemplate::TemplateDictionary& body, text::Language language,
                      const std::vector<NetworkCostRow>& rows);

// CHANGE (WHEN, DATETIME, BY; READABLE with FEE, PAID_DAYS, DAY_COUNT and LINES/LINE: TEXT,
// FIRST or SAME; or UNREADABLE) per change of the costs, newest first.
void fill_costs_history(ctemplate::TemplateDictionary& body, const Services& services,
                        text::Language language,
                        const std::vector<store::NetworkCostChange>& history);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The leaders' form of a network's costs, /verkostot/{slug}/kustannukset/muokkaa: the days the
// programme pays, the day fee in euros, the expert days held as rows (a date and a checkbox per
// member organisation; more rows without JavaScript) and the agreed shares per member.
//
//   CostsFormValues values = read_costs_form(form);          // as typed, kept for re-showing
//   CostsFormReading reading = parse_costs_form(values, network);
//   if (reading.problems.empty()) store.networks().save_costs(network.id, reading.costs, …);
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "tori/core/network.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/store/network_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// GET and POST of the form, in fi, sv (/sv/…) and en (/en/…); leaders and editors only.
void add_network_costs_form_routes(http::Router& router, const Services& services);

// One expert day as typed ("day<N>_date") and the organisations ticked ("day<N>_participant",
// their slugs).
struct CostDayRow {
  std::string date;
  std::vector<std::string> participants;
  bool operator==(const CostDayRow&) const = default;
};

// The form as typed: text as it came, so that a malformed date or sum is shown back as it was.
struct CostsFormValues {
  std::string paid_days, day_fee;
  std::vector<CostDayRow> days;
  std::map<std::string, std::string, std::less<>> shares;  // "share-<slug>" by the slug
  bool operator==(const CostsFormValues&) const = default;
};

// Rows read from a form stop at the first number without its date field, and after this many
// (one more than the validator allows, so that too many is told rather than cut).
inline constexpr std::size_t kMaxCostFormRows = core::kMaxExpertDays + 1;

// The posted values (trimmed).
[[nodiscard]] CostsFormValues read_costs_form(const http::Form& form);
// The stored costs as the form shows them: the fee as "1 400,00", dates as "16.5.2024",
// participants by their slugs, a share only where one was agreed.
[[nodiscard]] CostsFormValues costs_form_values(const store::Network& network);

// What is wrong with one input: its name ("day_fee", "day2_date", "day2_participants",
// "share-<slug>", "days" for the group, "form" for the whole), and the catalogue key (and limit)
// of the message.
struct CostsFormProblem {
  std::string field;
  std::string key;
  long long limit = 0;
  bool operator==(const CostsFormProblem&) const = default;
};

// The costs the values make and every problem, at most one per input: first what cannot be read
// (numbers, sums, dates, an organisation that is no member), then what validate_network_input
// finds in the network with these costs. Empty rows are left out; the shares follow the members.
struct CostsFormReading {
  core::NetworkCosts costs;
  std::vector<CostsFormProblem> problems;
};
[[nodiscard]] CostsFormReading parse_costs_form(const CostsFormValues& values,
                                                const store::Network& network);

// The input a validate_network_input finding is shown beside: `rows` are the form's row numbers
// of the costs' days, `costs` the costs validated (for the shares' organisations).
[[nodiscard]] CostsFormProblem costs_form_problem(const core::FieldError& finding,
                                                  const std::vector<std::size_t>& rows,
                                                  const core::NetworkCosts& costs,
                                                  const store::Network& network);

// The problems as messages in `language`, beside their inputs ("costs-<field>").
[[nodiscard]] FormErrors costs_form_errors(const Services& services, Language language,
                                           const std::vector<CostsFormProblem>& problems);

}  // namespace tori::web

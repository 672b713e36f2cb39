// SPDX-License-Identifier: AGPL-3.0-or-later
// The costs form read: the posted values, the stored costs as values, the costs the values make
// and the problems beside their inputs.
#include "tori/web/networks/network_costs_form.hpp"

#include <algorithm>

#include "tori/web/networks/network_costs_text.hpp"
#include "tori/web/networks/network_view.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kSharePrefix = "share-";

std::string costs_row_name(std::size_t row, std::string_view field) {
  return "day" + std::to_string(row) + "_" + std::string(field);
}

// Adds `problem` unless its input has one already.
void add_costs_problem(std::vector<CostsFormProblem>& problems, CostsFormProblem problem) {
  if (std::ranges::any_of(problems, [&](const auto& p) { return p.field == problem.field; }))
    return;
  problems.push_back(std::move(problem));
}

// The name of the member organisation `slug`; "" when none is.
std::string costs_member_name(const store::Network& network, std::string_view slug) {
  for (const core::Named& organisation : network.cost_organisations())
    if (organisation.slug == slug) return organisation.name;
  return {};
}

// One row as an expert day (nothing for an empty row), its problems added.
std::optional<core::CostDay> costs_form_day(const CostDayRow& row, std::size_t number,
                                            const store::Network& network,
                                            std::vector<CostsFormProblem>& problems) {
  if (row.date.empty() && row.participants.empty()) return std::nullopt;
  core::CostDay day{typed_date(row.date), {}};
  if (row.date.empty()) {
    add_costs_problem(problems,
                      {costs_row_name(number, "date"), "network_costs.error.date_required"});
  } else if (day.date.empty()) {
    add_costs_problem(problems, {costs_row_name(number, "date"), "network_costs.error.date"});
  }
  for (const std::string& slug : row.participants) {
    std::string name = costs_member_name(network, slug);
    if (name.empty()) {
      add_costs_problem(
          problems, {costs_row_name(number, "participants"), "network_costs.error.participant"});
    } else if (std::ranges::find(day.participants, name) == day.participants.end()) {
      day.participants.push_back(std::move(name));
    }
  }
  return day;
}

// The agreed shares typed beside the members, in the members' order.
void costs_form_shares(const CostsFormValues& values, const store::Network& network,
                       CostsFormReading& reading) {
  for (const core::Named& organisation : network.organisations) {
    const auto typed = values.shares.find(organisation.slug);
    if (typed == values.shares.end() || typed->second.empty()) continue;
    const int share = typed_number(typed->second, 4);
    if (share < 1 || share > core::kMaxCostShare) {
      add_costs_problem(reading.problems, {std::string(kSharePrefix) + organisation.slug,
                                           "network_costs.error.share"});
    } else {
      reading.costs.shares.push_back({organisation.name, share});
    }
  }
}

}  // namespace

CostsFormValues read_costs_form(const http::Form& form) {
  CostsFormValues values;
  values.paid_days = typed_line(form.get("paid_days"));
  values.day_fee = typed_line(form.get("day_fee"));
  for (std::size_t i = 0; i < kMaxCostFormRows; ++i) {
    const std::optional<std::string> date = form.find(costs_row_name(i, "date"));
    if (!date) break;
    values.days.push_back({typed_line(*date), form.all(costs_row_name(i, "participant"))});
  }
  for (const http::FormField& field : form.fields()) {
    if (field.name.starts_with(kSharePrefix))
      values.shares[field.name.substr(kSharePrefix.size())] = typed_line(field.value);
  }
  return values;
}

CostsFormValues costs_form_values(const store::Network& network) {
  const core::NetworkCosts& costs = network.input.costs;
  CostsFormValues values;
  values.paid_days = std::to_string(costs.paid_days);
  values.day_fee = euros_typed(costs.day_fee_cents);
  for (const core::CostDay& day : costs.days) {
    CostDayRow& row =
        values.days.emplace_back(CostDayRow{meeting_date(day.date, text::Language::kFi), {}});
    for (const std::string& name : day.participants)
      row.participants.push_back(network.slug_of(name));
  }
  for (const core::AgreedShare& share : costs.shares)
    values.shares[network.slug_of(share.organisation)] = std::to_string(share.share);
  return values;
}

CostsFormReading parse_costs_form(const CostsFormValues& values, const store::Network& network) {
  CostsFormReading reading;
  const int paid_days = typed_number(values.paid_days, 3);
  if (paid_days < 0) {
    add_costs_problem(reading.problems, {"paid_days", "network_costs.error.paid_days"});
  } else {
    reading.costs.paid_days = paid_days;
  }
  if (const auto fee = typed_euros(values.day_fee)) {
    reading.costs.day_fee_cents = *fee;
  } else {
    add_costs_problem(reading.problems, {"day_fee", "network_costs.error.day_fee"});
  }
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < values.days.size(); ++i) {
    if (auto day = costs_form_day(values.days[i], i, network, reading.problems)) {
      reading.costs.days.push_back(std::move(*day));
      rows.push_back(i);
    }
  }
  costs_form_shares(values, network, reading);
  if (!reading.problems.empty()) return reading;
  core::NetworkInput input = network.input;
  input.costs = reading.costs;
  for (const core::Named& former : network.former_members)  // they stay in the days they had
    input.members.push_back({former.name, "", {}});
  for (const core::FieldError& finding : core::validate_network_input(input))
    add_costs_problem(reading.problems, costs_form_problem(finding, rows, reading.costs, network));
  return reading;
}

CostsFormProblem costs_form_problem(const core::FieldError& finding,
                                    const std::vector<std::size_t>& rows,
                                    const core::NetworkCosts& costs,
                                    const store::Network& network) {
  const std::string_view field = finding.field;
  if (field == "costs.paid_days") return {"paid_days", "network_costs.error.paid_days"};
  if (field == "costs.day_fee_cents") return {"day_fee", "network_costs.error.day_fee"};
  if (field == "costs.days") {
    return {"days", "network_costs.error.too_many_days",
            static_cast<long long>(core::kMaxExpertDays)};
  }
  const auto [index, rest] = field_list_index(field);
  const auto at = static_cast<std::size_t>(index);
  if (field.starts_with("costs.days[") && index >= 0 && at < rows.size()) {
    if (rest == ".date") {
      const bool twice = finding.message.find("twice") != std::string::npos;
      return {costs_row_name(rows[at], "date"),
              twice ? "network_costs.error.date_twice" : "network_costs.error.date"};
    }
    return {costs_row_name(rows[at], "participants"), "network_costs.error.participant"};
  }
  if (field.starts_with("costs.shares[") && index >= 0 && at < costs.shares.size()) {
    return {std::string(kSharePrefix) + network.slug_of(costs.shares[at].organisation),
            "network_costs.error.share"};
  }
  return {"form", "network_costs.error.network"};
}

FormErrors costs_form_errors(const Services& services, Language language,
                             const std::vector<CostsFormProblem>& problems) {
  FormErrors errors;
  for (const CostsFormProblem& problem : problems) {
    errors.add(problem.field,
               services.catalogue.format(language, problem.key, {{"limit", problem.limit}}));
  }
  return errors;
}

}  // namespace tori::web

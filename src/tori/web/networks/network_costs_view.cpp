// SPDX-License-Identifier: AGPL-3.0-or-later
// Filling the costs page: facts, the invoicing summary, the shared days and the history.
#include "tori/web/networks/network_costs_view.hpp"

#include <algorithm>
#include <chrono>

#include <ctemplate/template.h>

#include "tori/text/time_format.hpp"
#include "tori/web/networks/network_costs_text.hpp"
#include "tori/web/networks/network_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::int64_t costs_rows_total(const std::vector<NetworkCostRow>& rows) {
  std::int64_t total = 0;
  for (const NetworkCostRow& row : rows)
    total += row.amount_cents;
  return total;
}

int costs_share_of(const core::NetworkCosts& costs, std::string_view organisation) {
  for (const core::AgreedShare& share : costs.shares)
    if (share.organisation == organisation) return share.share;
  return 1;
}

// The days the programme pays: the first paid_days of the days in date order.
std::vector<std::string> costs_paid_dates(const core::NetworkCosts& costs) {
  std::vector<std::string> dates;
  for (const core::CostDay& day : costs.days)
    dates.push_back(day.date);
  std::ranges::sort(dates);
  dates.resize(std::min(dates.size(), static_cast<std::size_t>(std::max(costs.paid_days, 0))));
  return dates;
}

void fill_costs_change(Dictionary& item, const Services& services, text::Language language,
                       const store::NetworkCostChange& change,
                       const std::optional<core::NetworkCosts>& before,
                       const std::optional<core::NetworkCosts>& after, bool first) {
  const auto at = std::chrono::time_point_cast<std::chrono::seconds>(change.changed_at);
  item.SetValue("WHEN", text::format_date_time(at, language));
  item.SetValue("DATETIME", text::format_rfc3339_helsinki(at));
  item.SetValue("BY", change.changed_by.empty()
                          ? services.catalogue.text(language, "network_costs.history.import")
                          : change.changed_by);
  if (!after) {
    item.ShowSection("UNREADABLE");
    return;
  }
  Dictionary& readable = *item.AddSectionDictionary("READABLE");
  readable.SetValue("FEE", euros_text(after->day_fee_cents, language));
  readable.SetIntValue("PAID_DAYS", after->paid_days);
  readable.SetIntValue("DAY_COUNT", static_cast<long>(after->days.size()));
  if (first) {
    readable.ShowSection("FIRST");
    return;
  }
  const auto lines = cost_change_lines(services, language, before ? &*before : nullptr, *after);
  if (lines.empty()) readable.ShowSection("SAME");
  Dictionary* list = lines.empty() ? nullptr : readable.AddSectionDictionary("LINES");
  for (const std::string& line : lines)
    list->AddSectionDictionary("LINE")->SetValue("TEXT", line);
}

}  // namespace

void fill_costs_facts(Dictionary& body, const Services& services, text::Language language,
                      const store::Network& network, const std::vector<NetworkCostRow>& rows) {
  const core::NetworkCosts& costs = network.input.costs;
  body.SetValue("PERIOD", network_period(network.input, language));
  body.SetValue("DAY_FEE", euros_text(costs.day_fee_cents, language));
  body.SetValue("PAID_DAYS",
                services.catalogue.format(language, "network_costs.paid_days",
                                          {{"count", static_cast<long long>(costs.paid_days)}}));
  body.SetIntValue("DAY_COUNT", static_cast<long>(costs.days.size()));
  std::vector<std::string> shared;
  for (const NetworkCostRow& row : rows)
    if (shared.empty() || shared.back() != row.date) shared.push_back(row.date);
  body.SetIntValue("SHARED_DAYS", static_cast<long>(shared.size()));
  body.SetValue("SHARED_TOTAL", euros_text(costs_rows_total(rows), language));
  const std::vector<std::string> paid = costs_paid_dates(costs);
  Dictionary* list = paid.empty() ? nullptr : body.AddSectionDictionary("PAID");
  for (std::size_t i = 0; i < paid.size(); ++i) {
    Dictionary* day = list->AddSectionDictionary("PAID_DAY");
    day->SetValue("DATE", meeting_date(paid[i], language));
    day->SetValue("DATETIME", paid[i]);
  }
}

void fill_costs_summary(Dictionary& body, text::Language language, const store::Network& network,
                        const std::vector<NetworkCostRow>& rows) {
  for (const OrganisationCostTotal& total : cost_totals(network, rows)) {
    Dictionary* item = body.AddSectionDictionary("TOTAL");
    item->SetValue("NAME", total.organisation.name);
    item->SetIntValue("SHARE", costs_share_of(network.input.costs, total.organisation.name));
    item->SetIntValue("DAYS", total.days);
    item->SetValue("AMOUNT", euros_text(total.total_cents, language));
  }
}

void fill_shared_days(Dictionary& body, text::Language language,
                      const std::vector<NetworkCostRow>& rows) {
  if (rows.empty()) {
    body.ShowSection("NO_SHARED");
    return;
  }
  Dictionary* table = body.AddSectionDictionary("SHARED");
  for (std::size_t start = 0; start < rows.size();) {
    std::size_t end = start;
    while (end < rows.size() && rows[end].date == rows[start].date)
      ++end;
    Dictionary* day = table->AddSectionDictionary("DAY");
    for (std::size_t i = start; i < end; ++i) {
      Dictionary* row = day->AddSectionDictionary("ROW");
      if (i == start) {
        Dictionary* first = row->AddSectionDictionary("FIRST");
        first->SetValue("DATE", meeting_date(rows[i].date, language));
        first->SetValue("DATETIME", rows[i].date);
        first->SetValue("FEE", euros_text(rows[i].day_fee_cents, language));
        first->SetIntValue("ROWS", static_cast<long>(end - start));
      }
      row->SetValue("ORGANISATION", rows[i].organisation.name);
      row->SetIntValue("SHARE", rows[i].share);
      row->SetValue("AMOUNT", euros_text(rows[i].amount_cents, language));
    }
    start = end;
  }
}

void fill_costs_history(Dictionary& body, const Services& services, text::Language language,
                        const std::vector<store::NetworkCostChange>& history) {
  std::vector<std::optional<core::NetworkCosts>> costs;
  for (const store::NetworkCostChange& change : history)
    costs.push_back(costs_of_snapshot(change.costs_json));
  for (std::size_t i = history.size(); i-- > 0;) {
    const std::optional<core::NetworkCosts> none;
    fill_costs_change(*body.AddSectionDictionary("CHANGE"), services, language, history[i],
                      i > 0 ? costs[i - 1] : none, costs[i], i == 0);
  }
}

}  // namespace tori::web

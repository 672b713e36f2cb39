// SPDX-License-Identifier: AGPL-3.0-or-later
// Euros written and typed, cost snapshots read back, and the changes between two of them.
#include "tori/web/networks/network_costs_text.hpp"

#include <algorithm>
#include <map>
#include <variant>

#include "tori/core/network_jsonl.hpp"
#include "tori/web/networks/network_view.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00a0";

// "1234567" → "1 234 567" with `separator` between the groups of three.
std::string grouped_digits(std::int64_t whole, std::string_view separator) {
  const std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

// `text` without spaces, no-break spaces and narrow no-break spaces.
std::string without_spaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    if (text.substr(i, 2) == "\u00a0") {
      ++i;
      continue;
    }
    if (text.substr(i, 3) == "\u202f") {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

bool all_digits(std::string_view text) {
  return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// The costs with each day's participants and the shares sorted.
core::NetworkCosts sorted_costs(core::NetworkCosts costs) {
  for (core::CostDay& day : costs.days)
    std::ranges::sort(day.participants);
  std::ranges::sort(costs.shares, {}, &core::AgreedShare::organisation);
  return costs;
}

}  // namespace

std::string euros_text(std::int64_t cents, text::Language language) {
  const bool english = language == text::Language::kEn;
  const std::int64_t magnitude = cents < 0 ? -cents : cents;
  const std::int64_t rest = magnitude % 100;
  std::string number = grouped_digits(magnitude / 100, english ? "," : kNoBreakSpace);
  number += (english ? "." : ",") + std::string(rest < 10 ? "0" : "") + std::to_string(rest);
  const std::string sign = cents < 0 ? "-" : "";
  if (english) return sign + "€" + number;
  return sign + number + std::string(kNoBreakSpace) + "€";
}

std::optional<std::int64_t> typed_euros(std::string_view text) {
  std::string compact = without_spaces(text);
  if (compact.ends_with("€")) compact.resize(compact.size() - std::string_view("€").size());
  const auto separator = compact.find_first_of(",.");
  const std::string whole = compact.substr(0, separator);
  const std::string decimals = separator == std::string::npos ? "" : compact.substr(separator + 1);
  if (whole.empty() || whole.size() > 7 || !all_digits(whole)) return std::nullopt;
  if (separator != std::string::npos && (decimals.empty() || decimals.size() > 2))
    return std::nullopt;
  if (!all_digits(decimals)) return std::nullopt;
  std::int64_t cents = std::stoll(whole) * 100;
  if (!decimals.empty()) cents += std::stoll(decimals) * (decimals.size() == 1 ? 10 : 1);
  if (cents > core::kMaxDayFeeCents) return std::nullopt;
  return cents;
}

std::string euros_typed(std::int64_t cents) {
  const std::int64_t rest = cents % 100;
  return grouped_digits(cents / 100, " ") + "," + (rest < 10 ? "0" : "") + std::to_string(rest);
}

std::optional<core::NetworkCosts> costs_of_snapshot(std::string_view json) {
  auto parsed = core::parse_network_costs(json);
  if (auto* costs = std::get_if<core::NetworkCosts>(&parsed)) return std::move(*costs);
  return std::nullopt;
}

bool same_costs(const core::NetworkCosts& a, const core::NetworkCosts& b) {
  return sorted_costs(a) == sorted_costs(b);
}

std::vector<std::string> cost_change_lines(const Services& services, text::Language language,
                                           const core::NetworkCosts* before,
                                           const core::NetworkCosts& after) {
  std::vector<std::string> lines;
  if (before == nullptr) return lines;
  const text::Catalogue& catalogue = services.catalogue;
  const auto line = [&](std::string_view key, text::MessageArguments arguments) {
    lines.push_back(catalogue.format(language, "network_costs.change." + std::string(key),
                                     std::move(arguments)));
  };
  if (before->day_fee_cents != after.day_fee_cents) {
    line("fee", {{"from", euros_text(before->day_fee_cents, language)},
                 {"to", euros_text(after.day_fee_cents, language)}});
  }
  if (before->paid_days != after.paid_days)
    line("paid_days", {{"from", static_cast<long long>(before->paid_days)},
                       {"to", static_cast<long long>(after.paid_days)}});
  const core::NetworkCosts old = sorted_costs(*before);
  const core::NetworkCosts now = sorted_costs(after);
  std::map<std::string, const core::CostDay*, std::less<>> old_days;
  for (const core::CostDay& day : old.days)
    old_days[day.date] = &day;
  for (const core::CostDay& day : now.days) {
    const auto found = old_days.find(day.date);
    const std::string date = meeting_date(day.date, language);
    if (found == old_days.end()) {
      line("day_added",
           {{"date", date}, {"count", static_cast<long long>(day.participants.size())}});
    } else if (found->second->participants != day.participants) {
      line("day_participants", {{"date", date}});
    }
    if (found != old_days.end()) old_days.erase(found);
  }
  for (const auto& [date, day] : old_days)
    line("day_removed", {{"date", meeting_date(date, language)}});
  if (old.shares != now.shares) line("shares", {});
  return lines;
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The words and numbers of a network's costs pages: euros written and typed the Finnish way, a
// snapshot of the cost history read back, and what changed from one snapshot to the next.
//
//   euros_text(123456, Language::kFi);   // "1 234,56 €" (no-break spaces)
//   typed_euros("1 400,00");             // 140000 cents
//   cost_change_lines(services, language, &before, after);  // {"Päiväpalkkio 1 400,00 € → …"}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/network.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// A sum as the language writes it: fi and sv "1 234,56 €", en "€1,234.56" (the spaces are
// no-break spaces, U+00A0, so that a sum never breaks over two lines).
[[nodiscard]] std::string euros_text(std::int64_t cents, text::Language language);

// The cents of a sum typed in euros: "1400", "1 400", "1400,5", "1 400,00 €", "1400.00" (spaces
// and no-break spaces anywhere, "," or "." before at most two decimals, "€" at the end); nothing
// for anything else or for more than core::kMaxDayFeeCents.
[[nodiscard]] std::optional<std::int64_t> typed_euros(std::string_view text);

// "1 400,00" of 140000: the sum as the form shows it for editing (plain spaces, no "€").
[[nodiscard]] std::string euros_typed(std::int64_t cents);

// The costs of a cost history snapshot (core::write_network_costs); nothing when it is not one.
[[nodiscard]] std::optional<core::NetworkCosts> costs_of_snapshot(std::string_view json);

// Whether two costs are the same but for the order of a day's participants and of the shares.
[[nodiscard]] bool same_costs(const core::NetworkCosts& a, const core::NetworkCosts& b);

// What changed from `before` to `after`, one line each in `language`: the day fee, the paid days,
// days added and removed, a day's participants, the agreed shares; none for the first snapshot
// (`before` null) and when nothing did.
[[nodiscard]] std::vector<std::string> cost_change_lines(const Services& services,
                                                         text::Language language,
                                                         const core::NetworkCosts* before,
                                                         const core::NetworkCosts& after);

}  // namespace tori::web

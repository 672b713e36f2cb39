// SPDX-License-Identifier: AGPL-3.0-or-later
// Small views of a practice that both practice pages show: organisation names, place, and
// e-mail addresses made unreadable to harvesters (DESIGN §7).
#pragma once

#include <string>
#include <string_view>

#include "tori/core/practice.hpp"

namespace tori::web {

// The organisations' names joined with ", ".
[[nodiscard]] std::string organisation_names(const core::Practice& practice);

// "Kontiolahti, Pohjois-Karjala", either part alone, or "" when neither is known.
[[nodiscard]] std::string place_text(const core::Practice& practice);

// Every '@' replaced by "[a]": "etu.suku@kunta.fi" → "etu.suku[a]kunta.fi". Safe on HTML.
[[nodiscard]] std::string obfuscate_email(std::string_view text);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// An event's registrations as CSV for the staff (`tori export registrations --event SLUG`, later
// the staff page's download): RFC 4180, UTF-8, a header row, and no cell a spreadsheet would run
// as a formula.
//
//   write_registrations_csv(event, store.registrations().of_event(event.id), std::cout);
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/store/registration_store.hpp"

namespace tori::app {

// One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled); a text starting
// with = + - @, a tab or a CR gets a leading apostrophe first, so that a spreadsheet shows it
// as text instead of running it (CSV injection).
[[nodiscard]] std::string csv_cell(std::string_view text);

// Columns: email, name, organisation, title, status (confirmed, waiting, offered, cancelled),
// registered_at (RFC 3339, Helsinki offset), then one per question of the event, headed by its
// id, multiple choices joined by "; ". Rows in registration order; CRLF line ends.
void write_registrations_csv(const core::Event& event,
                             const std::vector<store::Registration>& registrations,
                             std::ostream& out);

}  // namespace tori::app

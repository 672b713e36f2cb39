// SPDX-License-Identifier: AGPL-3.0-or-later
// An event's registrations as a table for the staff, written as CSV (`tori export registrations
// --event SLUG`, the staff page's download) or XLSX (libxlsxwriter): a header row, and no cell a
// spreadsheet would run as a formula.
//
//   write_registrations_csv(event, store.registrations().of_event(event.id), std::cout);
//   response.body = registrations_xlsx(event, registrations);
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/store/registration_store.hpp"

namespace tori::web {

// `text` as a spreadsheet shows it as text: one starting with = + - @, a tab or a CR gets a
// leading apostrophe, so that it is not run as a formula (CSV injection).
[[nodiscard]] std::string neutralised(std::string_view text);

// One CSV cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled).
[[nodiscard]] std::string csv_cell(std::string_view text);

// The answer to `question_id`, several choices joined by "; " ("" when none).
[[nodiscard]] std::string answer_text(const store::Registration& registration,
                                      std::string_view question_id);

// The table: the header row — email, name, organisation, title, status (confirmed, waiting,
// offered, cancelled), registered_at (RFC 3339, Helsinki offset), attended_at (empty when not
// marked), participation (on_site, remote), then one column per question of the event headed by its
// id — and a row per registration in registration order.
[[nodiscard]] std::vector<std::vector<std::string>> registration_table(
    const core::Event& event, const std::vector<store::Registration>& registrations);

// The table as CSV, UTF-8 with CRLF line ends.
void write_registrations_csv(const core::Event& event,
                             const std::vector<store::Registration>& registrations,
                             std::ostream& out);

// The table as an .xlsx workbook (one sheet, the header row bold and frozen, every cell a
// neutralised string). Throws std::runtime_error when libxlsxwriter fails.
[[nodiscard]] std::string registrations_xlsx(const core::Event& event,
                                             const std::vector<store::Registration>& registrations);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations as a table: the rows, CSV (escaping, formula neutralisation) and XLSX.
#include "tori/web/registration/registration_export.hpp"

#include <chrono>

#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

std::string helsinki_rfc3339(store::UtcTime time) {
  return text::format_rfc3339_helsinki(std::chrono::time_point_cast<std::chrono::seconds>(time));
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    out << (i == 0 ? "" : ",") << csv_cell(cells[i]);
  out << "\r\n";
}

}  // namespace

std::string neutralised(std::string_view text) {
  std::string cell;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    cell = "'";
  }
  return cell += text;
}

std::string csv_cell(std::string_view text) {
  const std::string cell = neutralised(text);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell)
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string answer_text(const store::Registration& registration, std::string_view question_id) {
  std::string text;
  for (const core::RegistrationAnswer& answer : registration.registrant.answers) {
    if (answer.question_id != question_id) continue;
    for (const std::string& value : answer.values)
      text += (text.empty() ? "" : "; ") + value;
  }
  return text;
}

std::vector<std::vector<std::string>> registration_table(
    const core::Event& event, const std::vector<store::Registration>& registrations) {
  std::vector<std::vector<std::string>> table;
  std::vector<std::string> header = {"email",  "name",          "organisation", "title",
                                     "status", "registered_at", "attended_at",  "participation"};
  for (const core::EventQuestion& question : event.input.questions)
    header.push_back(question.id);
  table.push_back(std::move(header));
  for (const store::Registration& registration : registrations) {
    const core::RegistrantInput& who = registration.registrant;
    std::vector<std::string> row = {
        who.email,
        who.name,
        who.organisation,
        who.title,
        std::string{core::to_string(registration.status)},
        helsinki_rfc3339(registration.registered_at),
        registration.attended_at ? helsinki_rfc3339(*registration.attended_at) : "",
        std::string{core::to_string(core::participation_of(who, event.input))}};
    for (const core::EventQuestion& question : event.input.questions)
      row.push_back(answer_text(registration, question.id));
    table.push_back(std::move(row));
  }
  return table;
}

void write_registrations_csv(const core::Event& event,
                             const std::vector<store::Registration>& registrations,
                             std::ostream& out) {
  for (const std::vector<std::string>& row : registration_table(event, registrations))
    write_row(out, row);
}

}  // namespace tori::web

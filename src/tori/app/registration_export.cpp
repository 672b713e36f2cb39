// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations to CSV: escaping, formula neutralisation and the question columns.
#include "tori/app/registration_export.hpp"

#include <chrono>

#include "tori/text/time_format.hpp"

namespace tori::app {
namespace {

std::string answer_text(const store::Registration& registration, const std::string& question) {
  std::string text;
  for (const core::RegistrationAnswer& answer : registration.registrant.answers) {
    if (answer.question_id != question) continue;
    for (const std::string& value : answer.values)
      text += (text.empty() ? "" : "; ") + value;
  }
  return text;
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    out << (i == 0 ? "" : ",") << csv_cell(cells[i]);
  out << "\r\n";
}

}  // namespace

std::string csv_cell(std::string_view text) {
  std::string cell;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    cell = "'";
  }
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell)
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void write_registrations_csv(const core::Event& event,
                             const std::vector<store::Registration>& registrations,
                             std::ostream& out) {
  std::vector<std::string> header = {"email", "name",   "organisation",
                                     "title", "status", "registered_at"};
  for (const core::EventQuestion& question : event.input.questions)
    header.push_back(question.id);
  write_row(out, header);
  for (const store::Registration& registration : registrations) {
    const core::RegistrantInput& who = registration.registrant;
    std::vector<std::string> row = {
        who.email,
        who.name,
        who.organisation,
        who.title,
        std::string{core::to_string(registration.status)},
        text::format_rfc3339_helsinki(
            std::chrono::time_point_cast<std::chrono::seconds>(registration.registered_at))};
    for (const core::EventQuestion& question : event.input.questions) {
      row.push_back(answer_text(registration, question.id));
    }
    write_row(out, row);
  }
}

}  // namespace tori::app

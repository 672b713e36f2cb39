// SPDX-License-Identifier: AGPL-3.0-or-later
// The edit form read: the posted values, the stored details as values, the details the values
// make with the problems beside their inputs.
#include "tori/web/networks/network_edit_form.hpp"

#include <algorithm>
#include <set>

#include "tori/text/slug.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kPeoplePrefix = "people-";

// Adds `problem` unless its input has one already.
void add_edit_problem(std::vector<EditFormProblem>& problems, EditFormProblem problem) {
  if (std::ranges::any_of(problems, [&](const auto& p) { return p.field == problem.field; }))
    return;
  problems.push_back(std::move(problem));
}

// Each non-empty line of `text` (trimmed) with its number, from 1.
std::vector<std::pair<std::size_t, std::string>> edit_lines(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string>> lines;
  for (std::size_t number = 1;; ++number) {
    const std::size_t end = text.find('\n');
    std::string line = typed_line(text.substr(0, end));
    if (!line.empty()) lines.emplace_back(number, std::move(line));
    if (end == std::string_view::npos) return lines;
    text.remove_prefix(end + 1);
  }
}

bool blank_meeting_row(const MeetingRow& row) {
  return row.stored.empty() && row.date.empty() && row.place.empty() && row.agenda.empty() &&
         !row.remote;
}

// The stored meeting a row edits, once: nullptr for a new one (or an index given twice).
const core::NetworkMeeting* edited_meeting(const MeetingRow& row, const store::Network& network,
                                           std::set<std::size_t>& used) {
  const int index = typed_number(row.stored, 3);
  if (index < 0) return nullptr;
  const auto at = static_cast<std::size_t>(index);
  if (at >= network.input.meetings.size() || !used.insert(at).second) return nullptr;
  return &network.input.meetings[at];
}

// One row as a meeting (nothing for an empty or removed row), its problems added.
std::optional<core::NetworkMeeting> edit_form_meeting(const MeetingRow& row, std::size_t number,
                                                      const store::Network& network,
                                                      std::set<std::size_t>& used,
                                                      std::vector<EditFormProblem>& problems) {
  const core::NetworkMeeting* stored = edited_meeting(row, network, used);
  if (row.remove || blank_meeting_row(row)) return std::nullopt;
  core::NetworkMeeting meeting{typed_date(row.date),
                               row.place,
                               row.remote,
                               row.agenda,
                               "",
                               "",
                               core::MeetingRegistration::kMembers};
  if (stored != nullptr) {
    meeting.minutes = stored->minutes;
    meeting.event = stored->event;
  }
  if (row.date.empty()) {
    add_edit_problem(problems,
                     {meeting_row_name(number, "date"), "network_edit.error.date_required"});
  } else if (meeting.date.empty()) {
    add_edit_problem(problems, {meeting_row_name(number, "date"), "network_edit.error.date"});
  }
  const auto registration = core::parse_meeting_registration(row.registration);
  if (registration) {
    meeting.registration = *registration;
  } else if (!row.registration.empty()) {
    add_edit_problem(problems,
                     {meeting_row_name(number, "registration"), "network_edit.error.registration"});
  }
  return meeting;
}

// The people typed beside each member whose field was posted, with their lines.
void edit_form_people(const EditFormValues& values, const store::Network& network,
                      EditFormReading& reading) {
  reading.lines.people.resize(network.organisations.size());
  for (std::size_t i = 0; i < network.organisations.size(); ++i) {
    const std::string& slug = network.organisations[i].slug;
    const auto typed = values.people.find(slug);
    if (typed == values.people.end()) continue;
    std::vector<core::AppointedPerson>& people = reading.details.people[slug];
    for (const auto& [number, line] : edit_lines(typed->second)) {
      people.push_back(appointed_person_of(line));
      reading.lines.people[i].push_back(number);
    }
  }
}

// The results typed, each line a practice that exists.
void edit_form_results(const EditFormValues& values,
                       const std::function<bool(std::string_view)>& practice_exists,
                       EditFormReading& reading) {
  for (const auto& [number, line] : edit_lines(values.results)) {
    const std::string slug = practice_slug_of(line);
    const char* key = slug.empty()             ? "network_edit.error.result_address"
                      : !practice_exists(slug) ? "network_edit.error.result_unknown"
                                               : nullptr;
    if (key != nullptr) {
      add_edit_problem(reading.problems, {"results", key, 0, static_cast<long long>(number), line});
      continue;
    }
    reading.details.results.push_back(slug);
    reading.lines.results.push_back(number);
  }
}

// A text finding as the key "network_edit.error.<prefix><kind>" with its limit.
EditFormProblem edit_text_problem(std::string field, std::string_view prefix,
                                  const core::FieldError& finding) {
  const auto common = common_field_problem(finding.message);
  const std::string_view kind = common ? common->kind : "characters";
  return {std::move(field), "network_edit.error." + std::string(prefix) + std::string(kind),
          common ? common->limit : 0};
}

// A finding in members[index]: the people's count, or a person's name or title.
EditFormProblem edit_people_problem(const core::FieldError& finding, std::size_t index,
                                    std::string_view rest, const EditFormLines& lines,
                                    const store::Network& network) {
  if (index >= network.organisations.size() || !rest.starts_with(".people"))
    return {"form", "network_edit.error.network"};
  std::string field = std::string(kPeoplePrefix) + network.organisations[index].slug;
  if (rest == ".people") {
    return {std::move(field), "network_edit.error.too_many_people",
            static_cast<long long>(core::kMaxAppointedPeople)};
  }
  const auto [person, part] = field_list_index(rest);
  EditFormProblem problem = edit_text_problem(std::move(field), "person_", finding);
  if (part == ".name" && problem.key.ends_with("_required"))
    problem.key = "network_edit.error.person_name";
  const auto& numbers = lines.people.at(index);
  if (person >= 0 && static_cast<std::size_t>(person) < numbers.size())
    problem.line = static_cast<long long>(numbers[static_cast<std::size_t>(person)]);
  return problem;
}

// A finding in results[index]: named twice, or not a slug.
EditFormProblem edit_result_problem(const core::FieldError& finding, std::size_t index,
                                    const EditFormLines& lines,
                                    const std::vector<std::string>& results) {
  EditFormProblem problem{"results", "network_edit.error.result_address"};
  if (finding.message.find("twice") != std::string::npos)
    problem.key = "network_edit.error.result_twice";
  if (index < lines.results.size()) problem.line = static_cast<long long>(lines.results[index]);
  if (index < results.size()) problem.text = results[index];
  return problem;
}

}  // namespace

std::string meeting_row_name(std::size_t row, std::string_view field) {
  return "meeting" + std::to_string(row) + "_" + std::string(field);
}

EditFormValues read_edit_form(const http::Form& form) {
  EditFormValues values;
  values.goals = typed_text(form.get("goals"));
  values.listed = form.has("listed");
  values.board = typed_line(form.get("board"));
  values.results = typed_text(form.get("results"));
  for (std::size_t i = 0; i < kMaxEditFormRows; ++i) {
    const std::optional<std::string> date = form.find(meeting_row_name(i, "date"));
    if (!date) break;
    values.meetings.push_back(
        {.stored = typed_line(form.get(meeting_row_name(i, "stored"))),
         .date = typed_line(*date),
         .place = typed_line(form.get(meeting_row_name(i, "place"))),
         .registration = typed_line(form.get(meeting_row_name(i, "registration"))),
         .agenda = typed_text(form.get(meeting_row_name(i, "agenda"))),
         .remote = form.has(meeting_row_name(i, "remote")),
         .remove = form.has(meeting_row_name(i, "remove"))});
  }
  for (const http::FormField& field : form.fields()) {
    if (field.name.starts_with(kPeoplePrefix))
      values.people[field.name.substr(kPeoplePrefix.size())] = typed_text(field.value);
  }
  return values;
}

EditFormValues edit_form_values(const store::Network& network) {
  const core::NetworkInput& input = network.input;
  EditFormValues values{.goals = input.goals,
                        .listed = input.listed,
                        .board = std::string(core::to_string(input.board))};
  for (const std::string& slug : input.results)
    values.results += (values.results.empty() ? "" : "\n") + slug;
  for (std::size_t i = 0; i < input.meetings.size(); ++i) {
    const core::NetworkMeeting& meeting = input.meetings[i];
    values.meetings.push_back({.stored = std::to_string(i),
                               .date = meeting.date,
                               .place = meeting.place,
                               .registration = std::string(core::to_string(meeting.registration)),
                               .agenda = meeting.agenda,
                               .remote = meeting.remote});
  }
  for (std::size_t i = 0; i < input.members.size() && i < network.organisations.size(); ++i) {
    std::string& lines = values.people[network.organisations[i].slug];
    for (const core::AppointedPerson& person : input.members[i].people) {
      lines += (lines.empty() ? "" : "\n") + person.name;
      if (!person.title.empty()) lines += ", " + person.title;
    }
  }
  return values;
}

std::string practice_slug_of(std::string_view line) {
  const std::string path = "/" + std::string(line.substr(0, line.find_first_of("?#")));
  std::string_view slug = path;
  while (slug.ends_with('/'))
    slug.remove_suffix(1);
  constexpr std::string_view kPractices = "/teot/";
  if (const auto at = slug.rfind(kPractices); at != std::string_view::npos) {
    slug.remove_prefix(at + kPractices.size());
  } else if (!slug.empty()) {
    slug.remove_prefix(1);  // the slug alone
  }
  return text::is_valid_slug(slug) ? std::string(slug) : "";
}

core::AppointedPerson appointed_person_of(std::string_view line) {
  const std::size_t comma = line.find(',');
  if (comma == std::string_view::npos) return {typed_line(line), ""};
  return {typed_line(line.substr(0, comma)), typed_line(line.substr(comma + 1))};
}

EditFormReading parse_edit_form(const EditFormValues& values, const store::Network& network,
                                const std::function<bool(std::string_view)>& practice_exists) {
  EditFormReading reading;
  store::NetworkDetails& details = reading.details;
  details.goals = values.goals;
  details.listed = values.listed;
  if (const auto board = core::parse_board_visibility(values.board)) {
    details.board = *board;
  } else {
    add_edit_problem(reading.problems, {"board", "network_edit.error.board"});
  }
  std::set<std::size_t> used;
  for (std::size_t i = 0; i < values.meetings.size(); ++i) {
    if (auto meeting = edit_form_meeting(values.meetings[i], i, network, used, reading.problems)) {
      details.meetings.push_back(std::move(*meeting));
      reading.lines.meetings.push_back(i);
    }
  }
  edit_form_people(values, network, reading);
  edit_form_results(values, practice_exists, reading);
  if (!reading.problems.empty()) return reading;
  core::NetworkInput input = network.with_details(details);
  input.meetings = details.meetings;  // in the rows' order, so that findings name their rows
  for (const core::FieldError& finding : core::validate_network_input(input))
    add_edit_problem(reading.problems, edit_form_problem(finding, reading.lines, details, network));
  return reading;
}

EditFormProblem edit_form_problem(const core::FieldError& finding, const EditFormLines& lines,
                                  const store::NetworkDetails& details,
                                  const store::Network& network) {
  const std::string_view field = finding.field;
  if (field == "goals") return edit_text_problem("goals", "", finding);
  if (field == "meetings") {
    return {"meetings", "network_edit.error.too_many_meetings",
            static_cast<long long>(core::kMaxNetworkMeetings)};
  }
  if (field == "results") {
    return {"results", "network_edit.error.too_many_results",
            static_cast<long long>(core::kMaxNetworkResults)};
  }
  const auto [index, rest] = field_list_index(field);
  const auto at = static_cast<std::size_t>(index);
  if (index < 0) return {"form", "network_edit.error.network"};
  if (field.starts_with("meetings[") && at < lines.meetings.size()) {
    const std::size_t row = lines.meetings[at];
    if (rest == ".date") return {meeting_row_name(row, "date"), "network_edit.error.date"};
    if (rest == ".place" || rest == ".agenda")
      return edit_text_problem(meeting_row_name(row, rest.substr(1)), "", finding);
  }
  if (field.starts_with("members[")) return edit_people_problem(finding, at, rest, lines, network);
  if (field.starts_with("results["))
    return edit_result_problem(finding, at, lines, details.results);
  return {"form", "network_edit.error.network"};
}

FormErrors edit_form_errors(const Services& services, Language language,
                            const std::vector<EditFormProblem>& problems) {
  FormErrors errors;
  for (const EditFormProblem& problem : problems) {
    errors.add(problem.field,
               services.catalogue.format(
                   language, problem.key,
                   {{"limit", problem.limit}, {"line", problem.line}, {"text", problem.text}}));
  }
  return errors;
}

}  // namespace tori::web

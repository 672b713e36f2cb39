// SPDX-License-Identifier: AGPL-3.0-or-later
// The leaders' form of a network's details, /verkostot/{slug}/muokkaa: the goals, listing, board
// visibility and results; the meetings as rows (more rows without JavaScript; a stored meeting's
// minutes and event kept); the people each member organisation appointed, one "Name, title" a line.
//
//   EditFormValues values = read_edit_form(form);  // as typed, kept for re-showing
//   EditFormReading reading = parse_edit_form(values, network, practice_exists);
//   if (reading.problems.empty()) store.networks().save_details(network.id, reading.details, now);
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/network.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/store/network_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// GET and POST of the form, in fi, sv (/sv/…) and en (/en/…); leaders and editors only.
void add_network_edit_routes(http::Router& router, const Services& services);

// One meeting as typed ("meeting<N>_…"). `stored` is the index in input.meetings of the meeting
// the row edits ("" a new one): its minutes and event are kept.
struct MeetingRow {
  std::string stored{}, date{}, place{}, registration{}, agenda{};
  bool remote = false;
  bool remove = false;
  bool operator==(const MeetingRow&) const = default;
};

// The form as typed: text as it came, so that a malformed date or line is shown back as it was.
struct EditFormValues {
  std::string goals{};
  bool listed = false;
  std::string board{};    // "members", "public"
  std::string results{};  // a practice a line
  std::vector<MeetingRow> meetings{};
  std::map<std::string, std::string, std::less<>> people{};  // "people-<slug>" by the slug
  bool operator==(const EditFormValues&) const = default;
};

// Rows read from a form stop at the first number without its date field, and after this many
// (one more than the validator allows, so that too many is told rather than cut).
inline constexpr std::size_t kMaxEditFormRows = core::kMaxNetworkMeetings + 1;

// "meeting3_date".
[[nodiscard]] std::string meeting_row_name(std::size_t row, std::string_view field);

// The posted values (trimmed).
[[nodiscard]] EditFormValues read_edit_form(const http::Form& form);
// The stored details as the form shows them: dates as YYYY-MM-DD (the date input's own form),
// results by slug, people as "Name, title" lines.
[[nodiscard]] EditFormValues edit_form_values(const store::Network& network);

// The slug of the practice a results line names: "/teot/{slug}", a full address of a practice
// page (any language, a trailing "/", query or fragment) or the slug itself; "" when it names none.
[[nodiscard]] std::string practice_slug_of(std::string_view line);
// One person a line: the name, then the title after the first comma (both trimmed).
[[nodiscard]] core::AppointedPerson appointed_person_of(std::string_view line);

// What is wrong with one input: its name ("goals", "board", "results", "meetings" for the group,
// "meeting2_date", "people-<slug>", "form" for the whole), the catalogue key of the message and
// its arguments (a limit, a line of a textarea counted from 1, what the line said).
struct EditFormProblem {
  std::string field;
  std::string key;
  long long limit = 0;
  long long line = 0;
  std::string text{};
  bool operator==(const EditFormProblem&) const = default;
};

// Where the parts of the details came from: the form's row of each meeting, the textarea line of
// each member's each person (in the members' order) and of each result.
struct EditFormLines {
  std::vector<std::size_t> meetings;
  std::vector<std::vector<std::size_t>> people;
  std::vector<std::size_t> results;
};

// The details the values make and every problem, at most one per input: first what cannot be
// read (dates, a board or registration not offered, a results line naming no practice:
// `practice_exists(slug)` asks), then what validate_network_input finds in the network with
// these details. Empty and removed rows are left out; a member whose people were not posted keeps
// its people.
struct EditFormReading {
  store::NetworkDetails details;
  EditFormLines lines;
  std::vector<EditFormProblem> problems;
};
[[nodiscard]] EditFormReading parse_edit_form(
    const EditFormValues& values, const store::Network& network,
    const std::function<bool(std::string_view)>& practice_exists);

// The input a validate_network_input finding (in the network with `details`) is shown beside.
[[nodiscard]] EditFormProblem edit_form_problem(const core::FieldError& finding,
                                                const EditFormLines& lines,
                                                const store::NetworkDetails& details,
                                                const store::Network& network);

// The problems as messages in `language`, beside their inputs ("edit-<field>").
[[nodiscard]] FormErrors edit_form_errors(const Services& services, Language language,
                                          const std::vector<EditFormProblem>& problems);

}  // namespace tori::web

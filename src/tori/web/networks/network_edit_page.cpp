// SPDX-License-Identifier: AGPL-3.0-or-later
// The edit form's handlers: GET shows the stored details, POST adds meeting rows, re-shows with
// errors (422) or a refused CSRF token (403), or saves (audited) and goes back to the network.
#include <ctemplate/template.h>

#include "tori/core/ranking.hpp"  // start_of_helsinki_day
#include "tori/store/store.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_access.hpp"
#include "tori/web/networks/network_board_forward.hpp"  // audit_network
#include "tori/web/networks/network_edit_form.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// What one showing of the form holds.
struct EditFormView {
  EditFormValues values{};
  FormErrors errors{};
  std::size_t blank_rows = 2;  // empty meeting rows added
  int status = 200;
};

// Shows `field`'s error (section <SECTION>_ERROR with MESSAGE) when it has one.
void show_edit_error(Dictionary& dictionary, const FormErrors& errors, const std::string& field,
                     const char* section) {
  if (const std::string message = errors.message(field); !message.empty())
    dictionary.SetValueAndShowSection("MESSAGE", message, std::string(section) + "_ERROR");
}

// A stored meeting's event page and kept minutes, told beside its row.
void fill_edit_meeting_stored(Dictionary& row, const Services& services, Language language,
                              const store::Network& network, const MeetingRow& typed) {
  const int index = typed_number(typed.stored, 3);
  if (index < 0 || static_cast<std::size_t>(index) >= network.input.meetings.size()) return;
  const core::NetworkMeeting& stored = network.input.meetings[static_cast<std::size_t>(index)];
  if (!stored.minutes.empty()) row.ShowSection("MINUTES_KEPT");
  if (stored.event.empty()) return;
  if (const auto event = services.store.events().find_by_external_id(stored.event)) {
    row.SetValueAndShowSection("EVENT_URL", localised_path(language, "/tapahtumat/" + event->slug),
                               "EVENT");
  }
}

void fill_edit_meeting(Dictionary& row, const Services& services, Language language,
                       const store::Network& network, const FormErrors& errors, std::size_t number,
                       const MeetingRow& typed) {
  row.SetIntValue("N", static_cast<long>(number));
  row.SetIntValue("NUMBER", static_cast<long>(number + 1));
  row.SetValue("STORED", typed.stored);
  row.SetValue("DATE", typed.date);
  // A date input drops a value that is no YYYY-MM-DD date: such a value is shown as typed text.
  const bool iso = typed.date.empty() || core::start_of_helsinki_day(typed.date).has_value();
  row.SetValue("DATE_TYPE", iso ? "date" : "text");
  row.SetValue("PLACE", typed.place);
  row.SetValue("AGENDA", typed.agenda);
  if (typed.remote) row.ShowSection("REMOTE");
  row.ShowSection(typed.registration == "open" ? "OPEN" : "MEMBERS_ONLY");
  if (!typed.stored.empty()) {  // a stored meeting
    Dictionary* remove = row.AddSectionDictionary("REMOVABLE");
    if (typed.remove) remove->ShowSection("REMOVE");
  }
  for (const auto& [field, section] :
       {std::pair{"date", "DATE"}, std::pair{"place", "PLACE"},
        std::pair{"registration", "REGISTRATION"}, std::pair{"agenda", "AGENDA"}})
    show_edit_error(row, errors, meeting_row_name(number, field), section);
  fill_edit_meeting_stored(row, services, language, network, typed);
}

void fill_edit_people(Dictionary& body, const store::Network& network, const EditFormView& view) {
  if (network.organisations.empty()) body.ShowSection("NO_MEMBERS");
  for (const core::Named& organisation : network.organisations) {
    Dictionary* member = body.AddSectionDictionary("MEMBER");
    member->SetValue("SLUG", organisation.slug);
    member->SetValue("NAME", organisation.name);
    const auto typed = view.values.people.find(organisation.slug);
    member->SetValue("PEOPLE", typed == view.values.people.end() ? "" : typed->second);
    show_edit_error(*member, view.errors, "people-" + organisation.slug, "PEOPLE");
  }
}

void fill_edit_form(Dictionary& body, const Services& services, Language language,
                    const store::Network& network, const EditFormView& view) {
  const EditFormValues& values = view.values;
  body.SetValue("GOALS", values.goals);
  if (values.listed) body.ShowSection("LISTED");
  body.ShowSection(values.board == "public" ? "BOARD_PUBLIC" : "BOARD_MEMBERS");
  body.SetValue("RESULTS", values.results);
  const std::size_t rows = values.meetings.size() + view.blank_rows;
  for (std::size_t i = 0; i < rows && i < kMaxEditFormRows; ++i) {
    const MeetingRow blank{.registration = "members"};
    fill_edit_meeting(*body.AddSectionDictionary("MEETING"), services, language, network,
                      view.errors, i, i < values.meetings.size() ? values.meetings[i] : blank);
  }
  fill_edit_people(body, network, view);
}

// The network's page when it is listed, else its members' area (an unlisted network has no
// public page).
std::string edit_return_path(const store::Network& network, bool listed) {
  return "/verkostot/" + network.input.slug + (listed ? "" : "/jasenalue");
}

http::Response edit_form_page(const Services& services, Language language,
                              const NetworkLeaderGate& gate, const EditFormView& view) {
  const store::Network& network = *gate.network;
  Page page(language, "network_edit");
  page.meta.title =
      services.catalogue.format(language, "network_edit.title", {{"network", network.input.name}});
  page.meta.path = "/verkostot/" + network.input.slug + "/muokkaa";
  page.meta.nav = NavItem::kNetworks;
  Dictionary& body = page.body();
  body.SetValue("NAME", network.input.name);
  body.SetValue("BACK_URL",
                localised_path(language, edit_return_path(network, network.input.listed)));
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", gate.visitor.csrf_token);
  fill_errors(body, "edit", view.errors);
  fill_edit_form(body, services, language, network, view);
  return render_form(services, page, gate.visitor, view.status);
}

http::Response edit_form_get(const http::Request& request, const Services& services,
                             Language language) {
  NetworkLeaderGate gate = network_leader_gate(request, services, language, "/muokkaa");
  if (gate.refusal) return std::move(*gate.refusal);
  return edit_form_page(services, language, gate,
                        EditFormView{.values = edit_form_values(*gate.network)});
}

// Stores the details (unless they are the stored ones), records the edit in the audit log and
// goes back to the network with a notice; a practice removed meanwhile is shown as a problem.
http::Response edit_form_save(const http::Request& request, const Services& services,
                              Language language, const NetworkLeaderGate& gate, EditFormView view,
                              const store::NetworkDetails& details) {
  const store::Network& network = *gate.network;
  const store::DetailsSaved saved =
      services.store.networks().save_details(network.id, details, store::utc_now());
  switch (saved.outcome) {
    case store::DetailsSaveOutcome::kUnknownNetwork:
      return error_page(services, language, 404);  // removed meanwhile
    case store::DetailsSaveOutcome::kUnknownEvent:
      return error_page(services, language, 409);
    case store::DetailsSaveOutcome::kUnknownPractice:
      view.errors = edit_form_errors(
          services, language, {{"results", "network_edit.error.result_gone", 0, 0, saved.unknown}});
      view.status = 422;
      return edit_form_page(services, language, gate, view);
    case store::DetailsSaveOutcome::kSaved:
    case store::DetailsSaveOutcome::kUnchanged:
      break;
  }
  const bool changed = saved.outcome == store::DetailsSaveOutcome::kSaved;
  audit_network(request, services, *gate.visitor.account, "network.edit", network.input.slug,
                json_detail({{"outcome", changed ? "saved" : "unchanged"},
                             {"meetings", std::to_string(details.meetings.size())},
                             {"results", std::to_string(details.results.size())}}));
  return redirect_with(
      gate.visitor, language,
      with_notice(edit_return_path(network, details.listed), changed ? "saved" : "unchanged"));
}

http::Response edit_form_post(const http::Request& request, const Services& services,
                              Language language) {
  NetworkLeaderGate gate = network_leader_gate(request, services, language, "/muokkaa");
  if (gate.refusal) return std::move(*gate.refusal);
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  EditFormView view{.values = read_edit_form(*posted.form), .blank_rows = 0};
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return edit_form_page(services, language, gate, view);
  }
  if (posted.form->get("action") == "more-rows") {
    view.blank_rows = 3;
    return edit_form_page(services, language, gate, view);
  }
  const auto practice_exists = [&services](std::string_view slug) {
    return services.store.practices().find_by_slug(slug).has_value();
  };
  const EditFormReading reading = parse_edit_form(view.values, *gate.network, practice_exists);
  if (!reading.problems.empty()) {
    view.errors = edit_form_errors(services, language, reading.problems);
    view.status = 422;
    return edit_form_page(services, language, gate, view);
  }
  return edit_form_save(request, services, language, gate, std::move(view), reading.details);
}

}  // namespace

void add_network_edit_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot/{slug}/muokkaa", edit_form_get);
  add_localised(router, services, "POST", "/verkostot/{slug}/muokkaa", edit_form_post);
}

}  // namespace tori::web

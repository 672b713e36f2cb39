// SPDX-License-Identifier: AGPL-3.0-or-later
// The members' area: its gate, the page with participants, meeting documents and (for leaders)
// the join requests, and its routes.
#include "tori/web/networks/network_members_area.hpp"

#include <algorithm>

#include <ctemplate/template.h>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_members_view.hpp"
#include "tori/web/networks/network_view.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// A leader's form of the meeting's minutes (re-shown with its error after a refusal).
void fill_minutes_form(Dictionary& item, Language language, const MembersArea& area,
                       const MembersAreaForms& forms, std::size_t index) {
  Dictionary* form = item.AddSectionDictionary("MINUTES_FORM");
  form->SetValue("INDEX", std::to_string(index));
  form->SetValue("ACTION", localised_path(language, area.path() + "/tapaamiset/" +
                                                        std::to_string(index) + "/muistio"));
  form->SetValue("CSRF", area.visitor.csrf_token);
  const bool refused = forms.minutes_meeting == static_cast<std::int64_t>(index);
  form->SetValue("TEXT", refused ? forms.minutes_text : area.network.input.meetings[index].minutes);
  if (!refused) return;
  form->ShowSection("MINUTES_OPEN");
  for (const FormErrors::Error& error : forms.minutes_errors.all())
    form->SetValueAndShowSection("MESSAGE", error.message, "MINUTES_ERROR");
}

void fill_documents(Dictionary& body, Language language, const MembersArea& area,
                    const MembersAreaForms& forms) {
  const core::NetworkInput& network = area.network.input;
  std::vector<const core::NetworkMeeting*> meetings;
  for (const core::NetworkMeeting& meeting : network.meetings)
    meetings.push_back(&meeting);
  std::ranges::sort(meetings, std::ranges::greater{}, &core::NetworkMeeting::date);
  if (meetings.empty()) body.ShowSection("NO_MEETINGS");
  for (const core::NetworkMeeting* meeting : meetings) {
    Dictionary* item = body.AddSectionDictionary("MEETING");
    item->SetValue("DATE", meeting_date(meeting->date, language));
    item->SetValue("DATETIME", meeting->date);
    if (!meeting->place.empty()) item->SetValueAndShowSection("PLACE", meeting->place, "HAS_PLACE");
    if (!meeting->agenda.empty())
      item->AddSectionDictionary("AGENDA")->SetValue("HTML",
                                                     text::markdown_to_html(meeting->agenda));
    if (meeting->minutes.empty()) {
      item->ShowSection("NO_MINUTES");
    } else {
      item->AddSectionDictionary("MINUTES")->SetValue("HTML",
                                                      text::markdown_to_html(meeting->minutes));
    }
    if (area.access.leads())
      fill_minutes_form(*item, language, area, forms,
                        static_cast<std::size_t>(meeting - network.meetings.data()));
  }
}

// The slugs of the organisations the visitor administers (and so may take out of the network).
std::vector<std::string> administered_slugs(const MembersArea& area) {
  std::vector<std::string> slugs;
  for (const core::Membership& membership : area.access.memberships) {
    if (membership.state == core::MembershipState::kApproved &&
        membership.role == core::MembershipRole::kAdmin)
      slugs.push_back(membership.organisation_slug);
  }
  return slugs;
}

void fill_participants(Dictionary& body, const Services& services, Language language,
                       const MembersArea& area) {
  const auto& members = area.network.input.members;
  const std::vector<std::string> administered = administered_slugs(area);
  for (std::size_t i = 0; i < members.size() && i < area.network.organisations.size(); ++i) {
    Dictionary* member = body.AddSectionDictionary("MEMBER");
    member->SetValue("NAME", members[i].organisation);
    if (!members[i].people.empty()) {
      Dictionary* people = member->AddSectionDictionary("PEOPLE");
      for (const core::AppointedPerson& person : members[i].people) {
        Dictionary* row = people->AddSectionDictionary("PERSON");
        row->SetValue("PERSON_NAME", person.name);
        if (!person.title.empty()) row->SetValueAndShowSection("TITLE", person.title, "HAS_TITLE");
      }
    }
    const std::string& slug = area.network.organisations[i].slug;
    if (std::ranges::find(administered, slug) == administered.end()) continue;
    Dictionary* leave = member->AddSectionDictionary("LEAVE");
    leave->SetValue("ACTION", localised_path(language, area.path() + "/eroa"));
    leave->SetValue("CSRF", area.visitor.csrf_token);
    leave->SetValue("ORGANISATION", slug);
  }
}

void fill_history(Dictionary& body, const Services& services, Language language,
                  const MembersArea& area) {
  const auto history = services.store.networks().member_history(area.network.id);
  if (history.empty()) return;
  Dictionary* list = body.AddSectionDictionary("HISTORY");
  for (const store::NetworkMemberChange& change : history) {
    Dictionary* row = list->AddSectionDictionary("CHANGE");
    row->SetValue("DATE", board_time(change.at, language));
    row->SetValue("NAME", change.organisation.name);
    row->SetValue("ACTION", services.catalogue.text(language, "networks.history." + change.action));
    if (!change.note.empty()) row->SetValueAndShowSection("NOTE", change.note, "HAS_NOTE");
  }
}

void fill_requests(Dictionary& body, const Services& services, Language language,
                   const MembersArea& area) {
  Dictionary* leads = body.AddSectionDictionary("LEADS");
  leads->SetValue("COSTS_URL", localised_path(language, area.path() + "/kustannukset"));
  leads->SetValue("EDIT_URL", localised_path(language, area.path() + "/muokkaa"));
  const auto requests = services.store.networks().join_requests(area.network.id);
  if (requests.empty()) leads->ShowSection("NO_REQUESTS");
  for (const store::JoinRequest& request : requests) {
    Dictionary* row = leads->AddSectionDictionary("REQUEST");
    row->SetValue("ORGANISATION", request.organisation.name);
    row->SetValue("BY", request.requested_by);
    row->SetValue("DATE", board_time(request.requested_at, language));
    if (!request.message.empty())
      row->SetValueAndShowSection("MESSAGE", request.message, "HAS_MESSAGE");
    row->SetValue("ACTION", localised_path(language, area.path() + "/liittymispyynnot/" +
                                                         std::to_string(request.id)));
    row->SetValue("CSRF", area.visitor.csrf_token);
  }
}

http::Response members_area_get(const http::Request& request, const Services& services,
                                Language language) {
  auto opened = open_members_area(request, services, language, false);
  if (auto* refusal = std::get_if<http::Response>(&opened)) return std::move(*refusal);
  return members_area_page(request, services, language, std::get<MembersArea>(opened), {}, 200);
}

}  // namespace

std::variant<MembersArea, http::Response> open_members_area(const http::Request& request,
                                                            const Services& services,
                                                            Language language, bool leaders_only) {
  Visitor visitor = identify(request, services);
  const std::string slug{request.param("slug")};
  if (!visitor.signed_in())
    return login_redirect(visitor, language, "/verkostot/" + slug + "/jasenalue");
  auto network = services.store.networks().find_by_slug(slug);
  const NetworkAccess access =
      network ? network_access(services, visitor, *network) : NetworkAccess{};
  const int refusal = !network                                                        ? 404
                      : (leaders_only ? access.leads() : access.reads_members_area()) ? 0
                                                                                      : 403;
  if (refusal != 0) {
    http::Response page = error_page(services, language, refusal);
    apply_visitor(page, visitor);
    return page;
  }
  return MembersArea{std::move(*network), access, std::move(visitor)};
}

http::Response members_area_page(const http::Request& request, const Services& services,
                                 Language language, const MembersArea& area,
                                 const MembersAreaForms& forms, int status) {
  Page page(language, "network_members_area");
  page.meta.title =
      services.catalogue.text(language, "networks.area.title") + ": " + area.network.input.name;
  page.meta.path = area.path() + "/jasenalue";
  page.meta.nav = NavItem::kNetworks;
  page.meta.indexable = false;
  Dictionary& body = page.body();
  body.SetValue("NAME", area.network.input.name);
  body.SetValue("NETWORK_URL", localised_path(language, area.path()));
  fill_notice(body, request, services, language);
  fill_members_board(body, services, language, area, forms);
  fill_documents(body, language, area, forms);
  fill_participants(body, services, language, area);
  fill_history(body, services, language, area);
  if (area.access.leads()) fill_requests(body, services, language, area);
  return render_form(services, page, area.visitor, status);
}

void add_network_members_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot/{slug}/jasenalue", members_area_get);
  add_network_board_routes(router, services);
  add_network_membership_routes(router, services);
}

}  // namespace tori::web

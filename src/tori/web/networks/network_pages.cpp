// SPDX-License-Identifier: AGPL-3.0-or-later
// The networks' list (/verkostot) and one network's public page (/verkostot/{slug}).
#include "tori/web/networks/network_pages.hpp"

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_costs_pages.hpp"
#include "tori/web/networks/network_edit_form.hpp"
#include "tori/web/networks/network_members_area.hpp"
#include "tori/web/networks/network_view.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_network_card(Dictionary& item, const Services& services, Language language,
                       const store::Network& network, std::string_view today) {
  const core::NetworkInput& input = network.input;
  item.SetValue("URL", localised_path(language, "/verkostot/" + input.slug));
  item.SetValue("NAME", input.name);
  item.SetValue("PERIOD", network_period(input, language));
  item.SetValue("MEMBERS", services.catalogue.format(
                               language, "networks.members.count",
                               {{"count", static_cast<long long>(input.members.size())}}));
  if (!input.leaders.empty()) item.SetValueAndShowSection("NAMES", leader_names(input), "LEADERS");
  if (const core::NetworkMeeting* next = core::next_meeting(input, today)) {
    Dictionary* meeting = item.AddSectionDictionary("NEXT");
    meeting->SetValue("DATE", meeting_date(next->date, language));
    meeting->SetValue("DATETIME", next->date);
  }
}

}  // namespace

http::Response network_list_page(const http::Request&, const Services& services,
                                 Language language) {
  const std::string today = helsinki_today();
  Page page(language, "network_list");
  page.meta.title = services.catalogue.text(language, "networks.list.title");
  page.meta.description = services.catalogue.text(language, "networks.list.description");
  page.meta.path = "/verkostot";
  page.meta.nav = NavItem::kNetworks;
  Dictionary& body = page.body();
  Dictionary* running = nullptr;
  Dictionary* ended = nullptr;
  for (const store::Network& network : services.store.networks().all()) {
    if (!network.input.listed) continue;
    Dictionary*& group = network.input.period_until >= today ? running : ended;
    if (group == nullptr)
      group = body.AddSectionDictionary(&group == &running ? "RUNNING" : "ENDED");
    fill_network_card(*group->AddSectionDictionary("NETWORK"), services, language, network, today);
  }
  if (running == nullptr && ended == nullptr) body.ShowSection("NONE");
  return render_page(services, page);
}

http::Response network_page(const http::Request& request, const Services& services,
                            Language language) {
  const auto network = services.store.networks().find_by_slug(request.param("slug"));
  if (!network || !network->input.listed) return error_page(services, language, 404);
  const core::NetworkInput& input = network->input;
  const std::string today = helsinki_today();
  Page page(language, "network");
  page.meta.title = input.name;
  page.meta.description = text::markdown_to_text(input.goals, 300);
  page.meta.path = "/verkostot/" + input.slug;
  page.meta.nav = NavItem::kNetworks;
  Dictionary& body = page.body();
  body.SetValue("NAME", input.name);
  body.SetValue("PERIOD", network_period(input, language));
  body.SetValue("GOALS", text::markdown_to_html(input.goals));
  fill_notice(body, request, services, language);
  body.SetValue("AREA_URL", localised_path(language, page.meta.path + "/jasenalue"));
  body.SetValue("JOIN_URL", localised_path(language, page.meta.path + "/liity"));
  fill_network_leaders(body, input);
  fill_network_members(body, services, language, *network);
  fill_network_meetings(body, services, language, input, today);
  fill_network_board(body, services, language, input);
  fill_network_results(body, language, *network);
  return render_page(services, page);
}

void add_network_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot", network_list_page);
  add_localised(router, services, "GET", "/verkostot/{slug}", network_page);
  add_network_members_routes(router, services);
  add_network_costs_routes(router, services);
  add_network_edit_routes(router, services);
}

}  // namespace tori::web

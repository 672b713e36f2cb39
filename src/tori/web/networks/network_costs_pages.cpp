// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's costs for its leaders: the gate, the printable page and the CSV download.
#include "tori/web/networks/network_costs_pages.hpp"

#include <sstream>

#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_access.hpp"
#include "tori/web/networks/network_costs_form.hpp"
#include "tori/web/networks/network_costs_table.hpp"
#include "tori/web/networks/network_costs_view.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

http::Response costs_refusal(const Services& services, Language language, const Visitor& visitor,
                             int status) {
  http::Response response = error_page(services, language, status);
  apply_visitor(response, visitor);
  return response;
}

http::Response network_costs_page(const http::Request& request, const Services& services,
                                  Language language) {
  NetworkCostsGate gate = network_costs_gate(request, services, language, "");
  if (gate.refusal) return std::move(*gate.refusal);
  const store::Network& network = *gate.network;
  const std::string path = network_costs_path(network.input.slug);
  Page page(language, "network_costs");
  page.meta.title =
      services.catalogue.format(language, "network_costs.title", {{"network", network.input.name}});
  page.meta.path = path;
  page.meta.nav = NavItem::kNetworks;
  Dictionary& body = page.body();
  body.SetValue("NAME", network.input.name);
  body.SetValue("NETWORK_URL", localised_path(language, "/verkostot/" + network.input.slug));
  body.SetValue("CSV_URL", localised_path(language, path + ".csv"));
  body.SetValue("EDIT_URL", localised_path(language, path + "/muokkaa"));
  fill_notice(body, request, services, language);
  const auto rows = network_cost_rows(network);
  if (!rows) body.ShowSection("UNSPLIT");
  const std::vector<NetworkCostRow> none;
  fill_costs_facts(body, services, language, network, rows ? *rows : none);
  fill_costs_summary(body, language, network, rows ? *rows : none);
  fill_shared_days(body, language, rows ? *rows : none);
  fill_costs_history(body, services, language, services.store.networks().cost_history(network.id));
  return render_form(services, page, gate.visitor);
}

// The invoicing rows as a download, recorded in the audit log with who took it and how many rows.
http::Response network_costs_csv(const http::Request& request, const Services& services,
                                 Language language) {
  NetworkCostsGate gate = network_costs_gate(request, services, language, ".csv");
  if (gate.refusal) return std::move(*gate.refusal);
  const store::Network& network = *gate.network;
  const auto rows = network_cost_rows(network);
  if (!rows) return costs_refusal(services, language, gate.visitor, 409);
  store::AuditEntry entry =
      staff_audit(services, request, *gate.visitor.account, "network_costs.export", "network",
                  json_detail({{"slug", network.input.slug},
                               {"format", "csv"},
                               {"rows", std::to_string(rows->size())}}));
  entry.object_id = std::to_string(network.id);
  services.store.audit_log().record(entry, store::utc_now());
  std::ostringstream csv;
  write_network_costs_csv(*rows, csv);
  http::Response response{.status = 200, .headers = {}, .body = {}};
  response.body = "\xEF\xBB\xBF" + csv.str();  // the BOM: spreadsheets then read UTF-8
  response.headers.set("Content-Type", "text/csv; charset=utf-8");
  response.headers.set("Content-Disposition",
                       "attachment; filename=\"" + network.input.slug + "-kustannukset.csv\"");
  apply_visitor(response, gate.visitor);
  return response;
}

}  // namespace

std::string network_costs_path(std::string_view slug) {
  return "/verkostot/" + std::string(slug) + "/kustannukset";
}

NetworkCostsGate network_costs_gate(const http::Request& request, const Services& services,
                                    Language language, std::string_view suffix) {
  return network_leader_gate(request, services, language, "/kustannukset" + std::string(suffix));
}

void add_network_costs_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot/{slug}/kustannukset", network_costs_page);
  add_localised(router, services, "GET", "/verkostot/{slug}/kustannukset.csv", network_costs_csv);
  add_network_costs_form_routes(router, services);
}

}  // namespace tori::web

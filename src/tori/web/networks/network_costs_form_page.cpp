// SPDX-License-Identifier: AGPL-3.0-or-later
// The costs form's handlers: GET shows the stored costs, POST adds rows, re-shows with errors
// (422) or a refused CSRF token (403), or saves (audited) and goes back to the costs page.
#include "tori/store/store.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_costs_form.hpp"
#include "tori/web/networks/network_costs_pages.hpp"
#include "tori/web/networks/network_costs_text.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// What one showing of the form holds.
struct CostsFormView {
  CostsFormValues values{};
  FormErrors errors{};
  std::size_t blank_rows = 2;  // empty day rows added
  int status = 200;
};

void fill_costs_form_day(Dictionary& day, const store::Network& network, const FormErrors& errors,
                         std::size_t number, const CostDayRow& row) {
  const std::string name = "day" + std::to_string(number);
  day.SetIntValue("N", static_cast<long>(number));
  day.SetIntValue("NUMBER", static_cast<long>(number + 1));
  day.SetValue("DATE", row.date);
  if (const std::string message = errors.message(name + "_date"); !message.empty())
    day.SetValueAndShowSection("MESSAGE", message, "DATE_ERROR");
  if (const std::string message = errors.message(name + "_participants"); !message.empty()) {
    day.SetValueAndShowSection("MESSAGE", message, "PARTICIPANTS_ERROR");
  }
  for (const core::Named& organisation : network.cost_organisations()) {
    Dictionary* member = day.AddSectionDictionary("MEMBER");
    member->SetValue("SLUG", organisation.slug);
    member->SetValue("NAME", organisation.name);
    if (std::ranges::find(row.participants, organisation.slug) != row.participants.end())
      member->ShowSection("CHECKED");
  }
  if (network.organisations.empty()) day.ShowSection("NO_MEMBERS");
}

void fill_costs_form(Dictionary& body, const store::Network& network, const CostsFormView& view) {
  body.SetValue("PAID_DAYS", view.values.paid_days);
  body.SetValue("DAY_FEE", view.values.day_fee);
  const std::size_t rows = view.values.days.size() + view.blank_rows;
  for (std::size_t i = 0; i < rows && i < kMaxCostFormRows; ++i) {
    const CostDayRow blank;
    fill_costs_form_day(*body.AddSectionDictionary("DAY"), network, view.errors, i,
                        i < view.values.days.size() ? view.values.days[i] : blank);
  }
  for (const core::Named& organisation : network.organisations) {
    Dictionary* share = body.AddSectionDictionary("SHARE");
    share->SetValue("SLUG", organisation.slug);
    share->SetValue("NAME", organisation.name);
    const auto typed = view.values.shares.find(organisation.slug);
    share->SetValue("VALUE", typed == view.values.shares.end() ? "" : typed->second);
    if (const std::string message = view.errors.message("share-" + organisation.slug);
        !message.empty()) {
      share->SetValueAndShowSection("MESSAGE", message, "ERROR");
    }
  }
}

http::Response costs_form_page(const Services& services, Language language,
                               const NetworkCostsGate& gate, const CostsFormView& view) {
  const store::Network& network = *gate.network;
  const std::string costs = network_costs_path(network.input.slug);
  Page page(language, "network_costs_form");
  page.meta.title = services.catalogue.format(language, "network_costs.form.title",
                                              {{"network", network.input.name}});
  page.meta.path = costs + "/muokkaa";
  page.meta.nav = NavItem::kNetworks;
  Dictionary& body = page.body();
  body.SetValue("NAME", network.input.name);
  body.SetValue("COSTS_URL", localised_path(language, costs));
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", gate.visitor.csrf_token);
  fill_errors(body, "costs", view.errors);
  fill_costs_form(body, network, view);
  return render_form(services, page, gate.visitor, view.status);
}

http::Response costs_form_get(const http::Request& request, const Services& services,
                              Language language) {
  NetworkCostsGate gate = network_costs_gate(request, services, language, "/muokkaa");
  if (gate.refusal) return std::move(*gate.refusal);
  return costs_form_page(services, language, gate,
                         CostsFormView{.values = costs_form_values(*gate.network)});
}

// Stores valid costs (unless they are the stored ones but for order), records the edit in the
// audit log and goes back to the costs page with a notice.
http::Response costs_form_save(const http::Request& request, const Services& services,
                               Language language, const NetworkCostsGate& gate,
                               const core::NetworkCosts& costs) {
  const store::Network& network = *gate.network;
  store::CostsSaveOutcome outcome = store::CostsSaveOutcome::kUnchanged;
  if (!same_costs(costs, network.input.costs)) {
    outcome = services.store.networks().save_costs(network.id, costs, gate.visitor.account->id,
                                                   store::utc_now());
  }
  if (outcome == store::CostsSaveOutcome::kUnknownNetwork)
    return error_page(services, language, 404);  // removed meanwhile
  const bool saved = outcome == store::CostsSaveOutcome::kSaved;
  store::AuditEntry entry =
      staff_audit(services, request, *gate.visitor.account, "network.costs", "network",
                  json_detail({{"slug", network.input.slug},
                               {"outcome", saved ? "saved" : "unchanged"},
                               {"day_fee_cents", std::to_string(costs.day_fee_cents)},
                               {"days", std::to_string(costs.days.size())}}));
  entry.object_id = std::to_string(network.id);
  services.store.audit_log().record(entry, store::utc_now());
  return redirect_with(
      gate.visitor, language,
      with_notice(network_costs_path(network.input.slug), saved ? "saved" : "unchanged"));
}

http::Response costs_form_post(const http::Request& request, const Services& services,
                               Language language) {
  NetworkCostsGate gate = network_costs_gate(request, services, language, "/muokkaa");
  if (gate.refusal) return std::move(*gate.refusal);
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  CostsFormView view{.values = read_costs_form(*posted.form), .blank_rows = 0};
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return costs_form_page(services, language, gate, view);
  }
  if (posted.form->get("action") == "more-rows") {
    view.blank_rows = 3;
    return costs_form_page(services, language, gate, view);
  }
  const CostsFormReading reading = parse_costs_form(view.values, *gate.network);
  if (!reading.problems.empty()) {
    view.errors = costs_form_errors(services, language, reading.problems);
    view.status = 422;
    return costs_form_page(services, language, gate, view);
  }
  return costs_form_save(request, services, language, gate, reading.costs);
}

}  // namespace

void add_network_costs_form_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot/{slug}/kustannukset/muokkaa", costs_form_get);
  add_localised(router, services, "POST", "/verkostot/{slug}/kustannukset/muokkaa",
                costs_form_post);
}

}  // namespace tori::web

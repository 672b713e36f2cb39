// SPDX-License-Identifier: AGPL-3.0-or-later
// Administration (/yllapito), for administrators with a second factor: people's roles (by
// address) and the audit log of editorial and administrative actions, newest first, read-only.
#include <algorithm>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr int kAuditPage = 50;
constexpr std::array<core::Role, 4> kRoles = {core::Role::kEditor, core::Role::kJuror,
                                              core::Role::kNetworkLeader, core::Role::kAdmin};

int page_number(const http::Request& request) {
  try {
    return std::clamp(std::stoi(request.query_param("sivu").value_or("1")), 1, 100000);
  } catch (const std::exception&) {
    return 1;
  }
}

void fill_audit(Dictionary& body, const Services& services, Language language, int page) {
  const auto entries = services.store.audit_log().newest(kAuditPage + 1, (page - 1) * kAuditPage);
  for (std::size_t i = 0; i < entries.size() && i < kAuditPage; ++i) {
    const store::AuditEntry& entry = entries[i];
    Dictionary* row = body.AddSectionDictionary("ENTRY");
    row->SetValue(
        "AT", text::format_date_time(std::chrono::floor<std::chrono::seconds>(entry.at), language));
    row->SetValue("ACTOR", entry.actor);
    row->SetValue("ACTION", entry.action);
    row->SetValue("OBJECT", entry.object_type + " " + entry.object_id);
    row->SetValue("DETAIL", entry.detail);
  }
  if (page > 1) {
    body.SetValueAndShowSection(
        "PREVIOUS_URL", localised_path(language, "/yllapito?sivu=" + std::to_string(page - 1)),
        "PREVIOUS");
  }
  if (static_cast<int>(entries.size()) > kAuditPage) {
    body.SetValueAndShowSection(
        "NEXT_URL", localised_path(language, "/yllapito?sivu=" + std::to_string(page + 1)), "NEXT");
  }
}

http::Response admin_page(const http::Request& request, const Services& services, Language language,
                          const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kAdmin)) {
    return std::move(*refusal);
  }
  Page page(language, "admin");
  page.meta.title = services.catalogue.text(language, "admin.title");
  page.meta.path = "/yllapito";
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  for (core::Role role : kRoles) {
    Dictionary* option = body.AddSectionDictionary("ROLE");
    option->SetValue("VALUE", std::string(to_string(role)));
    option->SetValue(
        "LABEL", services.catalogue.text(language, "admin.role." + std::string(to_string(role))));
  }
  if (request.query_param("tallennettu")) body.ShowSection("SAVED");
  fill_audit(body, services, language, page_number(request));
  fill_errors(body, "roles", errors);
  return render_form(services, page, visitor, status);
}

// The roles of the form; the administrator may not take their own admin role away (someone must
// be left to give it back).
http::Response post_roles(const http::Request& request, const Services& services,
                          Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kAdmin)) {
    return std::move(*refusal);
  }
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) {
    return error_page(services, language, posted.form ? posted.refusal : 400);
  }
  std::vector<core::Role> roles;
  for (const std::string& name : posted.form->all("roles")) {
    if (auto role = core::parse_role(name)) roles.push_back(*role);
  }
  const auto account = services.store.accounts().find_by_email(posted.form->get("email"));
  FormErrors errors;
  if (!account) errors.add("email", services.catalogue.text(language, "admin.error.no_account"));
  const bool keeps_admin = std::find(roles.begin(), roles.end(), core::Role::kAdmin) != roles.end();
  if (account && account->id == visitor.account->id && !keeps_admin) {
    errors.add("email", services.catalogue.text(language, "admin.error.own_admin"));
  }
  if (!errors.empty()) return admin_page(request, services, language, errors, 422);
  services.store.accounts().set_roles(account->id, roles, store::utc_now());
  std::string detail = "{\"roles\":[";
  for (std::size_t i = 0; i < roles.size(); ++i) {
    detail += (i ? ",\"" : "\"") + std::string(to_string(roles[i])) + "\"";
  }
  const store::Actor actor = actor_of(services, request, *visitor.account);
  services.store.audit_log().record({.actor_account_id = visitor.account->id,
                                     .actor = visitor.account->email,
                                     .action = "account.roles",
                                     .object_type = "account",
                                     .object_id = std::to_string(account->id),
                                     .detail = detail + "]}",
                                     .ip_hash = actor.ip_hash},
                                    store::utc_now());
  return redirect_with(visitor, language, "/yllapito?tallennettu=1");
}

}  // namespace

void add_admin_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/yllapito",
                [](const http::Request& request, const Services& s, Language language) {
                  return admin_page(request, s, language, {}, 200);
                });
  add_localised(router, services, "POST", "/yllapito/roolit", post_roles);
}

}  // namespace tori::web

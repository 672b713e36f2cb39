// SPDX-License-Identifier: AGPL-3.0-or-later
// Memberships of organisations: my organisations and a request to join one
// (/omat-tiedot/organisaatiot), decisions by the organisation's admins there and by editors
// (/toimitus/jasenyydet), and my practices (/omat-tiedot/teot).
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

bool editor(const core::Account& account) {
  return account.has_role(core::Role::kEditor);
}

void fill_requests(Dictionary& body, const Services& services, Language language,
                   const std::vector<store::MembershipRequest>& requests, const Visitor& visitor,
                   const std::string& back) {
  for (const store::MembershipRequest& request : requests) {
    Dictionary* row = body.AddSectionDictionary("REQUEST");
    row->SetValue("NAME", request.name.empty() ? request.email : request.name);
    row->SetValue("EMAIL", request.email);
    row->SetValue("ORGANISATION", request.membership.organisation_name);
    row->SetValue("ORGANISATION_SLUG", request.membership.organisation_slug);
    row->SetValue("ACCOUNT", std::to_string(request.membership.account_id));
    row->SetValue("MESSAGE", request.membership.message);
    row->SetValue("CSRF", visitor.csrf_token);
    row->SetValue("BACK", back);
    row->SetValue("ACTION", localised_path(language, "/omat-tiedot/organisaatiot/paatos"));
  }
  if (requests.empty()) body.ShowSection("NO_REQUESTS");
}

void fill_memberships(Dictionary& body, const Services& services, Language language,
                      const std::vector<core::Membership>& memberships) {
  for (const core::Membership& membership : memberships) {
    Dictionary* row = body.AddSectionDictionary("MEMBERSHIP");
    row->SetValue("NAME", membership.organisation_name);
    row->SetValue("STATE",
                  services.catalogue.text(
                      language, "membership.state." + std::string(to_string(membership.state))));
    if (membership.role == core::MembershipRole::kAdmin) row->ShowSection("ADMIN");
  }
  if (memberships.empty()) body.ShowSection("NO_MEMBERSHIPS");
}

http::Response organisations_page(const http::Request& request, const Services& services,
                                  Language language, const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) {
    return login_redirect(visitor, language, "/omat-tiedot/organisaatiot");
  }
  const auto memberships = services.store.memberships().of_account(visitor.account->id);
  Page page(language, "account_organisations");
  page.meta.title = services.catalogue.text(language, "membership.title");
  page.meta.path = "/omat-tiedot/organisaatiot";
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  fill_memberships(body, services, language, memberships);
  for (const core::Organisation& organisation : services.store.organisations().list()) {
    Dictionary* option = body.AddSectionDictionary("ORGANISATION");
    option->SetValue("VALUE", organisation.slug);
    option->SetValue("LABEL", organisation.name);
  }
  std::vector<std::int64_t> administered;
  for (const core::Membership& membership : memberships) {
    if (core::is_organisation_admin(memberships, membership.organisation_id)) {
      administered.push_back(membership.organisation_id);
    }
  }
  if (!administered.empty()) {
    body.ShowSection("ADMINISTERS");
    fill_requests(body, services, language, services.store.memberships().pending(administered),
                  visitor, "/omat-tiedot/organisaatiot");
  }
  if (request.query_param("pyydetty")) body.ShowSection("REQUESTED");
  fill_errors(body, "join", errors);
  return render_form(services, page, visitor, status);
}

http::Response post_join(const http::Request& request, const Services& services,
                         Language language) {
  SignedInPost posted =
      read_signed_in_post(request, services, language, "/omat-tiedot/organisaatiot");
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  FormErrors errors;
  if (auto limited = rate_limited(services, language, "join-ip:" + client_key(request),
                                  services.accounts->limits.form_per_ip)) {
    errors.add("organisation", *limited);
    return organisations_page(request, services, language, errors, 429);
  }
  const std::string message = posted.form->get("message");
  const auto organisation =
      services.store.organisations().find_by_slug(posted.form->get("organisation"));
  if (!organisation || message.size() > 1000) {
    errors.add(organisation ? "message" : "organisation",
               services.catalogue.text(language, organisation ? "membership.error.message"
                                                              : "membership.error.organisation"));
    return organisations_page(request, services, language, errors, 422);
  }
  const auto outcome = services.store.memberships().request(visitor.account->id, organisation->id,
                                                            message, store::utc_now());
  if (outcome == store::MembershipRequestOutcome::kAlreadyMember ||
      outcome == store::MembershipRequestOutcome::kAlreadyPending) {
    errors.add("organisation", services.catalogue.text(language, "membership.error.already"));
    return organisations_page(request, services, language, errors, 422);
  }
  return redirect_with(visitor, language, "/omat-tiedot/organisaatiot?pyydetty=1");
}

// Tells the person their request was approved.
void mail_decision(const Services& services, std::int64_t account_id,
                   const std::string& organisation_name) {
  const auto account = services.store.accounts().find(account_id);
  if (!account || !may_mail(services, account->email)) return;
  const Language language = page_language(account->language);
  const std::string link = absolute_url(services.site, localised_path(language, "/teot/uusi"));
  services.store.outbox().enqueue(
      account_mail(services, language, "membership", account->email, account->name,
                   {{"organisation", organisation_name}, {"link", link}}),
      store::utc_now());
  mail_queued(services);
}

http::Response post_decision(const http::Request& request, const Services& services,
                             Language language) {
  SignedInPost posted =
      read_signed_in_post(request, services, language, "/omat-tiedot/organisaatiot");
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  const auto organisation =
      services.store.organisations().find_by_slug(posted.form->get("organisation"));
  std::int64_t account_id = 0;
  try {
    account_id = std::stoll(posted.form->get("account"));
  } catch (const std::exception&) {
    return error_page(services, language, 400);
  }
  const core::Account& decider = *visitor.account;
  const auto mine = services.store.memberships().of_account(decider.id);
  if (!organisation || (!editor(decider) && !core::is_organisation_admin(mine, organisation->id))) {
    return error_page(services, language, 403);
  }
  const bool approve = posted.form->get("decision") == "approve";
  const store::AuditEntry audit{.actor_account_id = decider.id,
                                .actor = decider.email,
                                .action = approve ? "membership.approve" : "membership.decline",
                                .object_type = "membership",
                                .object_id = std::to_string(account_id) + "@" + organisation->slug,
                                .ip_hash = actor_of(services, request, decider).ip_hash};
  if (services.store.memberships().decide(account_id, organisation->id, approve, audit,
                                          store::utc_now()) &&
      approve) {
    mail_decision(services, account_id, organisation->name);
  }
  const auto back = safe_return_path(posted.form->get("back"));
  return redirect_with(visitor, language, back ? *back : "/omat-tiedot/organisaatiot");
}

http::Response editor_requests(const http::Request& request, const Services& services,
                               Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "editorial_memberships");
  page.meta.title = services.catalogue.text(language, "membership.requests.title");
  page.meta.path = "/toimitus/jasenyydet";
  fill_requests(page.body(), services, language, services.store.memberships().pending({}), visitor,
                "/toimitus/jasenyydet");
  return render_form(services, page, visitor, 200);
}

}  // namespace

void add_membership_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/omat-tiedot/organisaatiot",
                [](const http::Request& request, const Services& s, Language language) {
                  return organisations_page(request, s, language, {}, 200);
                });
  add_localised(router, services, "POST", "/omat-tiedot/organisaatiot", post_join);
  add_localised(router, services, "POST", "/omat-tiedot/organisaatiot/paatos", post_decision);
  add_localised(router, services, "GET", "/toimitus/jasenyydet", editor_requests);
}

}  // namespace tori::web

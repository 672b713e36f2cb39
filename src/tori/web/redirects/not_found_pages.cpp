// SPDX-License-Identifier: AGPL-3.0-or-later
// The addresses that found nothing, for the editors: /toimitus/ohjaukset/puuttuvat lists them most
// visited first with "make a redirect" (the add form with the old address filled in) and
// "dismiss" (…/puuttuvat/poista, audited).
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/redirects/redirect_pages.hpp"
#include "tori/web/redirects/redirect_support.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

constexpr std::size_t kNotFoundListLength = 200;

void fill_not_found_hits(ctemplate::TemplateDictionary& body, const Services& services,
                         Language language, const std::string& csrf) {
  const std::vector<store::NotFoundHit> hits =
      services.store.redirects().not_found(kNotFoundListLength);
  if (hits.empty()) {
    body.ShowSection("NO_HITS");
    return;
  }
  ctemplate::TemplateDictionary* table = body.AddSectionDictionary("HITS");
  for (const store::NotFoundHit& hit : hits) {
    ctemplate::TemplateDictionary* row = table->AddSectionDictionary("HIT");
    row->SetValue("PATH", hit.path);
    row->SetValue("COUNT", std::to_string(hit.hits));
    row->SetValue("FIRST", format_redirect_time(hit.first_seen, language));
    row->SetValue("LAST", format_redirect_time(hit.last_seen, language));
    row->SetValue("CSRF", csrf);
    row->SetValue("MAKE_URL", localised_path(language, kRedirectsPath) + "?vanha=" +
                                  text::url_encode_component(redirect_url_path(hit.path)) +
                                  "#redirect-target");
    row->SetValue("MAKE_LABEL",
                  services.catalogue.format(language, "redirects.not_found.make_label",
                                            {{"path", hit.path}}));
    row->SetValue("DISMISS_LABEL",
                  services.catalogue.format(language, "redirects.not_found.dismiss_label",
                                            {{"path", hit.path}}));
  }
}

http::Response not_found_list(const http::Request& request, const Services& services,
                              Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "editorial_not_found");
  page.meta.title = services.catalogue.text(language, "redirects.not_found.title");
  page.meta.path = std::string{kNotFoundListPath};
  fill_not_found_hits(page.body(), services, language, visitor.csrf_token);
  fill_redirect_notice(page.body(), request, services, language);
  return render_form(services, page, visitor, 200);
}

http::Response post_dismiss(const http::Request& request, const Services& services,
                            Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const std::string path = posted.form->get("path");
  if (services.store.redirects().dismiss_not_found(path)) {
    store::AuditEntry audit = staff_audit(services, request, *posted.visitor.account,
                                          "not_found.dismiss", "not_found", json_detail({}));
    audit.object_id = path;
    services.store.audit_log().record(audit, store::utc_now());
  }
  return redirect_with(posted.visitor, language,
                       redirect_notice_path(kNotFoundListPath, "dismissed"));
}

}  // namespace

void add_not_found_list_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", kNotFoundListPath, not_found_list);
  add_localised(router, services, "POST", std::string{kNotFoundListPath} + "/poista", post_dismiss);
}

}  // namespace tori::web

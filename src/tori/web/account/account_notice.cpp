// SPDX-License-Identifier: AGPL-3.0-or-later
// Notice and one-button confirmation pages (account_notice.tpl).
#include "tori/web/account/account_notice.hpp"

#include "tori/web/account/form_page.hpp"

namespace tori::web {
namespace {

Page& fill_notice(Page& page, const Services& services, std::string_view key) {
  const std::string prefix(key);
  page.meta.title = services.catalogue.text(page.language(), prefix + ".heading");
  page.body().SetValue("HEADING", page.meta.title);
  page.body().SetValue("TEXT", services.catalogue.text(page.language(), prefix + ".text"));
  return page;
}

}  // namespace

http::Response notice_page(const Services& services, Language language, const Visitor& visitor,
                           std::string_view key, int status) {
  Page page(language, "account_notice");
  fill_notice(page, services, key);
  return render_form(services, page, visitor, status);
}

http::Response confirm_page(const Services& services, Language language, const Visitor& visitor,
                            std::string_view key, std::string_view action) {
  Page page(language, "account_notice");
  fill_notice(page, services, key);
  ctemplate::TemplateDictionary* form = page.body().AddSectionDictionary("FORM");
  form->SetValue("ACTION", std::string(action));
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("BUTTON", services.catalogue.text(language, std::string(key) + ".button"));
  return render_form(services, page, visitor, 200);
}

}  // namespace tori::web

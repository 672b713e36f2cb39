// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' page form: values read and shown, and checked by core::validate_site_page and
// against the site's own addresses.
#include "tori/web/site_pages/page_form.hpp"

#include "tori/store/reserved_slugs.hpp"
#include "tori/store/store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/practice_view.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kPageRoutePattern = "/{sivu}";

std::string page_field(text::Language language, std::string_view part) {
  return std::string(text::language_code(language)) + "_" + std::string(part);
}

// "fi.title" (the core's field) → "fi_title" (the form's input).
std::string page_input_name(const std::string& field) {
  std::string name = field;
  for (char& c : name) {
    if (c == '.') c = '_';
  }
  return name;
}

// The catalogue key of a core field's message: site_pages.error.slug, .title, .body, .position.
std::string page_error_key(const std::string& field) {
  if (field.ends_with(".title")) return "site_pages.error.title";
  if (field.ends_with(".body")) return "site_pages.error.body";
  if (field == "slug") return "site_pages.error.slug";
  return "site_pages.error.position";
}

std::string page_language_name(const Services& services, text::Language page_language,
                               const std::string& field) {
  const std::string code = field.substr(0, 2);
  return services.catalogue.text(page_language, "site_pages.language." + code);
}

// Whether the address /`slug` is answered by a route other than the pages' own (the fixed pages
// an editable one may replace are let through).
bool page_address_taken(const http::Router& router, const std::string& slug) {
  if (core::is_replaceable_page_slug(slug)) return false;
  const http::Router::Match match = router.match("GET", "/" + slug);
  if (match.handler) return match.pattern != kPageRoutePattern;
  return !match.allow.empty();
}

}  // namespace

PageFormValues read_page_form(const http::Form& form) {
  PageFormValues values{.slug = typed_line(form.get("slug"))};
  for (std::size_t i = 0; i < core::kSitePageLanguages.size(); ++i) {
    const text::Language language = core::kSitePageLanguages[i];
    values.versions[i] = {typed_line(form.get(page_field(language, "title"))),
                          typed_text(form.get(page_field(language, "body")))};
  }
  values.in_navigation = form.get("in_nav") == "1";
  values.nav_position = typed_line(form.get("nav_position"));
  return values;
}

PageFormValues page_form_values(const core::SitePageInput& input) {
  PageFormValues values{.slug = input.slug, .versions = input.versions};
  values.in_navigation = input.nav_position.has_value();
  if (input.nav_position) values.nav_position = std::to_string(*input.nav_position);
  return values;
}

PageFormReading parse_page_form(const Services& services, text::Language language,
                                const http::Router& router, const PageFormValues& values,
                                bool creating) {
  PageFormReading reading;
  reading.input.slug = values.slug;
  reading.input.versions = values.versions;
  if (values.in_navigation) {
    const int position = typed_number(values.nav_position, 2);
    reading.input.nav_position = position < 0 ? 0 : position;  // 0: refused below
  }
  const text::Catalogue& catalogue = services.catalogue;
  for (const core::FieldError& error :
       core::validate_site_page(reading.input, store::reserved_slugs())) {
    if (reading.errors.has(page_input_name(error.field))) continue;
    std::string message = catalogue.text(language, page_error_key(error.field));
    if (error.field.find('.') != std::string::npos) {
      message =
          catalogue.format(language, page_error_key(error.field),
                           {{"language", page_language_name(services, language, error.field)}});
    }
    reading.errors.add(page_input_name(error.field), std::move(message));
  }
  if (creating && !reading.errors.has("slug")) {
    if (services.store.pages().find(values.slug)) {
      reading.errors.add("slug", catalogue.text(language, "site_pages.error.slug_exists"));
    } else if (page_address_taken(router, values.slug)) {
      reading.errors.add("slug", catalogue.text(language, "site_pages.error.slug_taken"));
    }
  }
  return reading;
}

void fill_page_form(ctemplate::TemplateDictionary& body, const Services& services,
                    text::Language language, const PageFormValues& values, const FormErrors& errors,
                    bool preview) {
  body.SetValue("SLUG", values.slug);
  for (std::size_t i = 0; i < core::kSitePageLanguages.size(); ++i) {
    const text::Language version_language = core::kSitePageLanguages[i];
    const std::string code(text::language_code(version_language));
    ctemplate::TemplateDictionary* version = body.AddSectionDictionary("VERSION");
    version->SetValue("CODE", code);
    version->SetValue("LANGUAGE", services.catalogue.text(language, "site_pages.language." + code));
    version->SetValue("TITLE", values.versions[i].title);
    version->SetValue("BODY", values.versions[i].body);
    if (i == 0) version->ShowSection("REQUIRED");
    for (const char* part : {"title", "body"}) {
      const std::string name = code + "_" + part;
      if (!errors.has(name)) continue;
      ctemplate::TemplateDictionary* error = version->AddSectionDictionary(
          std::string(part) == "title" ? "TITLE_ERROR" : "BODY_ERROR");
      error->SetValue("MESSAGE", errors.message(name));
    }
    if (preview && !values.versions[i].body.empty()) {
      version->SetValueAndShowSection(
          "PREVIEW_HTML", obfuscate_email(text::markdown_to_html(values.versions[i].body, 2)),
          "PREVIEW");
    }
  }
  if (values.in_navigation) body.ShowSection("IN_NAV");
  body.SetValue("NAV_POSITION", values.nav_position);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The public editable page (/{key} in fi, sv and en) and its links in the main navigation.
#include <exception>
#include <string>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_view.hpp"
#include "tori/web/redirects/redirect_pages.hpp"
#include "tori/web/site_pages/page_form.hpp"
#include "tori/web/site_pages/site_pages.hpp"

namespace tori::web {
namespace {

// Pages use h1 for their title, so the body's own headings start at h2.
constexpr int kSitePageHeadingLevel = 2;
constexpr std::size_t kSitePageDescriptionChars = 160;

http::Response show_site_page(const Services& services, Language language,
                              const store::SitePage& stored) {
  const core::SitePageInput& input = stored.input;
  const bool fallback = !input.version(language).exists();
  const core::SitePageVersion& version =
      fallback ? input.version(Language::kFi) : input.version(language);
  Page page(language, "site_page");
  page.meta.title = version.title;
  page.meta.description =
      obfuscate_email(text::markdown_to_text(version.body, kSitePageDescriptionChars));
  page.meta.path = "/" + input.slug;
  page.meta.nav = input.slug == "tietoa" ? NavItem::kAbout : NavItem::kNone;
  page.meta.indexable = !fallback;  // the Finnish text is indexed at its own address
  ctemplate::TemplateDictionary& body = page.body();
  if (fallback) body.ShowSection("FALLBACK");
  body.SetValue("TITLE", version.title);
  // markdown_to_html builds only its own markup and escaped text: safe to insert unescaped.
  body.SetValue("BODY",
                obfuscate_email(text::markdown_to_html(version.body, kSitePageHeadingLevel)));
  const auto updated = std::chrono::time_point_cast<std::chrono::seconds>(stored.updated_at);
  body.SetValue("UPDATED", text::format_date(updated, language));
  body.SetValue("UPDATED_ISO", text::format_rfc3339_utc(updated));
  return render_page(services, page);
}

http::Response site_page_get(const http::Request& request, const Services& services,
                             Language language) {
  const std::string slug(request.param("sivu"));
  if (auto page = editable_page(services, language, slug)) return std::move(*page);
  // No page: the address may be an old one with a redirect; else a counted 404.
  return not_found_response(services, request);
}

}  // namespace

std::optional<http::Response> editable_page(const Services& services, Language language,
                                            std::string_view slug) {
  const auto stored = services.store.pages().find(slug);
  if (!stored) return std::nullopt;
  return show_site_page(services, language, *stored);
}

void fill_navigation_pages(ctemplate::TemplateDictionary& frame, const Services& services,
                           Language language, std::string_view path) {
  std::vector<store::NavPage> pages;
  try {
    pages = services.store.pages().navigation();
  } catch (const std::exception&) {
    return;  // the database is down: the frame of the error page still renders
  }
  const std::size_t index = language == Language::kSv ? 1 : language == Language::kEn ? 2 : 0;
  for (const store::NavPage& nav : pages) {
    if (nav.slug == "tietoa") continue;  // the fixed "Tietoa" item leads to it
    ctemplate::TemplateDictionary* item = frame.AddSectionDictionary("NAV_PAGE");
    const std::string own = "/" + nav.slug;
    item->SetValue("URL", localised_path(language, own));
    const bool translated = !nav.titles[index].empty();
    item->SetValue("LABEL", translated ? nav.titles[index] : nav.titles[0]);
    if (!translated) item->ShowSection("NAV_PAGE_FINNISH");
    if (path == own) item->ShowSection("NAV_PAGE_CURRENT");
  }
}

void add_site_page_public_route(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/{sivu}", site_page_get);
}

}  // namespace tori::web

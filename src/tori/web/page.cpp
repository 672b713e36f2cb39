// SPDX-License-Identifier: AGPL-3.0-or-later
// The page frame: fills base.tpl's dictionary (links, alternates, navigation) and renders a page.
#include "tori/web/page.hpp"

#include <array>
#include <utility>

#include "tori/web/localise.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/render.hpp"
#include "tori/web/site_pages/site_pages.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kBaseTemplate = "base";

// The main navigation: each item's section in base.tpl and its Finnish path.
struct NavEntry {
  NavItem item;
  const char* section;  // shown to put aria-current on the item's link
  std::string_view path;
};
constexpr std::array<NavEntry, 6> kNav = {{
    {NavItem::kPractices, "NAV_PRACTICES", "/teot"},
    {NavItem::kSearch, "NAV_SEARCH", "/haku"},
    {NavItem::kEvents, "NAV_EVENTS", "/tapahtumat"},
    {NavItem::kNews, "NAV_NEWS", "/uutiset"},
    {NavItem::kNetworks, "NAV_NETWORKS", "/verkostot"},
    {NavItem::kAbout, "NAV_ABOUT", "/tietoa"},
}};

// Per language: the language-switch link's value and the section marking the current one.
struct LanguageEntry {
  Language language;
  const char* url;        // the switch link (site-relative)
  const char* alternate;  // the hreflang alternate (absolute)
  const char* current;    // section: this is the page's language
};
constexpr std::array<LanguageEntry, 3> kLanguageEntries = {{
    {Language::kFi, "URL_FI", "ALT_FI", "CURRENT_FI"},
    {Language::kSv, "URL_SV", "ALT_SV", "CURRENT_SV"},
    {Language::kEn, "URL_EN", "ALT_EN", "CURRENT_EN"},
}};

void fill_navigation(ctemplate::TemplateDictionary& frame, const PageMeta& meta) {
  if (meta.path == "/") frame.ShowSection("HOME_CURRENT");
  for (const NavEntry& entry : kNav) {
    if (entry.item != meta.nav) continue;
    // The section's own page is "page"; a page inside the section is "true".
    frame.SetValue("NAV_CURRENT", meta.path == entry.path ? "page" : "true");
    frame.ShowSection(entry.section);
  }
}

void fill_languages(ctemplate::TemplateDictionary& frame, const Services& services,
                    const Page& page) {
  const PageMeta& meta = page.meta;
  const std::string_view path = meta.path.empty() ? std::string_view("/") : meta.path;
  for (const LanguageEntry& entry : kLanguageEntries) {
    const std::string localised = localised_path(entry.language, path);
    if (!meta.path.empty()) {
      frame.SetValue(entry.alternate, absolute_url(services.site, localised));
    }
    frame.SetValue(entry.url, localised);
    if (entry.language == page.language()) {
      frame.ShowSection(entry.current);
      if (!meta.path.empty()) {
        frame.SetValue("CANONICAL", absolute_url(services.site, localised));
      }
    }
  }
  if (!meta.path.empty()) frame.ShowSection("HAS_ADDRESS");
}

}  // namespace

std::string_view nav_path(NavItem item) {
  for (const NavEntry& entry : kNav) {
    if (entry.item == item) return entry.path;
  }
  return "";
}

Page::Page(Language language, std::string_view body_template)
    : language_(language), frame_("page") {
  body_ = frame_.AddIncludeDictionary("CONTENT");
  body_->SetFilename(Renderer::template_key(language, body_template));
}

http::Response render_page(const Services& services, Page& page, int status) {
  ctemplate::TemplateDictionary& frame = page.frame();
  frame.SetValue("TITLE", page.meta.title);
  frame.SetValue("DESCRIPTION", page.meta.description);
  frame.SetValue("STYLESHEET", services.asset_url("css/tori.css"));
  frame.SetValue("FAVICON", services.asset_url("images/favicon.svg"));
  if (!page.meta.indexable) frame.ShowSection("NOINDEX");
  fill_navigation(frame, page.meta);
  fill_navigation_pages(frame, services, page.language(), page.meta.path);
  fill_languages(frame, services, page);
  if (page.meta.newsletter_offer && status == 200) {
    fill_newsletter_popup(frame, services, page.language());
  }

  http::Response response =
      http::Response::html(status, services.renderer.expand(page.language(), kBaseTemplate, frame));
  response.headers.set("Content-Language", std::string(text::language_code(page.language())));
  return response;
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's fixed pages: the front page with live counts, about, accessibility statement and
// privacy notice.
#include "tori/web/pages.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/directory_pages.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/event_pages.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_pages.hpp"
#include "tori/web/news/news_pages.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/page.hpp"
#include "tori/web/podcast/podcast_pages.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/redirects/redirect_pages.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/search_page.hpp"
#include "tori/web/site_pages/site_pages.hpp"
#include "tori/web/stats_page.hpp"

namespace tori::web {
namespace {

// How many of the newest practices the front page lists.
constexpr int kFrontNewestPractices = 6;

// The accessibility statement was made on this day and last revised on this one; change the
// second (and the statement's texts in data/i18n) whenever the statement is reviewed.
constexpr std::chrono::year_month_day kAccessibilityStatementMade{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
constexpr std::chrono::year_month_day kAccessibilityStatementUpdated{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
// The privacy notice's last revision.
constexpr std::chrono::year_month_day kPrivacyNoticeUpdated{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{4}};

// A calendar day in the page's language ("1.12.2026", "1 December 2026"). Noon UTC is the
// same day in Helsinki.
std::string format_day(std::chrono::year_month_day day, Language language) {
  const auto noon = std::chrono::sys_days(day) + std::chrono::hours(12);
  return text::format_date(std::chrono::time_point_cast<std::chrono::seconds>(noon), language);
}

// The host of the configured base URL, as the statement names the service:
// "https://tori.example.fi/" → "tori.example.fi".
std::string_view site_host(const SiteInfo& site) {
  std::string_view host = site.base_url;
  if (std::size_t scheme = host.find("://"); scheme != std::string_view::npos) {
    host.remove_prefix(scheme + 3);
  }
  return host.substr(0, host.find('/'));
}

// A page's title and description from the catalogue keys "<prefix>.title" and
// "<prefix>.description".
void set_texts(Page& page, const Services& services, std::string_view prefix) {
  const std::string key(prefix);
  page.meta.title = services.catalogue.text(page.language(), key + ".title");
  page.meta.description = services.catalogue.text(page.language(), key + ".description");
}

// A count with the language's digit grouping ("1 055"), for the theme and region links.
std::string option_count(const Services& services, Language language, std::int64_t count) {
  return services.catalogue.format(language, "directory.number",
                                   {{"count", static_cast<long long>(count)}});
}

// One filter's options ("theme", "region", "organisation"); none when no practice has any.
const std::vector<store::FacetCount>& facet_options(const store::FacetCounts& facets,
                                                    const std::string& param) {
  static const std::vector<store::FacetCount> kNone;
  const auto found = facets.find(param);
  return found == facets.end() ? kNone : found->second;
}

// One link of the front page's theme or region lists.
struct FrontLink {
  std::string url;
  std::string label;
  std::int64_t count = 0;
};

// The links as "THEME" or "REGION" sections in Finnish order of their labels in the language,
// and the section `shown` when there is any.
void fill_front_links(ctemplate::TemplateDictionary& body, const Services& services,
                      Language language, std::vector<FrontLink> links, const char* section,
                      const char* shown) {
  text::sort_finnish_by(links, [](const FrontLink& link) { return link.label; });
  for (const FrontLink& link : links) {
    ctemplate::TemplateDictionary* item = body.AddSectionDictionary(section);
    item->SetValue("URL", link.url);
    item->SetValue("LABEL", link.label);
    item->SetValue("COUNT", option_count(services, language, link.count));
  }
  if (!links.empty()) body.ShowSection(shown);
}

// Every theme with published practices, each linking to the list filtered by it, and every
// region with published practices, each linking to its page.
void fill_front_terms(ctemplate::TemplateDictionary& body, const Services& services,
                      Language language, const store::FacetCounts& facets) {
  std::vector<FrontLink> themes;
  for (const store::FacetCount& theme : facet_options(facets, "theme")) {
    themes.push_back(
        {localised_path(language, "/teot") + "?theme=" + text::url_encode_component(theme.value),
         term_label(services, language, core::Vocabulary::kTheme, theme.value, theme.label),
         theme.count});
  }
  fill_front_links(body, services, language, std::move(themes), "THEME", "HAS_THEMES");
  std::vector<FrontLink> regions;
  for (const store::FacetCount& region : facet_options(facets, "region")) {
    regions.push_back({localised_path(language, "/alueet/" + region.value),
                       region_name(services, language, region.value, region.label), region.count});
  }
  fill_front_links(body, services, language, std::move(regions), "REGION", "HAS_REGIONS");
}

}  // namespace

http::Response front_page(const http::Request& request, const Services& services,
                          Language language) {
  // The old site's "/?p=123": the front page takes no query, so a rule for it may answer.
  if (!request.query.empty() && language == Language::kFi) {
    if (auto moved = redirect_response(services, request)) return std::move(*moved);
  }
  store::PracticeStore& practices = services.store.practices();
  const store::PracticeList newest = practices.list({.limit = kFrontNewestPractices});
  const store::FacetCounts facets = practices.facets({});
  Page page(language, "front");
  set_texts(page, services, "front");
  page.meta.path = "/";
  ctemplate::TemplateDictionary& body = page.body();
  if (newest.total > 0) {
    const auto organisations = facet_options(facets, "organisation").size();
    body.SetValueAndShowSection(
        "COUNTS",
        services.catalogue.format(language, "front.live.counts",
                                  {{"practices", static_cast<long long>(newest.total)},
                                   {"organisations", static_cast<long long>(organisations)}}),
        "HAS_COUNTS");
    body.ShowSection("HAS_NEWEST");
  }
  fill_practice_cards(body, services, language, newest.items);
  fill_front_terms(body, services, language, facets);
  fill_workshop_notice(body, services, language);
  fill_front_campaign(body, services, language);
  return render_page(services, page);
}

http::Response about_page(const http::Request&, const Services& services, Language language) {
  // An editors' page "tietoa" takes the fixed page's place; this one is the fallback.
  if (auto editable = editable_page(services, language, "tietoa")) return std::move(*editable);
  Page page(language, "about");
  set_texts(page, services, "about");
  page.meta.path = "/tietoa";
  page.meta.nav = NavItem::kAbout;
  return render_page(services, page);
}

http::Response accessibility_page(const http::Request&, const Services& services,
                                  Language language) {
  Page page(language, "accessibility");
  set_texts(page, services, "a11y");
  page.meta.path = "/saavutettavuus";
  const text::Catalogue& catalogue = services.catalogue;
  page.body().SetValue(
      "SCOPE",
      catalogue.format(language, "a11y.scope", {{"site", std::string(site_host(services.site))}}));
  page.body().SetValue(
      "DATES",
      catalogue.format(language, "a11y.dates",
                       {{"made", format_day(kAccessibilityStatementMade, language)},
                        {"updated", format_day(kAccessibilityStatementUpdated, language)}}));
  return render_page(services, page);
}

http::Response privacy_page(const http::Request&, const Services& services, Language language) {
  Page page(language, "privacy");
  set_texts(page, services, "privacy");
  page.meta.path = "/tietosuoja";
  page.body().SetValue("UPDATED", services.catalogue.format(
                                      language, "privacy.updated",
                                      {{"date", format_day(kPrivacyNoticeUpdated, language)}}));
  return render_page(services, page);
}

void add_page_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/", front_page);
  add_localised(router, services, "GET", "/tietoa", about_page);
  add_localised(router, services, "GET", "/saavutettavuus", accessibility_page);
  add_localised(router, services, "GET", "/tietosuoja", privacy_page);
  add_practice_routes(router, services);
  add_directory_routes(router, services);
  add_stats_routes(router, services);
  add_search_routes(router, services);
  add_event_routes(router, services);
  add_registration_routes(router, services);
  add_application_routes(router, services);
  add_event_editor_routes(router, services);
  add_campaign_routes(router, services);
  add_network_routes(router, services);
  add_news_routes(router, services);
  add_newsletter_routes(router, services);
  add_newsletter_editor_routes(router, services);
  add_newsletter_archive_routes(router, services);
  add_podcast_routes(router, services);
  add_redirect_routes(router, services);
  add_site_page_routes(router, services);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's fixed pages: front page, about, accessibility statement and privacy notice.
#include "tori/web/pages.hpp"

#include <chrono>
#include <string>
#include <string_view>

#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_pages.hpp"

namespace tori::web {
namespace {

// The accessibility statement was made on this day and last revised on this one; change the
// second (and the statement's texts in data/i18n) whenever the statement is reviewed.
constexpr std::chrono::year_month_day kAccessibilityStatementMade{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
constexpr std::chrono::year_month_day kAccessibilityStatementUpdated{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
// The privacy notice's last revision.
constexpr std::chrono::year_month_day kPrivacyNoticeUpdated{
    std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};

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

}  // namespace

http::Response front_page(const http::Request&, const Services& services, Language language) {
  Page page(language, "front");
  set_texts(page, services, "front");
  page.meta.path = "/";
  return render_page(services, page);
}

http::Response about_page(const http::Request&, const Services& services, Language language) {
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
}

}  // namespace tori::web

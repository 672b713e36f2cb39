// SPDX-License-Identifier: AGPL-3.0-or-later
// An awarded practice's certificate (kunniakirja) as a one-page PDF:
// /kampanjat/{slug}/kunniakirja/{practice}, from the gala day on; declared in campaign_pages.hpp.
#include <chrono>

#include "tori/certificate/certificate.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

const core::AwardCategory* find_category(const core::CampaignInput& campaign,
                                         std::string_view slug) {
  for (const core::AwardCategory& category : campaign.categories)
    if (category.slug == slug) return &category;
  return nullptr;
}

certificate::CertificateText certificate_text(const Services& services, Language language,
                                              const core::CampaignInput& campaign,
                                              const core::Award& award,
                                              const core::Practice& practice) {
  const text::Catalogue& catalogue = services.catalogue;
  const core::AwardCategory* category = find_category(campaign, award.category);
  certificate::CertificateText text;
  text.heading = catalogue.text(language, "campaigns.certificate.heading");
  text.award = award_badge_text(services, language, campaign.year, award.level);
  text.category = category != nullptr ? category->name : award.category;
  text.practice_title = practice.title;
  text.organisations = organisation_names(practice);
  text.justification = award.justification;
  text.campaign = campaign.name;
  text.date_line = campaign_date(campaign.gala_date, language);
  text.signature_line = catalogue.text(language, "campaigns.certificate.signature");
  text.language = std::string(text::language_code(language));
  return text;
}

}  // namespace

http::Response certificate_pdf(const http::Request& request, const Services& services,
                               Language language) {
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return error_page(services, language, 404);
  const auto now = store::utc_now_seconds();
  if (core::campaign_phase(campaign->input, now) != core::CampaignPhase::kResults) {
    return error_page(services, language, 404);
  }
  const std::optional<core::Practice> practice =
      services.store.practices().find_by_slug(request.param("practice"));
  if (!practice || practice->state != core::PracticeState::kPublished)
    return error_page(services, language, 404);
  for (const core::Award& award : campaign->input.awards) {
    if (award.external_id != practice->external_id) continue;
    http::Response response;
    response.headers.set("Content-Type", "application/pdf");
    response.headers.set(
        "Content-Disposition",
        "inline; filename=\"kunniakirja-" + campaign->input.slug + "-" + practice->slug + ".pdf\"");
    response.body = certificate::render_certificate_pdf(
        certificate_text(services, language, campaign->input, award, *practice));
    return response;
  }
  return error_page(services, language, 404);
}

}  // namespace tori::web

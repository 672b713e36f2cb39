// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns: the texts of their enumerations, the phase at a given moment, and validation.
#include "tori/core/campaign.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "tori/core/email.hpp"
#include "tori/core/enum_names.hpp"
#include "tori/core/field_checker.hpp"

namespace tori::core {
namespace {

// Each table lists the texts in the order of its enumeration's values.
constexpr std::array<std::string_view, 4> kPhaseNames = {"upcoming", "collecting", "jury",
                                                         "results"};
constexpr std::array<std::string_view, 3> kCategoryKindNames = {"sector", "theme", "special"};
constexpr std::array<std::string_view, 2> kAwardLevelNames = {"winner", "honourable_mention"};

constexpr TextRule kCampaignLine{true, kMaxShortTextLength, Lines::kOne};

bool is_campaign_slug(std::string_view slug) {
  return !slug.empty() && slug.size() <= kMaxCampaignSlugLength && slug.front() != '-' &&
         slug.back() != '-' && std::all_of(slug.begin(), slug.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

// A slug field: well formed and not used before in its list (`seen`).
void check_slug(FieldChecker& check, const std::string& field, const std::string& slug,
                std::set<std::string>& seen) {
  if (!is_campaign_slug(slug)) {
    check.add(field, field + " must be 1–100 of a–z, 0–9 and -, not starting or ending with -");
  } else if (!seen.insert(slug).second) {
    check.add(field, field + " '" + slug + "' is used twice");
  }
}

void check_dates(FieldChecker& check, const CampaignInput& input) {
  const auto from = start_of_helsinki_day(input.collecting_from);
  const auto until = start_of_helsinki_day(input.collecting_until);
  const auto gala = start_of_helsinki_day(input.gala_date);
  if (!from) check.add("collecting_from", "collecting_from must be a date YYYY-MM-DD");
  if (!until) check.add("collecting_until", "collecting_until must be a date YYYY-MM-DD");
  if (!gala) check.add("gala_date", "gala_date must be a date YYYY-MM-DD");
  if (from && until && *until < *from) {
    check.add("collecting_until", "collecting_until is before collecting_from");
  }
  if (until && gala && *gala <= *until)
    check.add("gala_date", "gala_date must be after the deadline");
}

void check_categories(FieldChecker& check, const std::vector<AwardCategory>& categories) {
  if (categories.empty() || categories.size() > kMaxCampaignItems) {
    check.add("categories", "a campaign has 1–30 categories");
  }
  std::set<std::string> slugs;
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const AwardCategory& category = categories[i];
    const std::string field = "categories[" + std::to_string(i) + "]";
    check_slug(check, field + ".slug", category.slug, slugs);
    check.text(field + ".name", category.name, kCampaignLine);
    check.text(field + ".description", category.description, {false, 2000, Lines::kMany});
    const bool sector = category.kind == CategoryKind::kSector;
    const bool theme = category.kind == CategoryKind::kTheme;
    if (sector == category.sector.empty()) {
      check.add(field + ".sector", field + (sector ? ".sector is required for kind sector"
                                                   : ".sector is only for kind sector"));
    }
    if (theme == category.theme.empty()) {
      check.add(field + ".theme", field + (theme ? ".theme is required for kind theme"
                                                 : ".theme is only for kind theme"));
    }
  }
}

void check_criteria(FieldChecker& check, const std::vector<Criterion>& criteria) {
  if (criteria.empty() || criteria.size() > kMaxCampaignItems) {
    check.add("criteria", "a campaign has 1–30 criteria");
  }
  std::set<std::string> slugs;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const std::string field = "criteria[" + std::to_string(i) + "]";
    check_slug(check, field + ".slug", criteria[i].slug, slugs);
    check.text(field + ".name", criteria[i].name, kCampaignLine);
    if (criteria[i].weight < 1 || criteria[i].weight > 100) {
      check.add(field + ".weight", field + ".weight must be 1–100");
    }
  }
}

void check_jurors(FieldChecker& check, const std::vector<Juror>& jurors) {
  if (jurors.size() > kMaxJurors) check.add("jurors", "at most 50 jurors");
  for (std::size_t i = 0; i < jurors.size(); ++i) {
    const std::string field = "jurors[" + std::to_string(i) + "]";
    check.text(field + ".name", jurors[i].name, kCampaignLine);
    check.text(field + ".title", jurors[i].title, {false, kMaxShortTextLength, Lines::kOne});
    check.text(field + ".organisation", jurors[i].organisation,
               {false, kMaxShortTextLength, Lines::kOne});
    if (!jurors[i].email.empty() && !is_plausible_email(jurors[i].email)) {
      check.add(field + ".email", field + ".email is not an e-mail address");
    }
  }
}

void check_awards(FieldChecker& check, const CampaignInput& input) {
  std::set<std::string> practices;
  std::set<std::string> won;  // categories with a winner
  for (std::size_t i = 0; i < input.awards.size(); ++i) {
    const Award& award = input.awards[i];
    const std::string field = "winners[" + std::to_string(i) + "]";
    const bool known =
        std::any_of(input.categories.begin(), input.categories.end(),
                    [&](const AwardCategory& c) { return c.slug == award.category; });
    if (!known)
      check.add(field + ".category", field + ".category is not a category of the campaign");
    if (check.text(field + ".external_id", award.external_id, kCampaignLine) &&
        !practices.insert(award.external_id).second) {
      check.add(field + ".external_id", "'" + award.external_id + "' is awarded twice");
    }
    if (award.level == AwardLevel::kWinner && known && !won.insert(award.category).second) {
      check.add(field + ".award", "category '" + award.category + "' has two winners");
    }
    check.text(field + ".justification", award.justification,
               {false, kMaxJustificationLength, Lines::kMany});
  }
}

}  // namespace

std::string_view to_string(CampaignPhase phase) {
  return enum_name(kPhaseNames, phase);
}

std::optional<CampaignPhase> parse_campaign_phase(std::string_view text) {
  return parse_enum_name<CampaignPhase>(kPhaseNames, text);
}

std::string_view to_string(CategoryKind kind) {
  return enum_name(kCategoryKindNames, kind);
}

std::optional<CategoryKind> parse_category_kind(std::string_view text) {
  return parse_enum_name<CategoryKind>(kCategoryKindNames, text);
}

std::string_view to_string(AwardLevel level) {
  return enum_name(kAwardLevelNames, level);
}

std::optional<AwardLevel> parse_award_level(std::string_view text) {
  return parse_enum_name<AwardLevel>(kAwardLevelNames, text);
}

std::optional<TimeWindow> collecting_window(const CampaignInput& campaign) {
  return helsinki_date_window(campaign.collecting_from, campaign.collecting_until);
}

CampaignPhase campaign_phase(const CampaignInput& campaign, TimePoint now) {
  const auto window = collecting_window(campaign);
  const auto results = start_of_helsinki_day(campaign.gala_date);
  if (!window || !results) return CampaignPhase::kUpcoming;
  if (now < window->start) return CampaignPhase::kUpcoming;
  if (now < window->end) return CampaignPhase::kCollecting;
  return now < *results ? CampaignPhase::kJury : CampaignPhase::kResults;
}

std::vector<FieldError> validate_campaign_input(const CampaignInput& input) {
  FieldChecker check;
  if (!is_campaign_slug(input.slug)) {
    check.add("slug", "slug must be 1–100 of a–z, 0–9 and -, not starting or ending with -");
  }
  check.text("name", input.name, {true, kMaxTitleLength, Lines::kOne});
  if (input.year < 2000 || input.year > 2100) check.add("year", "year must be 2000–2100");
  check.text("description", input.description, {false, 0, Lines::kMany});
  check.text("rules", input.rules, {false, 0, Lines::kMany});
  check_dates(check, input);
  if (input.score_max != 5 && input.score_max != 10) {
    check.add("score_max", "score_max must be 5 or 10");
  }
  check_categories(check, input.categories);
  check_criteria(check, input.criteria);
  check_jurors(check, input.jurors);
  check_awards(check, input);
  return check.take();
}

CampaignInput with_decided_awards(const CampaignInput& stored, CampaignInput incoming) {
  const auto has_category = [&](const std::string& slug) {
    return std::ranges::any_of(
        incoming.categories, [&](const AwardCategory& category) { return category.slug == slug; });
  };
  std::set<std::string> awarded_categories;
  std::set<std::string> awarded_practices;
  for (const Award& award : incoming.awards) {
    awarded_categories.insert(award.category);
    awarded_practices.insert(award.external_id);
  }
  for (const Award& award : stored.awards) {
    if (!has_category(award.category) || awarded_categories.contains(award.category) ||
        awarded_practices.contains(award.external_id)) {
      continue;
    }
    incoming.awards.push_back(award);
  }
  return incoming;
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// A yearly campaign ("Teot kiertoon 2026", DESIGN.md §4): its phases by date (collecting →
// jury → results), award categories and which practices each takes, the jury's criteria with
// weights, the jurors, and the awards given. No I/O.
//
//   CampaignPhase phase = campaign_phase(campaign, now);  // kCollecting until 30.9. 23.59.59
//   if (auto errors = validate_campaign_input(campaign); !errors.empty()) …
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/core/practice_input.hpp"  // FieldError
#include "tori/core/ranking.hpp"         // TimeWindow

namespace tori::core {

// upcoming: before collecting starts; collecting: practices published now take part; jury: the
// deadline has passed, the jury scores; results: from the gala day, the awards are public.
enum class CampaignPhase { kUpcoming, kCollecting, kJury, kResults };

// "upcoming", "collecting", "jury", "results" and back.
[[nodiscard]] std::string_view to_string(CampaignPhase phase);
[[nodiscard]] std::optional<CampaignPhase> parse_campaign_phase(std::string_view text);

// Which practices a category takes: those of a sector, those of a theme, or those their
// contributors (or the editors) put in it ("special": the special awards).
enum class CategoryKind { kSector, kTheme, kSpecial };

// "sector", "theme", "special" and back.
[[nodiscard]] std::string_view to_string(CategoryKind kind);
[[nodiscard]] std::optional<CategoryKind> parse_category_kind(std::string_view text);

struct AwardCategory {
  std::string slug;  // unique within the campaign: [a-z0-9-]
  std::string name;  // "Vuoden viestintäteko"
  std::string description;
  CategoryKind kind = CategoryKind::kSpecial;
  std::string sector;  // a sector label (kind sector), else ""
  std::string theme;   // a theme label (kind theme), else ""
  bool operator==(const AwardCategory&) const = default;
};

// What the jury scores, with its weight in the weighted mean.
struct Criterion {
  std::string slug;
  std::string name;  // "Vaikuttavuus ja mitatut tulokset"
  int weight = 1;    // 1–100
  bool operator==(const Criterion&) const = default;
};

struct Juror {
  std::string name;
  std::string title;         // "henkilöstöjohtaja"
  std::string organisation;  // as written
  std::string email{};       // where the invitation goes; "" not invited by mail
  bool operator==(const Juror&) const = default;
};

enum class AwardLevel { kWinner, kHonourableMention };

// "winner", "honourable_mention" and back.
[[nodiscard]] std::string_view to_string(AwardLevel level);
[[nodiscard]] std::optional<AwardLevel> parse_award_level(std::string_view text);

// An award the jury gave: a practice (by its external_id) in a category, with the reasons.
struct Award {
  std::string category;     // an AwardCategory's slug
  std::string external_id;  // the practice's
  AwardLevel level = AwardLevel::kWinner;
  std::string justification;
  bool operator==(const Award&) const = default;
};

// A campaign as the exchange format (docs/formats/campaigns-jsonl.md) and the store speak it.
// Dates are Helsinki calendar dates "YYYY-MM-DD", inclusive (DESIGN.md §4).
struct CampaignInput {
  std::string slug;  // the page address: /kampanjat/{slug}
  std::string name;
  int year = 0;
  std::string description;  // Markdown
  std::string rules{};      // Markdown; "" none
  std::string collecting_from;
  std::string collecting_until;  // the deadline: the whole day
  std::string gala_date;         // results are public from this day
  int score_max = 5;             // the jury scores 1–5 or 1–10
  bool blind = false;            // jurors do not see organisations or people
  bool public_vote = false;      // anyone may vote (core/public_vote.hpp)
  std::vector<AwardCategory> categories;
  std::vector<Criterion> criteria;
  std::vector<Juror> jurors;
  std::vector<Award> awards;
  bool operator==(const CampaignInput&) const = default;
};

// The UTC window of the collecting dates; none when they are malformed or out of order.
[[nodiscard]] std::optional<TimeWindow> collecting_window(const CampaignInput& campaign);

// The phase at `now`: upcoming before the first collecting day, collecting until the deadline
// day has ended, jury until the gala day begins, results from then on (Helsinki time).
// REQUIRES: validate_campaign_input found nothing.
[[nodiscard]] CampaignPhase campaign_phase(const CampaignInput& campaign, TimePoint now);

// `incoming` with the awards of `stored` kept for each category that `incoming` still has but
// gives no awards (the jury chair's decisions survive a re-import or an edit); a kept award whose
// practice `incoming` awards elsewhere is left out, so the result stays valid.
[[nodiscard]] CampaignInput with_decided_awards(const CampaignInput& stored,
                                                CampaignInput incoming);

// Limits of validate_campaign_input.
inline constexpr std::size_t kMaxCampaignSlugLength = 100;
inline constexpr std::size_t kMaxCampaignItems = 30;  // categories, criteria
inline constexpr std::size_t kMaxJurors = 50;
inline constexpr std::size_t kMaxJustificationLength = 2000;

// Every rule the input breaks, in field order; empty when it may be stored. slug [a-z0-9-],
// 1–100, not starting or ending with '-'; name 1–200 on one line; year 2000–2100; the three dates
// real YYYY-MM-DD with collecting_from ≤ collecting_until < gala_date; score_max 5 or 10; 1–30
// categories with unique slugs, a name, a sector for kind sector and a theme for kind theme
// (none otherwise); 1–30 criteria with unique slugs, a name and a weight 1–100; at most 50
// jurors, each named, e-mail plausible when given; awards in a category of the campaign, for a
// practice given by its external_id, each practice at most once, at most one winner per
// category, justification ≤ 2000. Fields as in the format: "categories[2].sector",
// "winners[0].category" (the awards are the format's winners).
[[nodiscard]] std::vector<FieldError> validate_campaign_input(const CampaignInput& input);

}  // namespace tori::core

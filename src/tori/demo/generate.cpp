// SPDX-License-Identifier: AGPL-3.0-or-later
// Generating practices: who publishes when (the plan), then each practice's content and text.
#include "tori/demo/generate.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <stdexcept>

#include "tori/demo/calendar.hpp"
#include "tori/demo/content.hpp"
#include "tori/demo/details.hpp"
#include "tori/demo/organisations.hpp"
#include "tori/demo/sections.hpp"

namespace tori::demo {
namespace {

using namespace std::chrono;
using core::Maturity;

// Publication dates run from Tori's opening to the end of 2025 (Helsinki dates).
constexpr sys_days kFirstDay{year{2016} / February / 1};
constexpr sys_days kLastDay{year{2025} / December / 31};
constexpr int kFirstDayYear = 2016;
// No generated practice began before this year.
constexpr int kNoEarlierThan = 2008;
// The year "esihenkilö" replaced "esimies" in these texts.
constexpr int kEsihenkiloYear = 2021;

// Who publishes when; `draw` is the position in the draw and seeds the practice's own stream.
struct Plan {
  std::size_t organisation = 0;
  core::TimePoint published{};
  int month = 0;  // month index (calendar.hpp) of publication
  std::uint32_t draw = 0;
};

// Every organisation once (while count allows), the rest weighted by size.
std::vector<std::size_t> draw_organisations(const std::vector<Organisation>& orgs, int count,
                                            Rng& rng) {
  std::vector<std::size_t> order(orgs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = order.size(); i > 1; --i)
    std::swap(order[i - 1], order[rng.below(i)]);
  order.resize(std::min(order.size(), static_cast<std::size_t>(count)));
  std::vector<int> cumulative;
  int total = 0;
  for (const Organisation& org : orgs)
    cumulative.push_back(total += org.weight);
  while (order.size() < static_cast<std::size_t>(count)) {
    const int r = static_cast<int>(rng.below(static_cast<std::size_t>(total)));
    order.push_back(static_cast<std::size_t>(
        std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin()));
  }
  return order;
}

// A weekday in the organisation's years, at a working hour in Helsinki.
Plan draw_plan(const Organisation& org, std::size_t index, std::uint32_t draw, Rng& rng) {
  const sys_days first = std::max(kFirstDay, sys_days{year{org.from_year} / January / 1});
  const sys_days last =
      std::max(first, std::min(kLastDay, sys_days{year{org.until_year} / December / 31}));
  sys_days day = first + days{rng.between(0, static_cast<int>((last - first).count()))};
  if (!is_weekday(day)) {
    const bool saturday = weekday{day} == Saturday;
    const sys_days friday = day - days{saturday ? 1 : 2};
    day = friday >= first ? friday : day + days{saturday ? 2 : 1};
  }
  Plan plan;
  plan.organisation = index;
  plan.month = month_index(day);
  plan.published = helsinki_to_utc(day, rng.between(8, 15), 15 * rng.between(0, 3));
  plan.draw = draw;
  return plan;
}

std::vector<Plan> make_plans(const std::vector<Organisation>& orgs, int count, Rng& rng) {
  const std::vector<std::size_t> order = draw_organisations(orgs, count, rng);
  std::vector<Plan> plans;
  plans.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    plans.push_back(draw_plan(orgs[order[i]], order[i], static_cast<std::uint32_t>(i), rng));
  std::sort(plans.begin(), plans.end(), [](const Plan& a, const Plan& b) {
    return a.published != b.published ? a.published < b.published : a.draw < b.draw;
  });
  return plans;
}

void set_organisation_keys(Fill& fill, const Organisation& org) {
  fill.set("name", org.name);
  fill.set("name_gen", org.name_gen);
  fill.set("name_ine", org.name_ine);
  fill.set("org", kind_noun(org.kind));
  fill.set("org_gen", kind_noun_genitive(org.kind));
}

// The manager words of the time: "esimies" until 2020, "esihenkilö" from 2021 on.
void set_era_keys(Fill& fill, int year) {
  const bool now = year >= kEsihenkiloYear;
  fill.set("boss", now ? "esihenkilö" : "esimies");
  fill.set("boss_gen", now ? "esihenkilön" : "esimiehen");
  fill.set("boss_par", now ? "esihenkilöä" : "esimiestä");
  fill.set("bosses", now ? "esihenkilöt" : "esimiehet");
  fill.set("bosses_gen", now ? "esihenkilöiden" : "esimiesten");
  fill.set("bosses_par", now ? "esihenkilöitä" : "esimiehiä");
  fill.set("bosses_all", now ? "esihenkilöille" : "esimiehille");
  fill.set("bosswork", now ? "esihenkilötyö" : "esimiestyö");
  fill.set("bosswork_gen", now ? "esihenkilötyön" : "esimiestyön");
  fill.set("bosswork_ine", now ? "esihenkilötyössä" : "esimiestyössä");
  fill.set("bosswork_ela", now ? "esihenkilötyöstä" : "esimiestyöstä");
}

// "4 350": digits grouped by thousands with a space, as Finnish text writes them.
std::string with_thousands(int n) {
  const std::string digits = std::to_string(n);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
    grouped += digits[i];
  }
  return grouped;
}

void set_number_keys(Fill& fill, const Organisation& org, int started_month, Rng& rng) {
  const int staff = (rng.between(15, 45) * (org.weight + 1) + 2) / 5 * 5;
  fill.set("n_staff", std::to_string(staff));
  fill.set("n_total", with_thousands(staff * rng.between(8, 14) / 50 * 50));
  fill.set("n_units", std::to_string(rng.between(3, 18)));
  fill.set("n_people", std::to_string(rng.between(12, 180)));
  fill.set("n_hours", std::to_string(rng.between(8, 90) * 10));
  fill.set("start_when", month_phrase(started_month));
}

Maturity draw_maturity(Rng& rng) {
  const int r = rng.between(1, 100);
  if (r <= 3) return Maturity::kIdea;
  if (r <= 23) return Maturity::kPilot;
  if (r <= 80) return Maturity::kInUse;
  return Maturity::kEstablished;
}

// The first year work on a practice can have begun: an organisation or subject that appeared
// after Tori opened (wellbeing services counties, hybrid work, AI) bounds it; others do not.
int earliest_start(const Organisation& org, const Subject& subject) {
  const auto bound = [](int year) { return year > kFirstDayYear ? year : kNoEarlierThan; };
  return std::max(bound(org.from_year), bound(subject.from_year));
}

// The month work began: shortly before publication for an idea, years before for an
// established practice; never before the organisation or the subject existed.
int draw_started(Maturity maturity, int published_month, int earliest_year, Rng& rng) {
  int back = 0;
  switch (maturity) {
    case Maturity::kIdea:
      back = rng.between(0, 2);
      break;
    case Maturity::kPilot:
      back = rng.between(2, 12);
      break;
    case Maturity::kInUse:
      back = rng.between(6, 36);
      break;
    case Maturity::kEstablished:
      back = rng.between(24, 72);
      break;
  }
  return std::min(published_month, std::max(published_month - back, earliest_year * 12));
}

// Now and then a second organisation of the same region that published that year.
void maybe_add_partner(core::PracticeInput& p, const std::vector<Organisation>& orgs,
                       const Organisation& org, int year, Rng& rng) {
  if (!rng.chance(2)) return;
  const Organisation* partner = nullptr;
  std::size_t seen = 0;
  for (const Organisation& other : orgs) {
    if (&other == &org || other.region != org.region || other.kind == org.kind) continue;
    if (year < other.from_year || year > other.until_year) continue;
    if (rng.below(++seen) == 0) partner = &other;
  }
  if (partner != nullptr) p.organisations.push_back(partner->name);
}

std::string external_id(std::size_t number) {
  char id[32];
  std::snprintf(id, sizeof id, "%s%05zu", kExternalIdPrefix.data(), number);
  return id;
}

// Makes the practices of a plan one by one; keeps the titles given so far.
class Generator {
 public:
  Generator(const std::vector<Organisation>& orgs, std::uint64_t seed, std::size_t count)
      : orgs_(orgs), seed_(seed) {
    titles_.reserve(count);
  }

  // Fills `p` (a default PracticeInput) with the practice of `plan`, numbered `number`.
  void make(const Plan& plan, std::size_t number, core::PracticeInput& p) {
    Rng rng(mix_seed(seed_, plan.draw + std::uint64_t{1}));
    const Organisation& org = orgs_[plan.organisation];
    const int year = plan.month / 12;
    set_organisation_keys(fill_, org);
    set_era_keys(fill_, year);
    const Maturity maturity = draw_maturity(rng);
    Content content = choose_content(org, year, maturity, subjects_, rng, fill_, titles_);
    const int started =
        draw_started(maturity, plan.month, earliest_start(org, *content.subject), rng);
    set_number_keys(fill_, org, started, rng);
    p.external_id = external_id(number);
    p.state = year <= 2021 && rng.chance(5) ? core::PracticeState::kArchived
                                            : core::PracticeState::kPublished;
    p.title = std::move(content.title);
    p.summary = compose_summary(maturity, rng, fill_);
    p.organisations.push_back(org.name);
    maybe_add_partner(p, orgs_, org, year, rng);
    p.municipality = org.municipality;
    p.region = org.region;
    set_vocabulary(p, content, rng);
    p.maturity = maturity;
    p.started = format_month(started);
    p.sections = compose_sections(content, maturity, rng, fill_);
    p.keywords = make_keywords(content, rng, fill_);
    p.contact = make_contact(content, rng, fill_);
    p.links = make_links(org.municipality, p.keywords, rng);
    p.published_at = plan.published;
    p.language = core::ContentLanguage::kFi;
  }

 private:
  const std::vector<Organisation>& orgs_;
  std::vector<const Subject*> subjects_ = all_subjects();
  std::uint64_t seed_;
  TitleBook titles_;
  Fill fill_;
};

}  // namespace

std::vector<core::PracticeInput> generate_practices(const core::Finland& finland, int count,
                                                    std::uint64_t seed) {
  const std::vector<Organisation> orgs = resolve_organisations(finland);
  if (orgs.empty())
    throw std::invalid_argument("generate_practices: no municipality of the tables is known");
  if (count <= 0) return {};
  Rng rng(mix_seed(seed, 0));
  const std::vector<Plan> plans = make_plans(orgs, count, rng);
  Generator generator(orgs, seed, plans.size());
  std::vector<core::PracticeInput> practices;
  practices.reserve(plans.size());
  for (std::size_t i = 0; i < plans.size(); ++i)
    generator.make(plans[i], i + 1, practices.emplace_back());
  return practices;
}

}  // namespace tori::demo

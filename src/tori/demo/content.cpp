// SPDX-License-Identifier: AGPL-3.0-or-later
// Subject, work unit, method and title of a generated practice.
#include "tori/demo/content.hpp"

#include <stdexcept>
#include <string_view>

namespace tori::demo {
namespace {

// How many fresh draws to try before a title falls back to the bracketed place and year.
constexpr int kTitleAttempts = 12;

struct TitlePattern {
  const char* text;
  bool needs_fronts;  // the work unit stands before the subject
};

// Title shapes; the more natural ones appear twice. {tail} is a colon ending.
constexpr TitlePattern kTitlePatterns[] = {
    {"{s} {t_ine}", false},                    // Perehdytys kotihoidossa
    {"{s} {t_ine} {m_title}", false},          // Perehdytys kotihoidossa mobiilisti
    {"{s} {t_ine} {m_title}", false},          //
    {"{s} {m_title} {t_ine}", false},          // Perehdytys mobiilisti kotihoidossa
    {"{s} yhdessä {team_gen} kanssa", false},  // … yhdessä kotihoidon tiimien kanssa
    {"{t_gen} {s} {m_title}", true},           // Kotihoidon perehdytys mobiilisti
    {"{t_gen} {s} {m_title}", true},           //
    {"{s} {t_ine}: {tail}", false},            // Perehdytys kotihoidossa: askel kerrallaan
    {"{t_gen} {s}: {tail}", true},             // Kotihoidon perehdytys: askel kerrallaan
    {"{t_gen} {s}", true},                     // Kotihoidon perehdytys
};

// One element of `items` that `fits`, uniformly (reservoir sampling); null when none fits.
template <class T, class Fits>
const T* pick_fitting(std::span<const T> items, Rng& rng, Fits fits) {
  const T* chosen = nullptr;
  std::size_t seen = 0;
  for (const T& item : items) {
    if (!fits(item)) continue;
    ++seen;
    if (rng.below(seen) == 0) chosen = &item;
  }
  return chosen;
}

const Subject* pick_subject(const std::vector<const Subject*>& subjects, const Target& target,
                            int year, Rng& rng) {
  const Subject* const* chosen =
      pick_fitting(std::span<const Subject* const>(subjects), rng,
                   [&](const Subject* s) { return fits(*s, target, year); });
  return chosen == nullptr ? nullptr : *chosen;
}

const Method* pick_method(const Subject& subject, int year, Rng& rng) {
  return pick_fitting(methods(), rng, [&](const Method& m) { return fits(m, subject, year); });
}

// The placeholders of the title patterns.
void set_title_keys(Fill& fill, const Subject& s, const Target& t, const Method& m) {
  fill.set_filled("s", s.s);
  fill.set_filled("t_gen", t.t_gen);
  fill.set_filled("t_ine", t.t_ine);
  fill.set_filled("team_gen", t.team_gen);
  fill.set("m_title", m.title);
}

// The other content placeholders, once the content is chosen.
void set_content_keys(Fill& fill, const Subject& s, const Target& t, const Method& m) {
  set_title_keys(fill, s, t, m);
  fill.set_filled("s_gen", s.s_gen);
  fill.set_filled("s_par", s.s_par);
  fill.set_filled("s_ill", s.s_ill);
  fill.set_filled("s_ela", s.s_ela);
  fill.set_filled("s_acc", s.plural ? s.s : s.s_gen);
  fill.set_filled("t", t.t);
  fill.set_filled("t_ela", t.t_ela);
  fill.set_filled("w", t.workers.nom);
  fill.set_filled("w_gen", t.workers.gen);
  fill.set_filled("w_par", t.workers.par);
  fill.set_filled("w_all", t.workers.all);
  fill.set_filled("c", t.clients.nom);
  fill.set_filled("c_gen", t.clients.gen);
  fill.set_filled("c_par", t.clients.par);
  fill.set_filled("c_all", t.clients.all);
  fill.set("m_vp", m.vp);
}

// One drawn title for the content now in `fill`.
std::string draw_title(const Target& target, core::Maturity maturity, Rng& rng, Fill& fill) {
  const TitlePattern* pattern = nullptr;
  do {
    pattern = &kTitlePatterns[rng.below(std::size(kTitlePatterns))];
  } while (pattern->needs_fronts && !target.fronts);
  const bool early = maturity == core::Maturity::kIdea || maturity == core::Maturity::kPilot;
  fill.set("tail", rng.pick(early ? title_tails_early() : title_tails_mature()));
  std::string title = fill.apply(pattern->text);
  capitalise(title);
  return title;
}

// A title that stays unique however many practices are drawn.
std::string fallback_title(const std::string& base, const Organisation& org, int year,
                           const TitleBook& titles) {
  std::string title = base + " (" + org.municipality + " " + std::to_string(year) + ")";
  if (!titles.contains(title)) return title;
  for (int n = 2;; ++n) {
    std::string numbered = title;
    numbered.insert(numbered.size() - 1, ", " + std::to_string(n));
    if (!titles.contains(numbered)) return numbered;
  }
}

}  // namespace

bool fits(const Subject& subject, const Target& target, int year) {
  return (subject.areas & target.area) != 0 && (target.traits & subject.needs) == subject.needs &&
         subject.from_year <= year;
}

bool fits(const Method& method, const Subject& subject, int year) {
  if ((method.natures & subject.nature) == 0 || method.from_year > year) return false;
  return method.clash == nullptr ||
         std::string_view(subject.s).find(method.clash) == std::string_view::npos;
}

std::vector<const Subject*> all_subjects() {
  std::vector<const Subject*> result;
  for (auto table : {people_subjects(), work_subjects(), service_subjects()})
    for (const Subject& s : table)
      result.push_back(&s);
  return result;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Content choose_content(const Organisation& org, int year, core::Maturity maturity,
                       const std::vector<const Subject*>& subjects, Rng& rng, Fill& fill,
                       TitleBook& titles) {
  const unsigned areas = org.areas_in(year);
  Content shortest;
  for (int attempt = 0; attempt < kTitleAttempts; ++attempt) {
    Content c;
    c.target = pick_fitting(targets(), rng, [&](const Target& t) { return (t.area & areas) != 0; });
    if (c.target == nullptr) break;
    c.subject = pick_subject(subjects, *c.target, year, rng);
    if (c.subject == nullptr) continue;
    c.method = pick_method(*c.subject, year, rng);
    if (c.method == nullptr) continue;
    set_title_keys(fill, *c.subject, *c.target, *c.method);
    c.title = draw_title(*c.target, maturity, rng, fill);
    if (code_points(c.title) <= kMaxNaturalTitleLength && titles.insert(c.title).second) {
      set_content_keys(fill, *c.subject, *c.target, *c.method);
      return c;
    }
    if (shortest.title.empty() || c.title.size() < shortest.title.size()) shortest = c;
  }
  if (shortest.subject == nullptr) throw std::logic_error("no subject fits " + org.name);
  set_content_keys(fill, *shortest.subject, *shortest.target, *shortest.method);
  shortest.title = fallback_title(shortest.title, org, year, titles);
  titles.insert(shortest.title);
  return shortest;
}

}  // namespace tori::demo

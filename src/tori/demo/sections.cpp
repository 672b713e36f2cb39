// SPDX-License-Identifier: AGPL-3.0-or-later
// Composing the summary and sections of a generated practice from the sentence tables.
#include "tori/demo/sections.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace tori::demo {
namespace {

using core::Maturity;

// Optional sentences are added to a main section only while it is shorter than this, so that
// the longest table sentences still keep it within kMainSectionMaxWords.
constexpr std::size_t kRoomForMore = 105;
// Bytes reserved for a section's working text: most sections are 400–900, and a buffer of this
// size stays in the allocator's per-thread cache (glibc: chunks up to 1032 bytes) for reuse.
constexpr std::size_t kTypicalSectionBytes = 1000;

// The numbers of result and resource sentences: percentages (pct_a < pct_b), grades and euros.
void draw_numbers(Rng& rng, Fill& fill) {
  const int pct_a = rng.between(28, 62);
  fill.set("pct_a", std::to_string(pct_a));
  fill.set("pct_b", std::to_string(std::min(94, pct_a + rng.between(9, 28))));
  fill.set("pct_c", std::to_string(rng.between(55, 92)));
  fill.set("pct_d", std::to_string(rng.between(60, 95)));
  fill.set("pct_drop", std::to_string(rng.between(8, 24)));
  fill.set("grade_from", rng.pick(grades_from()));
  fill.set("grade_to", rng.pick(grades_to()));
  fill.set("euros", std::to_string(rng.between(2, 40)) + (rng.chance(50) ? " 000" : " 500"));
}

// Builds one section sentence by sentence, never taking the same table sentence twice.
class Writer {
 public:
  Writer(Rng& rng, Fill& fill) : rng_(rng), fill_(fill) { text_.reserve(kTypicalSectionBytes); }

  // Draws new numbers for each sentence from now on, so that no two sentences share them.
  void renumber_each_sentence() { renumber_ = true; }

  // Appends a table sentence, its placeholders filled and its first letter a capital.
  void add(const char* sentence) {
    if (renumber_ && std::strchr(sentence, '{') != nullptr) draw_numbers(rng_, fill_);
    used_[used_count_++] = sentence;
    if (!text_.empty()) text_ += ' ';
    const std::size_t start = text_.size();
    fill_.append_to(text_, sentence);
    capitalise(text_, start);
    words_ += count_words(std::string_view(text_).substr(start));
    ++sentences_;
  }

  // Appends a random sentence of `pool` not used yet; false when every one is.
  bool add_from(Pool pool) {
    const std::size_t start = rng_.below(pool.size());
    for (std::size_t i = 0; i < pool.size(); ++i) {
      const char* sentence = pool[(start + i) % pool.size()];
      if (used(sentence)) continue;
      add(sentence);
      return true;
    }
    return false;
  }

  // With probability percent / 100, and while there is room, appends a sentence of `pool`;
  // whether it did.
  bool maybe(int percent, Pool pool) {
    return rng_.chance(percent) && has_room() && add_from(pool);
  }
  bool maybe(int percent, const char* sentence) {
    if (!rng_.chance(percent) || !has_room()) return false;
    add(sentence);
    return true;
  }

  // Appends sentences of `pool` until the text has `min_words` words or `max_sentences`; each
  // one long enough to carry its share of the words still missing, if the pool has one.
  void fill_up(Pool pool, std::size_t min_words, int max_sentences = kMaxSentences) {
    while (words_ < min_words && sentences_ < max_sentences) {
      const auto slots_left = static_cast<std::size_t>(max_sentences - sentences_);
      const std::size_t share = (min_words - words_ + slots_left - 1) / slots_left;
      if (!add_long_enough(pool, share)) return;
    }
  }

  // Whether an optional sentence may still be added: one place is always left for fill_up.
  [[nodiscard]] bool has_room() const {
    return sentences_ < kMaxSentences - 1 && words_ < kRoomForMore;
  }
  [[nodiscard]] int sentences() const { return sentences_; }
  // The text, in a string of its own size (the working buffer is reused by the allocator).
  [[nodiscard]] std::string take() const { return std::string(text_); }

 private:
  [[nodiscard]] bool used(const char* sentence) const {
    return std::find(used_.begin(), used_.begin() + used_count_, sentence) !=
           used_.begin() + used_count_;
  }

  // Appends an unused sentence of `pool` of at least `needed` words (counting a placeholder as
  // one), from a random starting point; the longest unused one if none is that long.
  bool add_long_enough(Pool pool, std::size_t needed) {
    const std::size_t start = rng_.below(pool.size());
    const char* longest = nullptr;
    std::size_t longest_words = 0;
    for (std::size_t i = 0; i < pool.size(); ++i) {
      const char* sentence = pool[(start + i) % pool.size()];
      if (used(sentence)) continue;
      const std::size_t n = count_words(sentence);
      if (n >= needed) {
        add(sentence);
        return true;
      }
      if (n > longest_words) longest = sentence, longest_words = n;
    }
    if (longest == nullptr) return false;
    add(longest);
    return true;
  }

  Rng& rng_;
  Fill& fill_;
  std::string text_;
  std::size_t words_ = 0;
  int sentences_ = 0;
  bool renumber_ = false;
  std::array<const char*, kMaxSentences> used_{};  // the table sentences in this section
  std::size_t used_count_ = 0;
};

// The evidence that fits what the subject is about.
Pool background_evidence(const Subject& subject) {
  if ((subject.nature & kService) != 0) return background_evidence_service();
  if ((subject.nature & (kProcess | kPaperwork | kScheduling)) != 0)
    return background_evidence_process();
  return background_evidence_people();
}

// Whether the subject is about people, so that staff surveys and absences measure it.
bool about_people(const Subject& subject) {
  return (subject.nature & (kPeople | kLearning)) != 0;
}

bool is_early(Maturity maturity) {
  return maturity == Maturity::kIdea || maturity == Maturity::kPilot;
}

std::string background(const Content& c, Rng& rng, Fill& fill) {
  Writer w(rng, fill);
  w.maybe(65, c.target->context);
  if (w.sentences() == 0 || rng.chance(40)) w.add_from(background_openers());
  w.add(c.subject->background);
  w.maybe(70, c.subject->background2);
  w.maybe(60, background_evidence(*c.subject));
  w.maybe(60, background_motives());
  w.fill_up(background_evidence(*c.subject), kMainSectionMinWords);
  w.fill_up(background_openers(), kMainSectionMinWords);
  return w.take();
}

std::string solution(const Content& c, Rng& rng, Fill& fill) {
  Writer w(rng, fill);
  w.add(c.subject->solution);
  // The method's second sentence follows on from its first.
  if (w.maybe(70, c.method->solution)) w.maybe(60, c.method->solution2);
  w.maybe(60, solution_details());
  w.maybe(55, solution_roles());
  w.fill_up(solution_details(), kMainSectionMinWords);
  w.fill_up(solution_roles(), kMainSectionMinWords);
  return w.take();
}

// Planning, how it was tried and taught, and then how it is followed up.
std::string implementation(const Content& c, Maturity maturity, Rng& rng, Fill& fill) {
  Writer w(rng, fill);
  w.add_from(implementation_planning());
  w.maybe(65, c.method->implementation);
  if (maturity != Maturity::kIdea) w.maybe(75, implementation_pilots());
  w.add_from(implementation_training());
  w.fill_up(implementation_training(), kMainSectionMinWords - 12, kMaxSentences - 1);
  if (maturity != Maturity::kIdea) w.maybe(70, implementation_follow_up());
  w.fill_up(maturity == Maturity::kIdea ? implementation_planning() : implementation_follow_up(),
            kMainSectionMinWords);
  return w.take();
}

std::string results(const Content& c, Maturity maturity, Rng& rng, Fill& fill) {
  Writer w(rng, fill);
  w.renumber_each_sentence();
  if (maturity == Maturity::kIdea) {
    w.add_from(results_idea());
    w.add_from(results_idea());
    w.fill_up(results_idea(), kMainSectionMinWords);
  } else if (maturity == Maturity::kPilot) {
    w.add_from(results_early());
    w.maybe(50, results_measured());
    w.add_from(results_qualitative());
    w.maybe(50, results_early());
    w.fill_up(results_qualitative(), kMainSectionMinWords);
  } else {
    w.add(c.subject->result);
    const bool staff_measures = about_people(*c.subject) && rng.chance(60);
    w.add_from(staff_measures ? results_measured_people() : results_measured());
    w.maybe(60, results_qualitative());
    w.maybe(35, results_measured());
    w.maybe(maturity == Maturity::kEstablished ? 90 : 40, results_spread());
    w.fill_up(results_qualitative(), kMainSectionMinWords);
  }
  return w.take();
}

// A short optional section: two or three sentences of `pool`.
std::string short_section(Pool pool, Rng& rng, Fill& fill) {
  Writer w(rng, fill);
  w.renumber_each_sentence();
  w.add_from(pool);
  w.add_from(pool);
  w.maybe(40, pool);
  w.fill_up(pool, kShortSectionMinWords, 4);
  return w.take();
}

}  // namespace

std::string compose_summary(Maturity maturity, Rng& rng, const Fill& fill) {
  const char* opener = rng.pick(summary_openers());
  std::string summary = fill.apply(opener);
  capitalise(summary);
  const bool two_sentences = std::string_view(opener).find('?') != std::string_view::npos;
  if (!two_sentences && rng.chance(65)) {
    summary += ' ';
    summary += fill.apply(rng.pick(is_early(maturity) ? summary_early() : summary_mature()));
  }
  return summary;
}

core::Sections compose_sections(const Content& content, Maturity maturity, Rng& rng, Fill& fill) {
  core::Sections sections;
  const auto at = [&](core::Section s) -> std::string& {
    return sections[static_cast<std::size_t>(s)];
  };
  const int optional_chance = maturity == Maturity::kIdea ? 50 : 80;
  at(core::Section::kBackground) = background(content, rng, fill);
  at(core::Section::kSolution) = solution(content, rng, fill);
  at(core::Section::kImplementation) = implementation(content, maturity, rng, fill);
  if (rng.chance(78))
    at(core::Section::kResources) = short_section(resource_sentences(), rng, fill);
  at(core::Section::kResults) = results(content, maturity, rng, fill);
  if (rng.chance(optional_chance))
    at(core::Section::kTransfer) = short_section(transfer_sentences(), rng, fill);
  if (rng.chance(optional_chance))
    at(core::Section::kLessons) = short_section(lesson_sentences(), rng, fill);
  return sections;
}

}  // namespace tori::demo

// SPDX-License-Identifier: AGPL-3.0-or-later
// Vocabulary labels, keywords, contact person and links of a generated practice.
#include "tori/demo/details.hpp"

#include <algorithm>
#include <cstdio>

namespace tori::demo {
namespace {

// Percent of practices with a link (the hand-written demo has four in 136).
constexpr int kLinkChance = 5;

void add_unique(std::vector<std::string>& items, const char* item) {
  if (item == nullptr) return;
  if (std::find(items.begin(), items.end(), item) == items.end()) items.emplace_back(item);
}

}  // namespace

void set_vocabulary(core::PracticeInput& practice, const Content& content, Rng& rng) {
  add_unique(practice.sectors, content.target->sector);
  add_unique(practice.sectors, content.target->sector2);
  add_unique(practice.themes, content.subject->theme);
  add_unique(practice.themes, content.subject->theme2);
  if (rng.chance(35)) add_unique(practice.themes, content.method->theme);
  if (content.subject->client_facing)
    add_unique(practice.client_groups, content.target->client_group);
  if (!content.subject->client_facing || rng.chance(25))
    add_unique(practice.client_groups, "henkilöstö");
}

std::vector<std::string> make_keywords(const Content& content, Rng& rng, const Fill& fill) {
  std::vector<std::string> keywords;
  const auto add = [&](const char* keyword) {
    std::string k = fill.apply(keyword);
    if (std::find(keywords.begin(), keywords.end(), k) == keywords.end())
      keywords.push_back(std::move(k));
  };
  add(content.subject->keyword);
  add(content.subject->keyword2);
  if (rng.chance(70)) add(content.target->keyword);
  if (rng.chance(50)) add(content.method->keyword);
  return keywords;
}

core::Contact make_contact(const Content& content, Rng& rng, const Fill& fill) {
  const char* first = rng.pick(rng.chance(62) ? female_first_names() : male_first_names());
  const char* last = rng.pick(surnames());
  core::Contact contact;
  contact.name = std::string(first) + " " + last;
  const char* unit_title =
      rng.chance(50) ? content.target->contact_title : content.target->contact_title2;
  contact.title =
      rng.chance(60) ? fill.apply(unit_title) : std::string(rng.pick(generic_contact_titles()));
  contact.email = ascii_fold(first, '-', true) + "." + ascii_fold(last, '-', true) + "@example.fi";
  char phone[32];
  std::snprintf(phone, sizeof phone, "+358 40 000 %04d", rng.between(200, 9999));
  contact.phone = phone;
  return contact;
}

std::vector<core::Link> make_links(const std::string& municipality,
                                   const std::vector<std::string>& keywords, Rng& rng) {
  if (!rng.chance(kLinkChance)) return {};
  core::Link link;
  link.title = rng.pick(link_titles());
  link.url = "https://www.example.fi/" + ascii_fold(municipality, '-', true) + "/" +
             ascii_fold(keywords.front(), '-', true);
  return {link};
}

}  // namespace tori::demo

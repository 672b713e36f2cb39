// SPDX-License-Identifier: AGPL-3.0-or-later
// validate_newsletter_input and the names of a newsletter's states and blocks.
#include "tori/core/newsletter_issue.hpp"

#include <algorithm>

#include "tori/core/field_checker.hpp"
#include "tori/core/subscriber.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

constexpr std::array<std::string_view, 3> kStateNames = {"draft", "sending", "sent"};

bool is_newsletter_block(std::string_view block) {
  return std::ranges::find(kNewsletterBlocks, block) != kNewsletterBlocks.end();
}

void check_known(FieldChecker& check, std::string_view list, const std::vector<std::string>& items,
                 bool (*known)(std::string_view)) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!known(items[i]))
      check.add(std::string(list) + "[" + std::to_string(i) + "]",
                "unknown " + std::string(list) + " '" + items[i] + "'");
  }
}

}  // namespace

std::string_view newsletter_state_name(NewsletterState state) {
  return kStateNames.at(static_cast<std::size_t>(state));
}

std::optional<NewsletterState> parse_newsletter_state(std::string_view name) {
  for (std::size_t i = 0; i < kStateNames.size(); ++i) {
    if (kStateNames[i] == name) return static_cast<NewsletterState>(i);
  }
  return std::nullopt;
}

std::vector<std::string> canonical_blocks(const std::vector<std::string>& blocks) {
  std::vector<std::string> known;
  for (const std::string_view block : kNewsletterBlocks) {
    if (std::ranges::find(blocks, block) != blocks.end()) known.emplace_back(block);
  }
  return known;
}

std::vector<FieldError> validate_newsletter_input(const NewsletterInput& input) {
  FieldChecker check;
  if (!text::is_valid_slug(input.slug))
    check.add("slug", "slug must be 1–80 characters of a–z, 0–9 and single hyphens");
  check.text("subject", input.subject, {true, kMaxNewsletterSubjectLength, Lines::kOne});
  check.text("body", input.body, {true, kMaxNewsletterBodyLength, Lines::kMany});
  if (input.language != "fi" && input.language != "sv" && input.language != "en")
    check.add("language", "language must be fi, sv or en");
  check_known(check, "topics", input.topics, &is_newsletter_topic);
  check_known(check, "blocks", input.blocks, &is_newsletter_block);
  return check.take();
}

}  // namespace tori::core

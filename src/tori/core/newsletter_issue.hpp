// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter issues (uutiskirjeet): what an editor writes, to whom it goes (a segment of the
// confirmed subscribers by topics and language), the automatic blocks it carries, and the rules
// it keeps before it is stored.
//
//   NewsletterInput input{.slug = "uutiskirje-2026-12", .subject = "Tori-uutiskirje joulukuu",
//                         .body = "Hei!\n\n…", .blocks = {"practices", "events"}};
//   if (auto errors = validate_newsletter_input(input); !errors.empty()) …
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

inline constexpr std::size_t kMaxNewsletterSubjectLength = 200;
inline constexpr std::size_t kMaxNewsletterBodyLength = 30000;

// The automatic blocks, in the order a newsletter shows them: the newest published practices,
// the newest news and the coming events (each at most kNewsletterBlockItems items).
inline constexpr std::array<std::string_view, 3> kNewsletterBlocks = {"practices", "news",
                                                                      "events"};
inline constexpr std::size_t kNewsletterBlockItems = 5;

// A draft's life: written (draft), its recipients fixed and mail going out (sending), every
// mail queued (sent).
enum class NewsletterState { kDraft, kSending, kSent };
[[nodiscard]] std::string_view newsletter_state_name(NewsletterState state);
[[nodiscard]] std::optional<NewsletterState> parse_newsletter_state(std::string_view name);

// An issue as written by an editor or read from the newsletters' JSON Lines.
struct NewsletterInput {
  std::string slug;                 // [a-z0-9-]; the archive's address /uutiskirje/arkisto/{slug}
  std::string subject;              // the mail's subject and the archive's title
  std::string body;                 // Markdown: the greeting and the editor's own sections
  std::string language = "fi";      // the language; only subscribers of it get it
  std::vector<std::string> topics;  // subscribers with any of these get it; empty: all
  std::vector<std::string> blocks;  // automatic blocks, in kNewsletterBlocks order
  friend bool operator==(const NewsletterInput&, const NewsletterInput&) = default;
};

// The known blocks of `blocks` in kNewsletterBlocks order, each once.
[[nodiscard]] std::vector<std::string> canonical_blocks(const std::vector<std::string>& blocks);

// Every rule the input breaks, in field order: slug; subject 1–200 on one line; body 1–30000;
// language fi, sv or en; topics from kNewsletterTopics; blocks from kNewsletterBlocks.
[[nodiscard]] std::vector<FieldError> validate_newsletter_input(const NewsletterInput& input);

}  // namespace tori::core

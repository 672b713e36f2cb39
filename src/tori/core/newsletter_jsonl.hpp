// SPDX-License-Identifier: AGPL-3.0-or-later
// Past newsletter issues as JSON Lines (data/demo/newsletters.jsonl): one issue per line,
// {"slug", "subject", "sent_at", "intro", "sections": [{"heading", "text"}]}, read into a
// NewsletterInput whose body is the intro and each section under a "## heading".
//
//   auto read = parse_newsletter_line(line);
//   if (auto* reason = std::get_if<std::string>(&read)) …  // "line N: " + *reason
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/newsletter_issue.hpp"
#include "tori/core/practice.hpp"  // TimePoint

namespace tori::core {

struct PastNewsletter {
  NewsletterInput input;
  TimePoint sent_at{};
};

// Reads one line. slug, subject and sent_at (RFC 3339) are required; intro and sections may be
// missing; "language" (fi, sv, en) is optional. Only the shape is checked: call
// validate_newsletter_input before storing.
[[nodiscard]] std::variant<PastNewsletter, std::string> parse_newsletter_line(
    std::string_view line);

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// parse_newsletter_line: a past issue of the newsletters' JSON Lines into a NewsletterInput.
#include "tori/core/newsletter_jsonl.hpp"

#include "tori/core/jsonl_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::read_string;

using IssueRead = std::optional<std::string>;  // a FieldReader's answer

struct NewsletterSection {
  std::string heading;
  std::string text;
};

struct NewsletterLine {
  PastNewsletter issue;
  std::string intro;
  std::vector<NewsletterSection> sections;
};

std::string read_section(const json::value& value, const std::string& field,
                         NewsletterSection& section) {
  return jsonl::read_object(
      value, field, "an object with heading and text",
      [&](std::string_view key, const json::value& v, const std::string& name) -> IssueRead {
        if (key == "heading") return read_string(v, name, section.heading);
        if (key == "text") return read_string(v, name, section.text);
        return std::nullopt;
      });
}

std::string read_sent_at(const json::value& value, TimePoint& sent_at) {
  std::optional<text::TimePoint> time;
  if (value.is_string()) time = text::parse_rfc3339(value.get_string());
  if (!time) return jsonl::must_be("sent_at", "an RFC 3339 time");
  sent_at = *time;
  return {};
}

IssueRead read_issue_field(std::string_view key, const json::value& value, NewsletterLine& line) {
  const std::string name(key);
  NewsletterInput& input = line.issue.input;
  if (key == "slug") return read_string(value, name, input.slug);
  if (key == "subject") return read_string(value, name, input.subject);
  if (key == "sent_at") return read_sent_at(value, line.issue.sent_at);
  if (key == "intro") return jsonl::read_string_or_null(value, name, line.intro);
  if (key == "sections") return jsonl::read_list(value, name, line.sections, &read_section);
  if (key == "language") return read_string(value, name, input.language);
  return std::nullopt;
}

// The intro, then each section as "## heading" and its text, paragraphs apart.
std::string newsletter_body(const NewsletterLine& line) {
  std::string body = line.intro;
  for (const NewsletterSection& section : line.sections) {
    while (!body.empty() && body.back() == '\n')
      body.pop_back();
    if (!body.empty()) body += "\n\n";
    body += "## " + section.heading + "\n\n" + section.text;
  }
  return body;
}

}  // namespace

std::variant<PastNewsletter, std::string> parse_newsletter_line(std::string_view text) {
  auto parsed = jsonl::parse_json(text);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  NewsletterLine line;
  for (const json::key_value_pair& entry : value.get_object()) {
    const IssueRead error = read_issue_field(entry.key(), entry.value(), line);
    if (!error) return "unknown field '" + std::string(entry.key()) + "'";
    if (!error->empty()) return *error;
  }
  for (const std::string_view field : {"slug", "subject", "sent_at"}) {
    if (!value.get_object().contains(field))
      return "field '" + std::string(field) + "' is required";
  }
  line.issue.input.body = newsletter_body(line);
  return std::move(line.issue);
}

}  // namespace tori::core

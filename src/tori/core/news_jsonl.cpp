// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing the news exchange format with Boost.JSON and the shared writer.
#include "tori/core/news_jsonl.hpp"

#include "tori/core/jsonl_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::ObjectWriter;
using jsonl::read_string;
using jsonl::read_string_or_null;

using NewsRead = std::optional<std::string>;  // a FieldReader's answer

std::string read_news_image(const json::value& value, const std::string& field,
                            ArticleImage& image) {
  return jsonl::read_object(
      value, field, "an object with file_hint, alt, caption, credit",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NewsRead {
        if (key == "file_hint") return read_string_or_null(v, name, image.description);
        if (key == "alt") return read_string(v, name, image.alt);
        if (key == "caption") return read_string_or_null(v, name, image.caption);
        if (key == "credit") return read_string_or_null(v, name, image.credit);
        return std::nullopt;
      });
}

std::string read_published_at(const json::value& value, ArticleInput& input) {
  std::optional<text::TimePoint> time;
  if (value.is_string()) time = text::parse_rfc3339(value.get_string());
  if (!time) return jsonl::must_be("published_at", "an RFC 3339 time");
  input.published_at = *time;
  return {};
}

NewsRead read_news_field(std::string_view key, const json::value& value, ArticleInput& input) {
  const std::string name(key);
  if (key == "slug") return read_string(value, name, input.slug);
  if (key == "title") return read_string(value, name, input.title);
  if (key == "lead") return read_string_or_null(value, name, input.lead);
  if (key == "body") return read_string(value, name, input.body);
  if (key == "published_at") return read_published_at(value, input);
  if (key == "author") return read_string_or_null(value, name, input.author);
  if (key == "keywords") return jsonl::read_strings(value, name, input.keywords);
  if (key == "images") return jsonl::read_list(value, name, input.images, &read_news_image);
  if (key == "credit_line") return read_string_or_null(value, name, input.credit_line);
  if (key == "related_events") return jsonl::read_strings(value, name, input.related_events);
  if (key == "related_practices") return jsonl::read_strings(value, name, input.related_practices);
  if (key == "language") return read_string(value, name, input.language);
  return std::nullopt;
}

}  // namespace

std::variant<ArticleInput, std::string> parse_news_line(std::string_view line) {
  auto parsed = jsonl::parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  ArticleInput input;
  for (const json::key_value_pair& entry : value.get_object()) {
    const NewsRead error = read_news_field(entry.key(), entry.value(), input);
    if (!error) return "unknown field '" + std::string(entry.key()) + "'";
    if (!error->empty()) return *error;
  }
  for (const std::string_view field : {"slug", "title", "body", "published_at"}) {
    if (!value.get_object().contains(field))
      return "field '" + std::string(field) + "' is required";
  }
  return input;
}

std::string write_news_line(const ArticleInput& article) {
  std::string line;
  {
    ObjectWriter writer(line);
    writer.string("slug", article.slug);
    writer.string("title", article.title);
    writer.string("lead", article.lead);
    writer.string("body", article.body);
    writer.string("published_at", text::format_rfc3339_helsinki(article.published_at));
    writer.string("author", article.author);
    writer.strings("keywords", article.keywords);
    std::string& images = writer.key("images");
    images += '[';
    for (std::size_t i = 0; i < article.images.size(); ++i) {
      if (i > 0) images += ", ";
      ObjectWriter image(images);
      image.string("file_hint", article.images[i].description);
      image.string("alt", article.images[i].alt);
      image.string("caption", article.images[i].caption);
      image.string("credit", article.images[i].credit);
    }
    images += ']';
    writer.string_or_null("credit_line", article.credit_line);
    writer.strings("related_events", article.related_events);
    if (!article.related_practices.empty())
      writer.strings("related_practices", article.related_practices);
    writer.string("language", article.language);
  }
  return line;
}

}  // namespace tori::core

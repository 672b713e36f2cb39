// SPDX-License-Identifier: AGPL-3.0-or-later
// validate_article_input and keyword_slug: the rules an article keeps before it is stored.
#include "tori/core/news.hpp"

#include <set>

#include "tori/core/field_checker.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

std::string article_item(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

void check_article_count(FieldChecker& check, const std::string& field, std::size_t size,
                         std::size_t max, std::string_view what) {
  if (size > max) check.add(field, "at most " + std::to_string(max) + " " + std::string(what));
}

void check_article_head(FieldChecker& check, const ArticleInput& input) {
  if (!text::is_valid_slug(input.slug))
    check.add("slug", "slug must be 1–80 characters of a–z, 0–9 and single hyphens");
  check.text("title", input.title, {true, kMaxTitleLength, Lines::kOne});
  check.text("lead", input.lead, {false, kMaxArticleLeadLength, Lines::kMany});
  check.text("body", input.body, {true, kMaxArticleBodyLength, Lines::kMany});
  check.text("author", input.author, {false, kMaxShortTextLength, Lines::kOne});
  check.text("credit_line", input.credit_line, {false, kMaxShortTextLength, Lines::kOne});
  if (input.language != "fi" && input.language != "sv" && input.language != "en")
    check.add("language", "language must be fi, sv or en");
}

void check_article_keywords(FieldChecker& check, const std::vector<std::string>& keywords) {
  check_article_count(check, "keywords", keywords.size(), kMaxArticleKeywords, "keywords");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    const std::string field = article_item("keywords", i);
    if (!check.text(field, keywords[i], {true, kMaxKeywordLength, Lines::kOne})) continue;
    if (!seen.insert(keyword_slug(keywords[i])).second)
      check.add(field, "keyword '" + keywords[i] + "' is given twice");
  }
}

void check_article_images(FieldChecker& check, const std::vector<ArticleImage>& images) {
  check_article_count(check, "images", images.size(), kMaxArticleImages, "images");
  for (std::size_t i = 0; i < images.size(); ++i) {
    const std::string field = article_item("images", i);
    check.text(field + ".alt", images[i].alt, {true, kMaxImageTextLength, Lines::kOne});
    check.text(field + ".caption", images[i].caption, {false, kMaxImageTextLength, Lines::kMany});
    check.text(field + ".credit", images[i].credit, {false, kMaxImageTextLength, Lines::kOne});
    check.text(field + ".description", images[i].description,
               {false, kMaxImageTextLength, Lines::kOne});
  }
}

void check_article_related(FieldChecker& check, std::string_view list,
                           const std::vector<std::string>& items) {
  check_article_count(check, std::string(list), items.size(), kMaxArticleRelated, "items");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string field = article_item(list, i);
    if (!check.text(field, items[i], {true, kMaxExternalIdLength, Lines::kOne})) continue;
    if (!seen.insert(items[i]).second) check.add(field, "'" + items[i] + "' is given twice");
  }
}

}  // namespace

std::string keyword_slug(std::string_view name) {
  return text::slugify(name);
}

std::vector<FieldError> validate_article_input(const ArticleInput& input) {
  FieldChecker check;
  check_article_head(check, input);
  check_article_keywords(check, input.keywords);
  check_article_images(check, input.images);
  check_article_related(check, "related_events", input.related_events);
  check_article_related(check, "related_practices", input.related_practices);
  return check.take();
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to news/: the editors' article form — its values as typed (read from a post or made
// from a stored article), turned into a core::ArticleInput with their problems, a new picture
// checked by content, and shown again with the errors beside the fields.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tori/core/news.hpp"
#include "tori/http/form.hpp"
#include "tori/media/image.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// A picture the article has, with its texts as typed.
struct NewsFormImage {
  core::ArticleImage image;  // file names from the stored article, never from the form
  bool remove = false;
};

struct NewsFormValues {
  std::string slug, title, lead, body;
  std::string date, time;  // the publication in Helsinki: "16.2.2024", "9.00"
  std::string author, credit_line, language = "fi";
  std::string keywords;           // comma-separated, as typed
  std::string related_events;     // events' external ids, comma-separated
  std::string related_practices;  // practices' slugs, comma-separated
  std::vector<NewsFormImage> images;
  core::ArticleImage new_image;  // alt, caption, credit of an uploaded picture
};

// From a stored article (times in Helsinki).
[[nodiscard]] NewsFormValues news_form_values(const core::ArticleInput& input);
// From a post over the stored article's pictures (`stored`; empty for a new article).
[[nodiscard]] NewsFormValues read_news_form(const http::Form& form,
                                            const std::vector<core::ArticleImage>& stored);

// The article of `values`, its problems beside their inputs, and a new picture's bytes.
struct NewsFormReading {
  core::ArticleInput input;
  FormErrors errors;
  std::optional<media::ProcessedImage> picture;  // the upload, re-encoded; input not yet naming it
};
[[nodiscard]] NewsFormReading parse_news_form(const Services& services, text::Language language,
                                              const NewsFormValues& values, const http::Form& form);

// The inputs (SLUG, TITLE, LEAD, BODY, DATE, TIME, AUTHOR, CREDIT_LINE, KEYWORDS,
// RELATED_EVENTS, RELATED_PRACTICES, LANGUAGE_OPTION, IMAGE rows, NEW_ALT …) and their errors.
void fill_news_form(ctemplate::TemplateDictionary& body, const Services& services,
                    text::Language language, const NewsFormValues& values,
                    const FormErrors& errors);

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' article form: values read, checked (core::validate_article_input, the date and
// time, a new picture by content) and shown.
#include "tori/web/news/news_form.hpp"

#include "tori/web/submission/practice_media.hpp"  // UploadSettings
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string image_field(std::size_t index, std::string_view part) {
  return "image" + std::to_string(index) + "_" + std::string(part);
}

// The input beside which a core field's message shows, and the message's catalogue key;
// `image_inputs[k]` is the form's prefix of the input's k-th picture ("image0", "new").
std::pair<std::string, std::string> news_error_place(const std::string& field,
                                                     const std::vector<std::string>& image_inputs) {
  if (field.starts_with("images[")) {
    const std::size_t index = std::stoul(field.substr(7));
    const std::string part = field.substr(field.find("].") + 2);
    const std::string prefix = index < image_inputs.size() ? image_inputs[index] : "new";
    return {prefix + "_" + part, "news_editor.error.image_" + part};
  }
  const std::string input = field.substr(0, field.find('['));
  return {input, "news_editor.error." + input};
}

void read_published_at(NewsFormReading& reading, const Services& services, text::Language language,
                       const NewsFormValues& values) {
  const TypedMoment moment = typed_helsinki_moment(values.date, values.time);
  if (moment.date_wrong)
    reading.errors.add("date", services.catalogue.text(language, "news_editor.error.date"));
  if (moment.time_wrong)
    reading.errors.add("time", services.catalogue.text(language, "news_editor.error.time"));
  if (moment.at) reading.input.published_at = *moment.at;
}

void read_new_picture(NewsFormReading& reading, const Services& services, text::Language language,
                      const NewsFormValues& values, const http::Form& form) {
  const http::FormFile* file = form.file("new_image");
  if (file == nullptr || (file->bytes.empty() && file->filename.empty())) return;
  const media::ImageLimits limits =
      services.uploads != nullptr ? services.uploads->image_limits : media::ImageLimits{};
  media::ImageResult result = media::process_image(file->bytes, limits);
  if (!result.image) {
    reading.errors.add(
        "new_image",
        services.catalogue.text(
            language, "media.error.image." + std::string(media::refusal_code(result.refusal))));
    return;
  }
  reading.picture = std::move(result.image);
  core::ArticleImage image = values.new_image;
  image.width = reading.picture->width;
  image.height = reading.picture->height;
  reading.input.images.push_back(std::move(image));
}

}  // namespace

NewsFormValues news_form_values(const core::ArticleInput& input) {
  auto [date, time] = helsinki_date_and_time(input.published_at);
  NewsFormValues values{.slug = input.slug,
                        .title = input.title,
                        .lead = input.lead,
                        .body = input.body,
                        .date = std::move(date),
                        .time = std::move(time),
                        .author = input.author,
                        .credit_line = input.credit_line,
                        .language = input.language,
                        .keywords = list_text(input.keywords),
                        .related_events = list_text(input.related_events),
                        .related_practices = list_text(input.related_practices)};
  for (const core::ArticleImage& image : input.images)
    values.images.push_back({image, false});
  return values;
}

NewsFormValues read_news_form(const http::Form& form,
                              const std::vector<core::ArticleImage>& stored) {
  NewsFormValues values{.slug = typed_line(form.get("slug")),
                        .title = typed_line(form.get("title")),
                        .lead = typed_text(form.get("lead")),
                        .body = typed_text(form.get("body")),
                        .date = typed_line(form.get("date")),
                        .time = typed_line(form.get("time")),
                        .author = typed_line(form.get("author")),
                        .credit_line = typed_line(form.get("credit_line")),
                        .language = typed_line(form.get("language")),
                        .keywords = typed_line(form.get("keywords")),
                        .related_events = typed_line(form.get("related_events")),
                        .related_practices = typed_line(form.get("related_practices"))};
  for (std::size_t i = 0; i < stored.size(); ++i) {
    NewsFormImage image{stored[i], form.get(image_field(i, "remove")) == "1"};
    image.image.alt = typed_line(form.get(image_field(i, "alt")));
    image.image.caption = typed_text(form.get(image_field(i, "caption")));
    image.image.credit = typed_line(form.get(image_field(i, "credit")));
    values.images.push_back(std::move(image));
  }
  values.new_image = {.alt = typed_line(form.get("new_alt")),
                      .caption = typed_text(form.get("new_caption")),
                      .credit = typed_line(form.get("new_credit"))};
  return values;
}

NewsFormReading parse_news_form(const Services& services, text::Language language,
                                const NewsFormValues& values, const http::Form& form) {
  NewsFormReading reading;
  core::ArticleInput& input = reading.input;
  input = {.slug = values.slug,
           .title = values.title,
           .lead = values.lead,
           .body = values.body,
           .author = values.author,
           .keywords = typed_list(values.keywords),
           .credit_line = values.credit_line,
           .related_events = typed_list(values.related_events),
           .related_practices = typed_list(values.related_practices),
           .language = values.language};
  std::vector<std::string> image_inputs;
  for (std::size_t i = 0; i < values.images.size(); ++i) {
    if (values.images[i].remove) continue;
    input.images.push_back(values.images[i].image);
    image_inputs.push_back("image" + std::to_string(i));
  }
  read_published_at(reading, services, language, values);
  read_new_picture(reading, services, language, values, form);
  for (const core::FieldError& error : core::validate_article_input(input)) {
    const auto [field, key] = news_error_place(error.field, image_inputs);
    if (field == "images" || reading.errors.has(field)) continue;
    reading.errors.add(field, services.catalogue.text(language, key));
  }
  return reading;
}

void fill_news_form(Dictionary& body, const Services& services, text::Language language,
                    const NewsFormValues& values, const FormErrors& errors) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"SLUG", &values.slug},
      {"TITLE", &values.title},
      {"LEAD", &values.lead},
      {"BODY", &values.body},
      {"DATE", &values.date},
      {"TIME", &values.time},
      {"AUTHOR", &values.author},
      {"CREDIT_LINE", &values.credit_line},
      {"KEYWORDS", &values.keywords},
      {"RELATED_EVENTS", &values.related_events},
      {"RELATED_PRACTICES", &values.related_practices},
      {"NEW_ALT", &values.new_image.alt},
      {"NEW_CAPTION", &values.new_image.caption},
      {"NEW_CREDIT", &values.new_image.credit}};
  for (const auto& [name, value] : fields)
    body.SetValue(name, *value);
  for (const std::string_view code : {"fi", "sv", "en"}) {
    Dictionary* option = body.AddSectionDictionary("LANGUAGE_OPTION");
    option->SetValue("CODE", std::string(code));
    option->SetValue(
        "NAME", services.catalogue.text(language, "news_editor.language." + std::string(code)));
    if (values.language == code) option->ShowSection("SELECTED");
  }
  for (std::size_t i = 0; i < values.images.size(); ++i) {
    const NewsFormImage& image = values.images[i];
    Dictionary* row = body.AddSectionDictionary("IMAGE");
    row->SetValue("N", std::to_string(i));
    row->SetValue("NUMBER", std::to_string(i + 1));
    row->SetValue("THUMBNAIL",
                  image.image.thumbnail.empty() ? image.image.file : image.image.thumbnail);
    row->SetValue("ALT", image.image.alt);
    row->SetValue("CAPTION", image.image.caption);
    row->SetValue("CREDIT", image.image.credit);
    if (!image.image.file.empty()) row->ShowSection("HAS_FILE");
    if (image.remove) row->ShowSection("REMOVE");
    if (errors.has(image_field(i, "alt")))
      row->AddSectionDictionary("ALT_ERROR")
          ->SetValue("MESSAGE", errors.message(image_field(i, "alt")));
  }
  fill_errors(body, "news", errors);
}

}  // namespace tori::web

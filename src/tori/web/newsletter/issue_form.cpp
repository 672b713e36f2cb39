// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' newsletter form: values read, checked and shown.
#include "tori/web/newsletter/issue_form.hpp"

#include <algorithm>
#include <functional>

#include "tori/core/subscriber.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

constexpr std::array<std::string_view, 3> kIssueLanguages = {"fi", "sv", "en"};

// "topics[1]" → "topics": the input beside which the message shows.
std::string issue_input_name(const std::string& field) {
  return field.substr(0, field.find('['));
}

template <std::size_t N>
std::vector<std::string> ticked(const http::Form& form, std::string_view name,
                                const std::array<std::string_view, N>& known) {
  std::vector<std::string> values;
  const std::vector<std::string> posted = form.all(name);
  for (const std::string_view value : known) {
    if (std::ranges::find(posted, value) != posted.end()) values.emplace_back(value);
  }
  return values;
}

template <std::size_t N>
void fill_choices(ctemplate::TemplateDictionary& body, const char* section,
                  const std::array<std::string_view, N>& known,
                  const std::vector<std::string>& chosen,
                  const std::function<std::string(std::string_view)>& label) {
  for (const std::string_view value : known) {
    ctemplate::TemplateDictionary* choice = body.AddSectionDictionary(section);
    choice->SetValue("VALUE", std::string(value));
    choice->SetValue("LABEL", label(value));
    if (std::ranges::find(chosen, value) != chosen.end()) choice->ShowSection("CHECKED");
  }
}

}  // namespace

core::NewsletterInput read_issue_form(const http::Form& form) {
  return {.slug = typed_line(form.get("slug")),
          .subject = typed_line(form.get("subject")),
          .body = typed_text(form.get("body")),
          .language = typed_line(form.get("language")),
          .topics = ticked(form, "topics", core::kNewsletterTopics),
          .blocks = ticked(form, "blocks", core::kNewsletterBlocks)};
}

FormErrors check_issue_form(const Services& services, text::Language language,
                            const core::NewsletterInput& input) {
  FormErrors errors;
  for (const core::FieldError& error : core::validate_newsletter_input(input)) {
    const std::string field = issue_input_name(error.field);
    if (errors.has(field)) continue;
    errors.add(field, services.catalogue.text(language, "newsletter_issue.error." + field));
  }
  return errors;
}

std::string topic_label(const Services& services, text::Language language, std::string_view topic) {
  return services.catalogue.text(language, "newsletter.topic." + std::string(topic));
}

std::string block_label(const Services& services, text::Language language, std::string_view block) {
  return services.catalogue.text(language, "newsletter_issue.block." + std::string(block));
}

void fill_issue_form(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, const core::NewsletterInput& input,
                     const FormErrors& errors) {
  body.SetValue("SLUG", input.slug);
  body.SetValue("SUBJECT", input.subject);
  body.SetValue("BODY", input.body);
  for (const std::string_view code : kIssueLanguages) {
    ctemplate::TemplateDictionary* option = body.AddSectionDictionary("LANGUAGE_OPTION");
    option->SetValue("CODE", std::string(code));
    option->SetValue("NAME", services.catalogue.text(
                                 language, "newsletter_issue.language." + std::string(code)));
    if (input.language == code) option->ShowSection("SELECTED");
  }
  fill_choices(body, "TOPIC", core::kNewsletterTopics, input.topics,
               [&](std::string_view topic) { return topic_label(services, language, topic); });
  fill_choices(body, "BLOCK", core::kNewsletterBlocks, input.blocks,
               [&](std::string_view block) { return block_label(services, language, block); });
  fill_errors(body, "issue", errors);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing one line of the practice exchange format (practices-jsonl.md) with
// Boost.JSON on the way in and a small json.dumps-style writer on the way out (jsonl_support).
#include "tori/core/practice_jsonl.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "tori/core/jsonl_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::must_be;
using jsonl::ObjectWriter;
using jsonl::parse_json;
using jsonl::read_enum;
using jsonl::read_string;
using jsonl::read_strings;

// ---- reading ----

// Each reader takes a field's value (never null: null means absent and is skipped) and fills
// its part of the input; it returns the reason the value is wrong, or an empty string.
using FieldReader = std::string (*)(const json::value&, PracticeInput&);

std::string read_sections(const json::value& value, PracticeInput& input) {
  const json::object* sections = value.if_object();
  if (sections == nullptr) return must_be("sections", "an object of section texts");
  for (const json::key_value_pair& entry : *sections) {
    const std::optional<Section> section = parse_section_key(entry.key());
    if (!section) return "unknown section '" + std::string(entry.key()) + "'";
    if (entry.value().is_null()) continue;
    const std::string field = "sections." + std::string(entry.key());
    std::string error = read_string(entry.value(), field, section_text(input.sections, *section));
    if (!error.empty()) return error;
  }
  return {};
}

std::string read_contact(const json::value& value, PracticeInput& input) {
  const json::object* contact = value.if_object();
  if (contact == nullptr) return must_be("contact", "an object");
  const std::array<std::pair<std::string_view, std::string*>, 4> fields = {{
      {"name", &input.contact.name},
      {"title", &input.contact.title},
      {"email", &input.contact.email},
      {"phone", &input.contact.phone},
  }};
  for (const json::key_value_pair& entry : *contact) {
    const auto field = std::find_if(fields.begin(), fields.end(),
                                    [&](const auto& f) { return f.first == entry.key(); });
    const std::string name = "contact." + std::string(entry.key());
    if (field == fields.end()) return "unknown field '" + name + "'";
    if (entry.value().is_null()) continue;
    if (std::string error = read_string(entry.value(), name, *field->second); !error.empty()) {
      return error;
    }
  }
  return {};
}

// One {"title": …, "url": …} of "links".
std::string read_link(const json::value& value, const std::string& field, Link& link) {
  const json::object* object = value.if_object();
  if (object == nullptr) return must_be(field, "an object with title and url");
  for (const json::key_value_pair& entry : *object) {
    const std::string name = field + "." + std::string(entry.key());
    std::string* out = entry.key() == "title" ? &link.title
                       : entry.key() == "url" ? &link.url
                                              : nullptr;
    if (out == nullptr) return "unknown field '" + name + "'";
    if (entry.value().is_null()) continue;
    if (std::string error = read_string(entry.value(), name, *out); !error.empty()) return error;
  }
  return {};
}

std::string read_links(const json::value& value, PracticeInput& input) {
  const json::array* links = value.if_array();
  if (links == nullptr) return must_be("links", "a list of objects with title and url");
  for (std::size_t i = 0; i < links->size(); ++i) {
    Link& link = input.links.emplace_back();
    std::string error = read_link((*links)[i], "links[" + std::to_string(i) + "]", link);
    if (!error.empty()) return error;
  }
  return {};
}

std::string read_published_at(const json::value& value, PracticeInput& input) {
  if (value.is_string()) input.published_at = text::parse_rfc3339(value.get_string());
  if (!value.is_string() || !input.published_at) {
    return must_be("published_at", "an RFC 3339 time with an offset (2021-09-15T10:00:00+03:00)");
  }
  return {};
}

std::string read_state(const json::value& value, PracticeInput& input) {
  return read_enum(value, "state", &parse_practice_state, "draft, submitted, published, archived",
                   input.state);
}

std::string read_maturity(const json::value& value, PracticeInput& input) {
  return read_enum(value, "maturity", &parse_maturity, "idea, pilot, in_use, established",
                   input.maturity);
}

std::string read_language(const json::value& value, PracticeInput& input) {
  std::optional<ContentLanguage> language;
  std::string error = read_enum(value, "language", &parse_content_language, "fi, sv, en", language);
  if (language) input.language = *language;
  return error;
}

// How one field is read: into a string member, into a list member, or by its own reader.
struct FieldSpec {
  std::string_view name;
  std::string PracticeInput::*text = nullptr;
  std::vector<std::string> PracticeInput::*list = nullptr;
  FieldReader reader = nullptr;
};

// Every field of the format, in export order.
constexpr std::array<FieldSpec, 19> kFields = {{
    {"external_id", &PracticeInput::external_id},
    {"slug", &PracticeInput::slug},
    {"state", nullptr, nullptr, &read_state},
    {"title", &PracticeInput::title},
    {"summary", &PracticeInput::summary},
    {"organisations", nullptr, &PracticeInput::organisations},
    {"municipality", &PracticeInput::municipality},
    {"region", &PracticeInput::region},
    {"sectors", nullptr, &PracticeInput::sectors},
    {"themes", nullptr, &PracticeInput::themes},
    {"client_groups", nullptr, &PracticeInput::client_groups},
    {"maturity", nullptr, nullptr, &read_maturity},
    {"started", &PracticeInput::started},
    {"sections", nullptr, nullptr, &read_sections},
    {"keywords", nullptr, &PracticeInput::keywords},
    {"contact", nullptr, nullptr, &read_contact},
    {"links", nullptr, nullptr, &read_links},
    {"published_at", nullptr, nullptr, &read_published_at},
    {"language", nullptr, nullptr, &read_language},
}};

std::string read_field(const FieldSpec& field, const json::value& value, PracticeInput& input) {
  if (field.text != nullptr) return read_string(value, field.name, input.*field.text);
  if (field.list != nullptr) return read_strings(value, field.name, input.*field.list);
  return field.reader(value, input);
}

}  // namespace

std::variant<PracticeInput, std::string> parse_practice_line(std::string_view line) {
  auto parsed = parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::object* object = std::get<json::value>(parsed).if_object();
  if (object == nullptr) return std::string("the line must be a JSON object");
  PracticeInput input;
  for (const json::key_value_pair& entry : *object) {
    const auto field = std::find_if(kFields.begin(), kFields.end(),
                                    [&](const FieldSpec& f) { return f.name == entry.key(); });
    if (field == kFields.end()) return "unknown field '" + std::string(entry.key()) + "'";
    if (entry.value().is_null()) continue;
    if (std::string error = read_field(*field, entry.value(), input); !error.empty()) return error;
  }
  if (!input.state) {
    input.state = input.published_at ? PracticeState::kPublished : PracticeState::kDraft;
  }
  return input;
}

namespace {

// ---- writing ----

std::string_view organisation_name(const Named& named) {
  return named.name;
}

void write_sections(ObjectWriter& writer, const Sections& sections) {
  ObjectWriter object(writer.key("sections"));
  for (Section section : kSections) {
    object.optional_string(section_key(section), section_text(sections, section));
  }
}

void write_contact(ObjectWriter& writer, const Contact& contact) {
  if (contact == Contact{}) return;
  ObjectWriter object(writer.key("contact"));
  object.optional_string("name", contact.name);
  object.optional_string("title", contact.title);
  object.optional_string("email", contact.email);
  object.optional_string("phone", contact.phone);
}

void write_links(ObjectWriter& writer, const std::vector<Link>& links) {
  std::string& out = writer.key("links");
  out += '[';
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (i > 0) out += ", ";
    ObjectWriter link(out);
    link.string("title", links[i].title);
    link.string("url", links[i].url);
  }
  out += ']';
}

// The fields before "sections", in the format's order.
void write_head(ObjectWriter& writer, const Practice& practice) {
  writer.string("external_id", practice.external_id);
  writer.string("slug", practice.slug);
  writer.string("state", to_string(practice.state));
  writer.string("title", practice.title);
  writer.string("summary", practice.summary);
  writer.strings("organisations", practice.organisations, &organisation_name);
  if (practice.municipality) writer.string("municipality", practice.municipality->name);
  if (practice.region) writer.string("region", practice.region->name);
  for (Vocabulary vocabulary : kVocabularies) {
    writer.strings(vocabulary_field(vocabulary), terms_of(practice, vocabulary),
                   &organisation_name);
  }
  if (practice.maturity) writer.string("maturity", to_string(*practice.maturity));
  writer.optional_string("started", practice.started);
}

}  // namespace

std::string write_practice_line(const Practice& practice) {
  std::string line;
  {
    ObjectWriter writer(line);
    write_head(writer, practice);
    write_sections(writer, practice.sections);
    writer.strings("keywords", practice.keywords);
    write_contact(writer, practice.contact);
    write_links(writer, practice.links);
    if (practice.published_at) {
      writer.string("published_at", text::format_rfc3339_helsinki(*practice.published_at));
    }
    writer.string("language", to_string(practice.language));
  }
  return line;
}

}  // namespace tori::core

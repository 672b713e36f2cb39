// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing one line of the event exchange format (events-jsonl.md) with Boost.JSON
// on the way in and the json.dumps-style writer of jsonl_support on the way out.
#include "tori/core/event_jsonl.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

#include "tori/core/event_details.hpp"
#include "tori/core/jsonl_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::must_be;
using jsonl::ObjectWriter;
using jsonl::read_bool;
using jsonl::read_string;
using jsonl::read_strings;

// ---- reading ----

// Each reader takes a field's value (null only when the field may not be null) and fills its
// part of the input; it returns the reason the value is wrong, or an empty string.
using EventFieldReader = std::string (*)(const json::value&, EventInput&);

constexpr std::string_view kTimeShape =
    "an RFC 3339 time with an offset (2017-05-23T09:00:00+03:00)";

std::string read_time(const json::value& value, std::string_view field, TimePoint& out) {
  std::optional<TimePoint> time;
  if (value.is_string()) time = text::parse_rfc3339(value.get_string());
  if (!time) return must_be(field, kTimeShape);
  out = *time;
  return {};
}

std::string read_kind(const json::value& value, EventInput& input) {
  std::optional<EventKind> kind;
  std::string error =
      jsonl::read_enum(value, "kind", &parse_event_kind,
                       "regional_event, gala, webinar, network_meeting, workshop, other", kind);
  if (kind) input.kind = *kind;
  return error;
}

std::string read_language(const json::value& value, EventInput& input) {
  std::optional<ContentLanguage> language;
  std::string error =
      jsonl::read_enum(value, "language", &parse_content_language, "fi, sv, en", language);
  if (language) input.language = *language;
  return error;
}

std::string read_place(const json::value& value, EventInput& input) {
  const json::object* object = value.if_object();
  if (object == nullptr) return must_be("place", "an object with name, address, municipality");
  EventPlace& place = input.place.emplace();
  for (const json::key_value_pair& entry : *object) {
    const std::string name = "place." + std::string(entry.key());
    std::string* out = entry.key() == "name"            ? &place.name
                       : entry.key() == "address"       ? &place.address
                       : entry.key() == "municipality"  ? &place.municipality
                       : entry.key() == "accessibility" ? &place.accessibility
                                                        : nullptr;
    if (out == nullptr) return "unknown field '" + name + "'";
    if (std::string error = read_string(entry.value(), name, *out); !error.empty()) return error;
  }
  return {};
}

std::string read_capacity(const json::value& value, std::string_view field,
                          std::optional<int>& capacity) {
  if (!value.is_int64() && !value.is_uint64()) return must_be(field, "a whole number");
  // Boost.JSON keeps whole numbers as int64 and only those past its range as uint64; a number
  // outside int's range cannot be a valid capacity, so it is refused here rather than cut.
  if (value.is_uint64() || value.get_int64() < std::numeric_limits<int>::min() ||
      value.get_int64() > std::numeric_limits<int>::max()) {
    return must_be(field, "1–" + std::to_string(kMaxEventCapacity));
  }
  capacity = static_cast<int>(value.get_int64());
  return {};
}

std::string read_registration_closes(const json::value& value, EventInput& input) {
  if (value.is_string()) {
    const std::string_view given = value.get_string();
    if (given.size() == 10) {  // "YYYY-MM-DD"
      if (const std::optional<TimePoint> end = text::end_of_helsinki_day(given)) {
        input.registration_closes = RegistrationDeadline{std::string(given), *end};
        return {};
      }
    } else if (const std::optional<TimePoint> at = text::parse_rfc3339(given)) {
      input.registration_closes = RegistrationDeadline{"", *at};
      return {};
    }
  }
  return must_be(
      "registration_closes",
      "a date (2017-05-16) or an RFC 3339 time with an offset (2017-05-16T16:00:00+03:00)");
}

// One field of a question, by its key; the reason, "unknown field …", or "".
std::string read_question_field(const json::key_value_pair& entry, const std::string& field,
                                EventQuestion& question) {
  const std::string name = field + "." + std::string(entry.key());
  const json::value& value = entry.value();
  if (entry.key() == "id") return read_string(value, name, question.id);
  if (entry.key() == "label") return read_string(value, name, question.label);
  if (entry.key() == "choices") return read_strings(value, name, question.choices);
  if (entry.key() == "required") return read_bool(value, name, question.required);
  if (entry.key() == "type") {
    std::optional<QuestionType> type;
    std::string error =
        jsonl::read_enum(value, name, &parse_question_type, "text, single, multi", type);
    if (type) question.type = *type;
    return error;
  }
  return "unknown field '" + name + "'";
}

std::string read_question(const json::value& value, const std::string& field,
                          EventQuestion& question) {
  const json::object* object = value.if_object();
  if (object == nullptr) return must_be(field, "an object with id, label, type, choices, required");
  for (const json::key_value_pair& entry : *object) {
    if (std::string error = read_question_field(entry, field, question); !error.empty()) {
      return error;
    }
  }
  if (!object->contains("type")) return "field '" + field + ".type' is required";
  return {};
}

std::string read_questions(const json::value& value, EventInput& input) {
  const json::array* questions = value.if_array();
  if (questions == nullptr) return must_be("questions", "a list of objects");
  input.questions.clear();
  for (std::size_t i = 0; i < questions->size(); ++i) {
    EventQuestion& question = input.questions.emplace_back();
    std::string error =
        read_question((*questions)[i], "questions[" + std::to_string(i) + "]", question);
    if (!error.empty()) return error;
  }
  return {};
}

// How one field is read: into a string member, a time member, or by its own reader.
struct EventFieldSpec {
  std::string_view name;
  std::string EventInput::*text = nullptr;
  TimePoint EventInput::*time = nullptr;
  EventFieldReader reader = nullptr;
  bool nullable = false;  // null counts as absent
  bool required = false;  // absent (or null) is an error
};

// Every field of the format, in export order.
constexpr std::array<EventFieldSpec, 23> kEventFields = {{
    {"external_id", &EventInput::external_id},
    {"kind", nullptr, nullptr, &read_kind, false, true},
    {"title", &EventInput::title},
    {"lead", &EventInput::lead},
    {"description", &EventInput::description},
    {"series", &EventInput::series, nullptr, nullptr, true},
    {"starts_at", nullptr, &EventInput::starts_at, nullptr, false, true},
    {"ends_at", nullptr, &EventInput::ends_at, nullptr, false, true},
    {"place", nullptr, nullptr, &read_place, true},
    {"remote", nullptr, nullptr,
     [](const json::value& value, EventInput& input) {
       return read_bool(value, "remote", input.remote);
     }},
    {"capacity", nullptr, nullptr,
     [](const json::value& value, EventInput& input) {
       return read_capacity(value, "capacity", input.capacity);
     },
     true},
    {"on_site_capacity", nullptr, nullptr,
     [](const json::value& value, EventInput& input) {
       return read_capacity(value, "on_site_capacity", input.on_site_capacity);
     },
     true},
    {"remote_capacity", nullptr, nullptr,
     [](const json::value& value, EventInput& input) {
       return read_capacity(value, "remote_capacity", input.remote_capacity);
     },
     true},
    {"registration_opens", nullptr, nullptr,
     [](const json::value& value, EventInput& input) {
       return read_time(value, "registration_opens", input.registration_opens.emplace());
     },
     true},
    {"registration_closes", nullptr, nullptr, &read_registration_closes, true},
    {"questions", nullptr, nullptr, &read_questions},
    {"language", nullptr, nullptr, &read_language},
    {"audience", &EventInput::audience},
    {"programme", nullptr, nullptr, &read_programme},
    {"remote_url", &EventInput::remote_url, nullptr, nullptr, true},
    {"organiser", nullptr, nullptr, &read_organiser, true},
    {"image", nullptr, nullptr, &read_image, true},
    {"consent", &EventInput::consent},
}};

std::string read_event_field(const EventFieldSpec& field, const json::value& value,
                             EventInput& input) {
  if (field.text != nullptr) return read_string(value, field.name, input.*field.text);
  if (field.time != nullptr) return read_time(value, field.name, input.*field.time);
  return field.reader(value, input);
}

}  // namespace

std::variant<EventInput, std::string> parse_event_line(std::string_view line) {
  auto parsed = jsonl::parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::object* object = std::get<json::value>(parsed).if_object();
  if (object == nullptr) return std::string("the line must be a JSON object");
  EventInput input;
  for (const json::key_value_pair& entry : *object) {
    const auto field = std::find_if(kEventFields.begin(), kEventFields.end(),
                                    [&](const EventFieldSpec& f) { return f.name == entry.key(); });
    if (field == kEventFields.end()) return "unknown field '" + std::string(entry.key()) + "'";
    if (entry.value().is_null() && field->nullable) continue;
    if (entry.value().is_null() && field->required) continue;  // reported below
    if (std::string error = read_event_field(*field, entry.value(), input); !error.empty())
      return error;
  }
  for (const EventFieldSpec& field : kEventFields) {
    const json::value* value = object->if_contains(field.name);
    if (field.required && (value == nullptr || value->is_null())) {
      return "field '" + std::string(field.name) + "' is required";
    }
  }
  return input;
}

namespace {

// ---- writing ----

void write_place(ObjectWriter& writer, const std::optional<EventPlace>& place) {
  if (!place) {
    writer.null("place");
    return;
  }
  ObjectWriter object(writer.key("place"));
  object.string("name", place->name);
  object.string("address", place->address);
  object.string("municipality", place->municipality);
  object.string("accessibility", place->accessibility);
}

void write_capacity(ObjectWriter& writer, std::string_view field, std::optional<int> capacity) {
  if (capacity) {
    writer.key(field) += std::to_string(*capacity);
  } else {
    writer.null(field);
  }
}

void write_registration(ObjectWriter& writer, const EventInput& event) {
  write_capacity(writer, "capacity", event.capacity);
  write_capacity(writer, "on_site_capacity", event.on_site_capacity);
  write_capacity(writer, "remote_capacity", event.remote_capacity);
  if (event.registration_opens) {
    writer.string("registration_opens", text::format_rfc3339_helsinki(*event.registration_opens));
  } else {
    writer.null("registration_opens");
  }
  const auto& closes = event.registration_closes;
  if (!closes) {
    writer.null("registration_closes");
  } else {
    writer.string("registration_closes",
                  closes->date.empty() ? text::format_rfc3339_helsinki(closes->at) : closes->date);
  }
}

void write_questions(ObjectWriter& writer, const std::vector<EventQuestion>& questions) {
  std::string& out = writer.key("questions");
  out += '[';
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (i > 0) out += ", ";
    ObjectWriter question(out);
    question.string("id", questions[i].id);
    question.string("label", questions[i].label);
    question.string("type", to_string(questions[i].type));
    question.strings("choices", questions[i].choices);
    question.boolean("required", questions[i].required);
  }
  out += ']';
}

}  // namespace

std::string write_event_line(const EventInput& event) {
  std::string line;
  {
    ObjectWriter writer(line);
    writer.string("external_id", event.external_id);
    writer.string("kind", to_string(event.kind));
    writer.string("title", event.title);
    writer.string("lead", event.lead);
    writer.string("description", event.description);
    writer.string_or_null("series", event.series);
    writer.string("starts_at", text::format_rfc3339_helsinki(event.starts_at));
    writer.string("ends_at", text::format_rfc3339_helsinki(event.ends_at));
    write_place(writer, event.place);
    writer.boolean("remote", event.remote);
    write_registration(writer, event);
    write_questions(writer, event.questions);
    writer.string("language", to_string(event.language));
    write_event_details(writer, event);
  }
  return line;
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// The exchange format's detail fields of an event (events-jsonl.md): programme, organiser and
// image read with Boost.JSON, and all details written in export order.
#include <optional>

#include "tori/core/event_details.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::must_be;
using jsonl::ObjectWriter;
using jsonl::read_string;

// The fields of an object `field` by name into `outputs`; an unknown name is an error.
std::string read_text_object(
    const json::value& value, const std::string& field, std::string_view shape,
    const std::vector<std::pair<std::string_view, std::string*>>& outputs) {
  const json::object* object = value.if_object();
  if (object == nullptr) return must_be(field, shape);
  for (const json::key_value_pair& entry : *object) {
    const std::string name = field + "." + std::string(entry.key());
    std::string* out = nullptr;
    for (const auto& [key, target] : outputs)
      if (key == entry.key()) out = target;
    if (out == nullptr) return "unknown field '" + name + "'";
    if (std::string error = read_string(entry.value(), name, *out); !error.empty()) return error;
  }
  return {};
}

std::string read_programme_item(const json::value& value, const std::string& field,
                                ProgrammeItem& item) {
  std::string starts_at;
  std::string error = read_text_object(
      value, field, "an object with starts_at, title, speakers",
      {{"starts_at", &starts_at}, {"title", &item.title}, {"speakers", &item.speakers}});
  if (!error.empty()) return error;
  const std::optional<TimePoint> at = text::parse_rfc3339(starts_at);
  if (!at) {
    return must_be(field + ".starts_at",
                   "an RFC 3339 time with an offset (2027-03-02T09:30:00+02:00)");
  }
  item.starts_at = *at;
  return {};
}

}  // namespace

std::string read_programme(const json::value& value, EventInput& input) {
  const json::array* items = value.if_array();
  if (items == nullptr) return must_be("programme", "a list of objects");
  input.programme.clear();
  for (std::size_t i = 0; i < items->size(); ++i) {
    std::string error = read_programme_item((*items)[i], "programme[" + std::to_string(i) + "]",
                                            input.programme.emplace_back());
    if (!error.empty()) return error;
  }
  return {};
}

std::string read_organiser(const json::value& value, EventInput& input) {
  EventOrganiser& organiser = input.organiser.emplace();
  return read_text_object(
      value, "organiser", "an object with name, email, phone",
      {{"name", &organiser.name}, {"email", &organiser.email}, {"phone", &organiser.phone}});
}

std::string read_image(const json::value& value, EventInput& input) {
  EventImage& image = input.image.emplace();
  return read_text_object(value, "image", "an object with path, alt",
                          {{"path", &image.path}, {"alt", &image.alt}});
}

void write_event_details(ObjectWriter& writer, const EventInput& event) {
  writer.string("audience", event.audience);
  std::string& programme = writer.key("programme");
  programme += '[';
  for (std::size_t i = 0; i < event.programme.size(); ++i) {
    if (i > 0) programme += ", ";
    ObjectWriter item(programme);
    item.string("starts_at", text::format_rfc3339_helsinki(event.programme[i].starts_at));
    item.string("title", event.programme[i].title);
    item.string("speakers", event.programme[i].speakers);
  }
  programme += ']';
  writer.string_or_null("remote_url", event.remote_url);
  if (event.organiser) {
    ObjectWriter organiser(writer.key("organiser"));
    organiser.string("name", event.organiser->name);
    organiser.string("email", event.organiser->email);
    organiser.string("phone", event.organiser->phone);
  } else {
    writer.null("organiser");
  }
  if (event.image) {
    ObjectWriter image(writer.key("image"));
    image.string("path", event.image->path);
    image.string("alt", event.image->alt);
  } else {
    writer.null("image");
  }
  writer.string("consent", event.consent);
}

}  // namespace tori::core

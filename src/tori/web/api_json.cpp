// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds the API's JSON objects from core values; no HTTP, no store access.
#include "tori/web/api_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

// Every '@' written "[a]", so that no address is harvested as it is (DESIGN.md §7).
std::string without_at_signs(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '@')
      out += "[a]";
    else
      out += c;
  }
  return out;
}

std::string absolute_url(std::string_view base_url, std::string_view path) {
  while (base_url.ends_with('/'))
    base_url.remove_suffix(1);
  return std::string(base_url) + std::string(path);
}

json::array named_array(const std::vector<core::Named>& items, std::string_view name_key) {
  json::array array;
  for (const core::Named& item : items)
    array.push_back(json::object{{"slug", item.slug}, {name_key, item.name}});
  return array;
}

json::value municipality_json(const std::optional<core::MunicipalityRef>& municipality) {
  if (!municipality) return nullptr;
  return json::object{{"code", municipality->code}, {"name", municipality->name}};
}

json::value time_json(const std::optional<core::TimePoint>& time) {
  if (!time) return nullptr;
  return json::string(text::format_rfc3339_helsinki(*time));
}

json::object contact_json(const core::Contact& contact) {
  auto or_null = [](const std::string& text) -> json::value {
    if (text.empty()) return nullptr;
    return json::string(text);
  };
  return json::object{{"name", or_null(contact.name)},
                      {"title", or_null(contact.title)},
                      {"email", or_null(without_at_signs(contact.email))},
                      {"phone", or_null(contact.phone)}};
}

void add_sections(json::object& object, const core::Sections& sections) {
  json::object markdown;
  json::object html;
  for (core::Section section : core::kSections) {
    const std::string& text = core::section_text(sections, section);
    if (text.empty()) continue;
    std::string key(core::section_key(section));
    markdown[key] = without_at_signs(text);
    html[key] = without_at_signs(text::markdown_to_html(text));
  }
  object["sections"] = std::move(markdown);
  object["sections_html"] = std::move(html);
}

}  // namespace

json::object practice_summary_json(const core::Practice& practice, std::string_view base_url) {
  json::object object;
  object["id"] = practice.id;
  object["external_id"] = practice.external_id;
  object["slug"] = practice.slug;
  object["title"] = practice.title;
  object["summary"] = practice.summary;
  object["url"] = absolute_url(base_url, "/teot/" + practice.slug);
  object["organisations"] = named_array(practice.organisations, "name");
  object["municipality"] = municipality_json(practice.municipality);
  if (practice.region)
    object["region"] =
        json::object{{"slug", practice.region->slug}, {"name", practice.region->name}};
  else
    object["region"] = nullptr;
  object["sectors"] = named_array(practice.sectors, "label");
  object["themes"] = named_array(practice.themes, "label");
  object["client_groups"] = named_array(practice.client_groups, "label");
  if (practice.maturity)
    object["maturity"] = core::to_string(*practice.maturity);
  else
    object["maturity"] = nullptr;
  object["published_at"] = time_json(practice.published_at);
  object["updated_at"] = time_json(practice.updated_at);
  return object;
}

json::object practice_detail_json(const core::Practice& practice, std::string_view base_url) {
  json::object object = practice_summary_json(practice, base_url);
  object["started"] =
      practice.started.empty() ? json::value(nullptr) : json::value(practice.started);
  json::array keywords;
  for (const std::string& keyword : practice.keywords)
    keywords.push_back(json::string(keyword));
  object["keywords"] = std::move(keywords);
  object["contact"] = contact_json(practice.contact);
  json::array links;
  for (const core::Link& link : practice.links)
    links.push_back(json::object{{"title", link.title}, {"url", link.url}});
  object["links"] = std::move(links);
  object["language"] = core::to_string(practice.language);
  object["state"] = core::to_string(practice.state);
  object["revision"] = practice.revision;
  object["created_at"] = time_json(practice.created_at);
  add_sections(object, practice.sections);
  return object;
}

void add_media_json(json::object& object, const std::vector<store::MediaItem>& images,
                    const std::vector<store::MediaItem>& attachments, std::string_view base_url) {
  json::array image_array;
  for (const store::MediaItem& image : images) {
    image_array.push_back(
        json::object{{"url", absolute_url(base_url, "/media/" + image.file)},
                     {"thumbnail_url", absolute_url(base_url, "/media/" + image.thumbnail)},
                     {"alt", image.description},
                     {"width", image.width},
                     {"height", image.height}});
  }
  object["images"] = std::move(image_array);
  json::array attachment_array;
  for (const store::MediaItem& attachment : attachments) {
    attachment_array.push_back(
        json::object{{"url", absolute_url(base_url, "/media/" + attachment.file)},
                     {"title", attachment.description},
                     {"pages", attachment.pages},
                     {"bytes", attachment.bytes}});
  }
  object["attachments"] = std::move(attachment_array);
}

json::object practice_list_json(const store::PracticeList& list, std::string_view base_url) {
  json::array items;
  for (const core::Practice& practice : list.items)
    items.push_back(practice_summary_json(practice, base_url));
  return json::object{{"total", list.total}, {"items", std::move(items)}};
}

json::object organisation_json(const core::Organisation& organisation) {
  return json::object{{"slug", organisation.slug},
                      {"name", organisation.name},
                      {"type", core::to_string(organisation.type)},
                      {"municipality", municipality_json(organisation.municipality)},
                      {"practice_count", organisation.published_practices}};
}

json::object term_json(const store::Term& term) {
  return json::object{{"slug", term.slug}, {"label", term.label}, {"count", term.count}};
}

json::object region_json(const core::Region& region, std::int64_t count) {
  return json::object{{"slug", region.slug},
                      {"code", region.code},
                      {"name", region.name_fi},
                      {"name_sv", region.name_sv},
                      {"practice_count", count}};
}

}  // namespace tori::web

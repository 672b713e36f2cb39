// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing the campaign exchange format with Boost.JSON and the shared writer.
#include "tori/core/campaign_jsonl.hpp"

#include <array>

#include "tori/core/jsonl_support.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::FieldReader;
using jsonl::must_be;
using jsonl::ObjectWriter;
using jsonl::read_int;
using jsonl::read_object;
using jsonl::read_string;
using jsonl::read_string_or_null;

using Read = std::optional<std::string>;  // a FieldReader's answer

std::string read_category(const json::value& value, const std::string& field,
                          AwardCategory& category) {
  return read_object(
      value, field, "an object with slug, name, description, kind, sector",
      [&](std::string_view key, const json::value& v, const std::string& name) -> Read {
        if (key == "slug") return read_string(v, name, category.slug);
        if (key == "name") return read_string(v, name, category.name);
        if (key == "description") return read_string(v, name, category.description);
        if (key == "sector") return read_string_or_null(v, name, category.sector);
        if (key == "theme") return read_string_or_null(v, name, category.theme);
        if (key != "kind") return std::nullopt;
        std::optional<CategoryKind> kind;
        std::string error =
            jsonl::read_enum(v, name, &parse_category_kind, "sector, theme, special", kind);
        if (kind) category.kind = *kind;
        return error;
      });
}

std::string read_criterion(const json::value& value, const std::string& field,
                           Criterion& criterion) {
  return read_object(
      value, field, "an object with slug, name, weight",
      [&](std::string_view key, const json::value& v, const std::string& name) -> Read {
        if (key == "slug") return read_string(v, name, criterion.slug);
        if (key == "name") return read_string(v, name, criterion.name);
        if (key == "weight") return read_int(v, name, 1, 100, criterion.weight);
        return std::nullopt;
      });
}

std::string read_juror(const json::value& value, const std::string& field, Juror& juror) {
  return read_object(
      value, field, "an object with name, title, organisation",
      [&](std::string_view key, const json::value& v, const std::string& name) -> Read {
        if (key == "name") return read_string(v, name, juror.name);
        if (key == "title") return read_string(v, name, juror.title);
        if (key == "organisation") return read_string(v, name, juror.organisation);
        if (key == "email") return read_string(v, name, juror.email);
        return std::nullopt;
      });
}

std::string read_award(const json::value& value, const std::string& field, Award& award) {
  return read_object(
      value, field, "an object with category, external_id, award, justification",
      [&](std::string_view key, const json::value& v, const std::string& name) -> Read {
        if (key == "category") return read_string(v, name, award.category);
        if (key == "external_id") return read_string(v, name, award.external_id);
        if (key == "justification") return read_string(v, name, award.justification);
        if (key != "award") return std::nullopt;
        std::optional<AwardLevel> level;
        std::string error =
            jsonl::read_enum(v, name, &parse_award_level, "winner, honourable_mention", level);
        if (level) award.level = *level;
        return error;
      });
}

// The campaign's fields other than its lists.
Read read_campaign_scalar(std::string_view key, const json::value& v, CampaignInput& input) {
  const std::string name{key};
  if (key == "slug") return read_string(v, name, input.slug);
  if (key == "name") return read_string(v, name, input.name);
  if (key == "year") return read_int(v, name, 1, 9999, input.year);
  if (key == "description") return read_string(v, name, input.description);
  if (key == "rules") return read_string(v, name, input.rules);
  if (key == "collecting_from") return read_string(v, name, input.collecting_from);
  if (key == "collecting_until") return read_string(v, name, input.collecting_until);
  if (key == "gala_date") return read_string(v, name, input.gala_date);
  if (key == "score_max") return read_int(v, name, 1, 100, input.score_max);
  if (key == "blind") return jsonl::read_bool(v, name, input.blind);
  if (key == "public_vote") return jsonl::read_bool(v, name, input.public_vote);
  if (key == "most_inventive") return v.is_object() ? "" : must_be(name, "an object");
  return std::nullopt;
}

Read read_campaign_field(std::string_view key, const json::value& v, CampaignInput& input) {
  const std::string name{key};
  if (key == "categories") return jsonl::read_list(v, name, input.categories, &read_category);
  if (key == "criteria") return jsonl::read_list(v, name, input.criteria, &read_criterion);
  if (key == "jurors") return jsonl::read_list(v, name, input.jurors, &read_juror);
  if (key == "winners") return jsonl::read_list(v, name, input.awards, &read_award);
  return read_campaign_scalar(key, v, input);
}

constexpr std::array<std::string_view, 6> kRequired = {
    "slug", "name", "year", "collecting_from", "collecting_until", "gala_date"};

}  // namespace

std::variant<CampaignInput, std::string> parse_campaign_line(std::string_view line) {
  auto parsed = jsonl::parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  CampaignInput input;
  for (const json::key_value_pair& entry : value.get_object()) {
    const Read error = read_campaign_field(entry.key(), entry.value(), input);
    if (!error) return "unknown field '" + std::string(entry.key()) + "'";
    if (!error->empty()) return *error;
  }
  for (const std::string_view field : kRequired) {
    if (!value.get_object().contains(field))
      return "field '" + std::string(field) + "' is required";
  }
  return input;
}

namespace {

void write_categories(ObjectWriter& writer, const std::vector<AwardCategory>& categories) {
  std::string& out = writer.key("categories");
  out += '[';
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (i > 0) out += ", ";
    ObjectWriter category(out);
    category.string("slug", categories[i].slug);
    category.string("name", categories[i].name);
    category.string("description", categories[i].description);
    category.string("kind", to_string(categories[i].kind));
    category.string_or_null("sector", categories[i].sector);
    category.optional_string("theme", categories[i].theme);
  }
  out += ']';
}

template <class T, class Write>
void write_list(ObjectWriter& writer, std::string_view name, const std::vector<T>& items,
                Write write) {
  std::string& out = writer.key(name);
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    ObjectWriter item(out);
    write(item, items[i]);
  }
  out += ']';
}

void write_people_and_awards(ObjectWriter& writer, const CampaignInput& campaign) {
  write_list(writer, "criteria", campaign.criteria, [](ObjectWriter& item, const Criterion& c) {
    item.string("slug", c.slug);
    item.string("name", c.name);
    item.key("weight") += std::to_string(c.weight);
  });
  write_list(writer, "jurors", campaign.jurors, [](ObjectWriter& item, const Juror& juror) {
    item.string("name", juror.name);
    item.string("title", juror.title);
    item.string("organisation", juror.organisation);
    item.optional_string("email", juror.email);
  });
  write_list(writer, "winners", campaign.awards, [](ObjectWriter& item, const Award& award) {
    item.string("category", award.category);
    item.string("external_id", award.external_id);
    item.string("award", to_string(award.level));
    item.string("justification", award.justification);
  });
}

}  // namespace

std::string write_campaign_line(const CampaignInput& campaign) {
  std::string line;
  {
    ObjectWriter writer(line);
    writer.string("slug", campaign.slug);
    writer.string("name", campaign.name);
    writer.key("year") += std::to_string(campaign.year);
    writer.string("description", campaign.description);
    writer.optional_string("rules", campaign.rules);
    writer.string("collecting_from", campaign.collecting_from);
    writer.string("collecting_until", campaign.collecting_until);
    writer.string("gala_date", campaign.gala_date);
    if (campaign.score_max != 5) writer.key("score_max") += std::to_string(campaign.score_max);
    if (campaign.blind) writer.boolean("blind", true);
    if (campaign.public_vote) writer.boolean("public_vote", true);
    write_categories(writer, campaign.categories);
    write_people_and_awards(writer, campaign);
    ObjectWriter(writer.key("most_inventive"))
        .string("note", "computed from practices published in the window");
  }
  return line;
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaign form's values made a core::CampaignInput: dates, numbers, slugs and rows
// read, the stored awards kept, then validate_campaign_input's findings put beside the inputs.
#include <algorithm>
#include <charconv>
#include <set>

#include "tori/text/slug.hpp"
#include "tori/web/campaigns/campaign_form.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// A slug no campaign may have: /toimitus/kampanjat/uusi is the new campaign's form.
constexpr std::string_view kCampaignFormReservedSlug = "uusi";

// The reading in progress: the input so far, its problems, and each row's number on the form.
struct CampaignFormParse {
  CampaignFormReading reading;
  CampaignFormRows rows;
  bool slug_awaits_name = false;  // neither slug nor name typed: only the name is asked for
  bool has(std::string_view field) const {
    return std::ranges::any_of(reading.problems,
                               [&](const CampaignFormProblem& p) { return p.field == field; });
  }
  void add(std::string field, std::string key, long long limit = 0) {
    if (!has(field)) reading.problems.push_back({std::move(field), std::move(key), limit});
  }
};

// The typed slug, or one made from the name; a slug taken by another campaign is a problem.
void campaign_form_read_slug(CampaignFormParse& parse, const CampaignFormValues& values,
                             const core::CampaignInput* stored,
                             const CampaignSlugTaken& slug_taken) {
  std::string& slug = parse.reading.input.slug;
  if (stored) {
    slug = stored->slug;
  } else if (!values.slug.empty()) {
    slug = values.slug;
    if (slug == kCampaignFormReservedSlug || slug_taken(slug))
      parse.add("slug", "campaign_editor.error.slug_taken");
  } else if (!values.name.empty()) {
    slug = text::unique_slug(text::slugify(values.name), slug_taken, {kCampaignFormReservedSlug});
  } else {
    parse.slug_awaits_name = true;
  }
}

// A typed day into `out` ("" stays "": the validator asks for it).
void campaign_form_read_date(CampaignFormParse& parse, const std::string& field,
                             const std::string& typed, std::string& out) {
  if (typed.empty()) return;
  out = typed_date(typed);
  if (out.empty()) parse.add(field, "campaign_editor.error.date");
}

void campaign_form_read_basics(CampaignFormParse& parse, const CampaignFormValues& values) {
  core::CampaignInput& input = parse.reading.input;
  input.name = values.name;
  input.description = values.description;
  input.rules = values.rules;
  const int year = typed_number(values.year, 4);
  if (year < 0) parse.add("year", "campaign_editor.error.year");
  input.year = std::max(year, 0);
  campaign_form_read_date(parse, "collecting_from", values.collecting_from, input.collecting_from);
  campaign_form_read_date(parse, "collecting_until", values.collecting_until,
                          input.collecting_until);
  campaign_form_read_date(parse, "gala_date", values.gala_date, input.gala_date);
  input.score_max = typed_number(values.score_max, 2);
  if (input.score_max != 5 && input.score_max != 10)
    parse.add("score_max", "campaign_editor.error.score_max");
  input.blind = values.blind;
  input.public_vote = values.public_vote;
}

// A row's slug: as typed, or made from its name when left empty.
std::string campaign_form_row_slug(const std::string& slug, const std::string& name) {
  return slug.empty() && !name.empty() ? text::slugify(name) : slug;
}

void campaign_form_read_categories(CampaignFormParse& parse, const CampaignFormValues& values) {
  for (std::size_t row = 0; row < values.categories.size(); ++row) {
    const CampaignCategoryRow& typed = values.categories[row];
    if (typed.slug.empty() && typed.name.empty() && typed.description.empty() &&
        typed.sector.empty() && typed.theme.empty()) {
      continue;
    }
    core::AwardCategory category{campaign_form_row_slug(typed.slug, typed.name),
                                 typed.name,
                                 typed.description,
                                 core::CategoryKind::kSpecial,
                                 typed.sector,
                                 typed.theme};
    if (const auto kind = core::parse_category_kind(typed.kind)) {
      category.kind = *kind;
    } else {
      parse.add("category" + std::to_string(row) + "_kind", "campaign_editor.error.kind");
    }
    parse.reading.input.categories.push_back(std::move(category));
    parse.rows.categories.push_back(row);
  }
}

void campaign_form_read_criteria(CampaignFormParse& parse, const CampaignFormValues& values) {
  for (std::size_t row = 0; row < values.criteria.size(); ++row) {
    const CampaignCriterionRow& typed = values.criteria[row];
    if (typed.slug.empty() && typed.name.empty() && typed.weight.empty()) continue;
    const int weight = typed_number(typed.weight, 3);
    if (weight < 0)
      parse.add("criterion" + std::to_string(row) + "_weight", "campaign_editor.error.weight");
    parse.reading.input.criteria.push_back(
        {campaign_form_row_slug(typed.slug, typed.name), typed.name, weight < 0 ? 1 : weight});
    parse.rows.criteria.push_back(row);
  }
}

void campaign_form_read_jurors(CampaignFormParse& parse, const CampaignFormValues& values) {
  for (std::size_t row = 0; row < values.jurors.size(); ++row) {
    const CampaignJurorRow& typed = values.jurors[row];
    if (typed.name.empty() && typed.title.empty() && typed.organisation.empty() &&
        typed.email.empty()) {
      continue;
    }
    parse.reading.input.jurors.push_back(
        {typed.name, typed.title, typed.organisation, typed.email});
    parse.rows.jurors.push_back(row);
  }
}

// The stored awards kept; a category with awards that is no longer on the form is refused
// beside the row that had it (or the group, when no row had it).
void campaign_form_keep_awards(CampaignFormParse& parse, const CampaignFormValues& values,
                               const core::CampaignInput& stored) {
  core::CampaignInput& input = parse.reading.input;
  input.awards = stored.awards;
  std::set<std::string> awarded;
  for (const core::Award& award : stored.awards)
    awarded.insert(award.category);
  for (const std::string& slug : awarded) {
    if (std::ranges::any_of(input.categories,
                            [&](const core::AwardCategory& c) { return c.slug == slug; }))
      continue;
    const auto row = std::ranges::find_if(
        values.categories, [&](const CampaignCategoryRow& r) { return r.stored == slug; });
    parse.add(row == values.categories.end()
                  ? std::string{"categories"}
                  : "category" + std::to_string(row - values.categories.begin()) + "_slug",
              "campaign_editor.error.category_awarded");
  }
}

// Where an input comes on the form, for the error summary's order.
int campaign_form_rank(const std::string& field) {
  const CampaignFormFieldName name = campaign_form_field_name(field);
  const auto fields = campaign_form_fields();
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name.base) return static_cast<int>(i) * 10;
  if (name.base == "form") return -1;
  if (name.base == "blind") return 100;
  if (name.base == "public_vote") return 101;
  static constexpr std::string_view kGroups[] = {"category", "criterion", "juror"};
  static constexpr std::string_view kParts[] = {"slug",         "name",  "description", "kind",
                                                "sector",       "theme", "weight",      "title",
                                                "organisation", "email"};
  for (int group = 0; group < 3; ++group) {
    const std::string_view prefix = kGroups[group];
    if (!name.base.starts_with(prefix)) continue;
    int part = 0;
    while (part < 10 && !name.base.ends_with("_" + std::string{kParts[part]}))
      ++part;
    return 1000 * (group + 1) + name.row * 20 + part;  // the group itself: row -1
  }
  return 999;
}

// The form's input of a finding's field, rows by their number on the form.
std::string campaign_form_input_of(std::string_view field, const CampaignFormRows& rows) {
  const auto [index, rest] = field_list_index(field);
  if (field.starts_with("winners")) return "form";  // the stored awards
  const struct {
    std::string_view list, prefix;
    const std::vector<std::size_t>& rows;
  } lists[] = {{"categories[", "category", rows.categories},
               {"criteria[", "criterion", rows.criteria},
               {"jurors[", "juror", rows.jurors}};
  for (const auto& list : lists) {
    if (!field.starts_with(list.list) || index < 0 || rest.size() < 2) continue;
    const auto at = static_cast<std::size_t>(index);
    const std::size_t row = at < list.rows.size() ? list.rows[at] : at;
    return std::string{list.prefix} + std::to_string(row) + "_" + std::string{rest.substr(1)};
  }
  return std::string{field};
}

// The key of a finding's message that depends on the input alone.
std::string campaign_form_key_of(const std::string& base, std::string_view message) {
  const auto says = [message](std::string_view part) {
    return message.find(part) != std::string_view::npos;
  };
  if (base == "collecting_until" && says("is before")) return "until_before_from";
  if (base == "gala_date" && says("after the deadline")) return "gala_before_deadline";
  if (base == "collecting_from" || base == "collecting_until" || base == "gala_date") return "date";
  if (base == "category_slug" || base == "criterion_slug")
    return says("used twice") ? "row_slug_twice" : "row_slug";
  if (base == "category_sector" || base == "category_theme") {
    return base.substr(9) + (says("is required") ? "_required" : "_only");
  }
  if (base == "criterion_weight") return "weight";
  if (base == "juror_email") return "email";
  if (base == "form") return "awards";
  for (const std::string_view own :
       {"slug", "year", "score_max", "categories", "criteria", "jurors"}) {
    if (base == own) return base;
  }
  return "invalid";
}

}  // namespace

CampaignFormProblem campaign_form_problem(const core::FieldError& finding,
                                          const CampaignFormRows& rows) {
  const std::string_view message = finding.message;
  CampaignFormProblem problem{campaign_form_input_of(finding.field, rows), "", 0};
  if (const auto common = common_field_problem(message)) {
    problem.key = "campaign_editor.error." + std::string{common->kind};
    problem.limit = common->limit;
  } else {
    const std::string base = campaign_form_field_name(problem.field).base;
    problem.key = "campaign_editor.error." + campaign_form_key_of(base, message);
    if (base == "categories" || base == "criteria")
      problem.limit = static_cast<long long>(core::kMaxCampaignItems);
    if (base == "jurors") problem.limit = static_cast<long long>(core::kMaxJurors);
  }
  return problem;
}

CampaignFormReading parse_campaign_form(const CampaignFormValues& values,
                                        const core::CampaignInput* stored,
                                        const CampaignSlugTaken& slug_taken) {
  CampaignFormParse parse;
  campaign_form_read_slug(parse, values, stored, slug_taken);
  campaign_form_read_basics(parse, values);
  campaign_form_read_categories(parse, values);
  campaign_form_read_criteria(parse, values);
  campaign_form_read_jurors(parse, values);
  if (stored) campaign_form_keep_awards(parse, values, *stored);
  const bool awards_refused =
      std::ranges::any_of(parse.reading.problems, [](const CampaignFormProblem& problem) {
        return problem.key == "campaign_editor.error.category_awarded";
      });
  for (const core::FieldError& finding : core::validate_campaign_input(parse.reading.input)) {
    CampaignFormProblem problem = campaign_form_problem(finding, parse.rows);
    if (problem.field == "form" && awards_refused) continue;  // said beside the categories
    if (problem.field == "slug" && parse.slug_awaits_name) continue;
    if (!parse.has(problem.field)) parse.reading.problems.push_back(std::move(problem));
  }
  std::ranges::stable_sort(parse.reading.problems, [](const auto& a, const auto& b) {
    return campaign_form_rank(a.field) < campaign_form_rank(b.field);
  });
  return std::move(parse.reading);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaign form's values: read from a posted form (rows "category<N>_…",
// "criterion<N>_…", "juror<N>_…"), made from a stored campaign, and the inputs' names split into
// a field and its row.
#include "tori/web/campaigns/campaign_form.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// The member of every text field outside the rows, in the form's order (blind and public_vote are
// checkboxes).
constexpr CampaignFormField kCampaignFormFields[] = {
    {"slug", &CampaignFormValues::slug},
    {"name", &CampaignFormValues::name},
    {"year", &CampaignFormValues::year},
    {"description", &CampaignFormValues::description},
    {"rules", &CampaignFormValues::rules},
    {"collecting_from", &CampaignFormValues::collecting_from},
    {"collecting_until", &CampaignFormValues::collecting_until},
    {"gala_date", &CampaignFormValues::gala_date},
    {"score_max", &CampaignFormValues::score_max},
};

// The fields whose text may run over several lines (Markdown).
bool campaign_form_many_lines(std::string_view name) {
  return name == "description" || name == "rules" || name == "category_description";
}

// The trimmed value of `name` ("category2_" + "slug").
std::string campaign_form_typed(const http::Form& form, const std::string& prefix,
                                std::string_view part) {
  const std::string typed = form.get(prefix + std::string{part});
  return campaign_form_many_lines("category_" + std::string{part}) ? typed_text(typed)
                                                                   : typed_line(typed);
}

std::vector<CampaignCategoryRow> campaign_form_category_rows(const http::Form& form) {
  std::vector<CampaignCategoryRow> rows;
  for (std::size_t i = 0; i < kMaxCampaignFormRows; ++i) {
    const std::string c = "category" + std::to_string(i) + "_";
    if (!form.has(c + "slug")) break;
    rows.push_back({campaign_form_typed(form, c, "slug"), campaign_form_typed(form, c, "name"),
                    campaign_form_typed(form, c, "description"),
                    campaign_form_typed(form, c, "kind"), campaign_form_typed(form, c, "sector"),
                    campaign_form_typed(form, c, "theme"), campaign_form_typed(form, c, "stored")});
  }
  return rows;
}

std::vector<CampaignCriterionRow> campaign_form_criterion_rows(const http::Form& form) {
  std::vector<CampaignCriterionRow> rows;
  for (std::size_t i = 0; i < kMaxCampaignFormRows; ++i) {
    const std::string c = "criterion" + std::to_string(i) + "_";
    if (!form.has(c + "slug")) break;
    rows.push_back({campaign_form_typed(form, c, "slug"), campaign_form_typed(form, c, "name"),
                    campaign_form_typed(form, c, "weight")});
  }
  return rows;
}

std::vector<CampaignJurorRow> campaign_form_juror_rows(const http::Form& form) {
  std::vector<CampaignJurorRow> rows;
  for (std::size_t i = 0; i < kMaxCampaignFormRows; ++i) {
    const std::string j = "juror" + std::to_string(i) + "_";
    if (!form.has(j + "name")) break;
    rows.push_back({campaign_form_typed(form, j, "name"), campaign_form_typed(form, j, "title"),
                    campaign_form_typed(form, j, "organisation"),
                    campaign_form_typed(form, j, "email")});
  }
  return rows;
}

// "30.9.2031" of a stored "2031-09-30", as the editors write dates; other text as it is.
std::string campaign_form_finnish_date(const std::string& iso) {
  if (iso.size() != 10 || typed_date(iso) != iso) return iso;
  return std::to_string(typed_number(iso.substr(8, 2), 2)) + "." +
         std::to_string(typed_number(iso.substr(5, 2), 2)) + "." + iso.substr(0, 4);
}

// The lists of a stored campaign as rows.
void campaign_form_rows_of(CampaignFormValues& values, const core::CampaignInput& input) {
  for (const core::AwardCategory& category : input.categories) {
    values.categories.push_back({category.slug, category.name, category.description,
                                 std::string{core::to_string(category.kind)}, category.sector,
                                 category.theme, category.slug});
  }
  for (const core::Criterion& criterion : input.criteria) {
    values.criteria.push_back({criterion.slug, criterion.name, std::to_string(criterion.weight)});
  }
  for (const core::Juror& juror : input.jurors) {
    values.jurors.push_back({juror.name, juror.title, juror.organisation, juror.email});
  }
}

}  // namespace

std::span<const CampaignFormField> campaign_form_fields() {
  return kCampaignFormFields;
}

CampaignFormValues read_campaign_form(const http::Form& form) {
  CampaignFormValues values;
  for (const CampaignFormField& field : campaign_form_fields()) {
    const std::string typed = form.get(field.name);
    values.*field.value =
        campaign_form_many_lines(field.name) ? typed_text(typed) : typed_line(typed);
  }
  values.blind = form.has("blind");
  values.public_vote = form.has("public_vote");
  values.categories = campaign_form_category_rows(form);
  values.criteria = campaign_form_criterion_rows(form);
  values.jurors = campaign_form_juror_rows(form);
  return values;
}

CampaignFormValues campaign_form_values(const core::CampaignInput& input) {
  CampaignFormValues values;
  values.slug = input.slug;
  values.name = input.name;
  values.year = std::to_string(input.year);
  values.description = input.description;
  values.rules = input.rules;
  values.collecting_from = campaign_form_finnish_date(input.collecting_from);
  values.collecting_until = campaign_form_finnish_date(input.collecting_until);
  values.gala_date = campaign_form_finnish_date(input.gala_date);
  values.score_max = std::to_string(input.score_max);
  values.blind = input.blind;
  values.public_vote = input.public_vote;
  campaign_form_rows_of(values, input);
  return values;
}

CampaignFormFieldName campaign_form_field_name(std::string_view field) {
  const auto digit = field.find_first_of("0123456789");
  const auto underscore = field.find('_', digit == std::string_view::npos ? 0 : digit);
  if (digit == std::string_view::npos || digit == 0 || underscore == std::string_view::npos)
    return {std::string{field}, -1};
  const std::string_view prefix = field.substr(0, digit);
  if (prefix != "category" && prefix != "criterion" && prefix != "juror")
    return {std::string{field}, -1};
  const int row = typed_number(field.substr(digit, underscore - digit), 3);
  if (row < 0) return {std::string{field}, -1};
  return {std::string{prefix} + std::string{field.substr(underscore)}, row};
}

}  // namespace tori::web

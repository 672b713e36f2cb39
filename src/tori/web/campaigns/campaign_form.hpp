// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaign form: /toimitus/kampanjat/uusi creates a campaign and
// /toimitus/kampanjat/{slug}/muokkaa edits one; every field of core::CampaignInput but the
// awards (an edit keeps the stored ones), the categories, criteria and jurors as rows that work
// without JavaScript.
//
//   CampaignFormValues values = read_campaign_form(form);   // as typed, kept for re-showing
//   CampaignFormReading reading = parse_campaign_form(values, stored, slug_taken);
//   FormErrors errors = campaign_form_errors(services, language, reading.problems);
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/campaign.hpp"
#include "tori/http/form.hpp"
#include "tori/http/router.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/page.hpp"

namespace tori::web {

// GET and POST of both forms, in fi, sv (/sv/…) and en (/en/…); editors only.
void add_campaign_form_routes(http::Router& router, const Services& services);

// One award category as typed ("category<N>_slug", …). `stored` is the slug the row had when the
// form was made from the stored campaign (a hidden input), so that a removed or renamed
// category is known by its row.
struct CampaignCategoryRow {
  std::string slug, name, description;
  std::string kind = "special";  // "sector", "theme", "special"
  std::string sector, theme;     // vocabulary labels
  std::string stored{};
  bool operator==(const CampaignCategoryRow&) const = default;
};

// One criterion as typed ("criterion<N>_slug", "criterion<N>_name", "criterion<N>_weight").
struct CampaignCriterionRow {
  std::string slug, name, weight;
  bool operator==(const CampaignCriterionRow&) const = default;
};

// One juror as typed ("juror<N>_name", "juror<N>_title", …).
struct CampaignJurorRow {
  std::string name, title, organisation, email;
  bool operator==(const CampaignJurorRow&) const = default;
};

// The form as typed: text as it came, so that a malformed date or number is shown back as it
// was. Dates are Helsinki calendar days, "2031-09-30" or "30.9.2031".
struct CampaignFormValues {
  std::string slug, name, year, description, rules;
  std::string collecting_from, collecting_until, gala_date;
  std::string score_max = "5";
  bool blind = false;
  bool public_vote = false;
  std::vector<CampaignCategoryRow> categories;
  std::vector<CampaignCriterionRow> criteria;
  std::vector<CampaignJurorRow> jurors;
  bool operator==(const CampaignFormValues&) const = default;
};

// A text field of CampaignFormValues outside the rows: its input's name and its member.
struct CampaignFormField {
  std::string_view name;
  std::string CampaignFormValues::*value;
};
// Every such field, in form order.
[[nodiscard]] std::span<const CampaignFormField> campaign_form_fields();

// Rows read from a form stop at the first number without its field, and at this many.
inline constexpr std::size_t kMaxCampaignFormRows = 60;

// The posted values (one-line texts trimmed, line ends of longer texts made "\n").
[[nodiscard]] CampaignFormValues read_campaign_form(const http::Form& form);
// A stored campaign's values: dates as editors write them ("30.9.2031"), each category row
// remembering its slug as `stored`.
[[nodiscard]] CampaignFormValues campaign_form_values(const core::CampaignInput& input);

// What is wrong with one input: its name ("name", "category2_sector"; "categories" for the
// group; "form" for the whole form), the catalogue key of the message, and a limit it broke.
struct CampaignFormProblem {
  std::string field;
  std::string key;
  long long limit = 0;
  bool operator==(const CampaignFormProblem&) const = default;
};

// Each row of the input's lists by its number on the form (empty rows are left out of the input).
struct CampaignFormRows {
  std::vector<std::size_t> categories, criteria, jurors;
};

// The input the values make and every problem, in form order, at most one per input: first what
// cannot be read (dates, numbers, a slug already used), then validate_campaign_input's findings.
// A new campaign (`stored` null) gets the typed slug, or one made from the name; an edit keeps
// the stored slug and awards, and a category with awards may be neither removed nor renamed.
struct CampaignFormReading {
  core::CampaignInput input;
  std::vector<CampaignFormProblem> problems;
};
using CampaignSlugTaken = std::function<bool(std::string_view slug)>;
[[nodiscard]] CampaignFormReading parse_campaign_form(const CampaignFormValues& values,
                                                      const core::CampaignInput* stored,
                                                      const CampaignSlugTaken& slug_taken);

// The input a core::validate_campaign_input field name ("categories[2].sector",
// "criteria[0].weight") is shown beside, with the rows' numbers on the form, and the message's
// key for the finding.
[[nodiscard]] CampaignFormProblem campaign_form_problem(const core::FieldError& finding,
                                                        const CampaignFormRows& rows);

// The field's name without its row and the row's number: "category3_slug" →
// {"category_slug", 3}, "name" → {"name", -1}.
struct CampaignFormFieldName {
  std::string base;
  int row = -1;
  bool operator==(const CampaignFormFieldName&) const = default;
};
[[nodiscard]] CampaignFormFieldName campaign_form_field_name(std::string_view field);

// The problems as messages in `language` beside their inputs ("campaign-<field>").
[[nodiscard]] FormErrors campaign_form_errors(const Services& services, Language language,
                                              const std::vector<CampaignFormProblem>& problems);

// Every group, field and row of the form (campaign_form.tpl), with `blank_rows` empty rows added
// to each list; the slug editable only when `new_campaign`; the errors beside their inputs.
void fill_campaign_form(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const CampaignFormValues& values,
                        const FormErrors& errors, std::size_t blank_rows, bool new_campaign);

}  // namespace tori::web

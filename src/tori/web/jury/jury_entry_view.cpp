// SPDX-License-Identifier: AGPL-3.0-or-later
// The juror's page of one entry (jury_entry_view.hpp).
#include "tori/web/jury/jury_entry_view.hpp"

#include <algorithm>

#include "tori/core/blind_copy.hpp"
#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_view.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_practice(Dictionary& body, const Services& services, Language language,
                   const core::Practice& stored, const core::JurorView& view) {
  const core::Practice practice = view.shows_organisations ? stored : core::blind_copy(stored);
  body.SetValue("TITLE", practice.title);
  body.SetValue("LANG", std::string(core::to_string(practice.language)));
  body.SetValue("SUMMARY", practice.summary);
  if (view.shows_organisations) {
    body.SetValueAndShowSection("ORGANISATIONS", organisation_names(practice), "NAMED");
  } else {
    body.ShowSection("BLIND");
  }
  fill_practice_sections(body, services, language, practice);
}

// The value shown for a criterion: as typed when re-shown, else as saved.
std::string shown_value(const std::optional<ScoringForm>& posted,
                        const std::optional<store::JuryReview>& saved, const std::string& slug) {
  if (posted) {
    const auto typed = posted->values.find(slug);
    return typed == posted->values.end() ? "" : typed->second;
  }
  if (!saved) return "";
  for (const store::CriterionScore& score : saved->scores)
    if (score.criterion == slug) return std::to_string(score.value);
  return "";
}

void fill_scoring_form(Dictionary& body, const Services& services, Language language,
                       const core::CampaignInput& campaign,
                       const std::optional<ScoringForm>& posted,
                       const std::optional<store::JuryReview>& saved) {
  for (const core::Criterion& criterion : campaign.criteria) {
    Dictionary* group = body.AddSectionDictionary("CRITERION");
    const std::string field = "score-" + criterion.slug;
    group->SetValue("FIELD", field);
    group->SetValue("NAME", criterion.name);
    if (posted && posted->errors.has(field)) {
      for (const FormErrors::Error& error : posted->errors.all())
        if (error.field == field) group->SetValueAndShowSection("MESSAGE", error.message, "ERROR");
    }
    const std::string value = shown_value(posted, saved, criterion.slug);
    for (int option = 1; option <= campaign.score_max; ++option) {
      Dictionary* radio = group->AddSectionDictionary("OPTION");
      radio->SetIntValue("VALUE", option);
      radio->SetValue(
          "ID", option == 1 ? "jury-" + field : "jury-" + field + "-" + std::to_string(option));
      if (value == std::to_string(option)) radio->ShowSection("CHECKED");
    }
  }
  body.SetValue("COMMENT", posted ? posted->comment : saved ? saved->comment : "");
  if (posted && posted->errors.has("comment")) {
    for (const FormErrors::Error& error : posted->errors.all())
      if (error.field == "comment")
        body.SetValueAndShowSection("COMMENT_MESSAGE", error.message, "COMMENT_ERROR");
  }
  body.SetValue("COMMENT_MAX", std::to_string(kJuryCommentMax));
  if (saved && saved->submitted_at) body.ShowSection("SUBMITTED");
}

// The other jurors' reviews (their comments and scores), when the juror may see them.
void fill_others(Dictionary& body, const Services& services, const JurorContext& juror,
                 const core::Practice& practice) {
  Dictionary* others = body.AddSectionDictionary("OTHERS");
  const auto links = services.store.jury().jurors(juror.campaign.id);
  for (const store::JuryReview& review :
       services.store.jury().comments(juror.campaign.id, practice.id)) {
    if (review.account_id == juror.visitor.account->id) continue;
    const auto link = std::ranges::find_if(
        links, [&](const store::JurorLink& each) { return each.account_id == review.account_id; });
    const auto full =
        services.store.jury().review(juror.campaign.id, review.account_id, practice.id);
    Dictionary* item = others->AddSectionDictionary("REVIEW");
    item->SetValue("JUROR", link == links.end() ? "" : link->juror.name);
    item->SetValue("COMMENT", review.comment);
    std::string scores;
    for (const core::Criterion& criterion : juror.campaign.input.criteria) {
      if (!full) break;
      for (const store::CriterionScore& score : full->scores) {
        if (score.criterion != criterion.slug) continue;
        scores += (scores.empty() ? "" : ", ") + criterion.name + " " + std::to_string(score.value);
      }
    }
    item->SetValue("SCORES", scores);
  }
}

}  // namespace

http::Response render_jury_entry(const http::Request& request, const Services& services,
                                 Language language, const JurorContext& juror,
                                 const CategoryRound& round, const core::Practice& shown,
                                 const std::optional<ScoringForm>& posted, int status) {
  const std::int64_t me = juror.visitor.account->id;
  const auto saved = services.store.jury().review(juror.campaign.id, me, shown.id);
  const bool submitted = saved && saved->submitted_at;
  const core::CampaignPhase phase = core::campaign_phase(juror.campaign.input, jury_now());
  const core::JurorView view = core::juror_view(round.round, me, shown.id, submitted, phase);
  const auto practice = services.store.practices().find_by_id(shown.id);
  Page page(language, "jury_entry");
  page.meta.title = view.shows_organisations
                        ? shown.title
                        : core::hide_names(shown.title, core::names_to_hide(shown));
  page.meta.path = "/raati/" + juror.campaign.input.slug + "/teot/" + shown.slug;
  Dictionary& body = page.body();
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/raati/" + juror.campaign.input.slug));
  body.SetValue("CAMPAIGN", juror.campaign.input.name);
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", juror.visitor.csrf_token);
  body.SetValue("SCALE", services.catalogue.format(
                             language, "campaigns.criteria.scale",
                             {{"max", static_cast<long long>(juror.campaign.input.score_max)}}));
  fill_notice(body, request, services, language);
  fill_practice(body, services, language, practice ? *practice : shown, view);
  fill_scoring_form(body, services, language, juror.campaign.input, posted, saved);
  if (posted) fill_errors(body, "jury", posted->errors);
  if (view.shows_others_scores) fill_others(body, services, juror, shown);
  return render_form(services, page, juror.visitor, status);
}

}  // namespace tori::web

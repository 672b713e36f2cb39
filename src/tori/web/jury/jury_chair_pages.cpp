// SPDX-License-Identifier: AGPL-3.0-or-later
// The chair's view (/raati/{slug}/tulokset): per category each juror's progress, the entries
// ranked by the weighted mean (optionally with each juror's scale normalised, ?normalisoi=1),
// ties and the shortlist, and the decision form (winner, honourable mentions, a justification
// for each) recorded as the campaign's awards (POST /raati/{slug}/tulokset/{category}).
#include <algorithm>
#include <cstdio>
#include <map>

#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_handlers.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/jury/jury_support.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// How many entries of a category the shortlist takes (more when tied with the last).
constexpr std::size_t kShortlistSize = 5;

// The decision form's values by practice id: "", "winner" or "honourable_mention", and the
// justification; from the stored awards or as posted.
struct DecisionValues {
  std::map<std::int64_t, std::string> level;
  std::map<std::int64_t, std::string> justification;
  std::string category;  // the category they belong to ("" none)
  FormErrors errors;
};

std::string score_text(const std::optional<double>& score) {
  if (!score) return "–";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", *score);
  std::string shown = text;
  std::ranges::replace(shown, '.', ',');  // the Finnish decimal comma
  return shown;
}

std::string juror_name(const std::vector<store::JurorLink>& links, std::int64_t account_id) {
  for (const store::JurorLink& link : links)
    if (link.account_id == account_id) return link.juror.name;
  return "";
}

DecisionValues stored_decision(const store::Campaign& campaign, const CategoryRound& round) {
  DecisionValues values;
  values.category = round.category->slug;
  for (const core::Award& award : campaign.input.awards) {
    if (award.category != round.category->slug) continue;
    for (const CampaignEntry& entry : round.entries) {
      if (entry.practice.external_id != award.external_id) continue;
      values.level[entry.practice.id] = std::string(core::to_string(award.level));
      values.justification[entry.practice.id] = award.justification;
    }
  }
  return values;
}

void fill_progress(Dictionary& section, const Services& services, Language language,
                   const CategoryRound& round, const std::vector<store::JurorLink>& links) {
  for (const core::JurorProgress& progress : core::jury_progress(round.round)) {
    Dictionary* row = section.AddSectionDictionary("PROGRESS");
    row->SetValue("JUROR", juror_name(links, progress.juror_id));
    row->SetValue("TEXT", services.catalogue.format(
                              language, "jury.results.progress",
                              {{"scored", static_cast<long long>(progress.fully_scored)},
                               {"partly", static_cast<long long>(progress.partly_scored)},
                               {"total", static_cast<long long>(progress.entries_to_score)}}));
  }
}

const core::Practice* practice_of(const CategoryRound& round, std::int64_t id) {
  for (const CampaignEntry& entry : round.entries)
    if (entry.practice.id == id) return &entry.practice;
  return nullptr;
}

void fill_decision_cells(Dictionary& row, const DecisionValues& values, std::int64_t id) {
  const auto level = values.level.find(id);
  const std::string chosen = level == values.level.end() ? "" : level->second;
  if (chosen == "winner") row.ShowSection("WINNER_SELECTED");
  if (chosen == "honourable_mention") row.ShowSection("MENTION_SELECTED");
  const auto text = values.justification.find(id);
  row.SetValue("JUSTIFICATION", text == values.justification.end() ? "" : text->second);
  const std::string field = values.category + "-justification-" + std::to_string(id);
  for (const FormErrors::Error& error : values.errors.all())
    if (error.field == field) row.SetValueAndShowSection("MESSAGE", error.message, "ERROR");
}

void fill_ranking(Dictionary& section, const CategoryRound& round, bool normalise,
                  const DecisionValues& values) {
  const std::vector<core::EntryScore> ranked =
      core::aggregate_scores(round.round, {.normalise_jurors = normalise});
  const std::vector<core::EntryScore> listed = core::shortlist(ranked, kShortlistSize);
  for (const core::EntryScore& score : ranked) {
    const core::Practice* practice = practice_of(round, score.entry_id);
    if (practice == nullptr) continue;
    Dictionary* row = section.AddSectionDictionary("RANKED");
    row->SetValue("RANK", score.rank == 0 ? "–" : std::to_string(score.rank) + ".");
    row->SetValue("TITLE", practice->title);
    row->SetValue("SLUG", practice->slug);
    row->SetValue("SCORE", score_text(score.score));
    row->SetValue("JURORS", std::to_string(score.jurors_counted) + "/" +
                                std::to_string(score.jurors_expected));
    row->SetValue("ID", std::to_string(practice->id));
    if (score.tied) row->ShowSection("TIED");
    if (std::ranges::any_of(
            listed, [&](const core::EntryScore& s) { return s.entry_id == score.entry_id; })) {
      row->ShowSection("SHORTLISTED");
    }
    fill_decision_cells(*row, values, practice->id);
  }
}

http::Response results_page(const http::Request& request, const Services& services,
                            Language language, const JurorContext& chair,
                            const std::optional<DecisionValues>& posted, int status) {
  const bool normalise = request.query_param("normalisoi").value_or("") == "1";
  const std::string path = "/raati/" + chair.campaign.input.slug + "/tulokset";
  Page page(language, "jury_results");
  page.meta.title = services.catalogue.format(language, "jury.results.title",
                                              {{"campaign", chair.campaign.input.name}});
  page.meta.path = path;
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/raati/" + chair.campaign.input.slug));
  body.SetValue("TOGGLE_URL", localised_path(language, path) + (normalise ? "" : "?normalisoi=1"));
  body.ShowSection(normalise ? "NORMALISED" : "RAW");
  fill_notice(body, request, services, language);
  if (posted) fill_errors(body, "decision", posted->errors);
  const auto links = services.store.jury().jurors(chair.campaign.id);
  for (const CategoryRound& each : category_rounds(services, chair.campaign, jury_now())) {
    const core::AwardCategory& category = *each.category;
    const CategoryRound* round = &each;
    Dictionary* section = body.AddSectionDictionary("CATEGORY");
    section->SetValue("SLUG", category.slug);
    section->SetValue("CATEGORY_SLUG", category.slug);
    section->SetValue("NAME", category.name);
    section->SetValue("ACTION", localised_path(language, path + "/" + category.slug));
    section->SetValue("CSRF", chair.visitor.csrf_token);
    fill_progress(*section, services, language, *round, links);
    const bool mine = posted && posted->category == category.slug;
    fill_ranking(*section, *round, normalise,
                 mine ? *posted : stored_decision(chair.campaign, *round));
  }
  return render_form(services, page, chair.visitor, status);
}

// The posted decision of `round`, checked: a known level, one winner at most, a justification
// for each award.
DecisionValues read_decision(const http::Form& form, const Services& services, Language language,
                             const CategoryRound& round, std::vector<store::DecidedAward>& awards) {
  DecisionValues values;
  values.category = round.category->slug;
  int winners = 0;
  for (const CampaignEntry& entry : round.entries) {
    const std::string id = std::to_string(entry.practice.id);
    const std::string level = form.get("award-" + id);
    const std::string justification = form.get("justification-" + id);
    values.level[entry.practice.id] = level;
    values.justification[entry.practice.id] = justification;
    const auto parsed = core::parse_award_level(level);
    if (!parsed) continue;
    if (*parsed == core::AwardLevel::kWinner) ++winners;
    if (justification.empty() || justification.size() > core::kMaxJustificationLength) {
      values.errors.add(values.category + "-justification-" + id,
                        services.catalogue.text(language, "jury.results.error.justification"));
    }
    awards.push_back({entry.practice.id, *parsed, justification});
  }
  if (winners > 1) {
    values.errors.add("form", services.catalogue.text(language, "jury.results.error.winners"));
  }
  return values;
}

}  // namespace

http::Response jury_results_page(const http::Request& request, const Services& services,
                                 Language language) {
  JurorGate gate = juror_gate(request, services, language);
  if (gate.refusal) return std::move(*gate.refusal);
  if (!gate.context->chair) return error_page(services, language, 403);
  return results_page(request, services, language, *gate.context, std::nullopt, 200);
}

http::Response jury_decision_post(const http::Request& request, const Services& services,
                                  Language language) {
  JurorGate gate = juror_gate(request, services, language);
  if (gate.refusal) return std::move(*gate.refusal);
  const JurorContext& chair = *gate.context;
  if (!chair.chair) return error_page(services, language, 403);
  SignedInPost post = read_checked_form(request, services, language, chair.visitor);
  if (post.refusal) return std::move(*post.refusal);
  const auto round =
      category_round(services, chair.campaign, request.param("category"), jury_now());
  if (!round) return error_page(services, language, 404);
  std::vector<store::DecidedAward> awards;
  DecisionValues values = read_decision(*post.form, services, language, *round, awards);
  if (!values.errors.empty()) return results_page(request, services, language, chair, values, 422);
  const store::JuryActor actor{chair.visitor.account->id,
                               actor_of(services, request, *chair.visitor.account).ip_hash};
  const store::DecisionOutcome outcome = services.store.jury().record_decision(
      chair.campaign.id, round->category->slug, awards, actor, store::utc_now());
  if (outcome != store::DecisionOutcome::kRecorded) {
    values.errors.add("form", services.catalogue.text(language, "jury.results.error.refused"));
    return results_page(request, services, language, chair, values, 422);
  }
  return redirect_with(
      chair.visitor, language,
      with_notice("/raati/" + chair.campaign.input.slug + "/tulokset", "decision_recorded") +
          "#sarja-" + round->category->slug);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// One entry for a juror (/raati/{slug}/teot/{practice}): the practice in full (in blind mode
// without organisations or people), the scoring form (a value per criterion, a comment; save or
// submit), the others' reviews once the juror has submitted or the phase is over, and the
// conflict declaration; and the routes of jury_pages.hpp.
#include <algorithm>
#include <charconv>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_entry_view.hpp"
#include "tori/web/jury/jury_handlers.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/jury/jury_support.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

// The gate, the entry's round and the juror's view of it; the answer instead when the juror may
// not see the entry (404, as for one that does not exist: a conflict is not revealed).
struct EntryRequest {
  std::optional<JurorContext> juror;
  std::optional<CategoryRound> round;
  const core::Practice* practice = nullptr;
  std::optional<http::Response> refusal;
};

EntryRequest open_entry(const http::Request& request, const Services& services, Language language) {
  JurorGate gate = juror_gate(request, services, language);
  if (gate.refusal) return {std::nullopt, std::nullopt, nullptr, std::move(gate.refusal)};
  EntryRequest opened{std::move(gate.context), std::nullopt, nullptr, std::nullopt};
  opened.round =
      entry_round(services, opened.juror->campaign, request.param("practice"), jury_now());
  if (opened.round) {
    for (const CampaignEntry& entry : opened.round->entries)
      if (entry.practice.slug == request.param("practice")) opened.practice = &entry.practice;
  }
  if (opened.practice == nullptr ||
      core::in_conflict(opened.round->round, opened.juror->visitor.account->id,
                        opened.practice->id)) {
    opened.refusal = error_page(services, language, 404);
  }
  return opened;
}

// A posted value of the criterion: 1..score_max, or none (left empty).
std::optional<int> posted_value(const http::Form& form, const core::Criterion& criterion) {
  const std::string text = form.get("score-" + criterion.slug);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The posted scores, or the form's errors: a value outside the scale, a missing one when
// submitting, a comment too long, the jury phase over or not begun.
ScoringForm read_scoring_form(const http::Form& form, const Services& services, Language language,
                              const core::CampaignInput& campaign, bool submitting,
                              core::CampaignPhase phase) {
  ScoringForm read;
  read.comment = form.get("comment");
  for (const core::Criterion& criterion : campaign.criteria) {
    const std::optional<int> value = posted_value(form, criterion);
    read.values[criterion.slug] = form.get("score-" + criterion.slug);
    if (value && core::score_in_scale(*value, campaign.score_max)) {
      read.scores.push_back({criterion.slug, *value});
    } else if (value || !read.values[criterion.slug].empty()) {
      read.errors.add(
          "score-" + criterion.slug,
          services.catalogue.format(language, "jury.error.scale",
                                    {{"max", static_cast<long long>(campaign.score_max)}}));
    } else if (submitting) {
      read.errors.add("score-" + criterion.slug,
                      services.catalogue.text(language, "jury.error.missing"));
    }
  }
  if (read.comment.size() > kJuryCommentMax) {
    read.errors.add("comment",
                    services.catalogue.format(language, "jury.error.comment",
                                              {{"max", static_cast<long long>(kJuryCommentMax)}}));
  }
  if (phase != core::CampaignPhase::kJury) {
    read.errors.add("form", services.catalogue.text(language, "jury.error.phase"));
  }
  return read;
}

http::Response jury_entry_get(const http::Request& request, const Services& services,
                              Language language) {
  EntryRequest entry = open_entry(request, services, language);
  if (entry.refusal) return std::move(*entry.refusal);
  return render_jury_entry(request, services, language, *entry.juror, *entry.round, *entry.practice,
                           std::nullopt);
}

http::Response declare_conflict(const http::Request& request, const Services& services,
                                Language language, const JurorContext& juror,
                                const core::Practice& practice, const http::Form& form) {
  const store::JuryActor actor{juror.visitor.account->id,
                               actor_of(services, request, *juror.visitor.account).ip_hash};
  std::string reason = form.get("reason").substr(0, kJuryCommentMax);
  services.store.jury().declare_conflict(juror.campaign.id, actor, practice.id, reason,
                                         store::utc_now());
  return redirect_with(juror.visitor, language,
                       with_notice("/raati/" + juror.campaign.input.slug, "conflict_declared"));
}

http::Response jury_entry_post(const http::Request& request, const Services& services,
                               Language language) {
  EntryRequest entry = open_entry(request, services, language);
  if (entry.refusal) return std::move(*entry.refusal);
  const JurorContext& juror = *entry.juror;
  SignedInPost post = read_checked_form(request, services, language, juror.visitor);
  if (post.refusal) return std::move(*post.refusal);
  const std::string action = post.form->get("action");
  if (action == "conflict")
    return declare_conflict(request, services, language, juror, *entry.practice, *post.form);
  const bool submitting = action == "submit";
  const core::CampaignPhase phase = core::campaign_phase(juror.campaign.input, jury_now());
  ScoringForm form =
      read_scoring_form(*post.form, services, language, juror.campaign.input, submitting, phase);
  if (!form.errors.empty()) {
    return render_jury_entry(request, services, language, juror, *entry.round, *entry.practice,
                             form, 422);
  }
  const store::JuryActor actor{juror.visitor.account->id,
                               actor_of(services, request, *juror.visitor.account).ip_hash};
  const auto now = store::utc_now();
  services.store.jury().save_scores(juror.campaign.id, actor, entry.practice->id, form.scores,
                                    form.comment, now);
  if (submitting) services.store.jury().submit(juror.campaign.id, actor, entry.practice->id, now);
  const std::string path = "/raati/" + juror.campaign.input.slug + "/teot/" + entry.practice->slug;
  return redirect_with(juror.visitor, language,
                       with_notice(path, submitting ? "review_submitted" : "review_saved"));
}

}  // namespace

void add_jury_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/raati", jury_home);
  add_localised(router, services, "GET", "/raati/kutsu/{token}", jury_accept_page);
  add_localised(router, services, "POST", "/raati/kutsu/{token}", jury_accept_post);
  add_localised(router, services, "GET", "/raati/{slug}", jury_campaign_page);
  add_localised(router, services, "GET", "/raati/{slug}/tulokset", jury_results_page);
  add_localised(router, services, "GET", "/raati/{slug}/sarjat/{category}/tulosta", jury_pack_page);
  add_localised(router, services, "POST", "/raati/{slug}/tulokset/{category}", jury_decision_post);
  add_localised(router, services, "GET", "/raati/{slug}/teot/{practice}", jury_entry_get);
  add_localised(router, services, "POST", "/raati/{slug}/teot/{practice}", jury_entry_post);
  add_localised(router, services, "POST", "/toimitus/kampanjat/{slug}/raati/{position}/kutsu",
                jury_invite_post);
  add_localised(router, services, "POST",
                "/toimitus/kampanjat/{slug}/raati/{position}/puheenjohtaja", jury_chair_post);
}

}  // namespace tori::web

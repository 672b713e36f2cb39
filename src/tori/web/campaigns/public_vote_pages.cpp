// SPDX-License-Identifier: AGPL-3.0-or-later
// The public vote's form /kampanjat/{slug}/aanesta/{category} (an entry of the category and the
// voter's address; checks: CSRF, honeypot, the signed time stamp, rate limit, the window) and its
// "check your mail" page; the mail carries the link that confirms the vote (public_vote_confirm).
#include <algorithm>

#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/campaigns/campaign_entries.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/campaigns/public_vote_pages.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The campaign and category a vote form is for, with the category's entries.
struct VoteBallot {
  store::Campaign campaign;
  core::AwardCategory category;
  std::vector<core::Practice> entries;
};

std::optional<VoteBallot> find_ballot(const http::Request& request, const Services& services) {
  auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign || !campaign->input.public_vote) return std::nullopt;
  const auto& categories = campaign->input.categories;
  const auto category =
      std::ranges::find(categories, request.param("category"), &core::AwardCategory::slug);
  if (category == categories.end()) return std::nullopt;
  VoteBallot ballot{*campaign, *category, {}};
  for (CampaignEntry& entry : campaign_entries(services, *campaign, store::utc_now_seconds())) {
    if (std::ranges::find(entry.categories, category->slug) != entry.categories.end())
      ballot.entries.push_back(std::move(entry.practice));
  }
  return ballot;
}

struct VoteForm {
  std::string practice{};  // the chosen entry's slug
  std::string email{};
  FormErrors errors{};
  int status = 200;
};

// Why the vote is not open, for the page.
std::string closed_text(const Services& services, Language language,
                        const core::CampaignInput& campaign, core::TimePoint now) {
  if (core::campaign_phase(campaign, now) == core::CampaignPhase::kResults)
    return services.catalogue.text(language, "public_vote.closed");
  return services.catalogue.format(language, "public_vote.not_yet",
                                   {{"until", campaign_date(campaign.collecting_until, language)}});
}

void fill_choices(Dictionary& form, Language language, const VoteBallot& ballot,
                  const VoteForm& view) {
  for (const core::Practice& practice : ballot.entries) {
    Dictionary* choice = form.AddSectionDictionary("CHOICE");
    choice->SetValue("ID", "vote-practice-" + std::to_string(practice.id));
    choice->SetValue("VALUE", practice.slug);
    choice->SetValue("TITLE", practice.title);
    choice->SetValue("LANG", std::string{core::to_string(practice.language)});
    choice->SetValue("ORGANISATIONS", organisation_names(practice));
    choice->SetValue("URL", localised_path(language, "/teot/" + practice.slug));
    if (practice.slug == view.practice) choice->ShowSection("CHECKED");
  }
  if (ballot.entries.empty()) form.ShowSection("NO_ENTRIES");
}

http::Response vote_form_page(const Services& services, Language language, const Visitor& visitor,
                              const VoteBallot& ballot, const VoteForm& view) {
  const core::CampaignInput& campaign = ballot.campaign.input;
  Page page(language, "public_vote");
  page.meta.title = services.catalogue.format(language, "public_vote.title",
                                              {{"category", ballot.category.name}});
  page.meta.path = vote_form_path(campaign.slug, ballot.category.slug);
  Dictionary& body = page.body();
  body.SetValue("CAMPAIGN", campaign.name);
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/kampanjat/" + campaign.slug));
  body.SetValue("CATEGORY", ballot.category.name);
  body.SetValue("CATEGORY_DESCRIPTION", ballot.category.description);
  const core::TimePoint now = store::utc_now_seconds();
  if (!core::public_vote_open(campaign, now)) {
    body.SetValueAndShowSection("MESSAGE", closed_text(services, language, campaign, now),
                                "UNAVAILABLE");
    return render_form(services, page, visitor, view.status == 200 ? 200 : 409);
  }
  Dictionary* form = body.AddSectionDictionary("FORM");
  form->SetValue("ACTION", localised_path(language, page.meta.path));
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("STAMP", form_stamp(services.accounts->secret_key, now));
  form->SetValue("EMAIL", view.email);
  fill_errors(*form, "vote", view.errors);
  fill_choices(*form, language, ballot, view);
  return render_form(services, page, visitor, view.status);
}

http::Response get_vote_form(const http::Request& request, const Services& services,
                             Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto ballot = find_ballot(request, services);
  if (!ballot) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  VoteForm view;
  if (visitor.account) view.email = visitor.account->email;
  return vote_form_page(services, language, visitor, *ballot, view);
}

// The stamp's fault, if any: sent too soon after the form was served, stale, or not ours.
std::optional<std::string> stamp_error(const Services& services, Language language,
                                       std::string_view stamp) {
  const auto age = stamp_age(services.accounts->secret_key, stamp, store::utc_now_seconds());
  if (age && *age > kVoteFormMaxAge) return services.catalogue.text(language, "public_vote.stale");
  if (!age || *age < services.accounts->vote_form_min_age)
    return services.catalogue.text(language, "public_vote.too_fast");
  return std::nullopt;
}

FormErrors vote_errors(const Services& services, Language language, const VoteBallot& ballot,
                       const VoteForm& view) {
  FormErrors errors;
  if (std::ranges::find(ballot.entries, view.practice, &core::Practice::slug) ==
      ballot.entries.end()) {
    errors.add("practice", services.catalogue.text(language, "public_vote.error.practice"));
  }
  if (!core::is_plausible_email(core::trim_email(view.email)))
    errors.add("email", services.catalogue.text(language, "public_vote.error.email"));
  return errors;
}

// Keeps the vote waiting and queues the mail with its link; nothing when the address has had its
// share of mail (the page says the same either way, so it never tells who votes).
void cast_vote(const Services& services, Language language, const VoteBallot& ballot,
               const VoteForm& view) {
  const std::string email = core::trim_email(view.email);
  if (!may_mail(services, email)) return;
  const auto practice = std::ranges::find(ballot.entries, view.practice, &core::Practice::slug);
  const std::string token = auth::new_token();
  const std::string link =
      absolute_url(services.site, localised_path(language, vote_link_path(token)));
  const store::OutgoingMail mail = account_mail(services, language, "vote", email, "",
                                                {{"link", link},
                                                 {"practice", practice->title},
                                                 {"category", ballot.category.name},
                                                 {"campaign", ballot.campaign.input.name}});
  const auto now = store::utc_now();
  const store::VoteRequest vote{ballot.campaign.id, ballot.category.slug, practice->id,
                                voter_hash(services.accounts->secret_key, email),
                                auth::token_digest(token)};
  if (services.store.public_votes().cast(vote, mail, kMaxWaitingVotes, now - std::chrono::hours(24),
                                         now) == store::VoteCastOutcome::kWaiting) {
    mail_queued(services);
  }
}

http::Response post_vote_form(const http::Request& request, const Services& services,
                              Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto ballot = find_ballot(request, services);
  if (!ballot) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const http::Form& form = *posted.form;
  const std::string thanks =
      vote_form_path(ballot->campaign.input.slug, ballot->category.slug) + "/kiitos";
  if (!form.get("website").empty()) return redirect_with(visitor, language, thanks);  // a bot
  VoteForm view{.practice = form.get("practice"), .email = form.get("email")};
  const auto refuse = [&](int status, const std::string& message) {
    view.errors.add("form", message);
    view.status = status;
    return vote_form_page(services, language, visitor, *ballot, view);
  };
  if (posted.refusal == 403)
    return refuse(403, services.catalogue.text(language, "account.error.csrf"));
  if (!core::public_vote_open(ballot->campaign.input, store::utc_now_seconds())) {
    view.status = 409;
    return vote_form_page(services, language, visitor, *ballot, view);
  }
  if (auto limited = rate_limited(services, language, "vote-ip:" + client_key(request),
                                  services.accounts->limits.form_per_ip))
    return refuse(429, *limited);
  if (auto stale = stamp_error(services, language, form.get("stamp"))) return refuse(422, *stale);
  view.errors = vote_errors(services, language, *ballot, view);
  if (!view.errors.empty()) {
    view.status = 422;
    return vote_form_page(services, language, visitor, *ballot, view);
  }
  cast_vote(services, language, *ballot, view);
  return redirect_with(visitor, language, thanks);
}

http::Response vote_thanks_page(const http::Request& request, const Services& services,
                                Language language) {
  if (!find_ballot(request, services)) return error_page(services, language, 404);
  return notice_page(services, language, identify(request, services), "public_vote.sent", 200);
}

}  // namespace

void add_public_vote_routes(http::Router& router, const Services& services) {
  const std::string form = "/kampanjat/{slug}/aanesta/{category}";
  add_localised(router, services, "GET", form, get_vote_form);
  add_localised(router, services, "POST", form, post_vote_form);
  add_localised(router, services, "GET", form + "/kiitos", vote_thanks_page);
  add_public_vote_confirm_routes(router, services);
}

}  // namespace tori::web

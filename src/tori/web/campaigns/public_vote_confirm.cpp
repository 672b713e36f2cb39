// SPDX-License-Identifier: AGPL-3.0-or-later
// /aanestys/{token}: the mailed link of a public vote. GET shows what the vote is for with one
// button; its POST confirms the vote while the vote is open and the link fresh, replacing the
// voter's earlier vote in the category.
#include <algorithm>

#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/campaigns/public_vote_pages.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// A waiting vote with what it is for.
struct LinkedVote {
  store::StoredVote vote;
  store::Campaign campaign;
  std::string category_name;
  core::Practice practice;
};

std::optional<LinkedVote> linked_vote(const Services& services, std::string_view token) {
  auto vote = services.store.public_votes().find_by_token(auth::token_digest(token));
  if (!vote) return std::nullopt;
  std::vector<store::Campaign> campaigns = services.store.campaigns().all();
  const auto campaign = std::ranges::find(campaigns, vote->campaign_id, &store::Campaign::id);
  auto practice = services.store.practices().find_by_id(vote->practice_id);
  if (campaign == campaigns.end() || !practice) return std::nullopt;
  const auto& categories = campaign->input.categories;
  const auto category = std::ranges::find(categories, vote->category, &core::AwardCategory::slug);
  return LinkedVote{std::move(*vote), std::move(*campaign),
                    category == categories.end() ? vote->category : category->name,
                    std::move(*practice)};
}

http::Response confirm_vote_page(const Services& services, Language language,
                                 const Visitor& visitor, const LinkedVote& linked,
                                 std::string_view action) {
  Page page(language, "public_vote_confirm");
  page.meta.title = services.catalogue.text(language, "public_vote.confirm.heading");
  page.meta.indexable = false;
  Dictionary& body = page.body();
  body.SetValue("CAMPAIGN", linked.campaign.input.name);
  body.SetValue("CAMPAIGN_URL",
                localised_path(language, "/kampanjat/" + linked.campaign.input.slug));
  body.SetValue("CATEGORY", linked.category_name);
  body.SetValue("TITLE", linked.practice.title);
  body.SetValue("LANG", std::string{core::to_string(linked.practice.language)});
  body.SetValue("URL", localised_path(language, "/teot/" + linked.practice.slug));
  body.SetValue("ACTION", localised_path(language, std::string{action}));
  body.SetValue("CSRF", visitor.csrf_token);
  return render_form(services, page, visitor, 200);
}

// The notice for a link that cannot confirm now, if any: unknown, already used, stale, closed.
std::optional<http::Response> link_refusal(const Services& services, Language language,
                                           const Visitor& visitor,
                                           const std::optional<LinkedVote>& linked) {
  if (!linked) return notice_page(services, language, visitor, "public_vote.link_unknown", 404);
  if (linked->vote.confirmed_at)
    return notice_page(services, language, visitor, "public_vote.already", 200);
  if (!core::public_vote_open(linked->campaign.input, store::utc_now_seconds()))
    return notice_page(services, language, visitor, "public_vote.link_closed", 409);
  if (linked->vote.created_at <= store::utc_now() - kVoteLinkLifetime)
    return notice_page(services, language, visitor, "public_vote.link_expired", 410);
  return std::nullopt;
}

http::Response get_confirm(const http::Request& request, const Services& services,
                           Language language) {
  const Visitor visitor = identify(request, services);
  const std::optional<LinkedVote> linked = linked_vote(services, request.param("token"));
  if (auto refusal = link_refusal(services, language, visitor, linked)) return std::move(*refusal);
  return confirm_vote_page(services, language, visitor, *linked,
                           vote_link_path(request.param("token")));
}

http::Response post_confirm(const http::Request& request, const Services& services,
                            Language language) {
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  const std::optional<LinkedVote> linked = linked_vote(services, request.param("token"));
  if (auto refusal = link_refusal(services, language, visitor, linked)) return std::move(*refusal);
  const auto now = store::utc_now();
  switch (services.store.public_votes().confirm(auth::token_digest(request.param("token")),
                                                now - kVoteLinkLifetime, now)) {
    case store::VoteConfirmOutcome::kConfirmed:
      return notice_page(services, language, visitor, "public_vote.confirmed", 200);
    case store::VoteConfirmOutcome::kReplaced:
      return notice_page(services, language, visitor, "public_vote.replaced", 200);
    case store::VoteConfirmOutcome::kAlready:
      return notice_page(services, language, visitor, "public_vote.already", 200);
    case store::VoteConfirmOutcome::kExpired:
      return notice_page(services, language, visitor, "public_vote.link_expired", 410);
    case store::VoteConfirmOutcome::kUnknown:
      break;
  }
  return notice_page(services, language, visitor, "public_vote.link_unknown", 404);
}

}  // namespace

void add_public_vote_confirm_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/aanestys/{token}", get_confirm);
  add_localised(router, services, "POST", "/aanestys/{token}", post_confirm);
}

}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The public vote's shared pieces: the voter's keyed hash, the form's signed time stamp, paths.
#include "tori/web/campaigns/public_vote_support.hpp"

#include <algorithm>
#include <charconv>

#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"

namespace tori::web {
namespace {

std::string stamp_signature(const auth::SecretKey& key, std::string_view seconds) {
  return auth::keyed_hash(key, "public-vote-form\n" + std::string{seconds});
}

}  // namespace

std::string voter_hash(const auth::SecretKey& key, std::string_view email) {
  return auth::keyed_hash(key, "public-vote-voter\n" + core::email_key(email));
}

std::string form_stamp(const auth::SecretKey& key, core::TimePoint now) {
  const std::string seconds = std::to_string(now.time_since_epoch().count());
  return seconds + "." + stamp_signature(key, seconds);
}

std::optional<std::chrono::seconds> stamp_age(const auth::SecretKey& key, std::string_view stamp,
                                              core::TimePoint now) {
  const std::size_t dot = stamp.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 20) return std::nullopt;
  const std::string_view seconds = stamp.substr(0, dot);
  std::int64_t made = 0;
  const auto [end, error] = std::from_chars(seconds.data(), seconds.data() + seconds.size(), made);
  if (error != std::errc{} || end != seconds.data() + seconds.size()) return std::nullopt;
  if (!auth::same_secret(stamp.substr(dot + 1), stamp_signature(key, seconds))) return std::nullopt;
  const std::int64_t age = now.time_since_epoch().count() - made;
  if (age < 0) return std::nullopt;
  return std::chrono::seconds(age);
}

void add_public_votes(store::Store& store, const auth::SecretKey& key, std::string_view email,
                      store::PersonalData& data) {
  const std::vector<store::StoredVote> votes =
      store.public_votes().votes_of(voter_hash(key, email));
  if (votes.empty()) return;
  const std::vector<store::Campaign> campaigns = store.campaigns().all();
  for (const store::StoredVote& vote : votes) {
    const auto campaign = std::ranges::find(campaigns, vote.campaign_id, &store::Campaign::id);
    const auto practice = store.practices().find_by_id(vote.practice_id);
    data.public_votes.push_back({campaign == campaigns.end() ? "" : campaign->input.slug,
                                 vote.category, practice ? practice->slug : "", vote.created_at,
                                 vote.confirmed_at});
  }
}

int erase_public_votes(store::Store& store, const auth::SecretKey& key, std::string_view email) {
  return store.public_votes().erase_voter(voter_hash(key, email));
}

std::string vote_form_path(std::string_view campaign, std::string_view category) {
  return "/kampanjat/" + std::string{campaign} + "/aanesta/" + std::string{category};
}

std::string vote_link_path(std::string_view token) {
  return "/aanestys/" + std::string{token};
}

}  // namespace tori::web

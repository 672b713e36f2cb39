// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's public votes (data/sql/0018_public_votes.sql): a vote waits, with its mailed
// link, until confirmed; a confirmed vote replaces the voter's earlier one in that category.
// Voters are known only by the site's keyed hash of their address (the caller's `voter`).
//
//   store.public_votes().cast({campaign.id, "viestinta", practice_id, voter, digest}, mail, now);
//   store.public_votes().confirm(token_digest(token), now - 48h, now);  // kConfirmed
//   std::vector<core::VoteTally> tallies = store.public_votes().tally(campaign.id);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/public_vote.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct VoteRequest {
  std::int64_t campaign_id = 0;
  std::string category;  // a category slug of the campaign
  std::int64_t practice_id = 0;
  std::string voter;         // the keyed hash of the voter's address
  std::string token_digest;  // of the token in the mailed link
};

struct StoredVote {
  std::int64_t id = 0;
  std::int64_t campaign_id = 0;
  std::string category;
  std::int64_t practice_id = 0;
  UtcTime created_at{};
  std::optional<UtcTime> confirmed_at{};
};

enum class VoteCastOutcome { kWaiting, kUnknownCategory, kUnknownPractice, kTooMany };

enum class VoteConfirmOutcome {
  kConfirmed,  // the voter's first vote in the category
  kReplaced,   // it replaced the voter's earlier vote in the category
  kAlready,    // this vote was confirmed before
  kUnknown,    // no such vote (or erased)
  kExpired,    // made before `made_after`
};

class PublicVoteStore {
 public:
  virtual ~PublicVoteStore() = default;
  // Keeps the vote waiting for confirmation and queues `mail` (its link) in one transaction;
  // kTooMany (nothing saved) when the voter already has `max_waiting` unconfirmed votes made
  // after `since`, so that no form floods an inbox.
  virtual VoteCastOutcome cast(const VoteRequest& vote, const OutgoingMail& mail, int max_waiting,
                               UtcTime since, UtcTime now) = 0;
  // The vote whose link has the token of `token_digest`.
  [[nodiscard]] virtual std::optional<StoredVote> find_by_token(std::string_view token_digest) = 0;
  // Confirms the vote of `token_digest` if made after `made_after`, removing the voter's earlier
  // confirmed vote in the same category, in one transaction.
  virtual VoteConfirmOutcome confirm(std::string_view token_digest, UtcTime made_after,
                                     UtcTime now) = 0;
  // The confirmed votes of the campaign per category and practice.
  [[nodiscard]] virtual std::vector<core::VoteTally> tally(std::int64_t campaign_id) = 0;
  // How many confirmed votes the campaign has in all.
  [[nodiscard]] virtual std::int64_t confirmed_total(std::int64_t campaign_id) = 0;
  // Every vote of `voter` (the privacy export), oldest first.
  [[nodiscard]] virtual std::vector<StoredVote> votes_of(std::string_view voter) = 0;
  // Removes every vote of `voter` (the privacy erasure); returns how many.
  virtual int erase_voter(std::string_view voter) = 0;
  // Removes the votes never confirmed that were made before `before`; returns how many.
  virtual int purge_unconfirmed(UtcTime before) = 0;
};

}  // namespace tori::store

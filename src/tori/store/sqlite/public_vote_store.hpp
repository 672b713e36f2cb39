// SPDX-License-Identifier: AGPL-3.0-or-later
// Public votes on either SQL backend (data/sql/0018_public_votes.sql).
#pragma once

#include "tori/store/public_vote_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlPublicVoteStore final : public PublicVoteStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0018.
  explicit SqlPublicVoteStore(Database& database);
  VoteCastOutcome cast(const VoteRequest& vote, const OutgoingMail& mail, int max_waiting,
                       UtcTime since, UtcTime now) override;
  std::optional<StoredVote> find_by_token(std::string_view token_digest) override;
  VoteConfirmOutcome confirm(std::string_view token_digest, UtcTime made_after,
                             UtcTime now) override;
  std::vector<core::VoteTally> tally(std::int64_t campaign_id) override;
  std::int64_t confirmed_total(std::int64_t campaign_id) override;
  std::vector<StoredVote> votes_of(std::string_view voter) override;
  int erase_voter(std::string_view voter) override;
  int purge_unconfirmed(UtcTime before) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// Public votes on either SQL backend: a waiting vote with its mail, the confirmation that
// replaces the voter's earlier vote, the tallies, and the privacy reads and erasure.
#include "tori/store/sqlite/public_vote_store.hpp"

#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kVoteColumns =
    "SELECT id, campaign_id, category, practice_id, created_at, confirmed_at FROM public_votes ";

StoredVote stored_vote_of(const Statement& row) {
  StoredVote vote{.id = row.column_int64(0),
                  .campaign_id = row.column_int64(1),
                  .category = row.column_text(2),
                  .practice_id = row.column_int64(3),
                  .created_at = parse_utc(row.column_text(4)).value_or(UtcTime{})};
  if (!row.column_is_null(5)) vote.confirmed_at = parse_utc(row.column_text(5));
  return vote;
}

std::optional<VoteCastOutcome> vote_refusal(Connection& connection, const VoteRequest& vote,
                                            int max_waiting, UtcTime since) {
  Statement category =
      connection.prepare("SELECT 1 FROM campaign_categories WHERE campaign_id = ?1 AND slug = ?2");
  if (!category.bind_int64(1, vote.campaign_id).bind_text(2, vote.category).step())
    return VoteCastOutcome::kUnknownCategory;
  Statement practice = connection.prepare("SELECT 1 FROM practices WHERE id = ?1");
  if (!practice.bind_int64(1, vote.practice_id).step()) return VoteCastOutcome::kUnknownPractice;
  Statement waiting = connection.prepare(
      "SELECT count(*) FROM public_votes WHERE voter = ?1 AND confirmed_at IS NULL"
      " AND created_at > ?2");
  waiting.bind_text(1, vote.voter).bind_text(2, format_utc(since));
  if (waiting.step() && waiting.column_int64(0) >= max_waiting) return VoteCastOutcome::kTooMany;
  return std::nullopt;
}

}  // namespace

SqlPublicVoteStore::SqlPublicVoteStore(Database& database) : database_(database) {}

VoteCastOutcome SqlPublicVoteStore::cast(const VoteRequest& vote, const OutgoingMail& mail,
                                         int max_waiting, UtcTime since, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (auto refusal = vote_refusal(connection, vote, max_waiting, since)) return *refusal;
  connection
      .prepare(
          "INSERT INTO public_votes (campaign_id, category, practice_id, voter, token_digest,"
          " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      .bind_int64(1, vote.campaign_id)
      .bind_text(2, vote.category)
      .bind_int64(3, vote.practice_id)
      .bind_text(4, vote.voter)
      .bind_text(5, vote.token_digest)
      .bind_text(6, format_utc(now))
      .run();
  queue_mail(transaction, mail, now);
  transaction.commit();
  return VoteCastOutcome::kWaiting;
}

std::optional<StoredVote> SqlPublicVoteStore::find_by_token(std::string_view token_digest) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(std::string{kVoteColumns} + "WHERE token_digest = ?1");
  if (!row.bind_text(1, token_digest).step()) return std::nullopt;
  return stored_vote_of(row);
}

VoteConfirmOutcome SqlPublicVoteStore::confirm(std::string_view token_digest, UtcTime made_after,
                                               UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  Statement row = connection.prepare(std::string{kVoteColumns} + "WHERE token_digest = ?1");
  if (!row.bind_text(1, token_digest).step()) return VoteConfirmOutcome::kUnknown;
  const StoredVote vote = stored_vote_of(row);
  if (vote.confirmed_at) return VoteConfirmOutcome::kAlready;
  if (vote.created_at <= made_after) return VoteConfirmOutcome::kExpired;
  Statement earlier = connection.prepare(
      "DELETE FROM public_votes WHERE campaign_id = ?1 AND category = ?2 AND confirmed_at IS NOT"
      " NULL AND voter = (SELECT voter FROM public_votes WHERE id = ?3) RETURNING id");
  earlier.bind_int64(1, vote.campaign_id).bind_text(2, vote.category).bind_int64(3, vote.id);
  const bool replaced = static_cast<int>(earlier.run_counting()) > 0;
  connection.prepare("UPDATE public_votes SET confirmed_at = ?1 WHERE id = ?2")
      .bind_text(1, format_utc(now))
      .bind_int64(2, vote.id)
      .run();
  transaction.commit();
  return replaced ? VoteConfirmOutcome::kReplaced : VoteConfirmOutcome::kConfirmed;
}

std::vector<core::VoteTally> SqlPublicVoteStore::tally(std::int64_t campaign_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT category, practice_id, count(*) FROM public_votes WHERE campaign_id = ?1"
      " AND confirmed_at IS NOT NULL GROUP BY category, practice_id ORDER BY category, "
      "practice_id");
  rows.bind_int64(1, campaign_id);
  std::vector<core::VoteTally> tallies;
  while (rows.step()) {
    tallies.push_back(
        {rows.column_text(0), rows.column_int64(1), static_cast<int>(rows.column_int64(2))});
  }
  return tallies;
}

std::int64_t SqlPublicVoteStore::confirmed_total(std::int64_t campaign_id) {
  Lease connection = database_.acquire();
  Statement total = connection->prepare(
      "SELECT count(*) FROM public_votes WHERE campaign_id = ?1 AND confirmed_at IS NOT NULL");
  return total.bind_int64(1, campaign_id).step() ? total.column_int64(0) : 0;
}

std::vector<StoredVote> SqlPublicVoteStore::votes_of(std::string_view voter) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(std::string{kVoteColumns} + "WHERE voter = ?1 ORDER BY id");
  rows.bind_text(1, voter);
  std::vector<StoredVote> votes;
  while (rows.step())
    votes.push_back(stored_vote_of(rows));
  return votes;
}

int SqlPublicVoteStore::erase_voter(std::string_view voter) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Statement erased =
      transaction.connection().prepare("DELETE FROM public_votes WHERE voter = ?1 RETURNING id");
  erased.bind_text(1, voter);
  const int count = static_cast<int>(erased.run_counting());
  transaction.commit();
  return count;
}

int SqlPublicVoteStore::purge_unconfirmed(UtcTime before) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Statement purged = transaction.connection().prepare(
      "DELETE FROM public_votes WHERE confirmed_at IS NULL AND created_at < ?1 RETURNING id");
  purged.bind_text(1, format_utc(before));
  const int count = static_cast<int>(purged.run_counting());
  transaction.commit();
  return count;
}

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury part of the privacy look-up and erasure: jurors by address, their invitations, and the
// reviews and scores of the account that joined.
#include "tori/store/sqlite/privacy_jury.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kSelectJurors =
    "SELECT c.id, c.slug, c.name, j.name, j.title, j.organisation, m.account_id, m.chair,"
    " (SELECT count(*) FROM jury_invitations i WHERE i.campaign_id = c.id AND i.email_key = ?1)"
    " FROM campaign_jurors j JOIN campaigns c ON c.id = j.campaign_id"
    " LEFT JOIN jury_members m ON m.campaign_id = j.campaign_id AND m.email_key = j.email_key"
    " WHERE j.email_key = ?1 ORDER BY c.year DESC, c.slug";
constexpr std::string_view kSelectReviews =
    "SELECT r.practice_id, p.slug, r.comment, r.submitted_at FROM jury_reviews r"
    " JOIN practices p ON p.id = r.practice_id WHERE r.campaign_id = ?1 AND r.account_id = ?2"
    " ORDER BY p.slug";
constexpr std::string_view kSelectScores =
    "SELECT criterion, value FROM jury_scores WHERE campaign_id = ?1 AND account_id = ?2"
    " AND practice_id = ?3 ORDER BY criterion";

std::vector<JuryReviewMention> read_reviews(Connection& connection, std::int64_t campaign,
                                            std::int64_t account) {
  Statement rows = connection.prepare(kSelectReviews);
  rows.bind_int64(1, campaign).bind_int64(2, account);
  std::vector<JuryReviewMention> reviews;
  while (rows.step()) {
    JuryReviewMention review{rows.column_text(1), rows.column_text(2), std::nullopt, {}};
    if (!rows.column_is_null(3)) review.submitted_at = parse_utc(rows.column_text(3));
    Statement scores = connection.prepare(kSelectScores);
    scores.bind_int64(1, campaign).bind_int64(2, account).bind_int64(3, rows.column_int64(0));
    while (scores.step())
      review.scores.emplace_back(scores.column_text(0), static_cast<int>(scores.column_int64(1)));
    reviews.push_back(std::move(review));
  }
  return reviews;
}

}  // namespace

std::vector<JuryMention> read_jury_mentions(Connection& connection, const std::string& key,
                                            std::optional<std::int64_t> account) {
  Statement rows = connection.prepare(kSelectJurors);
  rows.bind_text(1, key);
  std::vector<std::pair<std::int64_t, JuryMention>> found;
  while (rows.step()) {
    JuryMention mention{rows.column_text(1), rows.column_text(2), rows.column_text(3),
                        rows.column_text(4), rows.column_text(5)};
    mention.member = !rows.column_is_null(6) && account && rows.column_int64(6) == *account;
    mention.chair = mention.member && rows.column_int64(7) != 0;
    mention.invitations = rows.column_int64(8);
    found.emplace_back(rows.column_int64(0), std::move(mention));
  }
  std::vector<JuryMention> mentions;
  for (auto& [campaign, mention] : found) {
    if (mention.member) mention.reviews = read_reviews(connection, campaign, *account);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

void erase_jury_addresses(Transaction& transaction, const std::string& key, ErasureReport& report) {
  Statement jurors = transaction.connection().prepare(
      "UPDATE campaign_jurors SET email = '', email_key = '' WHERE email_key = ?1 RETURNING 1");
  jurors.bind_text(1, key);
  report.jury_addresses_blanked = jurors.run_counting();
  Statement invitations = transaction.connection().prepare(
      "DELETE FROM jury_invitations WHERE email_key = ?1 RETURNING digest");
  invitations.bind_text(1, key);
  report.jury_invitations_removed = invitations.run_counting();
}

}  // namespace tori::store::sqlite

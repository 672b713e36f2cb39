// SPDX-License-Identifier: AGPL-3.0-or-later
// The development networks in the privacy look-up and erasure: leaders listed with the address,
// leaders' forwards whose mail went to it, and the account's ideas, comments, join requests and
// supports. The erasure blanks the address and the account's name as an author, but keeps the
// texts of ideas and comments: they belong to the network's board.
#include "tori/store/sqlite/privacy_networks.hpp"

#include <set>
#include <string_view>
#include <vector>

#include "tori/core/email.hpp"
#include "tori/store/sqlite/change_log.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kSelectLeaderMentions =
    "SELECT n.slug, n.name, l.name, l.title, l.organisation, l.email FROM network_leaders l"
    " JOIN networks n ON n.id = l.network_id WHERE l.email_key = ?1 ORDER BY n.slug, l.position";

std::vector<NetworkLeaderMention> read_leader_mentions(Connection& connection,
                                                       const std::string& key) {
  Statement rows = connection.prepare(kSelectLeaderMentions);
  rows.bind_text(1, key);
  std::vector<NetworkLeaderMention> leaders;
  while (rows.step()) {
    leaders.push_back({rows.column_text(0), rows.column_text(1), rows.column_text(2),
                       rows.column_text(3), rows.column_text(4), rows.column_text(5)});
  }
  return leaders;
}

// Forwards whose address list contains the key somewhere (case aside, on either side: lower()
// folds ASCII on SQLite and all letters on PostgreSQL); the lines are compared exactly in C++.
constexpr DialectSql kSelectForwardCandidates = {
    "SELECT f.id, n.slug, f.forwarded_on, f.created_at, f.recipients, f.addresses"
    " FROM network_forwards f JOIN networks n ON n.id = f.network_id"
    " WHERE instr(lower(f.addresses), lower(CAST(?1 AS TEXT))) > 0 ORDER BY f.forwarded_on, f.id",
    "SELECT f.id, n.slug, f.forwarded_on, f.created_at, f.recipients, f.addresses"
    " FROM network_forwards f JOIN networks n ON n.id = f.network_id"
    " WHERE strpos(lower(f.addresses), lower(CAST(?1 AS TEXT))) > 0"
    " ORDER BY f.forwarded_on, f.id"};

struct ForwardRow {
  std::int64_t id = 0;
  NetworkForwardMention mention;  // without its address
  std::string addresses;
};

std::vector<ForwardRow> read_forward_candidates(Connection& connection, const std::string& key) {
  Statement rows = connection.prepare(kSelectForwardCandidates);
  rows.bind_text(1, key);
  std::vector<ForwardRow> found;
  while (rows.step()) {
    found.push_back({rows.column_int64(0),
                     {rows.column_text(1), rows.column_text(2),
                      parse_utc(rows.column_text(3)).value_or(UtcTime{}), rows.column_text(4), ""},
                     rows.column_text(5)});
  }
  return found;
}

// The lines of an address list ("a@x.fi\nb@y.fi"), as stored.
std::vector<std::string_view> address_lines(std::string_view addresses) {
  std::vector<std::string_view> lines;
  while (true) {
    const std::size_t end = addresses.find('\n');
    lines.push_back(addresses.substr(0, end));
    if (end == std::string_view::npos) return lines;
    addresses.remove_prefix(end + 1);
  }
}

std::vector<NetworkForwardMention> read_forward_mentions(Connection& connection,
                                                         const std::string& key) {
  std::vector<NetworkForwardMention> forwards;
  for (ForwardRow& row : read_forward_candidates(connection, key)) {
    for (std::string_view line : address_lines(row.addresses)) {
      if (core::email_key(line) != key) continue;
      row.mention.address = std::string{line};
      forwards.push_back(std::move(row.mention));
      break;
    }
  }
  return forwards;
}

// The account's ideas, comments and join requests, oldest first.
constexpr std::string_view kSelectPostMentions =
    "SELECT n.slug, 'idea', i.body, i.author, '', i.created_at, i.id FROM network_ideas i"
    " JOIN networks n ON n.id = i.network_id WHERE i.account_id = ?1"
    " UNION ALL SELECT n.slug, 'comment', c.body, c.author, '', c.created_at, c.id"
    " FROM network_idea_comments c JOIN network_ideas i ON i.id = c.idea_id"
    " JOIN networks n ON n.id = i.network_id WHERE c.account_id = ?1"
    " UNION ALL SELECT n.slug, 'join_request', r.message, '', o.name, r.requested_at, r.id"
    " FROM network_join_requests r JOIN networks n ON n.id = r.network_id"
    " JOIN organisations o ON o.id = r.organisation_id WHERE r.account_id = ?1"
    " ORDER BY 6, 2, 7";
constexpr std::string_view kCountSupports =
    "SELECT count(*) FROM network_idea_supports WHERE account_id = ?1";

std::vector<NetworkPostMention> read_post_mentions(Connection& connection, std::int64_t account) {
  Statement rows = connection.prepare(kSelectPostMentions);
  rows.bind_int64(1, account);
  std::vector<NetworkPostMention> posts;
  while (rows.step()) {
    posts.push_back({rows.column_text(0), rows.column_text(1), rows.column_text(2),
                     rows.column_text(3), rows.column_text(4),
                     parse_utc(rows.column_text(5)).value_or(UtcTime{})});
  }
  return posts;
}

constexpr std::string_view kBlankLeaderAddresses =
    "UPDATE network_leaders SET email = '', email_key = '' WHERE email_key = ?1"
    " RETURNING network_id";
constexpr std::string_view kTouchNetwork = "UPDATE networks SET updated_at = ?1 WHERE id = ?2";

// Blanks the leaders' addresses; each network changed gets its updated_at and a "network" change
// (its leaders are part of what the network is). Returns how many leaders.
std::int64_t blank_leader_addresses(Transaction& transaction, const std::string& key, UtcTime now) {
  Connection& connection = transaction.connection();
  std::int64_t blanked = 0;
  std::set<std::int64_t> networks;
  {
    Statement update = connection.prepare(kBlankLeaderAddresses);
    update.bind_text(1, key);
    for (; update.step(); ++blanked)
      networks.insert(update.column_int64(0));
  }
  for (std::int64_t id : networks) {
    connection.prepare(kTouchNetwork).bind_text(1, format_utc(now)).bind_int64(2, id).run();
    append_change(transaction, "network", id, ChangeAction::kUpdated);
  }
  return blanked;
}

constexpr std::string_view kSetForwardAddresses =
    "UPDATE network_forwards SET addresses = ?2 WHERE id = ?1";

// Removes the key's lines from the forwards' address lists; returns how many lines.
std::int64_t remove_forward_addresses(Transaction& transaction, const std::string& key) {
  Connection& connection = transaction.connection();
  std::int64_t removed = 0;
  for (const ForwardRow& row : read_forward_candidates(connection, key)) {
    std::string kept;
    bool first = true;
    const std::int64_t before = removed;
    for (std::string_view line : address_lines(row.addresses)) {
      if (core::email_key(line) == key) {
        ++removed;
        continue;
      }
      kept.append(first ? "" : "\n").append(line);
      first = false;
    }
    if (removed == before) continue;
    connection.prepare(kSetForwardAddresses).bind_int64(1, row.id).bind_text(2, kept).run();
  }
  return removed;
}

constexpr std::string_view kBlankIdeaAuthors =
    "UPDATE network_ideas SET author = '' WHERE account_id = ?1 AND author <> '' RETURNING id";
constexpr std::string_view kBlankCommentAuthors =
    "UPDATE network_idea_comments SET author = '' WHERE account_id = ?1 AND author <> ''"
    " RETURNING id";
// An approved request's message is also the note of the history row of its joining (same
// network, organisation and time).
constexpr std::string_view kBlankJoinNotes =
    "UPDATE network_member_history SET note = '' WHERE action = 'joined' AND note <> ''"
    " AND EXISTS (SELECT 1 FROM network_join_requests r WHERE r.account_id = ?1"
    " AND r.state = 'approved' AND r.network_id = network_member_history.network_id"
    " AND r.organisation_id = network_member_history.organisation_id"
    " AND r.decided_at = network_member_history.happened_at"
    " AND r.message = network_member_history.note)";
constexpr std::string_view kBlankJoinMessages =
    "UPDATE network_join_requests SET message = '' WHERE account_id = ?1 AND message <> ''"
    " RETURNING id";
constexpr std::string_view kDeleteSupports =
    "DELETE FROM network_idea_supports WHERE account_id = ?1 RETURNING idea_id";

// What the account wrote loses its name and messages (the account's id would go with it anyway).
void blank_account_posts(Transaction& transaction, std::int64_t account, ErasureReport& report) {
  Connection& connection = transaction.connection();
  const auto run = [&connection, account](std::string_view sql) {
    return connection.prepare(sql).bind_int64(1, account).run_counting();
  };
  report.network_authors_blanked = run(kBlankIdeaAuthors) + run(kBlankCommentAuthors);
  connection.prepare(kBlankJoinNotes).bind_int64(1, account).run();
  report.network_join_messages_blanked = run(kBlankJoinMessages);
  report.network_supports_removed = run(kDeleteSupports);
}

}  // namespace

NetworkMentions read_network_mentions(Connection& connection, const std::string& key,
                                      std::optional<std::int64_t> account) {
  NetworkMentions mentions;
  mentions.leaders = read_leader_mentions(connection, key);
  mentions.forwards = read_forward_mentions(connection, key);
  if (account) {
    mentions.posts = read_post_mentions(connection, *account);
    Statement count = connection.prepare(kCountSupports);
    count.bind_int64(1, *account);
    if (count.step()) mentions.supports = count.column_int64(0);
  }
  return mentions;
}

void erase_network_data(Transaction& transaction, const std::string& key,
                        std::optional<std::int64_t> account, UtcTime now, ErasureReport& report) {
  report.network_leader_addresses_blanked = blank_leader_addresses(transaction, key, now);
  report.network_forward_addresses_removed = remove_forward_addresses(transaction, key);
  if (account) blank_account_posts(transaction, *account, report);
}

}  // namespace tori::store::sqlite

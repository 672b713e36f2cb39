// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the development networks in the privacy look-up and erasure on both backends: the
// leaders listed with an address (case aside), forwards mailed to it, the account's ideas,
// comments, join requests and supports; the erasure blanks exactly those (names and the board's
// texts stay), counts them, and leaves everyone else's rows as they were.
#include <gtest/gtest.h>

#include "tori/core/email.hpp"
#include "tori/store/privacy_store.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::IdeaQuadrant;
using std::chrono::hours;
using test_support::kNow;

core::NetworkInput privacy_network(std::string slug, std::vector<core::NetworkLeader> leaders,
                                   std::string member) {
  core::NetworkInput input;
  input.slug = std::move(slug);
  input.name = "Verkosto " + input.slug;
  input.period_from = "2026-01-01";
  input.period_until = "2027-12-31";
  input.leaders = std::move(leaders);
  input.members = {{std::move(member), "", {}}};
  input.ideas = {{IdeaQuadrant::kStrength, "Työ on merkityksellistä.", "Emilia"}};
  return input;
}

// "nuoret" led by Maija (an account) and Pekka, "toinen" by Maija (her address in capitals) and
// Liisa (no account). Maija and Pekka post, comment, support each other's idea and ask to
// join the other's network (both approved); Pekka forwards Maija's idea three times: to her among
// others, to addresses that merely contain hers, and to himself.
struct NetworkPrivacyWorld {
  explicit NetworkPrivacyWorld(SqlStore& store) : store(store) {
    nuoret = store.networks()
                 .save(privacy_network(
                           "nuoret",
                           {{"Maija Mäki", "vetäjä", "Verkostopaja Oy", "Maija.M@Example.fi"},
                            {"Pekka Virta", "konsultti", "Verkostopaja Oy", "pekka@example.fi"}},
                           "Lahden kaupunki"),
                       {}, kNow)
                 .id;
    toinen = store.networks()
                 .save(privacy_network("toinen",
                                       {{"Maija Mäki", "", "", "MAIJA.M@example.fi"},
                                        {"Liisa Laine", "", "", "liisa@example.fi"}},
                                       "Orimattilan kaupunki"),
                       {}, kNow)
                 .id;
    maija = *store.accounts().create({.email = "maija.m@example.fi"}, std::nullopt, {}, kNow);
    pekka = *store.accounts().create({.email = "pekka@example.fi"}, std::nullopt, {}, kNow);
    add_board();
    add_join_requests();
    add_forwards();
  }
  void add_board() {
    NetworkBoardStore& board = store.network_board();
    maija_idea =
        board.post(nuoret, {IdeaQuadrant::kIdea, "Mentori.", "Maija M"}, maija, kNow + hours(1));
    pekka_idea = board.post(nuoret, {IdeaQuadrant::kThreat, "Palkka.", "Pekka"}, pekka,
                            kNow + hours(1) + std::chrono::minutes(1));
    board.comment(nuoret, pekka_idea, "Samaa mieltä.", "Maija M", maija, kNow + hours(2));
    board.comment(nuoret, maija_idea, "Hyvä.", "Pekka", pekka, kNow + hours(2));
    board.support(nuoret, pekka_idea, maija, true, kNow);
    board.support(nuoret, maija_idea, pekka, true, kNow);
  }
  void add_join_requests() {
    const auto ask = [this](std::int64_t network, const char* organisation, const char* message,
                            std::int64_t account, std::int64_t leader) {
      const std::int64_t id = store.organisations().find_by_slug(organisation)->id;
      store.networks().request_join(network, id, message, account, kNow + hours(3));
      const std::int64_t request = store.networks().join_requests(network).at(0).id;
      store.networks().decide_join(network, request, true, leader, kNow + hours(4));
    };
    ask(nuoret, "orimattilan-kaupunki", "Haluamme mukaan.", maija, pekka);
    ask(toinen, "lahden-kaupunki", "Pekan viesti.", pekka, maija);
  }
  void add_forwards() {
    const auto forward = [this](const char* date, const char* to, const char* addresses) {
      store.network_board().forward(nuoret, {{maija_idea}, date, to, addresses, ""}, pekka,
                                    kNow + hours(5));
    };
    forward("2026-03-02", "Kehittämisjaos",
            "jaos@example.fi\nMaija.M@Example.fi\nsihteeri@example.fi");
    forward("2026-03-03", "Toinen jaos", "xmaija.m@example.fi\nmaija.m@example.fi.invalid");
    forward("2026-03-04", "Pekalle", "pekka@example.fi");
  }
  SqlStore& store;
  std::int64_t nuoret = 0, toinen = 0, maija = 0, pekka = 0, maija_idea = 0, pekka_idea = 0;
};

// The rows of `sql`, each column as text, one line a row.
std::string privacy_dump(SqlStore& store, std::string_view sql, int columns) {
  sqlite::Lease connection = store.database().acquire();
  sqlite::Statement rows = connection->prepare(sql);
  std::string dump;
  while (rows.step()) {
    for (int column = 0; column < columns; ++column)
      dump += rows.column_text(column) + "|";
    dump += "\n";
  }
  return dump;
}

// Everything in the networks' tables an erasure might touch.
std::string network_privacy_rows(SqlStore& store) {
  return privacy_dump(store, "SELECT id, updated_at FROM networks ORDER BY id", 2) +
         privacy_dump(store,
                      "SELECT network_id, position, name, email, email_key FROM network_leaders"
                      " ORDER BY network_id, position",
                      5) +
         privacy_dump(store, "SELECT id, addresses FROM network_forwards ORDER BY id", 2) +
         privacy_dump(store, "SELECT id, body, author FROM network_ideas ORDER BY id", 3) +
         privacy_dump(store, "SELECT id, body, author FROM network_idea_comments ORDER BY id", 3) +
         privacy_dump(store, "SELECT id, message FROM network_join_requests ORDER BY id", 2) +
         privacy_dump(store, "SELECT id, note FROM network_member_history ORDER BY id", 2) +
         privacy_dump(store,
                      "SELECT idea_id, account_id FROM network_idea_supports"
                      " ORDER BY idea_id, account_id",
                      2);
}

class NetworkPrivacyTest : public test_support::BackendTest {};
INSTANTIATE_BACKENDS(NetworkPrivacyTest);

TEST_P(NetworkPrivacyTest, TheExportNamesLeadersForwardsAndTheAccountsPosts) {
  const NetworkPrivacyWorld world(*store_);
  for (const char* asked : {"maija.m@example.fi", " MAIJA.M@EXAMPLE.FI\t"}) {
    SCOPED_TRACE(asked);
    const NetworkMentions found = store_->privacy().find_by_email(asked).networks;
    ASSERT_EQ(found.leaders.size(), 2U);
    EXPECT_EQ(found.leaders[0].network_slug, "nuoret");
    EXPECT_EQ(found.leaders[0].network_name, "Verkosto nuoret");
    EXPECT_EQ(found.leaders[0].name, "Maija Mäki");
    EXPECT_EQ(found.leaders[0].title, "vetäjä");
    EXPECT_EQ(found.leaders[0].organisation, "Verkostopaja Oy");
    EXPECT_EQ(found.leaders[0].email, "Maija.M@Example.fi");
    EXPECT_EQ(found.leaders[1].network_slug, "toinen");
    EXPECT_EQ(found.leaders[1].email, "MAIJA.M@example.fi");
    ASSERT_EQ(found.forwards.size(), 1U) << "not the addresses only containing hers";
    EXPECT_EQ(found.forwards[0].network_slug, "nuoret");
    EXPECT_EQ(found.forwards[0].forwarded_on, "2026-03-02");
    EXPECT_EQ(found.forwards[0].recorded_at, kNow + hours(5));
    EXPECT_EQ(found.forwards[0].to, "Kehittämisjaos");
    EXPECT_EQ(found.forwards[0].address, "Maija.M@Example.fi");
    ASSERT_EQ(found.posts.size(), 3U);
    const std::vector<std::vector<std::string>> expected = {
        {"nuoret", "idea", "Mentori.", "Maija M", ""},
        {"nuoret", "comment", "Samaa mieltä.", "Maija M", ""},
        {"nuoret", "join_request", "Haluamme mukaan.", "", "Orimattilan kaupunki"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const NetworkPostMention& post = found.posts[i];
      EXPECT_EQ((std::vector<std::string>{post.network_slug, post.kind, post.text, post.author,
                                          post.organisation}),
                expected[i]);
      EXPECT_EQ(post.at, kNow + hours(static_cast<int>(i) + 1));
    }
    EXPECT_EQ(found.supports, 1);
  }
  const NetworkMentions liisa = store_->privacy().find_by_email("Liisa@example.fi").networks;
  ASSERT_EQ(liisa.leaders.size(), 1U);
  EXPECT_EQ(liisa.leaders[0].name, "Liisa Laine");
  EXPECT_TRUE(liisa.forwards.empty() && liisa.posts.empty());
  const NetworkMentions jaos = store_->privacy().find_by_email("jaos@example.fi").networks;
  ASSERT_EQ(jaos.forwards.size(), 1U);
  EXPECT_EQ(jaos.forwards[0].address, "jaos@example.fi");
  EXPECT_TRUE(jaos.leaders.empty() && jaos.posts.empty());
  const NetworkMentions nobody = store_->privacy().find_by_email("maija.m@example.f").networks;
  EXPECT_TRUE(nobody.leaders.empty() && nobody.forwards.empty() && nobody.posts.empty());
}

TEST_P(NetworkPrivacyTest, TheErasureKeepsTheBoardsTextsAndEveryoneElse) {
  const NetworkPrivacyWorld world(*store_);
  const std::int64_t log_before = store_->change_log().last_position();
  const ErasureReport report =
      store_->privacy().erase_by_email("Maija.M@example.fi", kNow + hours(6));
  EXPECT_TRUE(report.account_removed);
  const auto nuoret = store_->networks().find_by_slug("nuoret");
  EXPECT_EQ(nuoret->input.leaders[0],
            (core::NetworkLeader{"Maija Mäki", "vetäjä", "Verkostopaja Oy", ""}));
  EXPECT_EQ(nuoret->input.leaders[1].email, "pekka@example.fi");
  EXPECT_EQ(nuoret->updated_at, kNow + hours(6));
  EXPECT_EQ(store_->networks().find_by_slug("toinen")->input.leaders[1].email, "liisa@example.fi");
  const std::vector<BoardForward> forwards = store_->network_board().forwards(world.nuoret);
  ASSERT_EQ(forwards.size(), 3U);  // newest first
  EXPECT_EQ(forwards[2].addresses, "jaos@example.fi\nsihteeri@example.fi");
  EXPECT_EQ(forwards[2].recipients, "Kehittämisjaos");
  EXPECT_EQ(forwards[2].items.size(), 1U);
  EXPECT_EQ(forwards[1].addresses, "xmaija.m@example.fi\nmaija.m@example.fi.invalid");
  EXPECT_EQ(forwards[0].addresses, "pekka@example.fi");
  const std::vector<BoardIdea> ideas = store_->network_board().ideas(world.nuoret, world.pekka);
  ASSERT_EQ(ideas.size(), 3U);
  EXPECT_EQ(ideas[0].idea.author, "Emilia");
  EXPECT_EQ(ideas[1].idea, (core::Idea{IdeaQuadrant::kIdea, "Mentori.", ""}));
  EXPECT_FALSE(ideas[1].account_id);
  EXPECT_EQ(ideas[1].supports, 1) << "Pekka's support stays";
  EXPECT_EQ(ideas[1].comments.at(0).author, "Pekka");
  EXPECT_EQ(ideas[2].idea.author, "Pekka");
  EXPECT_EQ(ideas[2].supports, 0) << "Maija's support went";
  ASSERT_EQ(ideas[2].comments.size(), 1U);
  EXPECT_EQ(ideas[2].comments[0].text, "Samaa mieltä.");
  EXPECT_EQ(ideas[2].comments[0].author, "");
  EXPECT_EQ(store_->networks().member_history(world.nuoret).back().note, "");
  EXPECT_EQ(store_->networks().member_history(world.toinen).back().note, "Pekan viesti.");
  const auto changes = store_->change_log().read_after(log_before, 10);
  ASSERT_EQ(changes.size(), 2U);  // one per network she led
  EXPECT_EQ(changes[0].object_type, "network");
  EXPECT_EQ(changes[1].object_type, "network");
  const NetworkMentions pekka = store_->privacy().find_by_email("pekka@example.fi").networks;
  EXPECT_EQ(pekka.leaders.size(), 1U);
  EXPECT_EQ(pekka.forwards.size(), 1U);
  ASSERT_EQ(pekka.posts.size(), 3U);
  EXPECT_EQ(pekka.posts[2].text, "Pekan viesti.");
  EXPECT_EQ(pekka.supports, 1);
}

// One erasure: the address given, and what it should blank or remove.
struct NetworkErasureCase {
  const char* name;
  const char* erased;
  bool account_removed;
  std::int64_t leaders, forward_addresses, authors, join_messages, supports;
  std::int64_t changes;  // "network" changes logged
};

// How many of each kind the look-up finds for an address.
std::vector<std::size_t> network_mention_counts(SqlStore& store, const char* email) {
  const NetworkMentions found = store.privacy().find_by_email(email).networks;
  return {found.leaders.size(), found.forwards.size(), found.posts.size(),
          static_cast<std::size_t>(found.supports)};
}

TEST_P(NetworkPrivacyTest, TheErasureTakesOnlyTheAddressAndCountsIt) {
  const NetworkErasureCase cases[] = {
      {"Maija: an account, leader and recipient", "MAIJA.M@example.fi ", true, 2, 1, 2, 1, 1, 2},
      {"Liisa: a leader without an account", "liisa@example.fi", false, 1, 0, 0, 0, 0, 1},
      {"only a forward's recipient", "Sihteeri@Example.fi", false, 0, 1, 0, 0, 0, 0},
      {"a part of others' addresses", "maija.m@example.f", false, 0, 0, 0, 0, 0, 0},
      {"unknown", "nobody@example.fi", false, 0, 0, 0, 0, 0, 0},
      {"empty", " ", false, 0, 0, 0, 0, 0, 0},
  };
  const char* const probes[] = {"maija.m@example.fi",  "liisa@example.fi", "pekka@example.fi",
                                "sihteeri@example.fi", "jaos@example.fi",  "xmaija.m@example.fi"};
  for (const NetworkErasureCase& c : cases) {
    SCOPED_TRACE(c.name);
    test_support::TempDir dir;
    const std::unique_ptr<SqlStore> store = test_support::open_migrated_store(GetParam(), dir);
    const NetworkPrivacyWorld world(*store);
    std::vector<std::vector<std::size_t>> before;
    for (const char* probe : probes)
      before.push_back(network_mention_counts(*store, probe));
    const std::string rows_before = network_privacy_rows(*store);
    const std::int64_t log_before = store->change_log().last_position();
    const ErasureReport report = store->privacy().erase_by_email(c.erased, kNow);
    EXPECT_EQ(report.account_removed, c.account_removed);
    EXPECT_EQ(report.network_leader_addresses_blanked, c.leaders);
    EXPECT_EQ(report.network_forward_addresses_removed, c.forward_addresses);
    EXPECT_EQ(report.network_authors_blanked, c.authors);
    EXPECT_EQ(report.network_join_messages_blanked, c.join_messages);
    EXPECT_EQ(report.network_supports_removed, c.supports);
    EXPECT_EQ(store->change_log().last_position() - log_before, c.changes);
    const bool nothing = c.leaders + c.forward_addresses + c.authors + c.join_messages == 0;
    if (nothing) {
      EXPECT_EQ(network_privacy_rows(*store), rows_before);
    }
    for (std::size_t i = 0; i < std::size(probes); ++i) {
      SCOPED_TRACE(probes[i]);
      const bool erased = core::email_key(probes[i]) == core::email_key(c.erased);
      EXPECT_EQ(network_mention_counts(*store, probes[i]),
                erased ? std::vector<std::size_t>(4, 0) : before[i]);
    }
  }
}

}  // namespace
}  // namespace tori::store

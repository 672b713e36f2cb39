// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the public vote's signed form stamp (every way a stamp can be wrong) and of the
// voter's keyed hash (one voter whatever the address's case and spaces; another key, another hash).
#include "tori/web/campaigns/public_vote_support.hpp"

#include <gtest/gtest.h>

namespace tori::web {
namespace {

const core::TimePoint kStampNow{std::chrono::seconds(1'790'000'000)};

TEST(PublicVoteSupport, StampAgeReadsOnlyOurOwnStamps) {
  const auth::SecretKey key = auth::SecretKey::generate();
  const std::string made = form_stamp(key, kStampNow - std::chrono::seconds(40));
  const std::string seconds = made.substr(0, made.find('.'));
  const std::string signature = made.substr(made.find('.') + 1);
  struct Case {
    const char* name;
    std::string stamp;
    std::optional<std::chrono::seconds> age;
  };
  const Case cases[] = {
      {"ours", made, std::chrono::seconds(40)},
      {"made now", form_stamp(key, kStampNow), std::chrono::seconds(0)},
      {"empty", "", std::nullopt},
      {"no dot", seconds + signature, std::nullopt},
      {"no seconds", "." + signature, std::nullopt},
      {"seconds not a number", "12a4." + signature, std::nullopt},
      {"negative seconds", "-" + seconds + "." + signature, std::nullopt},
      {"other seconds", std::to_string(std::stoll(seconds) - 100) + "." + signature, std::nullopt},
      {"signature cut", seconds + "." + signature.substr(1), std::nullopt},
      {"another key", form_stamp(auth::SecretKey::generate(), kStampNow), std::nullopt},
      {"from the future", form_stamp(key, kStampNow + std::chrono::seconds(5)), std::nullopt},
      {"far too long", std::string(30, '1') + "." + signature, std::nullopt},
  };
  for (const Case& c : cases)
    EXPECT_EQ(stamp_age(key, c.stamp, kStampNow), c.age) << c.name;
}

TEST(PublicVoteSupport, OneVoterWhateverTheAddressLooksLike) {
  const auth::SecretKey key = auth::SecretKey::generate();
  const std::string voter = voter_hash(key, "maija@kunta.fi");
  EXPECT_EQ(voter_hash(key, " Maija@Kunta.FI "), voter);
  EXPECT_NE(voter_hash(key, "pekka@kunta.fi"), voter);
  EXPECT_NE(voter_hash(auth::SecretKey::generate(), "maija@kunta.fi"), voter);
  EXPECT_EQ(voter.find("maija"), std::string::npos);
  EXPECT_EQ(vote_form_path("k-2026", "sote"), "/kampanjat/k-2026/aanesta/sote");
  EXPECT_EQ(vote_link_path("abc"), "/aanestys/abc");
}

}  // namespace
}  // namespace tori::web

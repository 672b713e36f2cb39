// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the change action names shared by every backend.
#include "tori/store/change_log.hpp"

#include <gtest/gtest.h>

namespace tori::store {
namespace {

TEST(ChangeAction, NamesRoundTrip) {
  const std::pair<ChangeAction, const char*> cases[] = {
      {ChangeAction::kCreated, "created"},
      {ChangeAction::kUpdated, "updated"},
      {ChangeAction::kDeleted, "deleted"},
  };
  for (const auto& [action, name] : cases) {
    SCOPED_TRACE(name);
    EXPECT_EQ(to_string(action), name);
    EXPECT_EQ(parse_change_action(name), action);
  }
}

TEST(ChangeAction, RejectsOtherWords) {
  for (const char* text : {"", "create", "Created", "deleted ", "published"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_change_action(text), std::nullopt);
  }
}

}  // namespace
}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the workflow: every action from every state, against the table written out here.
#include "tori/core/workflow.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

using S = PracticeState;
using A = EditorialAction;

TEST(Workflow, EveryActionFromEveryState) {
  struct Case {
    A action;
    S from;
    std::optional<S> to;
  };
  const Case cases[] = {
      {A::kSubmit, S::kDraft, S::kSubmitted},
      {A::kSubmit, S::kSubmitted, std::nullopt},
      {A::kSubmit, S::kPublished, std::nullopt},
      {A::kSubmit, S::kArchived, std::nullopt},
      {A::kRequestChanges, S::kDraft, std::nullopt},
      {A::kRequestChanges, S::kSubmitted, S::kDraft},
      {A::kRequestChanges, S::kPublished, std::nullopt},
      {A::kRequestChanges, S::kArchived, std::nullopt},
      {A::kPublish, S::kDraft, S::kPublished},
      {A::kPublish, S::kSubmitted, S::kPublished},
      {A::kPublish, S::kPublished, std::nullopt},
      {A::kPublish, S::kArchived, S::kPublished},
      {A::kUnpublish, S::kDraft, std::nullopt},
      {A::kUnpublish, S::kSubmitted, std::nullopt},
      {A::kUnpublish, S::kPublished, S::kDraft},
      {A::kUnpublish, S::kArchived, std::nullopt},
      {A::kArchive, S::kDraft, S::kArchived},
      {A::kArchive, S::kSubmitted, S::kArchived},
      {A::kArchive, S::kPublished, S::kArchived},
      {A::kArchive, S::kArchived, std::nullopt},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(next_state(c.from, c.action), c.to)
        << to_string(c.action) << " from " << to_string(c.from);
  }
}

TEST(Workflow, NamesRoundTripAndOnlySubmittingIsTheAuthors) {
  for (A action : {A::kSubmit, A::kRequestChanges, A::kPublish, A::kUnpublish, A::kArchive}) {
    EXPECT_EQ(parse_editorial_action(to_string(action)), action);
    EXPECT_EQ(needs_editor(action), action != A::kSubmit);
  }
  EXPECT_FALSE(parse_editorial_action("delete"));
}

}  // namespace
}  // namespace tori::core

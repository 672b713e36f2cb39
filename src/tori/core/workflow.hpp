// SPDX-License-Identifier: AGPL-3.0-or-later
// The editorial workflow of a practice: which action moves it from which state to which, and
// who may take it (the author and the organisation's members, or an editor).
//
//   if (auto next = next_state(PracticeState::kSubmitted, EditorialAction::kPublish)) …
#pragma once

#include <optional>
#include <string_view>

#include "tori/core/practice.hpp"

namespace tori::core {

enum class EditorialAction {
  kSubmit,          // draft → submitted (the author, to the editorial queue)
  kRequestChanges,  // submitted → draft, with a message to the author (an editor)
  kPublish,         // draft, submitted or archived → published (an editor)
  kUnpublish,       // published → draft (an editor)
  kArchive,         // any state but archived → archived (an editor)
};

// "submit", "request_changes", "publish", "unpublish", "archive" and back.
[[nodiscard]] std::string_view to_string(EditorialAction action);
[[nodiscard]] std::optional<EditorialAction> parse_editorial_action(std::string_view text);

// The state `action` leads to from `current`, or nothing when it does not apply there.
[[nodiscard]] std::optional<PracticeState> next_state(PracticeState current,
                                                      EditorialAction action);

// Whether only an editor may take `action` (all but submitting).
[[nodiscard]] bool needs_editor(EditorialAction action);

}  // namespace tori::core

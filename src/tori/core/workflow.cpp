// SPDX-License-Identifier: AGPL-3.0-or-later
// The workflow's transitions, as one table.
#include "tori/core/workflow.hpp"

#include <array>

namespace tori::core {
namespace {

struct Transition {
  EditorialAction action;
  PracticeState from;
  PracticeState to;
};

using S = PracticeState;
using A = EditorialAction;

constexpr std::array<Transition, 9> kTransitions{{
    {A::kSubmit, S::kDraft, S::kSubmitted},
    {A::kRequestChanges, S::kSubmitted, S::kDraft},
    {A::kPublish, S::kDraft, S::kPublished},
    {A::kPublish, S::kSubmitted, S::kPublished},
    {A::kPublish, S::kArchived, S::kPublished},
    {A::kUnpublish, S::kPublished, S::kDraft},
    {A::kArchive, S::kDraft, S::kArchived},
    {A::kArchive, S::kSubmitted, S::kArchived},
    {A::kArchive, S::kPublished, S::kArchived},
}};

constexpr std::array<std::pair<A, std::string_view>, 5> kNames{{
    {A::kSubmit, "submit"},
    {A::kRequestChanges, "request_changes"},
    {A::kPublish, "publish"},
    {A::kUnpublish, "unpublish"},
    {A::kArchive, "archive"},
}};

}  // namespace

std::string_view to_string(EditorialAction action) {
  for (const auto& [value, name] : kNames) {
    if (value == action) return name;
  }
  return "";
}

std::optional<EditorialAction> parse_editorial_action(std::string_view text) {
  for (const auto& [value, name] : kNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

std::optional<PracticeState> next_state(PracticeState current, EditorialAction action) {
  for (const Transition& transition : kTransitions) {
    if (transition.action == action && transition.from == current) return transition.to;
  }
  return std::nullopt;
}

bool needs_editor(EditorialAction action) {
  return action != EditorialAction::kSubmit;
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// The text form of change actions, shared by every backend.
#include "tori/store/change_log.hpp"

#include <array>
#include <utility>

namespace tori::store {

namespace {

// Each action and the text stored for it; the migrations' CHECK constraint lists the same words.
constexpr std::array<std::pair<ChangeAction, std::string_view>, 3> kActionNames{{
    {ChangeAction::kCreated, "created"},
    {ChangeAction::kUpdated, "updated"},
    {ChangeAction::kDeleted, "deleted"},
}};

}  // namespace

std::string_view to_string(ChangeAction action) {
  for (const auto& [value, name] : kActionNames) {
    if (value == action) return name;
  }
  return "updated";  // unreachable for a valid enumerator
}

std::optional<ChangeAction> parse_change_action(std::string_view text) {
  for (const auto& [value, name] : kActionNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// The change log of public objects (DESIGN §4): what followers such as the search indexer read.
//
//   std::int64_t position = index.last_applied();
//   for (const Change& change : store.change_log().read_after(position, 100)) {
//     reindex(change.object_type, change.object_id, change.action);
//     position = change.id;
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/utc_time.hpp"

namespace tori::store {

// What happened to the object; stored as the text of to_string().
enum class ChangeAction {
  kCreated,  // "created": the object exists now
  kUpdated,  // "updated": its content or state changed (publishing and archiving too)
  kDeleted,  // "deleted": it is gone
};

// "created", "updated" or "deleted".
[[nodiscard]] std::string_view to_string(ChangeAction action);
// The inverse of to_string; nothing for any other text.
[[nodiscard]] std::optional<ChangeAction> parse_change_action(std::string_view text);

// One row of the change log.
struct Change {
  std::int64_t id = 0;  // the position: increasing in commit order; a committed id is never reused
  std::string object_type;  // the aggregate: "practice", "article", "event"…
  std::int64_t object_id = 0;
  ChangeAction action = ChangeAction::kUpdated;
  UtcTime changed_at;  // when the write happened, UTC
};

// Reads the change log; writes append to it inside their own transaction (see the backend).
class ChangeLog {
 public:
  virtual ~ChangeLog() = default;
  // Up to `limit` changes with id > position in commit order; empty when none or limit <= 0.
  [[nodiscard]] virtual std::vector<Change> read_after(std::int64_t position, int limit) = 0;
  // The id of the newest change, 0 when the log is empty (read_after(0, n) reads from the start).
  [[nodiscard]] virtual std::int64_t last_position() = 0;
};

}  // namespace tori::store

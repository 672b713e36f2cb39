// SPDX-License-Identifier: AGPL-3.0-or-later
// The audit log of editorial and administrative actions: rows are appended, read by
// administrators, and never edited.
//
//   store.audit_log().record({.actor_account_id = admin.id, .actor = admin.email,
//                             .action = "account.create", .object_type = "account",
//                             .object_id = std::to_string(id), .detail = R"({"role":"admin"})"},
//                            utc_now());
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tori/store/utc_time.hpp"

namespace tori::store {

struct AuditEntry {
  std::optional<std::int64_t> actor_account_id{};  // nothing: the command line
  std::string actor{};        // the actor's address at the time, or "tori user add"
  std::string action{};       // "account.create", "membership.approve", "practice.publish", …
  std::string object_type{};  // "account", "practice", …
  std::string object_id{};
  std::string detail = "{}";  // JSON
  std::string ip_hash{};      // keyed hash of the client address; empty for the command line
  UtcTime at{};               // set by record()
  std::int64_t id = 0;        // set by record()
};

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  // Appends an entry stamped `now`; returns its id.
  virtual std::int64_t record(const AuditEntry& entry, UtcTime now) = 0;
  // Newest first.
  [[nodiscard]] virtual std::vector<AuditEntry> newest(int limit, int offset) = 0;
};

}  // namespace tori::store

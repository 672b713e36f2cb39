// SPDX-License-Identifier: AGPL-3.0-or-later
// Events on either SQL backend (data/sql/0008_events.sql): rows and their questions.
#pragma once

#include "tori/store/event_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlEventStore final : public EventStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0008.
  explicit SqlEventStore(Database& database);
  EventSaved save(const core::EventInput& input, UtcTime now) override;
  std::optional<core::Event> find_by_slug(std::string_view slug) override;
  std::optional<core::Event> find_by_external_id(std::string_view external_id) override;
  std::optional<core::Event> find_by_id(std::int64_t id) override;
  EventPage list(const EventQuery& query) override;
  std::vector<core::Event> in_series(std::string_view series) override;
  std::vector<core::Event> all() override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

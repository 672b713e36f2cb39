// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing one event's rows (events, event_questions) on a connection. Internal to
// SqlEventStore.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// "SELECT <the event columns> FROM events e " for load_events.
[[nodiscard]] std::string select_events();

// The events of `rows` (a statement of select_events() + WHERE …, bound, not yet stepped),
// each with its questions (one more query for all of them).
[[nodiscard]] std::vector<core::Event> load_events(Connection& connection, Statement& rows);

// Binds ?1–?18 of an INSERT or UPDATE with the input's columns, in the schema's order from
// external_id (?1) to language (?18); ?2, the slug, is the caller's.
void bind_event_columns(Statement& statement, const core::EventInput& input);

// Writes the event's details (audience, accessibility, remote link, organiser, image, consent)
// and replaces its programme.
void write_event_details(Connection& connection, std::int64_t event_id,
                         const core::EventInput& input);

// Replaces the event's questions with `questions`, in order.
void write_questions(Connection& connection, std::int64_t event_id,
                     const std::vector<core::EventQuestion>& questions);

}  // namespace tori::store::sqlite

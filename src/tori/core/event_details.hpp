// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to core: the checks and the exchange-format fields of an event's details (audience,
// programme, accessibility, remote link, organiser, image, consent), kept apart from the
// event's core fields in event_input.cpp and event_jsonl.cpp.
#pragma once

#include <string>

#include <boost/json.hpp>

#include "tori/core/event.hpp"
#include "tori/core/field_checker.hpp"
#include "tori/core/jsonl_support.hpp"

namespace tori::core {

// The details' rules of validate_event_input (event.hpp), added to `check`.
void check_event_details(FieldChecker& check, const EventInput& input);

// Readers of the format's detail fields: fill `input`, return the reason or "".
[[nodiscard]] std::string read_programme(const boost::json::value& value, EventInput& input);
[[nodiscard]] std::string read_organiser(const boost::json::value& value, EventInput& input);
[[nodiscard]] std::string read_image(const boost::json::value& value, EventInput& input);

// Writes audience, programme, remote_url, organiser, image and consent, in that order.
void write_event_details(jsonl::ObjectWriter& writer, const EventInput& event);

}  // namespace tori::core

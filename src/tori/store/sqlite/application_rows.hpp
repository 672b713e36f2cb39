// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading service types and application rows on a connection. Internal to SqlApplicationStore.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "tori/store/application_store.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// The service types `where` selects ("WHERE t.code = ?1"; "" for all), by position, each with
// its questions.
[[nodiscard]] std::vector<core::ServiceType> load_service_types(
    Connection& connection, std::string_view where, const std::function<void(Statement&)>& bind);

// The applications `where` selects ("WHERE a.id = ?1 ORDER BY …", parameters bound by `bind`),
// each with its answers and practice links.
[[nodiscard]] std::vector<Application> load_applications(
    Connection& connection, std::string_view where, const std::function<void(Statement&)>& bind);

[[nodiscard]] std::optional<Application> load_application(Connection& connection, std::int64_t id);

}  // namespace tori::store::sqlite

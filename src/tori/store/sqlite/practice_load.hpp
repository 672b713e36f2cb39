// SPDX-License-Identifier: AGPL-3.0-or-later
// Loading stored practices with their organisations, terms, links and keywords, shared by the
// reads and by save() (which compares with what is stored). Internal to store/sqlite.
//
//   std::optional<std::int64_t> id = practice_id_by_external_id(connection, "ho-001");
//   std::vector<core::Practice> found = load_practices(connection, {*id}, Detail::kFull);
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

enum class Detail {
  kListing,  // everything but sections, contact, links and keywords (left empty)
  kFull,     // everything
};

// The practices with these ids in the order of `ids` (unknown ids left out), with their
// organisations and terms in the order given; links and keywords too for kFull.
[[nodiscard]] std::vector<core::Practice> load_practices(Connection& connection,
                                                         const std::vector<std::int64_t>& ids,
                                                         Detail detail);

// The id of the practice with this external id or slug, if any.
[[nodiscard]] std::optional<std::int64_t> practice_id_by_external_id(Connection& connection,
                                                                     std::string_view external_id);
[[nodiscard]] std::optional<std::int64_t> practice_id_by_slug(Connection& connection,
                                                              std::string_view slug);

}  // namespace tori::store::sqlite

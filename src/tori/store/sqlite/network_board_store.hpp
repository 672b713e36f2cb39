// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's board of ideas on either SQL backend (data/sql/0019_networks.sql).
#pragma once

#include "tori/store/network_board_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlNetworkBoardStore final : public NetworkBoardStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0019.
  explicit SqlNetworkBoardStore(Database& database);
  std::vector<BoardIdea> ideas(std::int64_t network_id,
                               std::optional<std::int64_t> viewer) override;
  std::int64_t post(std::int64_t network_id, const core::Idea& idea,
                    std::optional<std::int64_t> account_id, UtcTime now) override;
  bool comment(std::int64_t network_id, std::int64_t idea_id, std::string_view text,
               std::string_view author, std::optional<std::int64_t> account_id,
               UtcTime now) override;
  bool support(std::int64_t network_id, std::int64_t idea_id, std::int64_t account_id,
               bool supported, UtcTime now) override;
  std::optional<std::int64_t> forward(std::int64_t network_id, const ForwardRequest& request,
                                      std::optional<std::int64_t> account_id, UtcTime now) override;
  std::vector<BoardForward> forwards(std::int64_t network_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

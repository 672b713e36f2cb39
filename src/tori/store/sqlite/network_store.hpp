// SPDX-License-Identifier: AGPL-3.0-or-later
// Development networks on either SQL backend (data/sql/0019_networks.sql).
#pragma once

#include "tori/store/network_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlNetworkStore final : public NetworkStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0020.
  explicit SqlNetworkStore(Database& database);
  NetworkSaved save(const core::NetworkInput& input, const NetworkSaveContext& context,
                    UtcTime now) override;
  std::optional<Network> find_by_slug(std::string_view slug) override;
  std::vector<Network> all() override;
  std::vector<NetworkMemberChange> member_history(std::int64_t network_id) override;
  std::vector<NetworkCostChange> cost_history(std::int64_t network_id) override;
  std::optional<EventNetwork> network_of_event(std::int64_t event_id) override;
  // network_membership.cpp
  JoinRequestOutcome request_join(std::int64_t network_id, std::int64_t organisation_id,
                                  std::string_view message, std::int64_t account_id,
                                  UtcTime now) override;
  std::vector<JoinRequest> join_requests(std::int64_t network_id) override;
  bool decide_join(std::int64_t network_id, std::int64_t request_id, bool approve,
                   std::int64_t account_id, UtcTime now) override;
  bool leave(std::int64_t network_id, std::int64_t organisation_id, std::int64_t account_id,
             UtcTime now) override;
  bool save_minutes(std::int64_t network_id, std::size_t index, std::string_view minutes,
                    UtcTime now) override;
  CostsSaveOutcome save_costs(std::int64_t network_id, const core::NetworkCosts& costs,
                              std::optional<std::int64_t> account_id, UtcTime now) override;
  // network_details.cpp
  DetailsSaved save_details(std::int64_t network_id, const NetworkDetails& details,
                            UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite

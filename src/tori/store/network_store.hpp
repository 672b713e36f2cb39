// SPDX-License-Identifier: AGPL-3.0-or-later
// Development networks in the database (data/sql/0019_networks.sql): saving by slug with their
// leaders, members (organisations found by name, created when new), meetings (linked to their
// events by external_id), costs and board of ideas; reading one or all; the members' history.
//
//   NetworkSaved saved = store.networks().save(input, {.municipalities = homes}, now);
//   for (const store::Network& network : store.networks().all()) …  // running ones first
//   store.networks().save_costs(network.id, costs, leader_account_id, now);  // a leader's edit
//   store.networks().save_details(network.id, details, now);  // a leader's edit of the rest
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/network.hpp"
#include "tori/core/practice.hpp"  // Named, MunicipalityRef
#include "tori/store/utc_time.hpp"

namespace tori::store {

// What a network's leaders edit on the site (NetworkStore::save_details): the description, whether
// /verkostot lists it, the board's visibility, the meetings, the people the member organisations
// appointed and the results.
struct NetworkDetails {
  std::string goals;
  bool listed = true;
  core::BoardVisibility board = core::BoardVisibility::kMembers;
  // Stored sorted by date (a stable sort); each with its minutes and event as they are to be kept.
  std::vector<core::NetworkMeeting> meetings;
  // Each member organisation's people by the organisation's slug; a member left out keeps its
  // people, a slug that is no member's is ignored.
  std::map<std::string, std::vector<core::AppointedPerson>, std::less<>> people;
  std::vector<std::string> results;  // practices' slugs
  bool operator==(const NetworkDetails&) const = default;
};

struct Network {
  std::int64_t id = 0;
  core::NetworkInput input;
  std::vector<core::Named> organisations;  // input.members' organisations, in that order
  // Organisations that took part in expert days but have left since (input.costs names them).
  std::vector<core::Named> former_members{};
  // The results (input.results) that are published practices: slug and title, in order.
  std::vector<core::Named> published_results{};
  UtcTime updated_at{};

  // The organisations the costs may name: the members, then the former members.
  [[nodiscard]] std::vector<core::Named> cost_organisations() const;
  // The slug of the member (or former member) organisation named `name` exactly; "" when none is.
  [[nodiscard]] std::string slug_of(std::string_view name) const;
  // What the leaders edit of it, as stored.
  [[nodiscard]] NetworkDetails details() const;
  // input with `details` in place of its own (meetings sorted by date, people by the members'
  // slugs): the network save_details would store.
  [[nodiscard]] core::NetworkInput with_details(const NetworkDetails& details) const;
};

// An organisation joining or leaving a network.
struct NetworkMemberChange {
  core::Named organisation;
  std::string action;  // "joined", "left"
  UtcTime at{};
  std::string note;
};

// The costs as they were after a change (the format's "costs" object, core::write_network_costs).
struct NetworkCostChange {
  UtcTime changed_at{};
  std::string costs_json;
  std::string changed_by{};  // the account's name (its address when unnamed); "" an import
};

// An organisation's request to join a network, waiting for a leader.
struct JoinRequest {
  std::int64_t id = 0;
  core::Named organisation;
  std::string message;
  std::string requested_by;  // the account's name, its address when it has none
  UtcTime requested_at{};
};

// The network a meeting's event belongs to, and who may register for it.
struct EventNetwork {
  std::string slug;
  core::MeetingRegistration registration = core::MeetingRegistration::kMembers;
};

enum class JoinRequestOutcome { kRequested, kAlreadyMember, kAlreadyWaiting, kUnknownNetwork };

enum class CostsSaveOutcome { kSaved, kUnchanged, kUnknownNetwork };

enum class DetailsSaveOutcome {
  kSaved,
  kUnchanged,
  kUnknownNetwork,
  kUnknownPractice,  // a result names no practice: nothing saved
  kUnknownEvent,     // a meeting's event is gone: nothing saved
};

struct DetailsSaved {
  DetailsSaveOutcome outcome = DetailsSaveOutcome::kSaved;
  std::string unknown{};  // kUnknownPractice: the slug; kUnknownEvent: the external_id
};

enum class NetworkSaveOutcome { kCreated, kUpdated, kUnchanged, kUnknownEvent, kUnknownPractice };

struct NetworkSaved {
  NetworkSaveOutcome outcome = NetworkSaveOutcome::kCreated;
  std::int64_t id = 0;             // none (0) when nothing was saved
  std::string unknown_event{};     // kUnknownEvent: the external_id no event has
  std::string unknown_practice{};  // kUnknownPractice: the result's slug no practice has
};

// What a save needs besides the input: the home municipality of each organisation it may have to
// create (keyed by the member's municipality name as written; app::reference data resolves them).
struct NetworkSaveContext {
  std::map<std::string, core::MunicipalityRef, std::less<>> municipalities{};
};

class NetworkStore {
 public:
  virtual ~NetworkStore() = default;
  // Creates the network of `input.slug`, or replaces its description, leaders, members and their
  // people, meetings and costs when any differ; logs a "network" change. Member organisations are
  // found by name (ignoring case) or created; each organisation that joins or leaves gets a
  // history row, and each change of the costs a snapshot. The board of ideas and its forwards are
  // written only when the network is created: afterwards they are the members' own. A meeting
  // whose event is unknown, or a result that names no practice, saves nothing. REQUIRES:
  // validate_network_input(input) found nothing.
  virtual NetworkSaved save(const core::NetworkInput& input, const NetworkSaveContext& context,
                            UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<Network> find_by_slug(std::string_view slug) = 0;
  // Every network, listed or not: the latest period end first (then by slug).
  [[nodiscard]] virtual std::vector<Network> all() = 0;
  // Who joined and left the network `network_id`, oldest first.
  [[nodiscard]] virtual std::vector<NetworkMemberChange> member_history(
      std::int64_t network_id) = 0;
  // The network's costs after each change, oldest first (the first: as created), each with who
  // made it.
  [[nodiscard]] virtual std::vector<NetworkCostChange> cost_history(std::int64_t network_id) = 0;

  // The network whose meeting is the event `event_id` (the first by id when several are); none
  // when it is no network's meeting.
  [[nodiscard]] virtual std::optional<EventNetwork> network_of_event(std::int64_t event_id) = 0;
  // Joining and leaving (network_membership.cpp); each change of the members is a history row
  // and a "network" change.
  // `organisation_id` asks to join with `message`, sent by `account_id`.
  virtual JoinRequestOutcome request_join(std::int64_t network_id, std::int64_t organisation_id,
                                          std::string_view message, std::int64_t account_id,
                                          UtcTime now) = 0;
  // The waiting requests, oldest first.
  [[nodiscard]] virtual std::vector<JoinRequest> join_requests(std::int64_t network_id) = 0;
  // A leader's decision: approved, the organisation joins (last among the members, the request's
  // message as the history note). False when no such request waits in the network.
  virtual bool decide_join(std::int64_t network_id, std::int64_t request_id, bool approve,
                           std::int64_t account_id, UtcTime now) = 0;
  // The organisation leaves, its appointed people with it; it stays in the days it took part in.
  // False when it is not a member.
  virtual bool leave(std::int64_t network_id, std::int64_t organisation_id, std::int64_t account_id,
                     UtcTime now) = 0;
  // A leader's minutes (Markdown, "" none) of the meeting at `index` of input.meetings; false
  // when there is no such meeting.
  virtual bool save_minutes(std::int64_t network_id, std::size_t index, std::string_view minutes,
                            UtcTime now) = 0;
  // Replaces the costs of the network `network_id` (paid days, day fee, expert days with their
  // participants, agreed shares) in one transaction, adds a snapshot to the cost history naming
  // `account_id` (none: a command) and logs a "network" change; kUnchanged when they are the
  // stored costs. REQUIRES: every organisation `costs` names is a member, by its stored name, and
  // validate_network_input of the network with `costs` found nothing.
  virtual CostsSaveOutcome save_costs(std::int64_t network_id, const core::NetworkCosts& costs,
                                      std::optional<std::int64_t> account_id, UtcTime now) = 0;
  // Replaces the goals, listing, board visibility, meetings (linked to their events by
  // external_id, minutes as given), the member organisations' people and the results of the
  // network `network_id` in one transaction and logs a "network" change; its leaders, members,
  // costs and board of ideas stay as they are. kUnchanged when Network::with_details gives the
  // stored network; a result that names no practice (or a meeting whose event is gone) saves
  // nothing. (Who edited is the audit log's.) REQUIRES: validate_network_input of
  // Network::with_details(details) found nothing.
  virtual DetailsSaved save_details(std::int64_t network_id, const NetworkDetails& details,
                                    UtcTime now) = 0;
};

}  // namespace tori::store

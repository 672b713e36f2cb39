// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading networks with their lists: one query per list for all the networks read.
#include "tori/store/sqlite/network_rows.hpp"

#include <algorithm>
#include <map>

#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kNetworkColumns =
    "SELECT n.id, n.slug, n.name, n.goals, n.period_from, n.period_until, n.listed, n.board,"
    " n.paid_days, n.day_fee_cents, n.updated_at FROM networks n ";

Network network_of(const Statement& row) {
  Network network;
  network.id = row.column_int64(0);
  core::NetworkInput& input = network.input;
  input.slug = row.column_text(1);
  input.name = row.column_text(2);
  input.goals = row.column_text(3);
  input.period_from = row.column_text(4);
  input.period_until = row.column_text(5);
  input.listed = row.column_int64(6) != 0;
  input.board =
      core::parse_board_visibility(row.column_text(7)).value_or(core::BoardVisibility::kMembers);
  input.costs.paid_days = static_cast<int>(row.column_int64(8));
  input.costs.day_fee_cents = row.column_int64(9);
  network.updated_at = parse_utc(row.column_text(10)).value_or(UtcTime{});
  return network;
}

// Runs `query` (?1 the networks' ids as a JSON list, first column a network id) and gives each
// row with its network to `read`.
void network_rows_each(Connection& connection, std::vector<Network>& networks,
                       std::string_view query,
                       const std::function<void(const Statement&, Network&)>& read) {
  std::map<std::int64_t, Network*> by_id;
  std::vector<std::int64_t> ids;
  for (Network& network : networks) {
    by_id[network.id] = &network;
    ids.push_back(network.id);
  }
  Statement rows = connection.prepare(query);
  rows.bind_text(1, json_array(ids));
  while (rows.step())
    read(rows, *by_id.at(rows.column_int64(0)));
}

// " WHERE x.network_id IN (the ids in ?1)" for the table aliased `alias`.
std::string in_networks(std::string_view alias) {
  return " WHERE " + std::string{alias} +
         ".network_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))";
}

void load_people(Connection& connection, std::vector<Network>& networks) {
  network_rows_each(
      connection, networks,
      "SELECT l.network_id, l.name, l.title, l.organisation, l.email FROM network_leaders l" +
          in_networks("l") + " ORDER BY l.network_id, l.position",
      [](const Statement& row, Network& network) {
        network.input.leaders.push_back(
            {row.column_text(1), row.column_text(2), row.column_text(3), row.column_text(4)});
      });
  network_rows_each(connection, networks,
                    "SELECT m.network_id, o.slug, o.name, m.municipality FROM network_members m"
                    " JOIN organisations o ON o.id = m.organisation_id" +
                        in_networks("m") + " ORDER BY m.network_id, m.position",
                    [](const Statement& row, Network& network) {
                      network.organisations.push_back({row.column_text(1), row.column_text(2)});
                      network.input.members.push_back({row.column_text(2), row.column_text(3), {}});
                    });
  network_rows_each(
      connection, networks,
      "SELECT p.network_id, o.slug, p.name, p.title FROM network_people p"
      " JOIN organisations o ON o.id = p.organisation_id" +
          in_networks("p") + " ORDER BY p.network_id, p.organisation_id, p.position",
      [](const Statement& row, Network& network) {
        for (std::size_t i = 0; i < network.organisations.size(); ++i) {
          if (network.organisations[i].slug != row.column_text(1)) continue;
          network.input.members[i].people.push_back({row.column_text(2), row.column_text(3)});
        }
      });
}

void load_meetings(Connection& connection, std::vector<Network>& networks) {
  network_rows_each(connection, networks,
                    "SELECT m.network_id, m.held_on, m.place, m.remote, m.agenda, m.minutes,"
                    " COALESCE(e.external_id, ''), m.registration FROM network_meetings m"
                    " LEFT JOIN events e ON e.id = m.event_id" +
                        in_networks("m") + " ORDER BY m.network_id, m.position",
                    [](const Statement& row, Network& network) {
                      network.input.meetings.push_back(
                          {row.column_text(1), row.column_text(2), row.column_int64(3) != 0,
                           row.column_text(4), row.column_text(5), row.column_text(6),
                           core::parse_meeting_registration(row.column_text(7))
                               .value_or(core::MeetingRegistration::kMembers)});
                    });
}

void load_results(Connection& connection, std::vector<Network>& networks) {
  network_rows_each(
      connection, networks,
      "SELECT r.network_id, p.slug, p.title, p.state FROM network_results r"
      " JOIN practices p ON p.id = r.practice_id" +
          in_networks("r") + " ORDER BY r.network_id, r.position",
      [](const Statement& row, Network& network) {
        network.input.results.push_back(row.column_text(1));
        if (row.column_text(3) == "published")
          network.published_results.push_back({row.column_text(1), row.column_text(2)});
      });
}

// A row of (network, day, participant name and slug): the day added when new, the participant
// to it, and to the former members when it is no longer a member.
void add_cost_day_row(const Statement& row, Network& network) {
  std::vector<core::CostDay>& days = network.input.costs.days;
  if (days.empty() || days.back().date != row.column_text(1))
    days.push_back({row.column_text(1), {}});
  if (row.column_is_null(2)) return;
  days.back().participants.push_back(row.column_text(2));
  const core::Named organisation{row.column_text(3), row.column_text(2)};
  if (std::ranges::find(network.organisations, organisation) == network.organisations.end() &&
      std::ranges::find(network.former_members, organisation) == network.former_members.end()) {
    network.former_members.push_back(organisation);
  }
}

void load_costs(Connection& connection, std::vector<Network>& networks) {
  network_rows_each(connection, networks,
                    "SELECT d.network_id, d.held_on, o.name, o.slug FROM network_expert_days d"
                    " LEFT JOIN network_expert_day_participants p ON p.day_id = d.id"
                    " LEFT JOIN organisations o ON o.id = p.organisation_id" +
                        in_networks("d") + " ORDER BY d.network_id, d.position, p.position",
                    &add_cost_day_row);
  network_rows_each(connection, networks,
                    "SELECT s.network_id, o.name, s.share FROM network_cost_shares s"
                    " JOIN organisations o ON o.id = s.organisation_id" +
                        in_networks("s") + " ORDER BY s.network_id, s.position",
                    [](const Statement& row, Network& network) {
                      network.input.costs.shares.push_back(
                          {row.column_text(1), static_cast<int>(row.column_int64(2))});
                    });
}

void load_board(Connection& connection, std::vector<Network>& networks) {
  std::map<std::int64_t, int> index_of_idea;
  network_rows_each(
      connection, networks,
      "SELECT i.network_id, i.id, i.quadrant, i.body, i.author FROM network_ideas i" +
          in_networks("i") + " ORDER BY i.network_id, i.position",
      [&](const Statement& row, Network& network) {
        std::vector<core::Idea>& ideas = network.input.ideas;
        index_of_idea[row.column_int64(1)] = static_cast<int>(ideas.size());
        ideas.push_back(
            {core::parse_idea_quadrant(row.column_text(2)).value_or(core::IdeaQuadrant::kIdea),
             row.column_text(3), row.column_text(4)});
      });
  network_rows_each(
      connection, networks,
      "SELECT f.network_id, f.id, f.forwarded_on, f.recipients, f.note FROM network_forwards f" +
          in_networks("f") + " ORDER BY f.network_id, f.position",
      [](const Statement& row, Network& network) {
        network.input.forwarded.push_back(
            {row.column_text(2), row.column_text(3), {}, row.column_text(4)});
      });
  network_rows_each(connection, networks,
                    "SELECT f.network_id, f.position, i.idea_id FROM network_forward_items i"
                    " JOIN network_forwards f ON f.id = i.forward_id" +
                        in_networks("f") +
                        " AND i.idea_id IS NOT NULL ORDER BY f.network_id, f.position, i.position",
                    [&](const Statement& row, Network& network) {
                      auto& forwarded = network.input.forwarded;
                      const auto position = static_cast<std::size_t>(row.column_int64(1));
                      const auto idea = index_of_idea.find(row.column_int64(2));
                      if (position < forwarded.size() && idea != index_of_idea.end())
                        forwarded[position].items.push_back(idea->second);
                    });
}

}  // namespace

std::vector<Network> load_networks(Connection& connection, std::string_view where,
                                   const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kNetworkColumns} + std::string{where});
  bind(rows);
  std::vector<Network> networks;
  while (rows.step())
    networks.push_back(network_of(rows));
  if (networks.empty()) return networks;
  load_people(connection, networks);
  load_meetings(connection, networks);
  load_costs(connection, networks);
  load_board(connection, networks);
  load_results(connection, networks);
  return networks;
}

}  // namespace tori::store::sqlite

// SPDX-License-Identifier: AGPL-3.0-or-later
// Writing a network's row and lists: organisations found or created, members' history, meetings
// linked to events, expert days with a snapshot of each change, and a new network's board.
#include <map>
#include <set>

#include "tori/core/email.hpp"
#include "tori/core/network_jsonl.hpp"
#include "tori/store/errors.hpp"
#include "tori/store/sqlite/network_rows.hpp"
#include "tori/store/sqlite/practice_resolve.hpp"
#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kInsertNetwork =
    "INSERT INTO networks (slug, name, goals, period_from, period_until, listed, board,"
    " paid_days, day_fee_cents, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) RETURNING id";
constexpr std::string_view kUpdateNetwork =
    "UPDATE networks SET slug = ?1, name = ?2, goals = ?3, period_from = ?4, period_until = ?5,"
    " listed = ?6, board = ?7, paid_days = ?8, day_fee_cents = ?9, updated_at = ?10"
    " WHERE id = ?11 RETURNING id";

void delete_network_rows(Connection& connection, std::string_view table, std::int64_t id) {
  connection.prepare("DELETE FROM " + std::string{table} + " WHERE network_id = ?1")
      .bind_int64(1, id)
      .run();
}

std::map<std::string, std::int64_t, std::less<>> id_by_name(
    const std::vector<MemberOrganisation>& members) {
  std::map<std::string, std::int64_t, std::less<>> ids;
  for (const MemberOrganisation& member : members)
    ids.emplace(member.name, member.id);
  return ids;
}

std::set<std::int64_t> current_member_ids(Connection& connection, std::int64_t id) {
  std::set<std::int64_t> ids;
  Statement rows =
      connection.prepare("SELECT organisation_id FROM network_members WHERE network_id = ?1");
  rows.bind_int64(1, id);
  while (rows.step())
    ids.insert(rows.column_int64(0));
  return ids;
}

void insert_member(Connection& connection, std::int64_t id, std::size_t position,
                   const core::NetworkMember& member, std::int64_t organisation_id) {
  connection
      .prepare(
          "INSERT INTO network_members (network_id, organisation_id, position, municipality)"
          " VALUES (?1, ?2, ?3, ?4)")
      .bind_int64(1, id)
      .bind_int64(2, organisation_id)
      .bind_int64(3, static_cast<std::int64_t>(position))
      .bind_text(4, member.municipality)
      .run();
}

void insert_people(Connection& connection, std::int64_t id, std::int64_t organisation_id,
                   const std::vector<core::AppointedPerson>& people) {
  for (std::size_t i = 0; i < people.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO network_people (network_id, organisation_id, position, name, title)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_int64(1, id)
        .bind_int64(2, organisation_id)
        .bind_int64(3, static_cast<std::int64_t>(i))
        .bind_text(4, people[i].name)
        .bind_text(5, people[i].title)
        .run();
  }
}

}  // namespace

void add_member_history(Connection& connection, std::int64_t id, std::int64_t organisation_id,
                        std::string_view action, UtcTime now,
                        std::optional<std::int64_t> account_id, std::string_view note) {
  Statement insert = connection.prepare(
      "INSERT INTO network_member_history (network_id, organisation_id, action, happened_at,"
      " account_id, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert.bind_int64(1, id).bind_int64(2, organisation_id).bind_text(3, action);
  insert.bind_text(4, format_utc(now)).bind_null(5).bind_text(6, note);
  if (account_id) insert.bind_int64(5, *account_id);
  insert.run();
}

std::vector<MemberOrganisation> resolve_member_organisations(Connection& connection,
                                                             const core::NetworkInput& input,
                                                             const NetworkSaveContext& context) {
  std::vector<MemberOrganisation> resolved;
  for (const core::NetworkMember& member : input.members) {
    auto found = find_organisations(connection, {member.organisation});
    auto* organisations = std::get_if<std::vector<OrganisationRef>>(&found);
    if (organisations == nullptr || organisations->size() != 1)
      throw Error("networks: the member organisation '" + member.organisation + "' is unusable");
    const auto home = context.municipalities.find(member.municipality);
    create_missing(
        connection, *organisations,
        home == context.municipalities.end() ? std::nullopt : std::optional{home->second});
    resolved.push_back({organisations->front().id, organisations->front().named.name});
  }
  return resolved;
}

core::NetworkInput with_stored_names(core::NetworkInput input,
                                     const std::vector<MemberOrganisation>& members) {
  std::map<std::string, std::string, std::less<>> stored;
  for (std::size_t i = 0; i < members.size(); ++i) {
    stored[input.members[i].organisation] = members[i].name;
    input.members[i].organisation = members[i].name;
  }
  const auto rename = [&stored](std::string& name) {
    if (const auto found = stored.find(name); found != stored.end()) name = found->second;
  };
  for (core::CostDay& day : input.costs.days) {
    for (std::string& participant : day.participants)
      rename(participant);
  }
  for (core::AgreedShare& share : input.costs.shares)
    rename(share.organisation);
  return input;
}

std::int64_t write_network_row(Connection& connection, const core::NetworkInput& input,
                               std::optional<std::int64_t> id, UtcTime now) {
  Statement statement = connection.prepare(id ? kUpdateNetwork : kInsertNetwork);
  statement.bind_text(1, input.slug).bind_text(2, input.name).bind_text(3, input.goals);
  statement.bind_text(4, input.period_from).bind_text(5, input.period_until);
  statement.bind_int64(6, input.listed ? 1 : 0).bind_text(7, core::to_string(input.board));
  statement.bind_int64(8, input.costs.paid_days).bind_int64(9, input.costs.day_fee_cents);
  statement.bind_text(10, format_utc(now));
  if (id) statement.bind_int64(11, *id);
  if (!statement.step()) throw Error("networks: the write gave no id");
  return statement.column_int64(0);
}

void write_network_leaders(Connection& connection, std::int64_t id,
                           const std::vector<core::NetworkLeader>& leaders) {
  delete_network_rows(connection, "network_leaders", id);
  for (std::size_t i = 0; i < leaders.size(); ++i) {
    const core::NetworkLeader& leader = leaders[i];
    connection
        .prepare(
            "INSERT INTO network_leaders (network_id, position, name, title, organisation,"
            " email, email_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind_int64(1, id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_text(3, leader.name)
        .bind_text(4, leader.title)
        .bind_text(5, leader.organisation)
        .bind_text(6, leader.email)
        .bind_text(7, core::email_key(leader.email))
        .run();
  }
}

void write_network_members(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                           const std::vector<MemberOrganisation>& members, UtcTime now) {
  std::set<std::int64_t> before = current_member_ids(connection, id);
  delete_network_rows(connection, "network_members", id);
  for (std::size_t i = 0; i < members.size(); ++i) {
    insert_member(connection, id, i, input.members[i], members[i].id);
    if (before.erase(members[i].id) == 0)
      add_member_history(connection, id, members[i].id, "joined", now, std::nullopt, "");
  }
  for (const std::int64_t gone : before)
    add_member_history(connection, id, gone, "left", now, std::nullopt, "");
  write_network_people(connection, id, input, members);
}

void write_network_people(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                          const std::vector<MemberOrganisation>& members) {
  delete_network_rows(connection, "network_people", id);
  for (std::size_t i = 0; i < members.size() && i < input.members.size(); ++i)
    insert_people(connection, id, members[i].id, input.members[i].people);
}

std::optional<std::string> write_network_meetings(
    Connection& connection, std::int64_t id, const std::vector<core::NetworkMeeting>& meetings) {
  delete_network_rows(connection, "network_meetings", id);
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    const core::NetworkMeeting& meeting = meetings[i];
    Statement insert = connection.prepare(
        "INSERT INTO network_meetings (network_id, position, held_on, place, remote, agenda,"
        " minutes, event_id, registration) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind_int64(1, id).bind_int64(2, static_cast<std::int64_t>(i));
    insert.bind_text(3, meeting.date).bind_text(4, meeting.place);
    insert.bind_int64(5, meeting.remote ? 1 : 0).bind_text(6, meeting.agenda);
    insert.bind_text(7, meeting.minutes).bind_null(8);
    insert.bind_text(9, core::to_string(meeting.registration));
    if (!meeting.event.empty()) {
      Statement event = connection.prepare("SELECT id FROM events WHERE external_id = ?1");
      event.bind_text(1, meeting.event);
      if (!event.step()) return meeting.event;
      insert.bind_int64(8, event.column_int64(0));
    }
    insert.run();
  }
  return std::nullopt;
}

std::optional<std::string> write_network_results(Connection& connection, std::int64_t id,
                                                 const std::vector<std::string>& results) {
  delete_network_rows(connection, "network_results", id);
  for (std::size_t i = 0; i < results.size(); ++i) {
    Statement practice = connection.prepare("SELECT id FROM practices WHERE slug = ?1");
    practice.bind_text(1, results[i]);
    if (!practice.step()) return results[i];
    Statement insert = connection.prepare(
        "INSERT INTO network_results (network_id, practice_id, position) VALUES (?1, ?2, ?3)");
    insert.bind_int64(1, id).bind_int64(2, practice.column_int64(0));
    insert.bind_int64(3, static_cast<std::int64_t>(i)).run();
  }
  return std::nullopt;
}

namespace {

// Throws Error naming the first organisation of `costs` that is not a member.
void require_members(const core::NetworkCosts& costs,
                     const std::map<std::string, std::int64_t, std::less<>>& organisation_ids) {
  const auto require = [&organisation_ids](const std::string& name) {
    if (!organisation_ids.contains(name))
      throw Error("networks: the costs name '" + name + "', which is not a member");
  };
  for (const core::CostDay& day : costs.days) {
    for (const std::string& participant : day.participants)
      require(participant);
  }
  for (const core::AgreedShare& share : costs.shares)
    require(share.organisation);
}

void insert_expert_day(Connection& connection, std::int64_t id, std::size_t position,
                       const core::CostDay& day,
                       const std::map<std::string, std::int64_t, std::less<>>& organisation_ids) {
  Statement insert = connection.prepare(
      "INSERT INTO network_expert_days (network_id, position, held_on) VALUES (?1, ?2, ?3)"
      " RETURNING id");
  insert.bind_int64(1, id).bind_int64(2, static_cast<std::int64_t>(position));
  insert.bind_text(3, day.date);
  if (!insert.step()) throw Error("network_expert_days: the write gave no id");
  const std::int64_t day_id = insert.column_int64(0);
  insert.run();
  for (std::size_t i = 0; i < day.participants.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO network_expert_day_participants (day_id, organisation_id, position)"
            " VALUES (?1, ?2, ?3)")
        .bind_int64(1, day_id)
        .bind_int64(2, organisation_ids.at(day.participants[i]))
        .bind_int64(3, static_cast<std::int64_t>(i))
        .run();
  }
}

}  // namespace

void write_network_costs(Connection& connection, std::int64_t id, const core::NetworkCosts& costs,
                         const std::vector<MemberOrganisation>& members,
                         std::optional<std::int64_t> account_id, UtcTime now) {
  const auto organisation_ids = id_by_name(members);
  require_members(costs, organisation_ids);
  delete_network_rows(connection, "network_expert_days", id);  // participants cascade
  delete_network_rows(connection, "network_cost_shares", id);
  for (std::size_t i = 0; i < costs.days.size(); ++i)
    insert_expert_day(connection, id, i, costs.days[i], organisation_ids);
  for (std::size_t i = 0; i < costs.shares.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO network_cost_shares (network_id, organisation_id, position, share)"
            " VALUES (?1, ?2, ?3, ?4)")
        .bind_int64(1, id)
        .bind_int64(2, organisation_ids.at(costs.shares[i].organisation))
        .bind_int64(3, static_cast<std::int64_t>(i))
        .bind_int64(4, costs.shares[i].share)
        .run();
  }
  Statement snapshot = connection.prepare(
      "INSERT INTO network_cost_history (network_id, changed_at, costs, account_id)"
      " VALUES (?1, ?2, ?3, ?4)");
  snapshot.bind_int64(1, id).bind_text(2, format_utc(now));
  snapshot.bind_text(3, core::write_network_costs(costs));
  if (account_id) {
    snapshot.bind_int64(4, *account_id);
  } else {
    snapshot.bind_null(4);
  }
  snapshot.run();
}

namespace {

std::vector<std::int64_t> insert_ideas(Connection& connection, std::int64_t id,
                                       const std::vector<core::Idea>& ideas, UtcTime now) {
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < ideas.size(); ++i) {
    Statement insert = connection.prepare(
        "INSERT INTO network_ideas (network_id, position, quadrant, body, author, created_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
    insert.bind_int64(1, id).bind_int64(2, static_cast<std::int64_t>(i));
    insert.bind_text(3, core::to_string(ideas[i].quadrant)).bind_text(4, ideas[i].text);
    insert.bind_text(5, ideas[i].author).bind_text(6, format_utc(now));
    if (!insert.step()) throw Error("network_ideas: the write gave no id");
    ids.push_back(insert.column_int64(0));
    insert.run();
  }
  return ids;
}

void insert_forward(Connection& connection, std::int64_t id, std::size_t position,
                    const core::ForwardedIdeas& forward, const std::vector<core::Idea>& ideas,
                    const std::vector<std::int64_t>& idea_ids, UtcTime now) {
  Statement insert = connection.prepare(
      "INSERT INTO network_forwards (network_id, position, forwarded_on, recipients, note,"
      " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
  insert.bind_int64(1, id).bind_int64(2, static_cast<std::int64_t>(position));
  insert.bind_text(3, forward.date).bind_text(4, forward.to).bind_text(5, forward.note);
  insert.bind_text(6, format_utc(now));
  if (!insert.step()) throw Error("network_forwards: the write gave no id");
  const std::int64_t forward_id = insert.column_int64(0);
  insert.run();
  for (std::size_t i = 0; i < forward.items.size(); ++i) {
    const auto index = static_cast<std::size_t>(forward.items[i]);
    connection
        .prepare(
            "INSERT INTO network_forward_items (forward_id, position, idea_id, quadrant, body)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_int64(1, forward_id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_int64(3, idea_ids.at(index))
        .bind_text(4, core::to_string(ideas.at(index).quadrant))
        .bind_text(5, ideas.at(index).text)
        .run();
  }
}

}  // namespace

void write_network_board(Connection& connection, std::int64_t id, const core::NetworkInput& input,
                         UtcTime now) {
  const std::vector<std::int64_t> idea_ids = insert_ideas(connection, id, input.ideas, now);
  for (std::size_t i = 0; i < input.forwarded.size(); ++i)
    insert_forward(connection, id, i, input.forwarded[i], input.ideas, idea_ids, now);
}

}  // namespace tori::store::sqlite

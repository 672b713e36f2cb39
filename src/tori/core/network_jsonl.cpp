// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing the development network exchange format with Boost.JSON and the shared
// writer.
#include "tori/core/network_jsonl.hpp"

#include <limits>

#include "tori/core/jsonl_support.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::must_be;
using jsonl::ObjectWriter;
using jsonl::read_bool;
using jsonl::read_int;
using jsonl::read_list;
using jsonl::read_object;
using jsonl::read_string;
using jsonl::read_string_or_null;

using NetworkRead = std::optional<std::string>;  // a FieldReader's answer

std::string network_required(const json::value& value, std::string_view prefix,
                             std::initializer_list<std::string_view> fields) {
  for (const std::string_view field : fields) {
    if (!value.get_object().contains(field))
      return "field '" + std::string(prefix) + std::string(field) + "' is required";
  }
  return {};
}

std::string read_period(const json::value& value, const std::string& field, NetworkInput& input) {
  std::string error = read_object(
      value, field, "an object with from, until",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "from") return read_string(v, name, input.period_from);
        if (key == "until") return read_string(v, name, input.period_until);
        return std::nullopt;
      });
  return error.empty() ? network_required(value, field + ".", {"from", "until"}) : error;
}

std::string read_leader(const json::value& value, const std::string& field, NetworkLeader& leader) {
  return read_object(
      value, field, "an object with name, title, organisation, email",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "name") return read_string(v, name, leader.name);
        if (key == "title") return read_string(v, name, leader.title);
        if (key == "organisation") return read_string(v, name, leader.organisation);
        if (key == "email") return read_string(v, name, leader.email);
        return std::nullopt;
      });
}

std::string read_person(const json::value& value, const std::string& field,
                        AppointedPerson& person) {
  return read_object(
      value, field, "an object with name, title",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "name") return read_string(v, name, person.name);
        if (key == "title") return read_string(v, name, person.title);
        return std::nullopt;
      });
}

std::string read_member(const json::value& value, const std::string& field, NetworkMember& member) {
  return read_object(
      value, field, "an object with organisation, municipality, people",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "organisation") return read_string(v, name, member.organisation);
        if (key == "municipality") return read_string_or_null(v, name, member.municipality);
        if (key == "people") return read_list(v, name, member.people, &read_person);
        return std::nullopt;
      });
}

std::string read_meeting(const json::value& value, const std::string& field,
                         NetworkMeeting& meeting) {
  return read_object(
      value, field, "an object with date, place, remote, agenda, minutes",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "date") return read_string(v, name, meeting.date);
        if (key == "place") return read_string_or_null(v, name, meeting.place);
        if (key == "remote") return read_bool(v, name, meeting.remote);
        if (key == "agenda") return read_string(v, name, meeting.agenda);
        if (key == "minutes") return read_string_or_null(v, name, meeting.minutes);
        if (key == "event") return read_string(v, name, meeting.event);
        if (key != "registration") return std::nullopt;
        std::optional<MeetingRegistration> registration;
        std::string error =
            jsonl::read_enum(v, name, &parse_meeting_registration, "members, open", registration);
        if (registration) meeting.registration = *registration;
        return error;
      });
}

std::string read_cost_day(const json::value& value, const std::string& field, CostDay& day) {
  return read_object(
      value, field, "an object with date, participants",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "date") return read_string(v, name, day.date);
        if (key == "participants") return jsonl::read_strings(v, name, day.participants);
        return std::nullopt;
      });
}

std::string read_share(const json::value& value, const std::string& field, AgreedShare& share) {
  return read_object(
      value, field, "an object with organisation, share",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "organisation") return read_string(v, name, share.organisation);
        if (key == "share") return read_int(v, name, 1, kMaxCostShare, share.share);
        return std::nullopt;
      });
}

std::string read_costs(const json::value& value, const std::string& field, NetworkCosts& costs) {
  return read_object(
      value, field, "an object with paid_days, day_fee_cents, days",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "paid_days") return read_int(v, name, 0, kMaxPaidDays, costs.paid_days);
        if (key == "days") return read_list(v, name, costs.days, &read_cost_day);
        if (key == "shares") return read_list(v, name, costs.shares, &read_share);
        if (key != "day_fee_cents") return std::nullopt;
        static_assert(kMaxDayFeeCents <= std::numeric_limits<int>::max());
        int fee = 0;
        std::string error = read_int(v, name, 0, static_cast<int>(kMaxDayFeeCents), fee);
        costs.day_fee_cents = fee;
        return error;
      });
}

std::string read_idea(const json::value& value, const std::string& field, Idea& idea) {
  return read_object(
      value, field, "an object with quadrant, text, author",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "text") return read_string(v, name, idea.text);
        if (key == "author") return read_string(v, name, idea.author);
        if (key != "quadrant") return std::nullopt;
        std::optional<IdeaQuadrant> quadrant;
        std::string error =
            jsonl::read_enum(v, name, &parse_idea_quadrant,
                             "strength, weakness, opportunity, threat, idea", quadrant);
        if (quadrant) idea.quadrant = *quadrant;
        return error;
      });
}

// A list of whole numbers (any sign: validate_network_input checks them against the ideas).
std::string read_indexes(const json::value& value, std::string_view field, std::vector<int>& out) {
  const json::array* items = value.if_array();
  if (items == nullptr) return must_be(field, "a list of whole numbers");
  out.clear();
  for (const json::value& item : *items) {
    if (!item.is_int64() || item.get_int64() < std::numeric_limits<int>::min() ||
        item.get_int64() > std::numeric_limits<int>::max()) {
      return must_be(field, "a list of whole numbers");
    }
    out.push_back(static_cast<int>(item.get_int64()));
  }
  return {};
}

std::string read_forward(const json::value& value, const std::string& field,
                         ForwardedIdeas& forward) {
  return read_object(
      value, field, "an object with date, to, items, note",
      [&](std::string_view key, const json::value& v, const std::string& name) -> NetworkRead {
        if (key == "date") return read_string(v, name, forward.date);
        if (key == "to") return read_string(v, name, forward.to);
        if (key == "items") return read_indexes(v, name, forward.items);
        if (key == "note") return read_string(v, name, forward.note);
        return std::nullopt;
      });
}

NetworkRead read_network_field(std::string_view key, const json::value& v, NetworkInput& input) {
  const std::string name{key};
  if (key == "slug") return read_string(v, name, input.slug);
  if (key == "name") return read_string(v, name, input.name);
  if (key == "goals") return read_string(v, name, input.goals);
  if (key == "period") return read_period(v, name, input);
  if (key == "public") return read_bool(v, name, input.listed);
  if (key == "leaders") return read_list(v, name, input.leaders, &read_leader);
  if (key == "members") return read_list(v, name, input.members, &read_member);
  if (key == "meetings") return read_list(v, name, input.meetings, &read_meeting);
  if (key == "costs") return read_costs(v, name, input.costs);
  if (key == "ideas") return read_list(v, name, input.ideas, &read_idea);
  if (key == "forwarded") return read_list(v, name, input.forwarded, &read_forward);
  if (key == "results") return jsonl::read_strings(v, name, input.results);
  if (key != "board") return std::nullopt;
  std::optional<BoardVisibility> board;
  std::string error = jsonl::read_enum(v, name, &parse_board_visibility, "members, public", board);
  if (board) input.board = *board;
  return error;
}

}  // namespace

std::variant<NetworkInput, std::string> parse_network_line(std::string_view line) {
  auto parsed = jsonl::parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  NetworkInput input;
  for (const json::key_value_pair& entry : value.get_object()) {
    const NetworkRead error = read_network_field(entry.key(), entry.value(), input);
    if (!error) return "unknown field '" + std::string(entry.key()) + "'";
    if (!error->empty()) return *error;
  }
  std::string missing = network_required(value, "", {"slug", "name", "period"});
  if (!missing.empty()) return missing;
  return input;
}

namespace {

// `name`: [{…}, {…}] with each item written by `write(item_writer, item)`.
template <class T, class Write>
void write_network_list(ObjectWriter& writer, std::string_view name, const std::vector<T>& items,
                        Write write) {
  std::string& out = writer.key(name);
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    ObjectWriter item(out);
    write(item, items[i]);
  }
  out += ']';
}

void write_network_people(ObjectWriter& writer, const NetworkInput& network) {
  write_network_list(writer, "leaders", network.leaders,
                     [](ObjectWriter& item, const NetworkLeader& leader) {
                       item.string("name", leader.name);
                       item.string("title", leader.title);
                       item.string("organisation", leader.organisation);
                       item.optional_string("email", leader.email);
                     });
  write_network_list(writer, "members", network.members,
                     [](ObjectWriter& item, const NetworkMember& member) {
                       item.string("organisation", member.organisation);
                       item.string("municipality", member.municipality);
                       write_network_list(item, "people", member.people,
                                          [](ObjectWriter& person, const AppointedPerson& p) {
                                            person.string("name", p.name);
                                            person.string("title", p.title);
                                          });
                     });
}

void write_network_meetings(ObjectWriter& writer, const std::vector<NetworkMeeting>& meetings) {
  write_network_list(writer, "meetings", meetings,
                     [](ObjectWriter& item, const NetworkMeeting& meeting) {
                       item.string("date", meeting.date);
                       item.string("place", meeting.place);
                       item.boolean("remote", meeting.remote);
                       item.string("agenda", meeting.agenda);
                       item.string_or_null("minutes", meeting.minutes);
                       item.optional_string("event", meeting.event);
                       if (meeting.registration != MeetingRegistration::kMembers)
                         item.string("registration", to_string(meeting.registration));
                     });
}

void write_costs_object(std::string& out, const NetworkCosts& costs) {
  ObjectWriter object(out);
  object.key("paid_days") += std::to_string(costs.paid_days);
  object.key("day_fee_cents") += std::to_string(costs.day_fee_cents);
  write_network_list(object, "days", costs.days, [](ObjectWriter& item, const CostDay& day) {
    item.string("date", day.date);
    item.strings("participants", day.participants);
  });
  if (costs.shares.empty()) return;
  write_network_list(object, "shares", costs.shares,
                     [](ObjectWriter& item, const AgreedShare& share) {
                       item.string("organisation", share.organisation);
                       item.key("share") += std::to_string(share.share);
                     });
}

void write_network_indexes(std::string& out, const std::vector<int>& indexes) {
  out += '[';
  for (std::size_t i = 0; i < indexes.size(); ++i) {
    if (i > 0) out += ", ";
    out += std::to_string(indexes[i]);
  }
  out += ']';
}

void write_network_board(ObjectWriter& writer, const NetworkInput& network) {
  write_network_list(writer, "ideas", network.ideas, [](ObjectWriter& item, const Idea& idea) {
    item.string("quadrant", to_string(idea.quadrant));
    item.string("text", idea.text);
    item.string("author", idea.author);
  });
  write_network_list(writer, "forwarded", network.forwarded,
                     [](ObjectWriter& item, const ForwardedIdeas& forward) {
                       item.string("date", forward.date);
                       item.string("to", forward.to);
                       write_network_indexes(item.key("items"), forward.items);
                       item.string("note", forward.note);
                     });
}

}  // namespace

std::variant<NetworkCosts, std::string> parse_network_costs(std::string_view json) {
  auto parsed = jsonl::parse_json(json);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  NetworkCosts costs;
  std::string error = read_costs(value, "costs", costs);
  if (error.empty()) error = network_required(value, "", {"paid_days", "day_fee_cents", "days"});
  for (std::size_t i = 0; error.empty() && i < costs.days.size(); ++i) {
    if (costs.days[i].date.empty())
      error = "field 'days[" + std::to_string(i) + "].date' is required";
  }
  if (!error.empty()) return error;
  return costs;
}

std::string write_network_costs(const NetworkCosts& costs) {
  std::string object;
  write_costs_object(object, costs);
  return object;
}

std::string write_network_line(const NetworkInput& network) {
  std::string line;
  {
    ObjectWriter writer(line);
    writer.string("slug", network.slug);
    writer.string("name", network.name);
    writer.string("goals", network.goals);
    {
      ObjectWriter period(writer.key("period"));
      period.string("from", network.period_from);
      period.string("until", network.period_until);
    }
    writer.boolean("public", network.listed);
    if (network.board != BoardVisibility::kMembers)
      writer.string("board", to_string(network.board));
    write_network_people(writer, network);
    write_network_meetings(writer, network.meetings);
    write_costs_object(writer.key("costs"), network.costs);
    write_network_board(writer, network);
    if (!network.results.empty()) writer.strings("results", network.results);
  }
  return line;
}

}  // namespace tori::core

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the development network exchange format: every demo line parses, validates and is
// written back byte for byte; each wrong shape gives its reason; defaults and optional fields.
#include "tori/core/network_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

NetworkInput network_parsed(std::string_view line) {
  auto read = parse_network_line(line);
  if (auto* reason = std::get_if<std::string>(&read)) throw std::runtime_error(*reason);
  return std::get<NetworkInput>(read);
}

TEST(NetworkJsonl, EveryDemoLineParsesValidatesAndComesBackByteForByte) {
  std::istringstream demo(testing::read_data_file("demo/networks.jsonl"));
  std::string line;
  int count = 0;
  std::size_t ideas = 0;
  std::size_t without_minutes = 0;
  while (std::getline(demo, line)) {
    SCOPED_TRACE("line " + std::to_string(++count));
    const NetworkInput network = network_parsed(line);
    EXPECT_EQ(validate_network_input(network), std::vector<FieldError>{});
    EXPECT_EQ(write_network_line(network), line);
    ideas += network.ideas.size();
    for (const NetworkMeeting& meeting : network.meetings)
      without_minutes += meeting.minutes.empty();
  }
  EXPECT_EQ(count, 4);
  EXPECT_EQ(ideas, 57U);
  EXPECT_EQ(without_minutes, 2U);
}

const std::string kGoodNetwork =
    R"({"slug": "v-2026", "name": "Verkosto", "goals": "Tavoitteet", )"
    R"("period": {"from": "2026-01-01", "until": "2026-12-31"}, "public": false, )"
    R"("board": "public", "leaders": [{"name": "L", "title": "T", "organisation": "O", )"
    R"("email": "l@example.fi"}], "members": [{"organisation": "A kunta", )"
    R"("municipality": "Joensuu", "people": [{"name": "P", "title": "T"}]}, )"
    R"({"organisation": "B Oy", "municipality": "", "people": []}], )"
    R"("meetings": [{"date": "2026-02-01", "place": "Sali", "remote": true, "agenda": "A", )"
    R"("minutes": null, "event": "ev-030", "registration": "open"}], "costs": {"paid_days": 1, )"
    R"("day_fee_cents": 100000, "days": [{"date": "2026-02-01", )"
    R"("participants": ["A kunta", "B Oy"]}], "shares": [{"organisation": "A kunta", )"
    R"("share": 2}]}, "ideas": [{"quadrant": "threat", "text": "I", "author": "P"}], )"
    R"("forwarded": [{"date": "2026-03-01", "to": "Jaos", "items": [0], "note": "N"}], )"
    R"("results": ["hyva-kaytanto", "toinen-tulos"]})";

// `line` with the first `from` replaced by `to`.
std::string network_replaced(std::string line, std::string_view from, std::string_view to) {
  const auto found = line.find(from);
  if (found == std::string::npos) throw std::logic_error("not in the line: " + std::string(from));
  return line.replace(found, from.size(), to);
}

std::string network_good_with(std::string_view from, std::string_view to) {
  return network_replaced(kGoodNetwork, from, to);
}

TEST(NetworkJsonl, GoodLineReadsEveryFieldAndWritesItBack) {
  const NetworkInput network = network_parsed(kGoodNetwork);
  EXPECT_FALSE(network.listed);
  EXPECT_EQ(network.board, BoardVisibility::kPublic);
  EXPECT_EQ(network.period_until, "2026-12-31");
  EXPECT_EQ(network.leaders.at(0).email, "l@example.fi");
  EXPECT_EQ(network.members.at(0).people.at(0).name, "P");
  EXPECT_TRUE(network.meetings.at(0).remote);
  EXPECT_EQ(network.meetings.at(0).minutes, "");
  EXPECT_EQ(network.meetings.at(0).event, "ev-030");
  EXPECT_EQ(network.meetings.at(0).registration, MeetingRegistration::kOpen);
  EXPECT_EQ(network.results, (std::vector<std::string>{"hyva-kaytanto", "toinen-tulos"}));
  EXPECT_EQ(network.costs.day_fee_cents, 100000);
  EXPECT_EQ(network.costs.shares, (std::vector<AgreedShare>{{"A kunta", 2}}));
  EXPECT_EQ(network.ideas.at(0).quadrant, IdeaQuadrant::kThreat);
  EXPECT_EQ(network.forwarded.at(0).items, std::vector<int>{0});
  EXPECT_EQ(validate_network_input(network), std::vector<FieldError>{});
  EXPECT_EQ(write_network_line(network), kGoodNetwork);
}

TEST(NetworkJsonl, DefaultsWhenLeftOutAndNullsAsEmpty) {
  const std::string minimal =
      R"({"slug": "v", "name": "V", "period": {"from": "2026-01-01", "until": "2026-12-31"}})";
  const NetworkInput network = network_parsed(minimal);
  EXPECT_TRUE(network.listed);
  EXPECT_EQ(network.board, BoardVisibility::kMembers);
  EXPECT_EQ(network.costs.paid_days, 2);
  EXPECT_TRUE(network.members.empty());
  EXPECT_TRUE(network.results.empty());
  EXPECT_EQ(network_parsed(network_good_with(R"(, "registration": "open")", ""))
                .meetings.at(0)
                .registration,
            MeetingRegistration::kMembers);
  EXPECT_EQ(write_network_line(network),
            R"({"slug": "v", "name": "V", "goals": "", )"
            R"("period": {"from": "2026-01-01", "until": "2026-12-31"}, "public": true, )"
            R"("leaders": [], "members": [], "meetings": [], )"
            R"("costs": {"paid_days": 2, "day_fee_cents": 0, "days": []}, "ideas": [], )"
            R"("forwarded": []})");
  const NetworkInput nulls =
      network_parsed(network_replaced(network_good_with(R"("place": "Sali")", R"("place": null)"),
                                      R"("municipality": "Joensuu")", R"("municipality": null)"));
  EXPECT_EQ(nulls.meetings.at(0).place, "");
  EXPECT_EQ(nulls.members.at(0).municipality, "");
}

TEST(NetworkJsonl, BadLinesOnePerShape) {
  struct Case {
    const char* what;
    std::string line;
    std::string reason;
  };
  const std::string quadrants = "strength, weakness, opportunity, threat, idea";
  const Case cases[] = {
      {"not JSON", "{", "not valid JSON: incomplete JSON (at column 2)"},
      {"not an object", "[]", "the line must be a JSON object"},
      {"unknown field", network_good_with(R"("goals")", R"("tavoitteet")"),
       "unknown field 'tavoitteet'"},
      {"unknown member field", network_good_with(R"("municipality": "Joensuu")", R"("kunta": "")"),
       "unknown field 'members[0].kunta'"},
      {"unknown person field", network_good_with(R"("title": "T"}]})", R"("rooli": "T"}]})"),
       "unknown field 'members[0].people[0].rooli'"},
      {"unknown costs field", network_good_with(R"("shares")", R"("osuudet")"),
       "unknown field 'costs.osuudet'"},
      {"unknown period field", network_good_with(R"("from")", R"("alku")"),
       "unknown field 'period.alku'"},
      {"slug required", network_good_with(R"("slug": "v-2026", )", ""), "field 'slug' is required"},
      {"period required",
       network_good_with(R"("period": {"from": "2026-01-01", "until": "2026-12-31"}, )", ""),
       "field 'period' is required"},
      {"period.until required", network_good_with(R"(, "until": "2026-12-31")", ""),
       "field 'period.until' is required"},
      {"period an object", network_good_with(R"("period": {)", R"("period": 1, "x": {)"),
       "field 'period' must be an object with from, until"},
      {"name a string", network_good_with(R"("name": "Verkosto")", R"("name": 1)"),
       "field 'name' must be a string"},
      {"public", network_good_with(R"("public": false)", R"("public": "no")"),
       "field 'public' must be true or false"},
      {"board", network_good_with(R"("board": "public")", R"("board": "all")"),
       "field 'board' must be one of members, public"},
      {"email null", network_good_with(R"("l@example.fi")", "null"),
       "field 'leaders[0].email' must be a string"},
      {"members a list", network_good_with(R"("members": [)", R"("members": {}, "y": [)"),
       "field 'members' must be a list of objects"},
      {"person an object", network_good_with(R"("people": [{)", R"("people": ["P", {)"),
       "field 'members[0].people[0]' must be an object with name, title"},
      {"remote", network_good_with(R"("remote": true)", R"("remote": 1)"),
       "field 'meetings[0].remote' must be true or false"},
      {"minutes", network_good_with(R"("minutes": null)", R"("minutes": 0)"),
       "field 'meetings[0].minutes' must be a string or null"},
      {"paid_days", network_good_with(R"("paid_days": 1)", R"("paid_days": 101)"),
       "field 'costs.paid_days' must be 0–100"},
      {"fee negative", network_good_with(R"("day_fee_cents": 100000)", R"("day_fee_cents": -1)"),
       "field 'costs.day_fee_cents' must be 0–100000000"},
      {"fee whole", network_good_with(R"("day_fee_cents": 100000)", R"("day_fee_cents": 1.5)"),
       "field 'costs.day_fee_cents' must be a whole number"},
      {"participants", network_good_with(R"(["A kunta", "B Oy"])", R"(["A kunta", 2])"),
       "field 'costs.days[0].participants' must be a list of strings"},
      {"share", network_good_with(R"("share": 2)", R"("share": 0)"),
       "field 'costs.shares[0].share' must be 1–1000"},
      {"quadrant", network_good_with(R"("threat")", R"("uhka")"),
       "field 'ideas[0].quadrant' must be one of " + quadrants},
      {"items", network_good_with(R"("items": [0])", R"("items": ["0"])"),
       "field 'forwarded[0].items' must be a list of whole numbers"},
      {"registration", network_good_with(R"("open")", R"("all")"),
       "field 'meetings[0].registration' must be one of members, open"},
      {"results strings", network_good_with(R"(["hyva-kaytanto", )", R"([1, )"),
       "field 'results' must be a list of strings"},
      {"forwarded an object", network_good_with(R"("forwarded": [{)", R"("forwarded": [1, {)"),
       "field 'forwarded[0]' must be an object with date, to, items, note"},
  };
  for (const Case& c : cases) {
    auto read = parse_network_line(c.line);
    ASSERT_TRUE(std::holds_alternative<std::string>(read)) << c.what;
    EXPECT_EQ(std::get<std::string>(read), c.reason) << c.what;
  }
}

TEST(NetworkJsonl, TheCostsAloneAsTheLinesCostsObject) {
  const NetworkCosts costs{.paid_days = 2,
                           .day_fee_cents = 140000,
                           .days = {{"2017-05-23", {"Puumalan kunta", "Juuan kunta"}}},
                           .shares = {{"Juuan kunta", 2}}};
  EXPECT_EQ(write_network_costs(costs),
            R"({"paid_days": 2, "day_fee_cents": 140000, "days": [{"date": "2017-05-23", )"
            R"("participants": ["Puumalan kunta", "Juuan kunta"]}], "shares": [{"organisation": )"
            R"("Juuan kunta", "share": 2}]})");
  EXPECT_EQ(write_network_costs({}), R"({"paid_days": 2, "day_fee_cents": 0, "days": []})");
}

TEST(NetworkJsonl, TheCostsObjectIsReadBack) {
  const NetworkCosts costs{.paid_days = 1,
                           .day_fee_cents = 99,
                           .days = {{"2017-05-23", {"A", "B"}}, {"2017-06-01", {}}},
                           .shares = {{"B", 3}}};
  const auto read = parse_network_costs(write_network_costs(costs));
  ASSERT_TRUE(std::holds_alternative<NetworkCosts>(read));
  EXPECT_EQ(std::get<NetworkCosts>(read), costs);
  const std::pair<const char*, const char*> bad[] = {
      {"{}", "field 'paid_days' is required"},
      {"[]", "field 'costs' must be an object with paid_days, day_fee_cents, days"},
      {"not json", "not valid JSON: syntax error (at column 1)"},
      {R"({"paid_days": "2", "day_fee_cents": 0, "days": []})",
       "field 'costs.paid_days' must be a whole number"},
      {R"({"paid_days": 2, "day_fee_cents": 0})", "field 'days' is required"},
      {R"({"paid_days": 2, "day_fee_cents": 0, "days": [{}]})", "field 'days[0].date' is required"},
  };
  for (const auto& [json, reason] : bad) {
    const auto refused = parse_network_costs(json);
    ASSERT_TRUE(std::holds_alternative<std::string>(refused)) << json;
    EXPECT_EQ(std::get<std::string>(refused), reason) << json;
  }
}

}  // namespace
}  // namespace tori::core

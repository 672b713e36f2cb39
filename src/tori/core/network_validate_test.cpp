// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of validate_network_input: a valid network, a row per rule naming its field, the order
// of the errors, and each limit at its edge.
#include <gtest/gtest.h>

#include "tori/core/network.hpp"

namespace tori::core {
namespace {

NetworkInput valid_network() {
  NetworkInput input;
  input.slug = "nuoret-kuntatyossa";
  input.name = "Nuoret kuntatyössä";
  input.goals = "## Tavoitteet\n\n- Nuorten ääni kuuluviin.\n";
  input.period_from = "2024-02-01";
  input.period_until = "2027-12-31";
  input.leaders = {{"Aino Leinonen", "verkoston vetäjä", "Uudistamo Oy", "aino@example.fi"},
                   {"Jere Kallioniemi", "ohjelmapäällikkö", "Kuntatyön kehittämisohjelma"}};
  input.members = {{"Joensuun kaupunki", "Joensuu", {{"Mika Rantanen", "nuoriso-ohjaaja"}}},
                   {"Kontiolahden kunta", "Kontiolahti", {{"Sari Virta", ""}}},
                   {"Outokummun kaupunki", "Outokumpu", {}},
                   {"Kuntapalvelu Kaislikko Oy", "", {}}};
  input.meetings = {
      {.date = "2024-03-12",
       .place = "Kokoustila Linja, Helsinki",
       .remote = true,
       .agenda = "## Asialista\n\n1. Avaus",
       .minutes = "## Muistio",
       .event = "ev-019"},
      {.date = "2026-12-09", .place = "", .remote = true, .agenda = "", .minutes = ""}};
  input.costs = {
      .paid_days = 2,
      .day_fee_cents = 120000,
      .days = {{"2024-03-12", {"Joensuun kaupunki", "Kontiolahden kunta"}},
               {"2024-05-14", {"Joensuun kaupunki", "Kontiolahden kunta", "Outokummun kaupunki"}},
               {"2024-09-10", {"Outokummun kaupunki", "Joensuun kaupunki"}}},
      .shares = {{"Joensuun kaupunki", 2}}};
  input.ideas = {{IdeaQuadrant::kStrength, "Innostus", "Mika Rantanen"},
                 {IdeaQuadrant::kThreat, "Kiire", "Sari Virta"},
                 {IdeaQuadrant::kIdea, "Mentorit", ""}};
  input.forwarded = {{"2024-10-01", "Kunta-alan kehittämisjaos", {0, 2}, "Kaksi ideaa."}};
  return input;
}

TEST(NetworkValidate, ValidInputHasNoErrors) {
  EXPECT_EQ(validate_network_input(valid_network()), std::vector<FieldError>{});
  NetworkInput bare;
  bare.slug = "v";
  bare.name = "V";
  bare.period_from = bare.period_until = "2026-01-01";  // one day
  EXPECT_EQ(validate_network_input(bare), std::vector<FieldError>{});
}

TEST(NetworkValidate, EachRuleReportsItsField) {
  struct Case {
    const char* what;
    void (*change)(NetworkInput&);
    const char* field;
  };
  const Case cases[] = {
      {"slug with a capital", [](NetworkInput& n) { n.slug = "Nuoret"; }, "slug"},
      {"result not a slug", [](NetworkInput& n) { n.results = {"Hyvä käytäntö"}; }, "results[0]"},
      {"result twice",
       [](NetworkInput& n) {
         n.results = {"a", "b", "a"};
       },
       "results[2]"},
      {"result empty", [](NetworkInput& n) { n.results = {""}; }, "results[0]"},
      {"slug starting with -", [](NetworkInput& n) { n.slug = "-nuoret"; }, "slug"},
      {"slug with ä", [](NetworkInput& n) { n.slug = "nuoret-kuntatyössä"; }, "slug"},
      {"no name", [](NetworkInput& n) { n.name.clear(); }, "name"},
      {"name on two lines", [](NetworkInput& n) { n.name = "Nuoret\nkuntatyössä"; }, "name"},
      {"goals not UTF-8", [](NetworkInput& n) { n.goals = "\xC3"; }, "goals"},
      {"no such day", [](NetworkInput& n) { n.period_from = "2024-02-30"; }, "period.from"},
      {"until missing", [](NetworkInput& n) { n.period_until.clear(); }, "period.until"},
      {"until before from", [](NetworkInput& n) { n.period_until = "2024-01-31"; }, "period.until"},
      {"leader unnamed", [](NetworkInput& n) { n.leaders[1].name.clear(); }, "leaders[1].name"},
      {"leader e-mail", [](NetworkInput& n) { n.leaders[0].email = "aino"; }, "leaders[0].email"},
      {"member unnamed", [](NetworkInput& n) { n.members[3].organisation.clear(); },
       "members[3].organisation"},
      {"member twice ignoring case",
       [](NetworkInput& n) { n.members[3].organisation = "JOENSUUN Kaupunki"; },
       "members[3].organisation"},
      {"municipality on two lines", [](NetworkInput& n) { n.members[3].municipality = "A\nB"; },
       "members[3].municipality"},
      {"person unnamed", [](NetworkInput& n) { n.members[1].people[0].name.clear(); },
       "members[1].people[0].name"},
      {"meeting date", [](NetworkInput& n) { n.meetings[1].date = "9.12.2026"; },
       "meetings[1].date"},
      {"paid days negative", [](NetworkInput& n) { n.costs.paid_days = -1; }, "costs.paid_days"},
      {"fee negative", [](NetworkInput& n) { n.costs.day_fee_cents = -1; }, "costs.day_fee_cents"},
      {"day not a date", [](NetworkInput& n) { n.costs.days[2].date = "2024-13-01"; },
       "costs.days[2].date"},
      {"day twice", [](NetworkInput& n) { n.costs.days[2].date = "2024-03-12"; },
       "costs.days[2].date"},
      {"participant not a member",
       [](NetworkInput& n) { n.costs.days[1].participants[2] = "Liperin kunta"; },
       "costs.days[1].participants[2]"},
      {"participant not exactly as written",
       [](NetworkInput& n) { n.costs.days[0].participants[0] = "joensuun kaupunki"; },
       "costs.days[0].participants[0]"},
      {"participant twice a day",
       [](NetworkInput& n) { n.costs.days[0].participants[1] = "Joensuun kaupunki"; },
       "costs.days[0].participants[1]"},
      {"share of a stranger", [](NetworkInput& n) { n.costs.shares[0].organisation = "Liperi"; },
       "costs.shares[0].organisation"},
      {"two shares",
       [](NetworkInput& n) {
         n.costs.shares.push_back({"Joensuun kaupunki", 3});
       },
       "costs.shares[1].organisation"},
      {"share zero", [](NetworkInput& n) { n.costs.shares[0].share = 0; }, "costs.shares[0].share"},
      {"idea without text", [](NetworkInput& n) { n.ideas[1].text.clear(); }, "ideas[1].text"},
      {"forward date", [](NetworkInput& n) { n.forwarded[0].date = "2024-10"; },
       "forwarded[0].date"},
      {"forward to nobody", [](NetworkInput& n) { n.forwarded[0].to.clear(); }, "forwarded[0].to"},
      {"nothing forwarded", [](NetworkInput& n) { n.forwarded[0].items.clear(); },
       "forwarded[0].items"},
      {"no such idea", [](NetworkInput& n) { n.forwarded[0].items[1] = 3; },
       "forwarded[0].items[1]"},
      {"negative index", [](NetworkInput& n) { n.forwarded[0].items[0] = -1; },
       "forwarded[0].items[0]"},
      {"idea forwarded twice",
       [](NetworkInput& n) {
         n.forwarded[0].items = {2, 0, 2};
       },
       "forwarded[0].items[2]"},
  };
  for (const Case& c : cases) {
    NetworkInput input = valid_network();
    c.change(input);
    const auto errors = validate_network_input(input);
    ASSERT_EQ(errors.size(), 1U) << c.what;
    EXPECT_EQ(errors[0].field, c.field) << c.what << ": " << errors[0].message;
  }
}

TEST(NetworkValidate, EveryBrokenRuleInFieldOrder) {
  NetworkInput input = valid_network();
  input.forwarded[0].to.clear();
  input.ideas[0].text.clear();
  input.costs.day_fee_cents = kMaxDayFeeCents + 1;
  input.members[2].organisation = "outokummun kaupunki";  // no longer the participants' name
  input.name.clear();
  std::vector<std::string> fields;
  for (const FieldError& error : validate_network_input(input))
    fields.push_back(error.field);
  EXPECT_EQ(fields, (std::vector<std::string>{
                        "name", "costs.day_fee_cents", "costs.days[1].participants[2]",
                        "costs.days[2].participants[0]", "ideas[0].text", "forwarded[0].to"}));
}

// A distinct real date for each i (up to 28 × 100 of them).
std::string network_test_date(std::size_t i) {
  const std::size_t day = 1 + i % 28;
  return std::to_string(2030 + i / 28) + "-01-" + (day < 10 ? "0" : "") + std::to_string(day);
}

template <class T>
void network_grow(std::vector<T>& items, std::size_t n) {
  items.resize(n, items.front());
}

TEST(NetworkValidate, LimitsAtTheirEdges) {
  struct Case {
    const char* field;
    std::size_t max;
    void (*set)(NetworkInput&, std::size_t);  // to n characters, items or units
  };
  const Case cases[] = {
      {"slug", kMaxNetworkSlugLength,
       [](NetworkInput& n, std::size_t k) { n.slug.assign(k, 's'); }},
      {"name", kMaxNetworkNameLength,
       [](NetworkInput& n, std::size_t k) {
         n.name.clear();
         for (std::size_t i = 0; i < k; ++i)
           n.name += "ä";  // code points, not bytes
       }},
      {"goals", kMaxNetworkGoalsLength,
       [](NetworkInput& n, std::size_t k) { n.goals.assign(k, 'g'); }},
      {"leaders", kMaxNetworkLeaders,
       [](NetworkInput& n, std::size_t k) { network_grow(n.leaders, k); }},
      {"members", kMaxNetworkMembers,
       [](NetworkInput& n, std::size_t k) {
         while (n.members.size() < k)
           n.members.push_back({"Jäsen " + std::to_string(n.members.size()), "", {}});
       }},
      {"members[0].people", kMaxAppointedPeople,
       [](NetworkInput& n, std::size_t k) { network_grow(n.members[0].people, k); }},
      {"meetings", kMaxNetworkMeetings,
       [](NetworkInput& n, std::size_t k) { network_grow(n.meetings, k); }},
      {"results", kMaxNetworkResults,
       [](NetworkInput& n, std::size_t k) {
         n.results.clear();
         for (std::size_t i = 0; i < k; ++i)
           n.results.push_back("tulos-" + std::to_string(i));
       }},
      {"meetings[0].place", 500,
       [](NetworkInput& n, std::size_t k) { n.meetings[0].place.assign(k, 'p'); }},
      {"meetings[0].agenda", kMaxMeetingTextLength,
       [](NetworkInput& n, std::size_t k) { n.meetings[0].agenda.assign(k, 'a'); }},
      {"meetings[1].minutes", kMaxMeetingTextLength,
       [](NetworkInput& n, std::size_t k) { n.meetings[1].minutes.assign(k, 'm'); }},
      {"costs.paid_days", kMaxPaidDays,
       [](NetworkInput& n, std::size_t k) { n.costs.paid_days = static_cast<int>(k); }},
      {"costs.day_fee_cents", kMaxDayFeeCents,
       [](NetworkInput& n, std::size_t k) {
         n.costs.day_fee_cents = static_cast<std::int64_t>(k);
       }},
      {"costs.days", kMaxExpertDays,
       [](NetworkInput& n, std::size_t k) {
         while (n.costs.days.size() < k)
           n.costs.days.push_back({network_test_date(n.costs.days.size()), {}});
       }},
      {"costs.shares[0].share", kMaxCostShare,
       [](NetworkInput& n, std::size_t k) { n.costs.shares[0].share = static_cast<int>(k); }},
      {"ideas", kMaxIdeas, [](NetworkInput& n, std::size_t k) { network_grow(n.ideas, k); }},
      {"ideas[2].text", kMaxIdeaLength,
       [](NetworkInput& n, std::size_t k) { n.ideas[2].text.assign(k, 'i'); }},
      {"forwarded", kMaxForwards,
       [](NetworkInput& n, std::size_t k) { network_grow(n.forwarded, k); }},
      {"forwarded[0].note", 5000,
       [](NetworkInput& n, std::size_t k) { n.forwarded[0].note.assign(k, 'n'); }},
  };
  for (const Case& c : cases) {
    NetworkInput input = valid_network();
    c.set(input, c.max);
    EXPECT_EQ(validate_network_input(input), std::vector<FieldError>{}) << c.field << " at max";
    c.set(input, c.max + 1);
    const auto errors = validate_network_input(input);
    ASSERT_EQ(errors.size(), 1U) << c.field << " above max";
    EXPECT_EQ(errors[0].field, c.field) << errors[0].message;
  }
  NetworkInput none = valid_network();
  none.costs.paid_days = 0;
  none.costs.day_fee_cents = 0;
  none.costs.shares[0].share = 1;
  EXPECT_EQ(validate_network_input(none), std::vector<FieldError>{});
}

}  // namespace
}  // namespace tori::core

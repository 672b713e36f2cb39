// SPDX-License-Identifier: AGPL-3.0-or-later
// Networks for the web tests: a running one with a meeting ahead, an ended one, an unlisted one.
#pragma once

#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "tori/core/network.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"

namespace tori::web::network_testing {

// The Helsinki date `days` from today.
inline std::string day_from_today(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() +
                                                                       std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

// "nuoret" (running, a meeting 30 days ahead, a public board with a forward), "monipuolistajat"
// (ended in 2018, a members' board) and "piilossa" (not listed).
inline void save_test_networks(store::Store& store) {
  core::NetworkInput running;
  running.slug = "nuoret";
  running.name = "Nuoret kuntatyössä";
  running.goals = "Nuoret **kehittävät** kuntatyötä.";
  running.period_from = "2024-02-01";
  running.period_until = day_from_today(400);
  running.board = core::BoardVisibility::kPublic;
  running.leaders = {
      {"Minna Aaltokari", "asiantuntija", "Kuntatyön kehittämisohjelma", "minna@example.fi"}};
  running.members = {{"Oulun kaupunki", "Oulu", {{"Aleksi Honkanen", "nuoriso-ohjaaja"}}},
                     {"Kuopion kaupunki", "Kuopio", {}}};
  running.meetings = {{"2024-02-20", "Helsinki ja etäyhteys", true, "1. Avaus", "Muistio."},
                      {day_from_today(30), "Tampere", false, "1. Kuulumiset", ""}};
  running.costs = {.paid_days = 2,
                   .day_fee_cents = 98000,
                   .days = {{"2024-02-20", {"Oulun kaupunki", "Kuopion kaupunki"}}}};
  running.ideas = {{core::IdeaQuadrant::kStrength, "Työ on merkityksellistä.", "Aleksi Honkanen"},
                   {core::IdeaQuadrant::kIdea, "Mentori toisesta yksiköstä.", "Aleksi Honkanen"}};
  running.forwarded = {{"2024-11-13", "Kunta-alan kehittämisjaos", {1}, "Syksyn ehdotukset."}};
  core::NetworkInput ended;
  ended.slug = "monipuolistajat";
  ended.name = "Työn monipuolistajat";
  ended.goals = "Monipuolinen työ.";
  ended.period_from = "2017-05-01";
  ended.period_until = "2018-12-31";
  ended.members = {{"Puumalan kunta", "Puumala", {}}};
  ended.meetings = {{"2017-05-23", "Puumala", false, "Agenda", "Muistio"}};
  ended.ideas = {{core::IdeaQuadrant::kThreat, "Salainen uhka.", "Hannu Rissanen"}};
  core::NetworkInput hidden = ended;
  hidden.slug = "piilossa";
  hidden.name = "Piilotettu verkosto";
  hidden.listed = false;
  for (const core::NetworkInput& input : {running, ended, hidden}) {
    const auto errors = core::validate_network_input(input);
    ASSERT_TRUE(errors.empty()) << errors.front().field << ": " << errors.front().message;
    ASSERT_EQ(store.networks().save(input, {}, store::utc_now()).outcome,
              store::NetworkSaveOutcome::kCreated);
  }
}

}  // namespace tori::web::network_testing

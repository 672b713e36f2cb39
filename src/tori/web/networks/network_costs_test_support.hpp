// SPDX-License-Identifier: AGPL-3.0-or-later
// For the costs pages' tests only: a network whose 1 400 € day fee is split six ways, and the
// people around it (its leader, an editor, a member of a member organisation, a member of another
// organisation), over the routes of the pages and the log-in.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "tori/core/network.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web::network_testing {

// "jaetut": six members; two days the programme pays, then 12.9.2024 with all six (233,34 € for
// the first two slugs, ilomantsin-kunta and joensuun-kaupunki; 233,33 € for the others) and
// 14.11.2024 with Joensuu and Liperi (700,00 € each). Led by kirsi@example.fi.
inline core::NetworkInput shared_costs_network() {
  core::NetworkInput input;
  input.slug = "jaetut";
  input.name = "Jaetut kustannukset";
  input.goals = "Yhteinen asiantuntija.";
  input.period_from = "2024-01-01";
  input.period_until = "2025-12-31";
  input.leaders = {{"Kirsi Vetäjä", "vetäjä", "Uudistamo Oy", "kirsi@example.fi"}};
  const std::vector<std::string> all = {"Joensuun kaupunki", "Kontiolahden kunta",
                                        "Liperin kunta",     "Outokummun kaupunki",
                                        "Polvijärven kunta", "Ilomantsin kunta"};
  for (const std::string& name : all)
    input.members.push_back({name, "", {}});
  input.costs = {.paid_days = 2,
                 .day_fee_cents = 140000,
                 .days = {{"2024-02-20", all},
                          {"2024-05-16", all},
                          {"2024-09-12", all},
                          {"2024-11-14", {"Joensuun kaupunki", "Liperin kunta"}}}};
  return input;
}

// The site with its pages and log-in, "jaetut" stored, and its people.
class CostsSite {
 public:
  CostsSite() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    store::Store& store = site_.store();
    const core::NetworkInput input = shared_costs_network();
    const auto errors = core::validate_network_input(input);
    EXPECT_TRUE(errors.empty()) << errors.front().field << ": " << errors.front().message;
    network_id_ = store.networks().save(input, {}, store::utc_now()).id;
    test_support::add_person(store, "kirsi@example.fi");
    test_support::add_person(store, "toimittaja@tori.fi", {core::Role::kEditor}, true);
    const auto joensuu = store.organisations().find_by_slug("joensuun-kaupunki");
    test_support::approve_membership(store, test_support::add_person(store, "jasen@joensuu.fi"),
                                     joensuu->id);
    const std::int64_t espoo = test_support::seed_organisation(store, "Espoon kaupunki");
    test_support::approve_membership(store, test_support::add_person(store, "muu@espoo.fi"), espoo);
  }
  CostsSite(const CostsSite&) = delete;
  CostsSite& operator=(const CostsSite&) = delete;

  [[nodiscard]] const http::Router& router() const { return router_; }
  [[nodiscard]] store::Store& store() { return site_.store(); }
  [[nodiscard]] std::int64_t network_id() const { return network_id_; }
  [[nodiscard]] store::Network network() { return *store().networks().find_by_slug("jaetut"); }

 private:
  test_support::TestSite site_;
  http::Router router_;
  std::int64_t network_id_ = 0;
};

}  // namespace tori::web::network_testing

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' organisation changes on SQLite: create (slug from the name, duplicates
// refused), edit (the slug stays), and merge (practices, adoptions and memberships move, the
// duplicate goes), each with its audit entry and change-log rows.
#include "tori/store/sqlite/organisation_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeStoreTest;
using ::testing::ElementsAre;

const UtcTime kOrganisationsNow = utc_now();

AuditEntry organisation_audit(std::string action) {
  return {.actor = "editor@example.fi", .action = std::move(action), .object_type = "organisation"};
}

class OrganisationAdminTest : public PracticeStoreTest {
 protected:
  OrganisationStore& organisations() { return store_->organisations(); }
  std::vector<std::string> organisation_slugs(std::string_view practice) {
    std::vector<std::string> slugs;
    const core::Practice stored = *practices().find_by_external_id(practice);
    for (const core::Named& named : stored.organisations)
      slugs.push_back(named.slug);
    return slugs;
  }
  std::int64_t account(std::string email) {
    return *store_->accounts().create({.email = std::move(email)}, std::nullopt, {},
                                      kOrganisationsNow);
  }
  std::int64_t id_of(std::string_view slug) { return organisations().find_by_slug(slug)->id; }
};
INSTANTIATE_BACKENDS(OrganisationAdminTest);

TEST_P(OrganisationAdminTest, CreateMakesASlugAndRefusesTakenNames) {
  (void)saved(make_write("a", "A"));  // Kontiolahden kunta
  struct Case {
    const char* name;
    AdminOutcome outcome;
    const char* slug;
  };
  const Case cases[] = {
      {"Joensuun kaupunki", AdminOutcome::kDone, "joensuun-kaupunki"},
      {" JOENSUUN  kaupunki", AdminOutcome::kDuplicate, ""},
      {"Kontiolahden kunta", AdminOutcome::kDuplicate, ""},
      {"Joensuun kaupunki!", AdminOutcome::kDone, "joensuun-kaupunki-2"},  // another name
      {"", AdminOutcome::kInvalid, ""},
      {"Haku", AdminOutcome::kDone, "haku-2"},  // reserved for /organisaatiot/haku
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const AdminResult result = organisations().create(
        {c.name, core::OrganisationType::kCity, core::MunicipalityRef{"167", "Joensuu"}},
        organisation_audit("organisation.create"), kOrganisationsNow);
    EXPECT_EQ(result.outcome, c.outcome);
    EXPECT_EQ(result.slug, c.slug);
  }
  const std::optional<core::Organisation> created =
      organisations().find_by_slug("joensuun-kaupunki");
  ASSERT_TRUE(created.has_value());
  EXPECT_EQ(created->type, core::OrganisationType::kCity);
  EXPECT_EQ(created->municipality, (core::MunicipalityRef{"167", "Joensuu"}));
  EXPECT_EQ(store_->audit_log().newest(10, 0).size(), 3u);
  EXPECT_EQ(store_->change_log().read_after(0, 100).back().object_type, "organisation");
}

TEST_P(OrganisationAdminTest, UpdateKeepsTheSlugAndLogsPracticesWhenTheNameChanges) {
  const std::int64_t practice = saved(make_write("a", "A")).id;
  (void)saved([] {
    PracticeWrite write = make_write("b", "B");
    write.input.organisations = {"Liperin kunta"};
    return write;
  }());
  const OrganisationWrite renamed{"Kontiolahden kunta (KTL)", core::OrganisationType::kMunicipality,
                                  core::MunicipalityRef{"276", "Kontiolahti"}};
  const std::int64_t position = store_->change_log().last_position();
  EXPECT_EQ(organisations().update("kontiolahden-kunta", renamed, organisation_audit("e"),
                                   kOrganisationsNow),
            AdminOutcome::kDone);
  std::vector<std::string> changes;
  for (const Change& change : store_->change_log().read_after(position, 100))
    changes.push_back(change.object_type + " " + std::to_string(change.object_id));
  EXPECT_THAT(changes, ElementsAre("organisation " + std::to_string(id_of("kontiolahden-kunta")),
                                   "practice " + std::to_string(practice)));
  EXPECT_EQ(practices().find_by_external_id("a")->organisations.at(0).name,
            "Kontiolahden kunta (KTL)");
  struct Case {
    const char* slug;
    OrganisationWrite write;
    AdminOutcome outcome;
  };
  const Case cases[] = {
      {"kontiolahden-kunta", renamed, AdminOutcome::kUnchanged},
      {"kontiolahden-kunta",
       {"liperin KUNTA", core::OrganisationType::kOther, {}},
       AdminOutcome::kDuplicate},
      {"kontiolahden-kunta", {"  ", core::OrganisationType::kOther, {}}, AdminOutcome::kInvalid},
      {"ei-ole", {"Ei ole", core::OrganisationType::kOther, {}}, AdminOutcome::kNotFound},
      {"kontiolahden-kunta",
       {"Kontiolahden kunta (KTL)", core::OrganisationType::kOther, {}},
       AdminOutcome::kDone},  // type and home only
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.write.name);
    EXPECT_EQ(organisations().update(c.slug, c.write, organisation_audit("e"), kOrganisationsNow),
              c.outcome);
  }
  const core::Organisation edited = *organisations().find_by_slug("kontiolahden-kunta");
  EXPECT_EQ(edited.type, core::OrganisationType::kOther);
  EXPECT_FALSE(edited.municipality.has_value());
}

TEST_P(OrganisationAdminTest, MergeMovesPracticesAdoptionsAndMemberships) {
  PracticeWrite only_duplicate = make_write("a", "A");
  only_duplicate.input.organisations = {"Liperin kunta", "Tampere"};
  PracticeWrite both = make_write("b", "B");
  both.input.organisations = {"Tampere", "Tampereen kaupunki"};
  PracticeWrite other = make_write("c", "C");
  other.input.organisations = {"Liperin kunta"};
  const std::int64_t a = saved(only_duplicate).id;
  const std::int64_t b = saved(both).id;
  const std::int64_t c = saved(other).id;
  const std::int64_t duplicate = id_of("tampere");
  const std::int64_t kept = id_of("tampereen-kaupunki");
  const Actor actor{.label = "Editor"};
  ASSERT_TRUE(store_->submissions().adopt(c, duplicate, actor, "", kOrganisationsNow));
  // Memberships: approved admin of the duplicate vs pending at the kept one; pending vs none;
  // declined at the duplicate vs approved member at the kept one.
  const std::int64_t maija = account("maija@example.fi");
  const std::int64_t pekka = account("pekka@example.fi");
  const std::int64_t liisa = account("liisa@example.fi");
  MembershipStore& memberships = store_->memberships();
  for (auto [person, organisation] : {std::pair{maija, duplicate},
                                      {maija, kept},
                                      {pekka, duplicate},
                                      {liisa, duplicate},
                                      {liisa, kept}})
    (void)memberships.request(person, organisation, "", kOrganisationsNow);
  ASSERT_TRUE(
      memberships.decide(maija, duplicate, true, organisation_audit("a"), kOrganisationsNow));
  ASSERT_TRUE(memberships.set_role(maija, duplicate, core::MembershipRole::kAdmin,
                                   organisation_audit("a"), kOrganisationsNow));
  ASSERT_TRUE(
      memberships.decide(liisa, duplicate, false, organisation_audit("a"), kOrganisationsNow));
  ASSERT_TRUE(memberships.decide(liisa, kept, true, organisation_audit("a"), kOrganisationsNow));
  const std::int64_t position = store_->change_log().last_position();

  EXPECT_EQ(organisations().merge("tampere", "tampereen-kaupunki", organisation_audit("m"),
                                  kOrganisationsNow),
            AdminOutcome::kDone);
  EXPECT_FALSE(organisations().find_by_slug("tampere").has_value());
  EXPECT_THAT(organisation_slugs("a"), ElementsAre("liperin-kunta", "tampereen-kaupunki"));
  EXPECT_THAT(organisation_slugs("b"), ElementsAre("tampereen-kaupunki"));
  const std::vector<Adoption> adoptions = store_->submissions().adoptions(c);
  ASSERT_EQ(adoptions.size(), 1u);
  EXPECT_EQ(adoptions[0].organisation_slug, "tampereen-kaupunki");
  struct Expected {
    std::int64_t person;
    core::MembershipState state;
    core::MembershipRole role;
  };
  for (const Expected& e :
       {Expected{maija, core::MembershipState::kApproved, core::MembershipRole::kAdmin},
        Expected{pekka, core::MembershipState::kPending, core::MembershipRole::kMember},
        Expected{liisa, core::MembershipState::kApproved, core::MembershipRole::kMember}}) {
    SCOPED_TRACE(e.person);
    const std::vector<core::Membership> mine = memberships.of_account(e.person);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].organisation_id, kept);
    EXPECT_EQ(mine[0].state, e.state);
    EXPECT_EQ(mine[0].role, e.role);
  }
  std::vector<std::string> changes;
  for (const Change& change : store_->change_log().read_after(position, 100))
    changes.push_back(change.object_type + " " + std::to_string(change.object_id) + " " +
                      std::string{to_string(change.action)});
  const auto practice = [](std::int64_t id) {
    return "practice " + std::to_string(id) + " updated";
  };
  EXPECT_THAT(changes, ElementsAre("organisation " + std::to_string(duplicate) + " deleted",
                                   "organisation " + std::to_string(kept) + " updated", practice(a),
                                   practice(b), practice(c)));
  EXPECT_EQ(organisations().merge("tampereen-kaupunki", "tampereen-kaupunki",
                                  organisation_audit("m"), kOrganisationsNow),
            AdminOutcome::kSame);
  EXPECT_EQ(organisations().merge("tampere", "tampereen-kaupunki", organisation_audit("m"),
                                  kOrganisationsNow),
            AdminOutcome::kNotFound);
}

}  // namespace
}  // namespace tori::store

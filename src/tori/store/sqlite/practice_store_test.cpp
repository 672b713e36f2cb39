// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of saving practices on SQLite: created/updated/unchanged and revisions, the change log,
// organisations and terms by name, refused writes that leave nothing behind, find, export.
#include "tori/store/sqlite/practice_store.hpp"

#include <functional>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeGenerator;
using practice_testing::PracticeStoreTest;

INSTANTIATE_BACKENDS(PracticeStoreTest);
using practice_testing::utc;
using ::testing::ElementsAre;

// The change log as (object id, action) pairs.
std::vector<std::pair<std::int64_t, ChangeAction>> changes_of(Store& store) {
  std::vector<std::pair<std::int64_t, ChangeAction>> changes;
  for (const Change& change : store.change_log().read_after(0, 1000)) {
    EXPECT_EQ(change.object_type, "practice");
    changes.emplace_back(change.object_id, change.action);
  }
  return changes;
}

TEST_P(PracticeStoreTest, CreatesThenLeavesUnchangedThenUpdates) {
  PracticeWrite write = make_write("ho-001", "Etätyön pelisäännöt yhdessä sovittuina");
  const WriteResult created = saved(write);
  EXPECT_EQ(created.outcome, WriteOutcome::kCreated);
  EXPECT_EQ(created.slug, "etatyon-pelisaannot-yhdessa-sovittuina");
  const std::optional<core::Practice> first = practices().find_by_external_id("ho-001");
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->id, created.id);
  EXPECT_EQ(first->revision, 1);

  const WriteResult again = saved(write);
  EXPECT_EQ(again.outcome, WriteOutcome::kUnchanged);
  EXPECT_EQ(again.id, created.id);
  EXPECT_EQ(again.slug, created.slug);
  EXPECT_EQ(practices().find_by_external_id("ho-001")->revision, 1);

  write.input.summary = "Toinen yhteenveto.";
  const WriteResult updated = saved(write);
  EXPECT_EQ(updated.outcome, WriteOutcome::kUpdated);
  EXPECT_EQ(updated.id, created.id);
  const std::optional<core::Practice> third = practices().find_by_external_id("ho-001");
  EXPECT_EQ(third->revision, 2);
  EXPECT_EQ(third->summary, "Toinen yhteenveto.");
  EXPECT_EQ(third->created_at, first->created_at);
  EXPECT_GE(third->updated_at, first->updated_at);
  EXPECT_EQ(third->published_at, write.input.published_at);
  EXPECT_THAT(changes_of(*store_), ElementsAre(std::pair{created.id, ChangeAction::kCreated},
                                               std::pair{created.id, ChangeAction::kUpdated}));
}

// One change to a saved write and what saving it again should give.
struct FieldChange {
  const char* name;
  std::function<void(PracticeWrite&)> change;
  WriteOutcome expected;
};

// Every stored field, and names and labels that differ only in case (which are no change).
std::vector<FieldChange> field_changes() {
  return {
      {"title", [](PracticeWrite& w) { w.input.title = "Toinen otsikko"; }, WriteOutcome::kUpdated},
      {"slug given", [](PracticeWrite& w) { w.input.slug = "oma-osoite"; }, WriteOutcome::kUpdated},
      {"state", [](PracticeWrite& w) { w.input.state = core::PracticeState::kArchived; },
       WriteOutcome::kUpdated},
      {"organisation added",
       [](PracticeWrite& w) { w.input.organisations.push_back("Tampereen kaupunki"); },
       WriteOutcome::kUpdated},
      {"organisation case",
       [](PracticeWrite& w) { w.input.organisations = {"KONTIOLAHDEN KUNTA"}; },
       WriteOutcome::kUnchanged},
      {"municipality",
       [](PracticeWrite& w) {
         w.municipality = {{"276", "Kontiolahti"}};
       },
       WriteOutcome::kUpdated},
      {"region",
       [](PracticeWrite& w) {
         w.region = {{"pirkanmaa", "Pirkanmaa"}};
       },
       WriteOutcome::kUpdated},
      {"theme added", [](PracticeWrite& w) { w.input.themes.push_back("johtaminen"); },
       WriteOutcome::kUpdated},
      {"theme case", [](PracticeWrite& w) { w.input.themes = {"TYÖHYVINVOINTI"}; },
       WriteOutcome::kUnchanged},
      {"sector", [](PracticeWrite& w) { w.input.sectors = {"hallinto"}; }, WriteOutcome::kUpdated},
      {"client group", [](PracticeWrite& w) { w.input.client_groups = {"henkilöstö"}; },
       WriteOutcome::kUpdated},
      {"maturity", [](PracticeWrite& w) { w.input.maturity = core::Maturity::kPilot; },
       WriteOutcome::kUpdated},
      {"started", [](PracticeWrite& w) { w.input.started = "2021-03"; }, WriteOutcome::kUpdated},
      {"last section", [](PracticeWrite& w) { w.input.sections[6] = "Opit."; },
       WriteOutcome::kUpdated},
      {"keywords", [](PracticeWrite& w) { w.input.keywords = {"etätyö"}; }, WriteOutcome::kUpdated},
      {"contact", [](PracticeWrite& w) { w.input.contact.email = "a@example.fi"; },
       WriteOutcome::kUpdated},
      {"links",
       [](PracticeWrite& w) {
         w.input.links = {{"Sivu", "https://example.fi"}};
       },
       WriteOutcome::kUpdated},
      {"language", [](PracticeWrite& w) { w.input.language = core::ContentLanguage::kSv; },
       WriteOutcome::kUpdated},
      {"published_at", [](PracticeWrite& w) { w.input.published_at = utc(2022, 1, 1); },
       WriteOutcome::kUpdated},
      {"nothing", [](PracticeWrite&) {}, WriteOutcome::kUnchanged},
  };
}

// Every stored field takes part in the comparison: changing it is an update; matching names
// and labels differently cased is not.
TEST_P(PracticeStoreTest, EachFieldChangeIsAnUpdate) {
  int number = 0;
  for (const FieldChange& c : field_changes()) {
    SCOPED_TRACE(c.name);
    PracticeWrite write = make_write("field-" + std::to_string(++number), "Kenttä");
    (void)saved(write);
    c.change(write);
    EXPECT_EQ(saved(write).outcome, c.expected);
    EXPECT_EQ(saved(write).outcome, WriteOutcome::kUnchanged);  // idempotent after the change
    const int revisions = c.expected == WriteOutcome::kUpdated ? 2 : 1;
    EXPECT_EQ(practices().find_by_external_id(write.input.external_id)->revision, revisions);
  }
}

TEST_P(PracticeStoreTest, ResavingABatchChangesNothing) {
  PracticeGenerator generator{7};
  std::vector<PracticeWrite> batch;
  for (int i = 0; i < 30; ++i)
    batch.push_back(generator.next(i));
  for (const SaveResult& result : practices().save_many(batch))
    EXPECT_EQ(std::get<WriteResult>(result).outcome, WriteOutcome::kCreated);
  const std::int64_t position = store_->change_log().last_position();
  for (const SaveResult& result : practices().save_many(batch))
    EXPECT_EQ(std::get<WriteResult>(result).outcome, WriteOutcome::kUnchanged);
  for (const PracticeWrite& write : batch)
    EXPECT_EQ(saved(write).outcome, WriteOutcome::kUnchanged);
  EXPECT_EQ(store_->change_log().last_position(), position);
  EXPECT_EQ(position, 30);
}

TEST_P(PracticeStoreTest, UnknownTermIsRefusedAndWritesNothing) {
  PracticeWrite write = make_write("ho-1", "Otsikko");
  write.input.organisations = {"Aivan Uusi Organisaatio"};
  const struct {
    const char* name;
    std::vector<std::string> core::PracticeInput::*field;
    WriteError expected;
  } cases[] = {
      {"theme", &core::PracticeInput::themes, {"themes", "unknown theme 'avaruus'"}},
      {"sector", &core::PracticeInput::sectors, {"sectors", "unknown sector 'avaruus'"}},
      {"client group",
       &core::PracticeInput::client_groups,
       {"client_groups", "unknown client group 'avaruus'"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    PracticeWrite bad = write;
    (bad.input.*c.field).push_back("avaruus");
    const SaveResult result = practices().save(bad);
    ASSERT_TRUE(std::holds_alternative<WriteError>(result));
    EXPECT_EQ(std::get<WriteError>(result).field, c.expected.field);
    EXPECT_EQ(std::get<WriteError>(result).message, c.expected.message);
  }
  EXPECT_FALSE(practices().find_by_external_id("ho-1").has_value());
  EXPECT_TRUE(store_->organisations().list().empty());  // no orphan organisation
  EXPECT_EQ(store_->change_log().last_position(), 0);
}

TEST_P(PracticeStoreTest, RefusedWriteInABatchLeavesTheOthers) {
  PracticeWrite good = make_write("good-1", "Hyvä");
  PracticeWrite bad = make_write("bad", "Huono");
  bad.input.organisations = {"Orpo Oy"};
  bad.input.themes = {"avaruus"};
  PracticeWrite also_good = make_write("good-2", "Hyvä");
  const std::vector<PracticeWrite> batch = {good, bad, also_good};
  const std::vector<SaveResult> results = practices().save_many(batch);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(std::get<WriteResult>(results[0]).slug, "hyva");
  EXPECT_EQ(std::get<WriteError>(results[1]).message, "unknown theme 'avaruus'");
  EXPECT_EQ(std::get<WriteResult>(results[2]).slug, "hyva-2");
  EXPECT_FALSE(store_->organisations().find_by_slug("orpo-oy").has_value());
  EXPECT_EQ(store_->organisations().list().size(), 1u);
  EXPECT_EQ(store_->change_log().last_position(), 2);
}

// Inputs validation should have stopped are refused as values, never thrown, so that a batch
// goes on; each one in the middle of a batch leaves its neighbours saved.
TEST_P(PracticeStoreTest, MalformedInputsAreRefusedNotThrown) {
  const struct {
    const char* name;
    std::function<void(PracticeWrite&)> change;
    const char* field;
  } cases[] = {
      {"no external id", [](PracticeWrite& w) { w.input.external_id.clear(); }, "external_id"},
      {"blank organisation", [](PracticeWrite& w) { w.input.organisations.push_back("  "); },
       "organisations"},
      {"blank theme to create",
       [](PracticeWrite& w) {
         w.input.themes = {" "};
         w.create_terms = true;
       },
       "themes"},
  };
  int number = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string prefix = "m" + std::to_string(++number);
    PracticeWrite bad = make_write(prefix + "-bad", "Huono");
    c.change(bad);
    const std::vector<PracticeWrite> batch = {make_write(prefix + "-a", "A"), bad,
                                              make_write(prefix + "-b", "B")};
    const std::vector<SaveResult> results = practices().save_many(batch);
    ASSERT_EQ(results.size(), 3u);
    EXPECT_TRUE(std::holds_alternative<WriteResult>(results[0]));
    ASSERT_TRUE(std::holds_alternative<WriteError>(results[1]));
    EXPECT_EQ(std::get<WriteError>(results[1]).field, c.field);
    EXPECT_TRUE(std::holds_alternative<WriteResult>(results[2]));
    EXPECT_TRUE(practices().find_by_external_id(prefix + "-b").has_value());
  }
  EXPECT_EQ(store_->organisations().list().size(), 1u);
}

TEST_P(PracticeStoreTest, CreateTermsAddsUnknownLabelsOnce) {
  PracticeWrite write = make_write("ho-1", "Otsikko");
  write.input.themes = {"Kestävä kehitys", "työhyvinvointi"};
  write.create_terms = true;
  EXPECT_EQ(saved(write).outcome, WriteOutcome::kCreated);
  PracticeWrite other = make_write("ho-2", "Toinen");
  other.input.themes = {"KESTÄVÄ  KEHITYS "};  // matched ignoring case and spacing
  EXPECT_EQ(saved(other).outcome, WriteOutcome::kCreated);
  const std::optional<core::Practice> stored = practices().find_by_external_id("ho-2");
  ASSERT_EQ(stored->themes.size(), 1u);
  EXPECT_EQ(stored->themes[0], (core::Named{"kestava-kehitys", "Kestävä kehitys"}));
  std::vector<std::string> slugs;
  for (const Term& term : store_->vocabularies().terms(core::Vocabulary::kTheme))
    if (term.slug == "kestava-kehitys")
      slugs.push_back(term.label + ":" + std::to_string(term.count));
  EXPECT_THAT(slugs, ElementsAre("Kestävä kehitys:2"));
}

TEST_P(PracticeStoreTest, FindsByTheIdTheChangeLogNames) {
  const WriteResult result = saved(make_write("id-1", "Tunnisteella"));
  const std::optional<core::Practice> found = practices().find_by_id(result.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->external_id, "id-1");
  EXPECT_EQ(store_->change_log().read_after(0, 10).back().object_id, result.id);
  EXPECT_FALSE(practices().find_by_id(result.id + 1000).has_value());
  EXPECT_FALSE(practices().find_by_id(0).has_value());
}

TEST_P(PracticeStoreTest, OrganisationsAreMatchedIgnoringCase) {
  PracticeWrite write = make_write("ho-1", "Yksi");
  write.input.organisations = {"Kontiolahden kunta", "Tampereen kaupunki"};
  (void)saved(write);
  PracticeWrite other = make_write("ho-2", "Kaksi");
  other.input.organisations = {"TAMPEREEN KAUPUNKI", "kontiolahden kunta", "Kontiolahden Kunta"};
  (void)saved(other);
  const std::vector<core::Organisation> organisations = store_->organisations().list();
  ASSERT_EQ(organisations.size(), 2u);
  EXPECT_EQ(organisations[0].name, "Kontiolahden kunta");
  EXPECT_EQ(organisations[0].type, core::OrganisationType::kMunicipality);
  EXPECT_EQ(organisations[1].slug, "tampereen-kaupunki");
  EXPECT_EQ(organisations[1].type, core::OrganisationType::kCity);
  EXPECT_EQ(organisations[1].published_practices, 2);
  EXPECT_THAT(practices().find_by_external_id("ho-2")->organisations,
              ElementsAre(core::Named{"tampereen-kaupunki", "Tampereen kaupunki"},
                          core::Named{"kontiolahden-kunta", "Kontiolahden kunta"}));
}

// A write with every field filled in.
PracticeWrite full_write() {
  PracticeWrite write = make_write("ho-1", "Etätyön pelisäännöt");
  core::PracticeInput& input = write.input;
  input.state = core::PracticeState::kSubmitted;
  input.organisations = {"Tampereen kaupunki", "Kontiolahden kunta"};
  input.sectors = {"hallinto", "koko organisaatio"};
  input.themes = {"etä- ja hybridityö", "työhyvinvointi"};
  input.client_groups = {"henkilöstö"};
  input.maturity = core::Maturity::kInUse;
  input.started = "2021-03";
  for (std::size_t i = 0; i < input.sections.size(); ++i)
    input.sections[i] = "Osio " + std::to_string(i) + "\n\n*Markdown*";
  input.keywords = {"etätyö", "pelisäännöt"};
  input.contact = {"Maija Meikäläinen", "HR-asiantuntija", "maija@example.fi", "+358 40 000 0000"};
  input.links = {{"Ohje", "https://example.fi/ohje"}, {"Video", "https://example.fi/v"}};
  input.language = core::ContentLanguage::kSv;
  write.municipality = core::MunicipalityRef{"837", "Tampere"};
  write.region = core::Named{"pirkanmaa", "Pirkanmaa"};
  return write;
}

TEST_P(PracticeStoreTest, FindGivesTheWholePracticeBack) {
  const PracticeWrite write = full_write();
  const core::PracticeInput& input = write.input;
  const WriteResult result = saved(write);
  const std::optional<core::Practice> found = practices().find_by_slug(result.slug);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->external_id, "ho-1");
  EXPECT_EQ(found->state, core::PracticeState::kSubmitted);
  EXPECT_EQ(found->title, input.title);
  EXPECT_EQ(found->summary, input.summary);
  EXPECT_THAT(found->organisations,
              ElementsAre(core::Named{"tampereen-kaupunki", "Tampereen kaupunki"},
                          core::Named{"kontiolahden-kunta", "Kontiolahden kunta"}));
  EXPECT_EQ(found->municipality, write.municipality);
  EXPECT_EQ(found->region, write.region);
  EXPECT_THAT(found->sectors, ElementsAre(core::Named{"hallinto", "hallinto"},
                                          core::Named{"koko-organisaatio", "koko organisaatio"}));
  EXPECT_THAT(found->themes, ElementsAre(core::Named{"eta-ja-hybridityo", "etä- ja hybridityö"},
                                         core::Named{"tyohyvinvointi", "työhyvinvointi"}));
  EXPECT_THAT(found->client_groups, ElementsAre(core::Named{"henkilosto", "henkilöstö"}));
  EXPECT_EQ(found->maturity, core::Maturity::kInUse);
  EXPECT_EQ(found->started, "2021-03");
  EXPECT_EQ(found->sections, input.sections);
  EXPECT_EQ(found->keywords, input.keywords);
  EXPECT_EQ(found->contact, input.contact);
  EXPECT_EQ(found->links, input.links);
  EXPECT_EQ(found->language, core::ContentLanguage::kSv);
  EXPECT_EQ(found->published_at, input.published_at);
  EXPECT_EQ(found->revision, 1);
  EXPECT_FALSE(practices().find_by_slug("ei-ole").has_value());
}

TEST_P(PracticeStoreTest, StateDefaultsFromPublishedAt) {
  PracticeWrite published = make_write("a", "A");
  PracticeWrite draft = make_write("b", "B");
  draft.input.published_at.reset();
  (void)saved(published);
  (void)saved(draft);
  EXPECT_EQ(practices().find_by_external_id("a")->state, core::PracticeState::kPublished);
  EXPECT_EQ(practices().find_by_external_id("b")->state, core::PracticeState::kDraft);
}

TEST_P(PracticeStoreTest, ForEachVisitsEveryPracticeInExternalIdOrder) {
  PracticeGenerator generator{3};
  std::vector<PracticeWrite> batch;
  for (int i = 0; i < 450; ++i)  // more than two export pages
    batch.push_back(generator.next(i));
  (void)practices().save_many(batch);
  std::vector<std::string> visited;
  practices().for_each([&](const core::Practice& practice) {
    visited.push_back(practice.external_id);
    EXPECT_FALSE(practice.links.empty());  // whole practices
  });
  std::vector<std::string> expected;
  for (const PracticeWrite& write : batch)
    expected.push_back(write.input.external_id);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(visited, expected);
}

// The cards of a page in one read: published only, in the order asked, light.
TEST_P(PracticeStoreTest, PublishedByIdsKeepsTheOrderAndLeavesOthersOut) {
  const std::int64_t first = saved(make_write("tori-1", "Ensimmäinen")).id;
  const std::int64_t second = saved(make_write("tori-2", "Toinen")).id;
  PracticeWrite draft = make_write("tori-3", "Luonnos");
  draft.input.state = core::PracticeState::kDraft;
  draft.input.published_at.reset();
  const std::int64_t unpublished = saved(draft).id;
  const std::vector<std::int64_t> ids = {second, unpublished, 999999, first};
  const std::vector<core::Practice> found = practices().published_by_ids(ids);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].id, second);
  EXPECT_EQ(found[1].id, first);
  EXPECT_EQ(found[1].title, "Ensimmäinen");
  EXPECT_EQ(found[1].organisations.size(), 1U);
  EXPECT_TRUE(found[1].sections[0].empty());  // light, as list() items
  EXPECT_TRUE(practices().published_by_ids({}).empty());
}

}  // namespace
}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' vocabulary changes on SQLite: adding, renaming, hiding and merging terms,
// each with its audit entry and change-log rows, and what public lists and facets show after.
#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/sqlite/vocabulary_store.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeStoreTest;
using ::testing::ElementsAre;

constexpr core::Vocabulary kTheme = core::Vocabulary::kTheme;
const UtcTime kVocabularyNow = utc_now();

AuditEntry term_audit(std::string action) {
  return {.actor = "editor@example.fi", .action = std::move(action), .object_type = "term"};
}

class VocabularyAdminTest : public PracticeStoreTest {
 protected:
  VocabularyStore& vocabularies() { return store_->vocabularies(); }
  std::optional<Term> editors_term(std::string_view slug) {
    for (const Term& term : vocabularies().all_terms(kTheme))
      if (term.slug == slug) return term;
    return std::nullopt;
  }
  bool public_term(std::string_view slug) {
    const std::vector<Term> terms = vocabularies().terms(kTheme);
    return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.slug == slug; });
  }
  std::vector<std::string> theme_slugs(std::string_view practice) {
    std::vector<std::string> slugs;
    const core::Practice stored = *practices().find_by_external_id(practice);
    for (const core::Named& term : stored.themes)
      slugs.push_back(term.slug);
    return slugs;
  }
  // The change-log rows after `position` as "type id action".
  std::vector<std::string> changes_after(std::int64_t position) {
    std::vector<std::string> rows;
    for (const Change& change : store_->change_log().read_after(position, 100)) {
      rows.push_back(change.object_type + " " + std::to_string(change.object_id) + " " +
                     std::string{to_string(change.action)});
    }
    return rows;
  }
};
INSTANTIATE_BACKENDS(VocabularyAdminTest);

TEST_P(VocabularyAdminTest, AddTermIsRefusedWhenEmptyOrTaken) {
  struct Case {
    const char* label;
    AdminOutcome outcome;
    const char* slug;
  };
  const Case cases[] = {
      {"Kestävä kehitys", AdminOutcome::kDone, "kestava-kehitys"},
      {"  kestävä   KEHITYS ", AdminOutcome::kDuplicate, ""},  // the same label ignoring case
      {"Kestävä kehitys!", AdminOutcome::kDuplicate, ""},      // the same slug
      {"innovointi", AdminOutcome::kDuplicate, ""},            // a seeded term
      {"   ", AdminOutcome::kInvalid, ""},
      {"Uusi", AdminOutcome::kDone, "uusi-2"},  // a reserved word gets a suffix
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    const AdminResult result =
        vocabularies().add_term(kTheme, c.label, term_audit("term.add"), kVocabularyNow);
    EXPECT_EQ(result.outcome, c.outcome);
    EXPECT_EQ(result.slug, c.slug);
  }
  const std::optional<Term> added = editors_term("kestava-kehitys");
  ASSERT_TRUE(added.has_value());
  EXPECT_EQ(added->label, "Kestävä kehitys");
  EXPECT_FALSE(added->hidden);
  EXPECT_TRUE(public_term("kestava-kehitys"));
  // Import matches the new term by its case-folded label.
  PracticeWrite write = make_write("a", "A");
  write.input.themes = {"KESTÄVÄ KEHITYS"};
  (void)saved(write);
  EXPECT_THAT(theme_slugs("a"), ElementsAre("kestava-kehitys"));
  const std::vector<AuditEntry> entries = store_->audit_log().newest(10, 0);
  ASSERT_EQ(entries.size(), 2u);  // the refusals wrote nothing
  EXPECT_EQ(entries[1].object_id, "theme/kestava-kehitys");
  EXPECT_EQ(entries[0].object_id, "theme/uusi-2");
}

TEST_P(VocabularyAdminTest, RenameKeepsTheSlugAndLogsThePractices) {
  PracticeWrite write = make_write("a", "A");
  write.input.themes = {"innovointi", "viestintä"};
  const std::int64_t id = saved(write).id;
  const std::int64_t position = store_->change_log().last_position();
  EXPECT_EQ(vocabularies().rename_term(kTheme, "innovointi", "Innovaatiot", term_audit("r"),
                                       kVocabularyNow),
            AdminOutcome::kDone);
  EXPECT_THAT(changes_after(position), ElementsAre(::testing::StartsWith("vocabulary_term "),
                                                   "practice " + std::to_string(id) + " updated"));
  const core::Practice practice = *practices().find_by_external_id("a");
  EXPECT_EQ(practice.themes.at(0).slug, "innovointi");
  EXPECT_EQ(practice.themes.at(0).name, "Innovaatiot");
  struct Case {
    const char* slug;
    const char* label;
    AdminOutcome outcome;
  };
  const Case cases[] = {
      {"innovointi", "Innovaatiot", AdminOutcome::kUnchanged},
      {"innovointi", "innovaatiot", AdminOutcome::kDone},  // its own key: a change of case
      {"innovointi", "Viestintä", AdminOutcome::kDuplicate},
      {"innovointi", " ", AdminOutcome::kInvalid},
      {"ei-ole", "Jotain", AdminOutcome::kNotFound},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string{c.slug} + " " + c.label);
    EXPECT_EQ(vocabularies().rename_term(kTheme, c.slug, c.label, term_audit("r"), kVocabularyNow),
              c.outcome);
  }
  EXPECT_EQ(store_->audit_log().newest(10, 0).size(), 2u);
}

TEST_P(VocabularyAdminTest, HiddenTermsLeavePublicListsAndFacetsButNotPractices) {
  PracticeWrite write = make_write("a", "A");
  write.input.themes = {"ympäristö", "innovointi"};
  (void)saved(write);
  EXPECT_EQ(
      vocabularies().set_term_hidden(kTheme, "ymparisto", true, term_audit("h"), kVocabularyNow),
      AdminOutcome::kDone);
  EXPECT_EQ(
      vocabularies().set_term_hidden(kTheme, "ymparisto", true, term_audit("h"), kVocabularyNow),
      AdminOutcome::kUnchanged);
  EXPECT_EQ(vocabularies().set_term_hidden(kTheme, "ei-ole", true, term_audit("h"), kVocabularyNow),
            AdminOutcome::kNotFound);
  EXPECT_FALSE(public_term("ymparisto"));
  ASSERT_TRUE(editors_term("ymparisto").has_value());
  EXPECT_TRUE(editors_term("ymparisto")->hidden);
  EXPECT_EQ(editors_term("ymparisto")->count, 1);
  EXPECT_THAT(theme_slugs("a"), ElementsAre("ymparisto", "innovointi"));
  std::vector<std::string> offered;
  const FacetCounts facets = practices().facets({});
  for (const FacetCount& option : facets.at("theme"))
    offered.push_back(option.value);
  EXPECT_THAT(offered, ElementsAre("innovointi"));
  // A filter by the hidden term still finds its practices.
  EXPECT_EQ(practices().list({.themes = {"ymparisto"}}).total, 1);
  EXPECT_EQ(
      vocabularies().set_term_hidden(kTheme, "ymparisto", false, term_audit("h"), kVocabularyNow),
      AdminOutcome::kDone);
  EXPECT_TRUE(public_term("ymparisto"));
}

TEST_P(VocabularyAdminTest, MergeMovesPracticesKeepingOrderAndDeletesTheTerm) {
  PracticeWrite only_from = make_write("a", "A");
  only_from.input.themes = {"viestintä", "etä- ja hybridityö", "osaaminen"};
  PracticeWrite both = make_write("b", "B");
  both.input.themes = {"johtaminen", "etä- ja hybridityö"};
  PracticeWrite neither = make_write("c", "C");
  neither.input.themes = {"osaaminen"};
  const std::int64_t a = saved(only_from).id;
  const std::int64_t b = saved(both).id;
  (void)saved(neither);
  const std::int64_t position = store_->change_log().last_position();
  EXPECT_EQ(vocabularies().merge_terms(kTheme, "eta-ja-hybridityo", "johtaminen", term_audit("m"),
                                       kVocabularyNow),
            AdminOutcome::kDone);
  EXPECT_THAT(theme_slugs("a"), ElementsAre("viestinta", "johtaminen", "osaaminen"));
  EXPECT_THAT(theme_slugs("b"), ElementsAre("johtaminen"));
  EXPECT_THAT(theme_slugs("c"), ElementsAre("osaaminen"));
  EXPECT_FALSE(editors_term("eta-ja-hybridityo").has_value());
  EXPECT_EQ(editors_term("johtaminen")->practices, 2);
  const std::vector<std::string> changes = changes_after(position);
  EXPECT_THAT(changes, ::testing::Contains("practice " + std::to_string(a) + " updated"));
  EXPECT_THAT(changes, ::testing::Contains("practice " + std::to_string(b) + " updated"));
  EXPECT_EQ(changes.size(), 4u);  // two terms, two practices
  struct Case {
    const char* from;
    const char* into;
    AdminOutcome outcome;
  };
  const Case cases[] = {
      {"johtaminen", "johtaminen", AdminOutcome::kSame},
      {"eta-ja-hybridityo", "johtaminen", AdminOutcome::kNotFound},  // gone
      {"johtaminen", "ei-ole", AdminOutcome::kNotFound},
      {"johtaminen", "hallinto", AdminOutcome::kNotFound},  // a sector, not a theme
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string{c.from} + " → " + c.into);
    EXPECT_EQ(vocabularies().merge_terms(kTheme, c.from, c.into, term_audit("m"), kVocabularyNow),
              c.outcome);
  }
}

}  // namespace
}  // namespace tori::store

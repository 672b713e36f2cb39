// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of listing practices on SQLite: every filter and combination and the facets against a
// brute-force count over generated practices, sorts (Finnish title order), pagination.
#include "tori/store/sqlite/practice_store.hpp"

#include <algorithm>
#include <map>
#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/time_format.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeGenerator;
using practice_testing::PracticeStoreTest;
using practice_testing::utc;

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

int year_in_helsinki(core::TimePoint time) {
  return std::stoi(text::format_rfc3339_helsinki(time).substr(0, 4));
}

// The option values of one facet family that `practice` has.
std::vector<std::string> values_of(const core::Practice& practice, std::string_view family) {
  std::vector<std::string> values;
  auto add_all = [&](const std::vector<core::Named>& named) {
    for (const core::Named& n : named)
      values.push_back(n.slug);
  };
  if (family == "organisation") add_all(practice.organisations);
  if (family == "sector") add_all(practice.sectors);
  if (family == "theme") add_all(practice.themes);
  if (family == "client_group") add_all(practice.client_groups);
  if (family == "region" && practice.region) values.push_back(practice.region->slug);
  if (family == "municipality" && practice.municipality)
    values.push_back(practice.municipality->code);
  if (family == "maturity" && practice.maturity)
    values.emplace_back(core::to_string(*practice.maturity));
  if (family == "year" && practice.published_at)
    values.push_back(std::to_string(year_in_helsinki(*practice.published_at)));
  return values;
}

// The query's selected values of one facet family, as text.
std::vector<std::string> selected(const PracticeQuery& query, std::string_view family) {
  if (family == "organisation") return query.organisations;
  if (family == "region") return query.regions;
  if (family == "municipality") return query.municipalities;
  if (family == "sector") return query.sectors;
  if (family == "theme") return query.themes;
  if (family == "client_group") return query.client_groups;
  std::vector<std::string> texts;
  if (family == "maturity")
    for (core::Maturity m : query.maturities)
      texts.emplace_back(core::to_string(m));
  if (family == "year")
    for (int year : query.years)
      texts.push_back(std::to_string(year));
  return texts;
}

// `query` with one family's selection replaced by `values`.
PracticeQuery with_selection(PracticeQuery query, std::string_view family,
                             const std::vector<std::string>& values) {
  if (family == "organisation") query.organisations = values;
  if (family == "region") query.regions = values;
  if (family == "municipality") query.municipalities = values;
  if (family == "sector") query.sectors = values;
  if (family == "theme") query.themes = values;
  if (family == "client_group") query.client_groups = values;
  if (family == "maturity") {
    query.maturities.clear();
    for (const std::string& v : values)
      query.maturities.push_back(*core::parse_maturity(v));
  }
  if (family == "year") {
    query.years.clear();
    for (const std::string& v : values)
      query.years.push_back(std::stoi(v));
  }
  return query;
}

constexpr std::string_view kFamilies[] = {"organisation", "region",       "municipality", "sector",
                                          "theme",        "client_group", "maturity",     "year"};

// The brute-force definition of a match (DESIGN §8: repeated values OR, filters AND).
bool matches(const core::Practice& practice, const PracticeQuery& query,
             std::string_view ignored = {}) {
  for (std::string_view family : kFamilies) {
    const std::vector<std::string> wanted = selected(query, family);
    if (family == ignored || wanted.empty()) continue;
    const std::vector<std::string> have = values_of(practice, family);
    if (std::none_of(have.begin(), have.end(), [&](auto& v) { return contains(wanted, v); }))
      return false;
  }
  if (query.published_from && !(practice.published_at >= query.published_from)) return false;
  if (query.published_before &&
      !(practice.published_at && *practice.published_at < *query.published_before))
    return false;
  return query.states.empty() ||
         std::find(query.states.begin(), query.states.end(), practice.state) != query.states.end();
}

// The ids `query` should list, in its order.
std::vector<std::int64_t> expected_ids(std::vector<core::Practice> all, const PracticeQuery& q) {
  std::erase_if(all, [&](const core::Practice& p) { return !matches(p, q); });
  std::sort(all.begin(), all.end(), [&](const core::Practice& a, const core::Practice& b) {
    switch (q.sort) {
      case PracticeQuery::Sort::kNewest:
        return std::tie(a.published_at, a.id) > std::tie(b.published_at, b.id);
      case PracticeQuery::Sort::kOldest:
        return std::tie(a.published_at, a.id) < std::tie(b.published_at, b.id);
      case PracticeQuery::Sort::kTitle: {
        const int order = text::compare_finnish(a.title, b.title);
        return order != 0 ? order < 0 : a.id < b.id;
      }
    }
    return false;
  });
  std::vector<std::int64_t> ids;
  for (const core::Practice& p : all)
    ids.push_back(p.id);
  return ids;
}

std::vector<std::int64_t> ids_of(const PracticeList& list) {
  std::vector<std::int64_t> ids;
  for (const core::Practice& p : list.items)
    ids.push_back(p.id);
  return ids;
}

// 60 generated practices, saved, and read back whole for the brute-force side.
class PracticeListTest : public PracticeStoreTest {
 protected:
  void SetUp() override {
    PracticeStoreTest::SetUp();
    if (IsSkipped()) return;
    PracticeGenerator generator{2024};
    std::vector<PracticeWrite> batch;
    for (int i = 0; i < 60; ++i)
      batch.push_back(generator.next(i));
    for (const SaveResult& result : practices().save_many(batch))
      ASSERT_TRUE(std::holds_alternative<WriteResult>(result));
    practices().for_each([&](const core::Practice& p) { all_.push_back(p); });
    ASSERT_EQ(all_.size(), 60u);
    for (const core::Organisation& o : store_->organisations().list())
      pools_["organisation"].push_back(o.slug);
    for (const auto& [vocabulary, family] : {std::pair{core::Vocabulary::kSector, "sector"},
                                             {core::Vocabulary::kTheme, "theme"},
                                             {core::Vocabulary::kClientGroup, "client_group"}})
      for (const Term& term : store_->vocabularies().terms(vocabulary))
        pools_[family].push_back(term.slug);
    for (const core::Named& r : PracticeGenerator::kRegions)
      pools_["region"].push_back(r.slug);
    for (const auto& m : PracticeGenerator::kMunicipalities)
      pools_["municipality"].push_back(m.code);
    pools_["maturity"] = {"idea", "pilot", "in_use", "established"};
    pools_["year"] = {"2018", "2019", "2020", "2021", "2022", "2023"};
  }

  // A random query: each family selected with one or two values a third of the time.
  PracticeQuery random_query(std::mt19937& random) {
    auto below = [&](std::size_t n) {
      return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    PracticeQuery query;
    for (std::string_view family : kFamilies) {
      if (below(3) != 0) continue;
      const std::vector<std::string>& pool = pools_.at(std::string{family});
      std::vector<std::string> values = {pool[below(pool.size())]};
      if (below(2) == 0) values.push_back(pool[below(pool.size())]);
      query = with_selection(query, family, values);
    }
    const std::vector<core::PracticeState> states[] = {
        {core::PracticeState::kPublished},
        {},
        {core::PracticeState::kDraft, core::PracticeState::kArchived}};
    query.states = states[below(3)];
    if (below(5) == 0) query.published_from = utc(2020, 6, 1);
    if (below(5) == 0) query.published_before = utc(2022, 3, 1);
    query.sort = static_cast<PracticeQuery::Sort>(below(3));
    query.limit = 100;
    return query;
  }

  std::vector<core::Practice> all_;
  std::map<std::string, std::vector<std::string>> pools_;
};
INSTANTIATE_BACKENDS(PracticeListTest);

TEST_P(PracticeListTest, EachFilterAloneMatchesBruteForce) {
  for (std::string_view family : kFamilies) {
    for (const std::string& value : pools_.at(std::string{family})) {
      SCOPED_TRACE(std::string{family} + "=" + value);
      PracticeQuery query = with_selection({}, family, {value});
      query.limit = 100;
      const PracticeList list = practices().list(query);
      const std::vector<std::int64_t> expected = expected_ids(all_, query);
      EXPECT_EQ(list.total, static_cast<std::int64_t>(expected.size()));
      EXPECT_EQ(ids_of(list), expected);
    }
  }
}

TEST_P(PracticeListTest, RandomCombinationsMatchBruteForce) {
  std::mt19937 random{11};
  int non_empty = 0;
  for (int i = 0; i < 300; ++i) {
    const PracticeQuery query = random_query(random);
    SCOPED_TRACE("query " + std::to_string(i));
    const PracticeList list = practices().list(query);
    const std::vector<std::int64_t> expected = expected_ids(all_, query);
    ASSERT_EQ(list.total, static_cast<std::int64_t>(expected.size()));
    ASSERT_EQ(ids_of(list), expected);
    if (!expected.empty()) ++non_empty;
  }
  EXPECT_GT(non_empty, 50);  // the queries are not all trivially empty
}

TEST_P(PracticeListTest, FacetCountsMatchListTotalsForEachOption) {
  std::mt19937 random{5};
  for (int i = 0; i < 25; ++i) {
    const PracticeQuery query = i == 0 ? PracticeQuery{} : random_query(random);
    SCOPED_TRACE("query " + std::to_string(i));
    const FacetCounts facets = practices().facets(query);
    for (std::string_view family : kFamilies) {
      SCOPED_TRACE(family);
      std::map<std::string, std::int64_t> expected;  // brute force, own selection ignored
      for (const core::Practice& p : all_)
        if (matches(p, query, family))
          for (const std::string& value : values_of(p, family))
            ++expected[value];
      std::map<std::string, std::int64_t> got;
      for (const FacetCount& option : facets.at(std::string{family})) {
        got[option.value] = option.count;
        EXPECT_GT(option.count, 0);
        const PracticeList alone = practices().list(with_selection(query, family, {option.value}));
        EXPECT_EQ(option.count, alone.total) << option.value;
      }
      EXPECT_EQ(got, expected);
    }
  }
}

TEST_P(PracticeListTest, FacetOptionsAreLabelledAndOrdered) {
  const FacetCounts facets = practices().facets({.states = {}});
  ASSERT_EQ(facets.size(), std::size(kFamilies));
  for (const auto& [family, options] : facets) {
    SCOPED_TRACE(family);
    ASSERT_FALSE(options.empty());
    for (std::size_t i = 1; i < options.size(); ++i) {
      const FacetCount& a = options[i - 1];
      const FacetCount& b = options[i];
      if (family == "year") {
        EXPECT_GT(std::stoi(a.value), std::stoi(b.value));
      } else if (family == "maturity") {
        EXPECT_LT(*core::parse_maturity(a.value), *core::parse_maturity(b.value));
      } else {
        EXPECT_LE(text::compare_finnish(a.label, b.label), 0) << a.label << " / " << b.label;
      }
    }
  }
  // Labels: names for organisations and places, labels for terms, codes for maturity and year.
  auto label_of = [&](const std::string& family, const std::string& value) {
    for (const FacetCount& option : facets.at(family))
      if (option.value == value) return option.label;
    return std::string{"(none)"};
  };
  EXPECT_EQ(label_of("organisation", "alands-landskapsregering"), "Ålands landskapsregering");
  EXPECT_EQ(label_of("region", "pirkanmaa"), "Pirkanmaa");
  EXPECT_EQ(label_of("municipality", "837"), "Tampere");
  EXPECT_EQ(label_of("theme", "eta-ja-hybridityo"), "etä- ja hybridityö");
  EXPECT_EQ(label_of("maturity", "in_use"), "in_use");
  EXPECT_EQ(label_of("year", "2022"), "2022");
  // Å sorts after the Latin letters in Finnish.
  EXPECT_EQ(facets.at("organisation").back().value, "alands-landskapsregering");
}

TEST_P(PracticeListTest, PagesCoverTheWholeList) {
  for (auto sort :
       {PracticeQuery::Sort::kNewest, PracticeQuery::Sort::kOldest, PracticeQuery::Sort::kTitle}) {
    SCOPED_TRACE(static_cast<int>(sort));
    PracticeQuery query{.states = {}, .sort = sort, .limit = 7};
    const std::vector<std::int64_t> expected = expected_ids(all_, query);
    std::vector<std::int64_t> paged;
    for (query.offset = 0; query.offset < 70; query.offset += query.limit) {
      const PracticeList page = practices().list(query);
      EXPECT_EQ(page.total, 60);
      EXPECT_LE(page.items.size(), 7u);
      for (std::int64_t id : ids_of(page))
        paged.push_back(id);
    }
    EXPECT_EQ(paged, expected);
  }
  const PracticeList beyond = practices().list({.states = {}, .limit = 10, .offset = 1000});
  EXPECT_EQ(beyond.total, 60);
  EXPECT_TRUE(beyond.items.empty());
  const PracticeList count_only = practices().list({.states = {}, .limit = 0});
  EXPECT_EQ(count_only.total, 60);
  EXPECT_TRUE(count_only.items.empty());
  const PracticeList negative = practices().list({.states = {}, .limit = 5, .offset = -3});
  std::vector<std::int64_t> first_five = expected_ids(all_, {.states = {}});
  first_five.resize(5);
  EXPECT_EQ(ids_of(negative), first_five);
}

TEST_P(PracticeListTest, ListItemsAreLight) {
  const PracticeList list = practices().list({.states = {}, .limit = 100});
  ASSERT_EQ(list.items.size(), 60u);
  for (const core::Practice& item : list.items) {
    const core::Practice& whole =
        *std::find_if(all_.begin(), all_.end(), [&](auto& p) { return p.id == item.id; });
    EXPECT_EQ(item.title, whole.title);
    EXPECT_EQ(item.organisations, whole.organisations);
    EXPECT_EQ(item.themes, whole.themes);
    EXPECT_EQ(item.region, whole.region);
    EXPECT_EQ(item.published_at, whole.published_at);
    EXPECT_TRUE(item.links.empty());
    EXPECT_TRUE(item.keywords.empty());
    EXPECT_EQ(item.sections, core::Sections{});
  }
}

TEST_P(PracticeStoreTest, TitleSortIsFinnish) {
  const char* titles[] = {"Öljy", "Zeta", "Ärsyke", "aamu", "Åland", "Beta", "ähky"};
  int number = 0;
  for (const char* title : titles)
    (void)saved(make_write("t" + std::to_string(++number), title));
  std::vector<std::string> listed;
  for (const core::Practice& p : practices().list({.sort = PracticeQuery::Sort::kTitle}).items)
    listed.push_back(p.title);
  EXPECT_THAT(listed,
              ::testing::ElementsAre("aamu", "Beta", "Zeta", "Åland", "ähky", "Ärsyke", "Öljy"));
}

TEST_P(PracticeStoreTest, YearIsTheHelsinkiYearOfPublication) {
  PracticeWrite write = make_write("new-year", "Uusi vuosi");
  write.input.published_at = utc(2021, 12, 31, 22, 30);  // 00.30 on 1 January 2022 in Helsinki
  (void)saved(write);
  EXPECT_EQ(practices().list({.years = {2022}}).total, 1);
  EXPECT_EQ(practices().list({.years = {2021}}).total, 0);
  const std::vector<FacetCount> years = practices().facets({}).at("year");
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].value, "2022");
  EXPECT_EQ(practices().list({.published_from = utc(2021, 12, 31, 22, 30)}).total, 1);
  EXPECT_EQ(practices().list({.published_before = utc(2021, 12, 31, 22, 30)}).total, 0);
}

}  // namespace
}  // namespace tori::store

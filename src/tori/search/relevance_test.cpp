// SPDX-License-Identifier: AGPL-3.0-or-later
// Relevance of the search over the hand-written demo practices, measured on the judged queries
// of testdata/judged_queries.tsv: recall@10 and MRR of Tori's analyzer, and of a Snowball-only
// pipeline (Xapian's TermGenerator and QueryParser with the Finnish stemmer) for comparison.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "tori/core/practice_input.hpp"
#include "tori/core/practice_jsonl.hpp"
#include "tori/search/practice_document.hpp"
#include "tori/search/query.hpp"
#include "tori/search/synonyms.hpp"

namespace tori::search {
namespace {

struct JudgedQuery {
  std::string query;
  std::set<std::string> relevant;
};

std::vector<std::string> lines_of(const std::string& relative) {
  std::ifstream in(std::string(TORI_SOURCE_DATA_DIR) + "/" + relative);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line.front() != '#') lines.push_back(line);
  return lines;
}

std::vector<JudgedQuery> judged_queries() {
  std::vector<JudgedQuery> queries;
  for (const std::string& line : lines_of("../src/tori/search/testdata/judged_queries.tsv")) {
    std::istringstream fields(line);
    JudgedQuery judged;
    std::string ids;
    std::getline(fields, judged.query, '\t');
    std::getline(fields, ids, '\t');
    std::istringstream words(ids);
    for (std::string id; words >> id;)
      judged.relevant.insert(id);
    queries.push_back(std::move(judged));
  }
  return queries;
}

// The demo practices as stored practices (only what the index reads), data = external id.
std::vector<core::Practice> demo_practices() {
  std::vector<core::Practice> practices;
  for (const std::string& line : lines_of("demo/practices.jsonl")) {
    const auto parsed = core::parse_practice_line(line);
    const core::PracticeInput& input = std::get<core::PracticeInput>(parsed);
    core::Practice practice = core::practice_from_input(input);
    practice.id = static_cast<std::int64_t>(practices.size()) + 1;
    for (const std::string& name : input.organisations)
      practice.organisations.push_back({"", name});
    practices.push_back(std::move(practice));
  }
  return practices;
}

// The whole searchable text of a practice, for the Snowball pipeline.
std::string all_text(const core::Practice& practice) {
  std::string text = practice.title + "\n" + practice.summary;
  for (const std::string& keyword : practice.keywords)
    text += "\n" + keyword;
  for (const core::Named& organisation : practice.organisations)
    text += "\n" + organisation.name;
  for (const std::string& section : practice.sections)
    text += "\n" + section;
  return text;
}

struct Scores {
  double recall_at_10 = 0;
  double mrr = 0;
};

// Scores of a search function over the judged queries; prints the queries that miss.
template <typename Search>
Scores score(const std::vector<JudgedQuery>& queries, const std::string& name, Search search) {
  Scores scores;
  for (const JudgedQuery& judged : queries) {
    const std::vector<std::string> top = search(judged.query);
    std::size_t found = 0;
    double reciprocal = 0;
    for (std::size_t rank = 0; rank < top.size(); ++rank) {
      if (!judged.relevant.contains(top[rank])) continue;
      ++found;
      if (reciprocal == 0) reciprocal = 1.0 / static_cast<double>(rank + 1);
    }
    const double recall = static_cast<double>(found) /
                          static_cast<double>(std::min<std::size_t>(judged.relevant.size(), 10));
    if (recall < 1) std::cout << "  " << name << " misses: " << judged.query << "\n";
    scores.recall_at_10 += recall;
    scores.mrr += reciprocal;
  }
  scores.recall_at_10 /= static_cast<double>(queries.size());
  scores.mrr /= static_cast<double>(queries.size());
  return scores;
}

std::vector<std::string> top_ten(Xapian::Enquire& enquire, const Xapian::Query& query) {
  enquire.set_query(query);
  const Xapian::MSet matches = enquire.get_mset(0, 10);
  std::vector<std::string> ids;
  for (auto match = matches.begin(); match != matches.end(); ++match)
    ids.push_back(match.get_document().get_data());
  return ids;
}

TEST(Relevance, JudgedQueriesOverTheDemoPractices) {
  const std::vector<JudgedQuery> queries = judged_queries();
  ASSERT_GE(queries.size(), 60u);
  Xapian::WritableDatabase tori_index("", Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase snowball_index("", Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("finnish"));
  for (const core::Practice& practice : demo_practices()) {
    Xapian::Document document = practice_document(practice);
    document.set_data(practice.external_id);
    tori_index.add_document(document);
    Xapian::Document plain;
    generator.set_document(plain);
    generator.index_text(all_text(practice));
    plain.set_data(practice.external_id);
    snowball_index.add_document(plain);
  }
  std::string synonym_text;
  for (const std::string& line : lines_of("search/synonyms.txt"))
    synonym_text += line + "\n";
  const Synonyms synonyms = Synonyms::parse(synonym_text);
  Xapian::Enquire tori_enquire(tori_index);
  const Scores tori = score(queries, "tori", [&](const std::string& text) {
    return top_ten(
        tori_enquire,
        build_query(parse_query(text),
                    {text::Language::kFi, text::Language::kSv, text::Language::kEn}, &synonyms));
  });
  Xapian::Enquire snowball_enquire(snowball_index);
  Xapian::QueryParser parser;
  parser.set_stemmer(Xapian::Stem("finnish"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  const Scores snowball = score(queries, "snowball", [&](const std::string& text) {
    return top_ten(snowball_enquire, parser.parse_query(text));
  });
  std::cout << queries.size() << " judged queries: Tori recall@10 " << tori.recall_at_10 << ", MRR "
            << tori.mrr << "; Snowball recall@10 " << snowball.recall_at_10 << ", MRR "
            << snowball.mrr << std::endl;
  // Floors under the values measured on 2026-12-01 with data/search/synonyms.txt (78 queries:
  // recall@10 0.996, MRR 0.951; Snowball 0.930 and 0.917); the goal is recall@10 ≥ 0.95
  // and MRR ≥ 0.8, above Snowball.
  EXPECT_GE(tori.recall_at_10, 0.98);
  EXPECT_GE(tori.mrr, 0.93);
  EXPECT_GT(tori.recall_at_10, snowball.recall_at_10);
  EXPECT_GT(tori.mrr, snowball.mrr);
}

}  // namespace
}  // namespace tori::search

// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori analyze [--query] [--lang fi|sv|en] [--eval FILE.conllu… [--misses N]]` and
// `tori reindex`.
#include "tori/app/search_commands.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "tori/app/data_folder.hpp"
#include "tori/search/analyzer.hpp"
#include "tori/search/reach.hpp"
#include "tori/search/search_index.hpp"

namespace tori::app {
namespace {

struct AnalyzeArguments {
  bool query = false;
  std::string language = "fi";
  std::vector<std::string> eval_files;
  std::size_t misses = 0;
};

// One line per word: the word, a tab, its terms separated by spaces (each once).
void print_terms(std::ostream& out, const search::AnalyzedWord& word) {
  out << word.word << '\t';
  bool first = true;
  for (const auto* list : {&word.terms.words, &word.terms.parts}) {
    for (const std::string& term : *list) {
      out << (first ? "" : " ") << term;
      first = false;
    }
  }
  out << '\n';
}

int analyze_stdin(const AnalyzeArguments& arguments) {
  const auto language = text::language_from_code(arguments.language);
  std::ostringstream input;
  input << std::cin.rdbuf();
  for (const search::AnalyzedWord& word :
       search::analyze_text(input.str(), *language, arguments.query))
    print_terms(std::cout, word);
  return kExitOk;
}

int evaluate(const AnalyzeArguments& arguments) {
  int status = kExitOk;
  for (const std::string& file : arguments.eval_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "tori: cannot read " << file << "\n";
      status = kExitFailed;
      continue;
    }
    const search::ReachResult result = search::measure_reach(search::read_content_words(in));
    std::printf(
        "%s: reach %.2f %% (%zu of %zu NOUN/VERB/ADJ tokens), collision %.3f %% (%zu of %zu "
        "pairs)\n",
        file.c_str(), result.reach() * 100, result.reached, result.tokens, result.collision() * 100,
        result.collisions, result.pairs);
    for (std::size_t i = 0; i < result.missed.size() && i < arguments.misses; ++i)
      std::printf("  missed\t%s\t%s\n", result.missed[i].form.c_str(),
                  result.missed[i].lemma.c_str());
  }
  return status;
}

void declare(CLI::App& app, const std::shared_ptr<AnalyzeArguments>& arguments) {
  app.add_flag("--query", arguments->query, "Print query terms instead of index terms");
  app.add_option("--lang", arguments->language, "Language of the text: fi (default), sv, en")
      ->check(CLI::IsMember({"fi", "sv", "en"}));
  app.add_option("--eval", arguments->eval_files,
                 "Measure reach and collision over UD Finnish CoNLL-U files instead");
  app.add_option("--misses", arguments->misses, "With --eval: print this many missed tokens");
}

// Rebuilds DATA/index from the database on every core; a running server keeps answering from
// the old index until the new one is in place.
int reindex(const CommandContext& context) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  const auto started = std::chrono::steady_clock::now();
  const search::SearchIndex::RebuildReport report =
      search::SearchIndex::rebuild(*store, context.config.data / "index", threads);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf(
      "%zu practices, %zu words in %.1f s (%.0f words/s on %u threads; merging the shards %.1f "
      "s) → %s\n",
      report.practices, report.words, seconds,
      seconds > 0 ? static_cast<double>(report.words) / seconds : 0.0, threads,
      report.merge_seconds, (context.config.data / "index").string().c_str());
  return kExitOk;
}

}  // namespace

std::vector<Command> search_commands() {
  auto arguments = std::make_shared<AnalyzeArguments>();
  return {
      {"analyze", "Print the search terms of the words on standard input (one line a word)",
       [arguments](CLI::App& app, Settings&) { declare(app, arguments); },
       [arguments](const CommandContext&) {
         return arguments->eval_files.empty() ? analyze_stdin(*arguments) : evaluate(*arguments);
       }},
      {"reindex", "Rebuild the search index (DATA/index) from the database", nullptr, reindex},
  };
}

}  // namespace tori::app

// SPDX-License-Identifier: AGPL-3.0-or-later
// Searcher::search in one process, no HTTP: per-query wall and CPU time (p50, p99) over an index.
//
//   tori_search_bench DATA/index src/tori/search/testdata/judged_queries.tsv [ROUNDS]
//
// Each round runs every query of the file (its first column) with facets, once plain and once
// with the first query's top theme as a filter. CPU time is this thread's, so it holds up when
// the machine is busy; wall time does not. Prints one line per measure.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "tori/search/searcher.hpp"

namespace {

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

std::vector<std::string> read_queries(const char* file) {
  std::vector<std::string> queries;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    queries.push_back(line.substr(0, line.find('\t')));
  }
  return queries;
}

double percentile(std::vector<double> values, double share) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(share * static_cast<double>(values.size() - 1))];
}

void print(const char* name, const std::vector<double>& values) {
  std::printf("%-14s p50 %7.2f ms   p99 %7.2f ms   n %zu\n", name, percentile(values, 0.5),
              percentile(values, 0.99), values.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: tori_search_bench INDEX QUERIES.tsv [ROUNDS]\n");
    return 2;
  }
  const tori::search::Searcher searcher(argv[1]);
  const std::vector<std::string> queries = read_queries(argv[2]);
  const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  std::string theme;
  {
    tori::search::SearchRequest first{.text = queries.empty() ? "" : queries.front()};
    const auto results = searcher.search(first);
    const auto themes = results.facets.find("theme");
    if (themes != results.facets.end() && !themes->second.empty())
      theme = themes->second.front().value;
  }
  std::vector<double> wall, cpu;
  for (int round = 0; round < rounds; ++round) {
    for (const std::string& text : queries) {
      for (bool filtered : {false, true}) {
        tori::search::SearchRequest request{.text = text};
        request.filters.limit = 20;
        if (filtered && !theme.empty()) request.filters.themes = {theme};
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = thread_cpu_ms();
        const auto results = searcher.search(request);
        cpu.push_back(thread_cpu_ms() - cpu_start);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (results.total < 0) return 1;  // keeps the call
      }
    }
  }
  print("search wall", wall);
  print("search cpu", cpu);
  return 0;
}

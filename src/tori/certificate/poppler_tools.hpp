// SPDX-License-Identifier: AGPL-3.0-or-later
// For the tests only: running poppler-utils (pdfinfo, pdftotext, pdffonts) on a PDF file.
//
//   PopplerRun info = run_poppler("pdfinfo", {file.string()});   // info.out: "Pages: 1\n…"
//   pdfinfo_field(info.out, "Title")                             // "Kunniakirja – …"
//   words_of(run_poppler("pdftotext", {"-bbox", file, "-"}).out)  // each word and its box
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::certificate::testing {

// The tool's path on PATH, or empty when it is not installed.
inline std::filesystem::path find_tool(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');) {
    std::filesystem::path candidate = std::filesystem::path(folder) / name;
    if (!folder.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

struct PopplerRun {
  int exit_code = -1;  // -1: did not run or did not exit normally
  std::string out;     // standard output
  std::string err;     // standard error (poppler's "Syntax Error" warnings land here)
};

// Runs `tool` (found on PATH) with `args`, standard error to `err_file`; waits for it.
inline PopplerRun run_poppler(const std::string& tool, const std::vector<std::string>& args,
                              const std::filesystem::path& err_file) {
  PopplerRun run;
  const std::filesystem::path program = find_tool(tool);
  int pipe_ends[2];
  if (program.empty() || ::pipe(pipe_ends) != 0) return run;
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const std::string& arg : args)
    argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(pipe_ends[1], STDOUT_FILENO);
    if (err >= 0) ::dup2(err, STDERR_FILENO);
    ::close(pipe_ends[0]);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(pipe_ends[1]);
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_ends[0], buffer, sizeof buffer)) > 0;)
    run.out.append(buffer, n);
  ::close(pipe_ends[0]);
  int status = 0;
  if (pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    run.exit_code = WEXITSTATUS(status);
  }
  std::ifstream err_in(err_file, std::ios::binary);
  run.err.assign(std::istreambuf_iterator<char>(err_in), std::istreambuf_iterator<char>());
  return run;
}

// The value of one "Key:   value" line of pdfinfo's output; empty when there is none.
inline std::string pdfinfo_field(const std::string& info, const std::string& key) {
  std::istringstream lines(info);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(key + ":", 0) != 0) continue;
    const std::size_t start = line.find_first_not_of(' ', key.size() + 1);
    return start == std::string::npos ? std::string() : line.substr(start);
  }
  return {};
}

// One word of `pdftotext -bbox` and its box in points, y growing downwards.
struct Word {
  std::string text;
  double x_min, y_min, x_max, y_max;
};

// The text of pdftotext's HTML: &lt; &gt; &quot; &apos; &amp; as the characters.
inline std::string html_unescaped(const std::string& html) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&amp;", '&'}};
  std::string text;
  for (std::size_t i = 0; i < html.size();) {
    bool replaced = false;
    for (const auto& [entity, character] : kEntities) {
      if (html.compare(i, entity.size(), entity) != 0) continue;
      text += character;
      i += entity.size();
      replaced = true;
      break;
    }
    if (!replaced) text += html[i++];
  }
  return text;
}

inline std::vector<Word> words_of(const std::string& bbox_html) {
  static const std::regex kWord(R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" )re"
                                R"re(xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>)re");
  std::vector<Word> words;
  for (std::sregex_iterator it(bbox_html.begin(), bbox_html.end(), kWord), end; it != end; ++it) {
    const std::smatch& m = *it;
    words.push_back({html_unescaped(m[5].str()), std::stod(m[1].str()), std::stod(m[2].str()),
                     std::stod(m[3].str()), std::stod(m[4].str())});
  }
  return words;
}

}  // namespace tori::certificate::testing

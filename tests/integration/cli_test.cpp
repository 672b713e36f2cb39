// SPDX-License-Identifier: AGPL-3.0-or-later
// The `tori` command line: version, help, usage errors (exit 2), init/migrate, one-line failures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "server_process.hpp"

namespace tori::testing {
namespace {

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(Cli, VersionAndHelp) {
  CommandResult version = run_tori({"version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_TRUE(version.out.starts_with("tori ")) << version.out;
  CommandResult help = run_tori({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command : {"serve", "init", "migrate", "version"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  }
  EXPECT_EQ(run_tori({"serve", "--help"}).exit_code, 0);
}

TEST(Cli, UsageErrorsExitTwo) {
  TempDir folder;
  std::string data = (folder.path() / "data").string();
  struct Case {
    const char* name;
    std::vector<std::string> args;
    std::vector<std::string> environment;
  };
  const Case cases[] = {
      {"no subcommand", {}, {}},
      {"unknown subcommand", {"serf"}, {}},
      {"unknown flag", {"serve", "--prot", "80"}, {}},
      {"bad port", {"serve", "--data", data, "--port", "eighty"}, {}},
      {"port out of range", {"serve", "--data", data, "--port", "65536"}, {}},
      {"bad bind", {"serve", "--data", data, "--bind", "localhost"}, {}},
      {"bad environment value", {"serve", "--data", data}, {"TORI_THREADS=many"}},
      {"missing config file", {"init", "--config", data + "/nope.toml"}, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    CommandResult result = run_tori(c.args, c.environment);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_FALSE(result.err.empty());
  }
}

TEST(Cli, BadTomlExitsTwoWithFileAndLine) {
  TempDir folder;
  std::ofstream(folder.path() / "tori.toml") << "port = 80\n[limits]\nbody_bytes = \"big\"\n";
  CommandResult result = run_tori({"init", "--data", folder.path().string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("limits.body_bytes"), std::string::npos) << result.err;
}

TEST(Cli, InitCreatesAndIsIdempotentMigrateToo) {
  TempDir folder;
  std::string data = (folder.path() / "new" / "data").string();
  CommandResult first = run_tori({"init", "--data", data});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(data) / "tori.sqlite"));
  CommandResult second = run_tori({"init", "--data", data});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, first.out);
  CommandResult migrate = run_tori({"migrate", "--data", data});
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  // The data folder may also come from the environment.
  CommandResult from_environment = run_tori({"init"}, {"TORI_DATA=" + data});
  EXPECT_EQ(from_environment.exit_code, 0) << from_environment.err;
}

TEST(Cli, UnwritableDataFolderIsOneLine) {
  TempDir folder;
  std::ofstream(folder.path() / "a-file") << "x";
  std::string data = (folder.path() / "a-file" / "data").string();
  for (const char* command : {"init", "serve"}) {
    SCOPED_TRACE(command);
    std::vector<std::string> args = {command, "--data", data};
    if (std::string(command) == "serve") args.insert(args.end(), {"--port", "0"});
    CommandResult result = run_tori(args);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(line_count(result.err), 1u) << result.err;
    EXPECT_NE(result.err.find("data folder"), std::string::npos) << result.err;
  }
}

TEST(Cli, PortInUseIsOneLine) {
  ServerProcess server;
  TempDir folder;
  CommandResult result = run_tori(
      {"serve", "--data", (folder.path() / "d").string(), "--port", std::to_string(server.port())});
  EXPECT_EQ(result.exit_code, 1);
  auto message_start = result.err.find("tori: cannot listen");
  ASSERT_NE(message_start, std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("terminate"), std::string::npos);
}

}  // namespace
// `tori reindex` builds DATA/index from the database and says how much it analysed.
TEST(Cli, ReindexBuildsTheSearchIndex) {
  TempDir folder;
  const std::string data = (folder.path() / "data").string();
  ASSERT_EQ(run_tori({"demo", "--practices", "30", "--data", data}).exit_code, 0);
  const CommandResult result = run_tori({"reindex", "--data", data});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, ::testing::HasSubstr(" practices, "));
  EXPECT_THAT(result.out, ::testing::HasSubstr(" words/s "));
  EXPECT_TRUE(std::filesystem::exists(folder.path() / "data" / "index"));
  EXPECT_EQ(run_tori({"reindex", "--data", data}).exit_code, 0);  // again: replaces it
}

// `tori analyze`: one line per word, `word<TAB>terms`, index terms by default, query terms with
// --query, Swedish stems with --lang sv; a bad language is a usage error.
TEST(Cli, AnalyzePrintsOneLinePerWord) {
  const CommandResult index = run_tori({"analyze"}, {}, "Etätöihin sosiaali- ja terveysalalla\n");
  EXPECT_EQ(index.exit_code, 0) << index.err;
  EXPECT_EQ(index.out,
            "Etätöihin\tetätyö työ etä\n"
            "sosiaali-\tsosiaali sosiaaliala\n"
            "ja\tja\n"
            "terveysalalla\tterveysala ala terveys terve\n");
  const CommandResult query = run_tori({"analyze", "--query"}, {}, "työpajoissa");
  EXPECT_EQ(query.out, "työpajoissa\ttyöpaja\n");
  const CommandResult swedish = run_tori({"analyze", "--lang", "sv"}, {}, "kommunerna");
  EXPECT_EQ(swedish.out, "kommunerna\tkommun\n");
  EXPECT_EQ(run_tori({"analyze", "--lang", "de"}, {}, "x").exit_code, 2);
  EXPECT_EQ(run_tori({"analyze"}, {}, "").out, "");
}

}  // namespace tori::testing

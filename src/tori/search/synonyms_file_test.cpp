// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' synonym file: seeding, re-reading after an edit, keeping the last good
// list, and the fixed list.
#include "tori/search/synonyms_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "tori/testing/temp_dir.hpp"

namespace tori::search {
namespace {

using std::chrono::milliseconds;

void write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

TEST(SynonymsFile, SeedsTheFileFromTheShippedListOnce) {
  const tori::testing::TempDir dir;
  write(dir.path() / "shipped.txt", "esimies esihenkilö\n");
  const SynonymsFile first(dir.path() / "synonyms.txt", dir.path() / "shipped.txt");
  EXPECT_EQ(first.current()->of("esimies"), std::vector<std::string>{"esihenkilö"});
  write(dir.path() / "synonyms.txt", "palaveri kokous\n");  // the editor's list wins from now on
  const SynonymsFile second(dir.path() / "synonyms.txt", dir.path() / "shipped.txt");
  EXPECT_TRUE(second.current()->of("esimies").empty());
  EXPECT_EQ(second.current()->of("kokous"), std::vector<std::string>{"palaveri"});
}

TEST(SynonymsFile, AnEditTakesEffectWithoutARestart) {
  const tori::testing::TempDir dir;
  const std::filesystem::path file = dir.path() / "synonyms.txt";
  write(file, "esimies esihenkilö\n");
  const SynonymsFile synonyms(file, {}, milliseconds(0));
  const std::shared_ptr<const Synonyms> before = synonyms.current();
  write(file, "esimies esihenkilö johtaja\n# a comment\n");
  EXPECT_EQ(synonyms.current()->of("esimies"), (std::vector<std::string>{"esihenkilö", "johtaja"}));
  EXPECT_EQ(before->of("esimies"), std::vector<std::string>{"esihenkilö"});  // still whole
  std::filesystem::remove(file);  // gone: the last good list stays
  EXPECT_EQ(synonyms.current()->of("johtaja").size(), 2u);
}

TEST(SynonymsFile, MissingFileIsAnEmptyListAndFixedListsStay) {
  const tori::testing::TempDir dir;
  EXPECT_TRUE(SynonymsFile(dir.path() / "absent" / "synonyms.txt", {}).current()->empty());
  const SynonymsFile fixed(Synonyms::parse("a b\n"));
  EXPECT_EQ(fixed.current()->of("a"), std::vector<std::string>{"b"});
}

}  // namespace
}  // namespace tori::search

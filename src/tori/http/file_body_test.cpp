// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of FileBodyReader and read_file_body: every part of a file read in pieces of every size,
// the end, a piece the file cannot fill, and a file gone or shorter than promised.
#include "tori/http/file_body.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>

#include "tori/testing/temp_dir.hpp"

namespace tori::http {
namespace {

class FileBodyTest : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(path(), std::ios::binary) << "0123456789"; }
  [[nodiscard]] std::string path() const { return (folder_.path() / "ten.bin").string(); }
  tori::testing::TempDir folder_;
};

// Everything a reader with pieces of `piece` bytes gives, or "!" where it refuses.
std::string read_in_pieces(const FileBody& body, std::size_t piece) {
  FileBodyReader reader(body);
  std::string read;
  std::array<char, 16> buffer{};
  for (int round = 0; round < 32; ++round) {
    const auto got = reader.next(std::span(buffer.data(), piece));
    if (!got) return read + "!";
    if (*got == 0) return read;
    read.append(buffer.data(), *got);
  }
  return read + "(endless)";
}

TEST_F(FileBodyTest, ReadsEveryPartInPiecesOfAnySize) {
  struct Case {
    std::uint64_t offset;
    std::uint64_t length;
    const char* expected;
  };
  const Case cases[] = {
      {0, 10, "0123456789"}, {0, 1, "0"}, {9, 1, "9"}, {3, 4, "3456"}, {0, 0, ""}, {10, 0, ""},
  };
  for (const Case& c : cases) {
    for (const std::size_t piece : {std::size_t{1}, std::size_t{3}, std::size_t{16}}) {
      EXPECT_EQ(read_in_pieces({path(), c.offset, c.length}, piece), c.expected)
          << "offset " << c.offset << " length " << c.length << " piece " << piece;
    }
  }
}

TEST_F(FileBodyTest, RefusesAPieceTheFileCannotFill) {
  // Whole pieces up to the one that runs past the end, then a refusal.
  struct Case {
    std::uint64_t offset;
    std::uint64_t length;
    std::size_t piece;
    const char* expected;
  };
  const Case cases[] = {
      {5, 6, 1, "56789!"},      {5, 6, 3, "567!"}, {5, 6, 16, "!"},
      {0, 11, 3, "012345678!"}, {10, 1, 1, "!"},   {42, 1, 1, "!"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(read_in_pieces({path(), c.offset, c.length}, c.piece), c.expected)
        << "offset " << c.offset << " length " << c.length << " piece " << c.piece;
  }
}

TEST_F(FileBodyTest, ReadsTheWholeBodyOrNothing) {
  EXPECT_EQ(read_file_body({path(), 2, 3}), "234");
  EXPECT_EQ(read_file_body({path(), 0, 0}), "");
  EXPECT_FALSE(read_file_body({path(), 8, 5}).has_value()) << "shorter than promised";
  EXPECT_FALSE(read_file_body({(folder_.path() / "gone.bin").string(), 0, 1}).has_value());
  std::filesystem::remove(path());
  EXPECT_EQ(read_in_pieces({path(), 0, 4}, 4), "!");
}

TEST_F(FileBodyTest, LoadsAResponsesFileIntoItsBody) {
  Response response;
  response.file = FileBody{path(), 1, 2};
  EXPECT_TRUE(load_file_body(response));
  EXPECT_EQ(response.body, "12");
  EXPECT_FALSE(response.file.has_value());
  Response text = Response::text(200, "hei");
  EXPECT_TRUE(load_file_body(text));
  EXPECT_EQ(text.body, "hei");
  Response gone;
  gone.file = FileBody{(folder_.path() / "gone.bin").string(), 0, 1};
  EXPECT_FALSE(load_file_body(gone));
}

TEST(ResponseBodySize, IsTheFilePartsOrTheBodys) {
  Response response = Response::text(200, "hei");
  EXPECT_EQ(response.body_size(), 3U);
  response.body.clear();
  response.file = FileBody{"/x", 100, 4096};
  EXPECT_EQ(response.body_size(), 4096U);
}

}  // namespace
}  // namespace tori::http

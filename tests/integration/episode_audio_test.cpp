// SPDX-License-Identifier: AGPL-3.0-or-later
// An episode's audio through the real server: `tori import episodes` with a 3 MiB file, then the
// whole file, byte ranges, HEAD and a second request on the same connection, every byte checked
// (the server streams the file from disk in pieces, http/file_body.hpp).
#include <gtest/gtest.h>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

// 3 MiB that start as an MP3 (an ID3 tag) and differ from place to place, so that a piece sent
// twice or out of order shows.
std::string audio_bytes() {
  std::string bytes = "ID3";
  bytes.reserve(3U << 20);
  std::uint32_t state = 2463534242U;
  while (bytes.size() < (3U << 20)) {
    state ^= state << 13U;
    state ^= state >> 17U;
    state ^= state << 5U;
    bytes.push_back(static_cast<char>(state & 0xffU));
  }
  return bytes;
}

class EpisodeAudio : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempDir();
    audio_ = audio_bytes();
    folder_->write("audio/jakso.mp3", audio_);
    folder_->write("episodes.jsonl",
                   R"({"slug": "jakso", "title": "Jakso", "description": "Kuvaus.", )"
                   R"("published_at": "2019-03-12T07:00:00+02:00", "audio": "jakso.mp3", )"
                   R"("duration": 1742, "transcript": "Teksti."})"
                   "\n");
    const CommandResult imported =
        run_tori({"import", "episodes", (*folder_ / "episodes.jsonl").string(), "--audio",
                  (*folder_ / "audio").string(), "--data", (*folder_ / "data").string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err << imported.out;
    server_ = new ServerProcess(ServerProcess::Options{.data = *folder_ / "data"});
    const auto page = try_get(server_->port(), "/podcast/jakso");
    ASSERT_TRUE(page.has_value());
    const std::size_t at = page->body.find("/media/e");
    ASSERT_NE(at, std::string::npos) << page->body;
    path_ = page->body.substr(at, page->body.find('"', at) - at);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete folder_;
  }
  static std::string request(std::string_view method, std::string_view range = "") {
    return std::string(method) + " " + path_ + " HTTP/1.1\r\nHost: localhost\r\n" +
           (range.empty() ? "" : "Range: bytes=" + std::string(range) + "\r\n") + "\r\n";
  }
  static inline TempDir* folder_ = nullptr;
  static inline std::string audio_;
  static inline ServerProcess* server_ = nullptr;
  static inline std::string path_;
};

TEST_F(EpisodeAudio, TheWholeFileEveryByteInOrder) {
  const auto whole = try_get(server_->port(), path_);
  ASSERT_TRUE(whole.has_value());
  EXPECT_EQ(whole->status, 200);
  EXPECT_EQ(whole->header("content-type"), "audio/mpeg");
  EXPECT_EQ(whole->header("content-length"), std::to_string(audio_.size()));
  EXPECT_EQ(whole->header("accept-ranges"), "bytes");
  EXPECT_TRUE(whole->body == audio_) << "got " << whole->body.size() << " bytes";
}

TEST_F(EpisodeAudio, RangesHeadAndTheNextRequestOnTheSameConnection) {
  RawClient client(server_->port());
  ASSERT_TRUE(client.send(request("GET", "1000000-1000099") + request("HEAD") +
                          request("GET", "3145000-")));
  const auto part = client.read_response();
  ASSERT_TRUE(part.has_value());
  EXPECT_EQ(part->status, 206);
  EXPECT_EQ(part->header("content-range"), "bytes 1000000-1000099/3145728");
  EXPECT_TRUE(part->body == audio_.substr(1000000, 100));
  const auto head = client.read_response(std::chrono::seconds(10), /*head=*/true);
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->header("content-length"), "3145728");
  EXPECT_TRUE(head->body.empty());
  const auto tail = client.read_response();
  ASSERT_TRUE(tail.has_value());
  EXPECT_EQ(tail->status, 206);
  EXPECT_TRUE(tail->body == audio_.substr(3145000)) << tail->body.size();
  const auto beyond = try_get(server_->port(), path_, "Range: bytes=4000000-\r\n");
  ASSERT_TRUE(beyond.has_value());
  EXPECT_EQ(beyond->status, 416);
  EXPECT_EQ(beyond->header("content-range"), "bytes */3145728");
}

}  // namespace
}  // namespace tori::testing

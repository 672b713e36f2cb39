// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of EmlTransport: one exact file per message, mode 0600 in a 0700 folder, atomic, logged.
#include "tori/mail/eml_transport.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <atomic>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "tori/testing/temp_dir.hpp"

namespace tori::mail {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

unsigned mode_of(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

// Routes spdlog's default logger into a string for one test.
class LogCapture {
 public:
  LogCapture() : previous_(spdlog::default_logger()) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out_);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", sink));
  }
  ~LogCapture() { spdlog::set_default_logger(previous_); }
  [[nodiscard]] std::string text() const { return out_.str(); }

 private:
  std::shared_ptr<spdlog::logger> previous_;
  std::ostringstream out_;
};

store::QueuedMail mail(std::int64_t id, std::string message) {
  return {.id = id, .recipient = "maija@example.fi", .message = std::move(message), .attempts = 0};
}

TEST(EmlTransport, WritesOneExactFilePerMessageInAPrivateFolder) {
  testing::TempDir dir;
  const fs::path folder = dir / "var" / "mail";
  EmlTransport eml(folder);
  LogCapture log;
  const std::string message = "From: a@example.fi\r\nSubject: Hei\r\n\r\nÄäkköset\r\n";
  const SendResult result = eml.send(mail(42, message));
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(mode_of(folder), 0700u);
  const std::vector<fs::path> files = files_in(folder);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(std::regex_match(files[0].filename().string(),
                               std::regex(R"(20\d\d[01]\d[0-3]\dT[0-2]\d[0-5]\d[0-6]\d-42\.eml)")))
      << files[0];
  EXPECT_EQ(read_file(files[0]), message);
  EXPECT_EQ(mode_of(files[0]), 0600u);
  EXPECT_NE(log.text().find("mail: wrote " + files[0].string() + " for m***@example.fi"),
            std::string::npos)
      << log.text();
  EXPECT_EQ(log.text().find("maija@"), std::string::npos) << log.text();

  ASSERT_TRUE(eml.send(mail(43, "second\r\n")).ok);
  EXPECT_EQ(files_in(folder).size(), 2u);
}

TEST(EmlTransport, UsesAnExistingFolderAsItIs) {
  testing::TempDir dir;
  ASSERT_EQ(::chmod(dir.path().c_str(), 0750), 0);
  EmlTransport eml(dir.path());
  ASSERT_TRUE(eml.send(mail(1, "x\r\n")).ok);
  EXPECT_EQ(mode_of(dir.path()), 0750u);
}

TEST(EmlTransport, AReaderNeverSeesAPartialFile) {
  testing::TempDir dir;
  EmlTransport eml(dir.path());
  const std::string message(4 << 20, 'x');  // large enough to be written in several steps
  std::atomic<bool> done = false;
  std::atomic<int> partial = 0;
  std::thread reader([&] {
    while (!done) {
      for (const auto& entry : fs::directory_iterator(dir.path())) {
        std::error_code error;
        const auto size = fs::file_size(entry.path(), error);
        if (!error && entry.path().extension() == ".eml" && size != message.size()) ++partial;
      }
    }
  });
  for (int id = 1; id <= 12; ++id)
    ASSERT_TRUE(eml.send(mail(id, message)).ok);
  done = true;
  reader.join();
  EXPECT_EQ(partial, 0);
  for (const fs::path& file : files_in(dir.path()))
    EXPECT_EQ(file.extension(), ".eml") << file;
}

TEST(EmlTransport, AnUnwritableFolderIsATemporaryFailure) {
  testing::TempDir dir;
  dir.write("blocker", "a file where the folder should be");
  EmlTransport eml(dir / "blocker" / "mail");
  const SendResult result = eml.send(mail(7, "x\r\n"));
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.permanent);
  EXPECT_NE(result.error.find("blocker"), std::string::npos) << result.error;
}

}  // namespace
}  // namespace tori::mail

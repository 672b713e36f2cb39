// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the MediaStore through the Store interface, and of the UploadFolder's names and
// atomic files.
#include "tori/store/media_store.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/upload_folder.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

using test_support::kNow;

class MediaStoreTest : public practice_testing::PracticeStoreTest {
 protected:
  void SetUp() override {
    PracticeStoreTest::SetUp();
    if (IsSkipped()) return;
    practice_ = saved(practice_testing::make_write("tori-1", "Kuvallinen teko")).id;
  }
  MediaItem image(std::string file, std::string alt) const {
    MediaItem item;
    item.practice_id = practice_;
    item.file = file + ".webp";
    item.thumbnail = file + "-pieni.webp";
    item.description = std::move(alt);
    item.original_name = "kuva.jpg";
    item.width = 1600;
    item.height = 1200;
    item.bytes = 12345;
    return item;
  }
  MediaStore& media() { return store_->media(); }
  std::int64_t practice_ = 0;
};
INSTANTIATE_BACKENDS(MediaStoreTest);

TEST_P(MediaStoreTest, ItemsComeBackInTheOrderAddedByKind) {
  const auto first = media().add(image("a", "Ensimmäinen"), {}, kNow);
  const auto second = media().add(image("b", "Toinen"), {}, kNow + 1min);
  MediaItem pdf;
  pdf.practice_id = practice_;
  pdf.kind = MediaKind::kAttachment;
  pdf.file = "c.pdf";
  pdf.description = "Raportti";
  pdf.pages = 3;
  media().add(pdf, {}, kNow);
  const auto images = media().of_practice(practice_, MediaKind::kImage);
  ASSERT_EQ(images.size(), 2U);
  EXPECT_EQ(images[0].id, first);
  EXPECT_EQ(images[1].id, second);
  EXPECT_EQ(images[0].description, "Ensimmäinen");
  EXPECT_EQ(images[0].thumbnail, "a-pieni.webp");
  EXPECT_EQ(images[0].width, 1600);
  EXPECT_EQ(images[0].added_at, kNow);
  const auto attachments = media().of_practice(practice_, MediaKind::kAttachment);
  ASSERT_EQ(attachments.size(), 1U);
  EXPECT_EQ(attachments[0].pages, 3);
  EXPECT_EQ(attachments[0].thumbnail, "");
}

TEST_P(MediaStoreTest, FilesAndThumbnailsAreFoundOnlyWhenARowNamesThem) {
  media().add(image("a", "Kuva"), {}, kNow);
  EXPECT_EQ(media().find_file("a.webp")->description, "Kuva");
  EXPECT_EQ(media().find_file("a-pieni.webp")->file, "a.webp");
  EXPECT_FALSE(media().find_file("b.webp"));
  auto files = media().referenced_files();
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files, (std::vector<std::string>{"a-pieni.webp", "a.webp"}));
}

TEST_P(MediaStoreTest, EveryChangeMovesTheChangeLogSoCachedPagesGo) {
  const auto before = store_->change_log().last_position();
  const auto id = media().add(image("a", "Kuva"), {}, kNow);
  EXPECT_GT(store_->change_log().last_position(), before);
  const auto added = store_->change_log().last_position();
  EXPECT_TRUE(media().describe(practice_, id, "Uusi kuvaus", kNow));
  EXPECT_FALSE(media().describe(practice_, id, "Uusi kuvaus", kNow));  // unchanged
  EXPECT_GT(store_->change_log().last_position(), added);
  EXPECT_EQ(media().of_practice(practice_, MediaKind::kImage)[0].description, "Uusi kuvaus");
}

TEST_P(MediaStoreTest, RemovingNeedsTheRightPracticeAndGivesTheFilesBack) {
  const auto id = media().add(image("a", "Kuva"), {}, kNow);
  EXPECT_FALSE(media().remove(practice_ + 1, id, kNow));
  EXPECT_FALSE(media().describe(practice_ + 1, id, "Toisen teon", kNow));
  const auto removed = media().remove(practice_, id, kNow);
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->file, "a.webp");
  EXPECT_TRUE(media().of_practice(practice_, MediaKind::kImage).empty());
  EXPECT_FALSE(media().remove(practice_, id, kNow));
}

TEST(UploadFolderTest, NamesAreOneStemAndOneExtensionNeverAPath) {
  const struct {
    std::string name;
    bool valid;
  } cases[] = {
      {"Ab3_x-Y.webp", true},
      {"a-pieni.webp", true},
      {"a.pdf", true},
      {"", false},
      {".webp", false},
      {"a.", false},
      {"a", false},
      {"../a.webp", false},
      {"a/b.webp", false},
      {"a.b.webp", false},
      {"a.WEBP", false},
      {"a .webp", false},
      {"ä.webp", false},
      {"a.we bp", false},
      {std::string(97, 'a') + ".webp", false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(UploadFolder::valid_name(c.name), c.valid) << c.name;
}

TEST(UploadFolderTest, WritesReadsListsAndRemovesInAPrivateFolder) {
  test_support::TempDir dir;
  UploadFolder folder{dir / "uploads"};
  struct stat info {};
  ASSERT_EQ(::stat((dir / "uploads").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700U);
  const std::string bytes("kuva\0\r\n--tavut", 15);
  folder.write("a.webp", bytes);
  EXPECT_EQ(folder.read("a.webp"), bytes);
  EXPECT_EQ(folder.size("a.webp"), 15U);
  EXPECT_EQ(folder.read_part("a.webp", 0, 4), "kuva");
  EXPECT_EQ(folder.read_part("a.webp", 4, 3), std::string("\0\r\n", 3));
  EXPECT_EQ(folder.read_part("a.webp", 9, 100), std::string("tavut\0", 6));
  EXPECT_EQ(folder.read_part("a.webp", 15, 10), "");
  EXPECT_EQ(folder.read_part("a.webp", 99, 10), "");
  EXPECT_FALSE(folder.read_part("b.webp", 0, 10));
  EXPECT_FALSE(folder.size("b.webp"));
  EXPECT_FALSE(folder.size("../tori.sqlite"));
  EXPECT_FALSE(folder.read("b.webp"));
  EXPECT_FALSE(folder.read("../tori.sqlite"));
  EXPECT_THROW(folder.write("../a.webp", bytes), std::runtime_error);
  EXPECT_EQ(folder.list(), std::vector<std::string>{"a.webp"});
  EXPECT_TRUE(folder.remove("a.webp"));
  EXPECT_FALSE(folder.read("a.webp"));
  EXPECT_TRUE(folder.list().empty());
}

TEST(UploadFolderTest, OnlyOldFilesNoRowNamesAreRemoved) {
  test_support::TempDir dir;
  UploadFolder folder{dir / "uploads"};
  for (const char* name : {"kept.webp", "orphan.webp", "young.webp"})
    folder.write(name, "x");
  dir.write("uploads/.tmp-abc123", "half a file");
  dir.write("uploads/not a name", "left alone");
  const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(2);
  for (const char* name : {"kept.webp", "orphan.webp", ".tmp-abc123", "not a name"})
    std::filesystem::last_write_time(dir / "uploads" / name, old);
  const auto hour_ago = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
  EXPECT_EQ(folder.remove_unreferenced({"kept.webp"}, hour_ago), 2);
  auto left = folder.list();
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"kept.webp", "young.webp"}));
  EXPECT_TRUE(std::filesystem::exists(dir / "uploads" / "not a name"));
}

}  // namespace
}  // namespace tori::store

// SPDX-License-Identifier: AGPL-3.0-or-later
// Images and PDF attachments through the practice form on a real store and uploads folder:
// added with their alt texts, re-encoded and stripped, shown on the page, served by /media
// only as far as the practice is visible, removed; hostile uploads refused with a message and
// nothing written.
#include "tori/web/submission/practice_media.hpp"

#include <gtest/gtest.h>

#include "tori/media/sniff.hpp"
#include "tori/media/test_images.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using File = TestBrowser::File;

using test_support::has;

class PracticeMediaTest : public ::testing::Test {
 protected:
  PracticeMediaTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    add_practice_routes(router_, site_.services());
    store::Store& store = site_.store();
    const auto organisation = test_support::seed_organisation(store, "Kontiolahden kunta");
    test_support::approve_membership(store, test_support::add_person(store, "maija@example.fi"),
                                     organisation);
    test_support::add_person(store, "ulla@example.fi");
    test_support::add_person(store, "eeva@example.fi", {core::Role::kEditor}, true);
    EXPECT_TRUE(test_support::log_in(author_, "maija@example.fi"));
    author_.get("/teot/uusi");
  }

  static Fields fields(std::string action = "save") {
    return {{"title", "Kuvalliset kummit"},
            {"summary", "Kummi jokaiselle."},
            {"organisation", "kontiolahden-kunta"},
            {"municipality", "Kontiolahti"},
            {"language", "fi"},
            {"section_background", "Vaihtuvuus oli suurta."},
            {"action", std::move(action)}};
  }
  static File image(std::string bytes, std::string name = "kummit.jpg") {
    return {"image", std::move(name), "image/jpeg", std::move(bytes)};
  }
  static std::string photo() {
    media::fixtures::start_vips();
    return media::fixtures::jpeg(media::fixtures::picture(2400, 1800));
  }
  std::vector<store::MediaItem> images() {
    const auto practice = site_.store().practices().find_by_slug("kuvalliset-kummit");
    if (!practice) return {};
    return site_.store().media().of_practice(practice->id, store::MediaKind::kImage);
  }
  std::size_t files_in_uploads() { return site_.uploads().folder.list().size(); }

  test_support::TestSite site_;
  http::Router router_;
  TestBrowser author_{router_};
};

TEST_F(PracticeMediaTest, AnImageIsReencodedShownAndServedAsThePracticeIsVisible) {
  Fields with_alt = fields();
  with_alt.emplace_back("image_alt", "Kaksi työntekijää <b>kahvilla</b>");
  const auto saved = author_.post_multipart("/teot/uusi", with_alt, {image(photo())});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto stored = images();
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].description, "Kaksi työntekijää <b>kahvilla</b>");
  EXPECT_EQ(stored[0].original_name, "kummit.jpg");
  EXPECT_EQ(stored[0].width, 1600);  // the display size's long side
  EXPECT_EQ(stored[0].height, 1200);
  EXPECT_EQ(files_in_uploads(), 2U);  // the image and its thumbnail
  const auto bytes = site_.uploads().folder.read(stored[0].file);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(media::sniff_image(*bytes), media::ImageFormat::webp);

  // The draft's form and preview show it; the alt text is escaped.
  const auto form = author_.get("/teot/kuvalliset-kummit/muokkaa");
  EXPECT_TRUE(has(form, "/media/" + stored[0].thumbnail));
  EXPECT_TRUE(has(form, "Kaksi työntekijää &lt;b&gt;kahvilla&lt;/b&gt;"));
  EXPECT_FALSE(has(form, "<b>kahvilla"));
  const auto own = author_.get("/media/" + stored[0].file);
  EXPECT_EQ(own.status, 200);
  EXPECT_EQ(own.headers.get("Content-Type"), "image/webp");
  EXPECT_EQ(own.headers.get("Cache-Control"), "private, no-store");
  // Nobody else sees a draft's files.
  TestBrowser stranger(router_);
  EXPECT_EQ(stranger.get("/media/" + stored[0].file).status, 404);
  TestBrowser ulla(router_);
  ASSERT_TRUE(test_support::log_in(ulla, "ulla@example.fi"));
  EXPECT_EQ(ulla.get("/media/" + stored[0].thumbnail).status, 404);

  // Published: public, cached for good, on the practice page.
  const auto practice = site_.store().practices().find_by_slug("kuvalliset-kummit");
  site_.store().submissions().apply(practice->id, core::EditorialAction::kSubmit, {}, "", {},
                                    store::utc_now());
  site_.store().submissions().apply(practice->id, core::EditorialAction::kPublish, {}, "", {},
                                    store::utc_now());
  const auto published = stranger.get("/media/" + stored[0].file);
  EXPECT_EQ(published.status, 200);
  EXPECT_EQ(published.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(published.headers.get("Content-Security-Policy"), "default-src 'none'; sandbox");
  const auto page = stranger.get("/teot/kuvalliset-kummit");
  EXPECT_TRUE(has(page, "alt=\"Kaksi työntekijää &lt;b&gt;kahvilla&lt;/b&gt;\""));
  EXPECT_EQ(stranger.get("/media/ei-ole.webp").status, 404);
  EXPECT_EQ(stranger.get("/media/..%2Ftori.sqlite").status, 404);
}

TEST_F(PracticeMediaTest, AnImageNeedsAnAltTextAndTheFormKeepsTheText) {
  const auto refused = author_.post_multipart("/teot/uusi", fields(), {image(photo())});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused, "id=\"practice-image_alt-error\""));
  EXPECT_TRUE(has(refused, "Kirjoita kuvalle tekstivastine"));
  EXPECT_TRUE(has(refused, "value=\"Kuvalliset kummit\""));  // the text is kept
  EXPECT_TRUE(has(refused, "Valitse tiedosto uudelleen") ||
              has(refused, "valitse tiedosto uudelleen"));
  EXPECT_FALSE(site_.store().practices().find_by_slug("kuvalliset-kummit"));
  EXPECT_EQ(files_in_uploads(), 0U);
}

TEST_F(PracticeMediaTest, HostileUploadsAreRefusedWithAMessageAndNothingWritten) {
  media::fixtures::start_vips();
  const std::string jpeg = photo();
  const struct {
    std::string name;
    File file;
    std::string field;
    std::string message;
  } cases[] = {
      {"php named .jpg", image("<?php system($_GET['c']); ?>", "kuva.jpg"), "image",
       "ei ole JPEG-, PNG- tai WebP-kuva"},
      {"svg with script",
       image("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
             "kuva.svg"),
       "image", "ei ole JPEG-, PNG- tai WebP-kuva"},
      {"decompression bomb", image(media::fixtures::png_bomb(30000, 30000), "pommi.png"), "image",
       "liikaa kuvapisteitä"},
      {"truncated jpeg", image(jpeg.substr(0, jpeg.size() / 2)), "image", "vioittunut"},
      {"html named .pdf",
       {"attachment", "liite.pdf", "application/pdf", "<html>hei</html>"},
       "attachment",
       "ei ole PDF-tiedosto"},
      {"damaged pdf",
       {"attachment", "liite.pdf", "application/pdf", "%PDF-1.4\nroskaa"},
       "attachment",
       "vioittunut"},
  };
  for (const auto& c : cases) {
    Fields posted = fields();
    posted.emplace_back("image_alt", "Kuva");
    const auto refused = author_.post_multipart("/teot/uusi", posted, {c.file});
    EXPECT_EQ(refused.status, 422) << c.name;
    EXPECT_TRUE(has(refused, "id=\"practice-" + c.field + "-error\"")) << c.name;
    EXPECT_TRUE(has(refused, c.message)) << c.name;
    EXPECT_FALSE(site_.store().practices().find_by_slug("kuvalliset-kummit")) << c.name;
    EXPECT_EQ(files_in_uploads(), 0U) << c.name;
  }
  // Over the size limit.
  site_.uploads().image_limits.max_bytes = jpeg.size() - 1;
  Fields posted = fields();
  posted.emplace_back("image_alt", "Kuva");
  const auto too_large = author_.post_multipart("/teot/uusi", posted, {image(jpeg)});
  EXPECT_EQ(too_large.status, 422);
  EXPECT_TRUE(has(too_large, "Kuva on liian suuri"));
  EXPECT_EQ(files_in_uploads(), 0U);
}

TEST_F(PracticeMediaTest, APolyglotIsAcceptedOnlyAsItsReencodedPixels) {
  const std::string polyglot =
      media::fixtures::with_jpeg_comment(photo(), "<?php system($_GET['c']); ?>") +
      "<script>alert(1)</script>";
  Fields posted = fields();
  posted.emplace_back("image_alt", "Kuva");
  ASSERT_EQ(author_.post_multipart("/teot/uusi", posted, {image(polyglot)}).status, 303);
  for (const std::string& name : site_.uploads().folder.list()) {
    const std::string bytes = *site_.uploads().folder.read(name);
    EXPECT_EQ(bytes.find("<?php"), std::string::npos) << name;
    EXPECT_EQ(bytes.find("<script"), std::string::npos) << name;
  }
}

TEST_F(PracticeMediaTest, APdfIsAttachedWithItsPagesAndDownloadsAsAnAttachment) {
  Fields posted = fields();
  posted.emplace_back("attachment_title", "Kummiohjelman raportti");
  ASSERT_EQ(author_
                .post_multipart(
                    "/teot/uusi", posted,
                    {{"attachment", "raportti ä.pdf", "application/pdf", media::fixtures::pdf(3)}})
                .status,
            303);
  const auto practice = site_.store().practices().find_by_slug("kuvalliset-kummit");
  const auto attachments =
      site_.store().media().of_practice(practice->id, store::MediaKind::kAttachment);
  ASSERT_EQ(attachments.size(), 1U);
  EXPECT_EQ(attachments[0].pages, 3);
  EXPECT_EQ(attachments[0].description, "Kummiohjelman raportti");
  const auto file = author_.get("/media/" + attachments[0].file);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.headers.get("Content-Type"), "application/pdf");
  EXPECT_EQ(file.headers.get("Content-Disposition"),
            "attachment; filename=\"raportti __.pdf\"; "
            "filename*=UTF-8''raportti%20%C3%A4.pdf");
  EXPECT_TRUE(has(author_.get("/teot/kuvalliset-kummit/esikatselu"), "Kummiohjelman raportti"));
}

TEST_F(PracticeMediaTest, AltTextsChangeAndItemsGoWithTheirFiles) {
  Fields posted = fields();
  posted.emplace_back("image_alt", "Ensimmäinen");
  ASSERT_EQ(author_.post_multipart("/teot/uusi", posted, {image(photo())}).status, 303);
  const auto stored = images();
  ASSERT_EQ(stored.size(), 1U);
  const std::string field = "media_" + std::to_string(stored[0].id) + "_alt";
  author_.get("/teot/kuvalliset-kummit/muokkaa");
  Fields emptied = fields();
  emptied.emplace_back(field, "");
  const auto refused = author_.post_multipart("/teot/kuvalliset-kummit/muokkaa", emptied, {});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused, "id=\"practice-" + field + "-error\""));
  Fields renamed = fields();
  renamed.emplace_back(field, "Kaksi kummia");
  ASSERT_EQ(author_.post_multipart("/teot/kuvalliset-kummit/muokkaa", renamed, {}).status, 303);
  EXPECT_EQ(images()[0].description, "Kaksi kummia");
  Fields removed = fields();
  removed.emplace_back("remove_media", std::to_string(stored[0].id));
  ASSERT_EQ(author_.post_multipart("/teot/kuvalliset-kummit/muokkaa", removed, {}).status, 303);
  EXPECT_TRUE(images().empty());
  EXPECT_EQ(files_in_uploads(), 0U);
}

}  // namespace
}  // namespace tori::web

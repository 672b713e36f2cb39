// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' news pages through the routes on a real SQLite store: only editors get
// in; an editor writes an article with an uploaded picture (re-encoded, served once published),
// schedules one (hidden from visitors until its time), edits texts and removes a picture; an
// invalid form comes back 422 with the text kept and the errors beside the inputs, a hostile file
// is refused by content, and an unknown related practice stores nothing; an article is deleted
// only once the editor ticks the box.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/media/sniff.hpp"
#include "tori/media/test_images.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/submission/practice_media.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

class NewsEditorTest : public ::testing::Test {
 protected:
  NewsEditorTest() {
    add_account_routes(router_, site_.services());
    add_page_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());  // /media/{file}
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  static Fields article(std::string slug, std::string date = "1.12.2026") {
    return {{"slug", std::move(slug)},
            {"title", "Gaalan palkitut"},
            {"lead", "Tekojen gaala palkitsi yhdeksän tekoa."},
            {"body", "## Palkitut\r\n\r\nOnnittelut **kaikille**."},
            {"date", std::move(date)},
            {"time", "9.00"},
            {"author", "Elina Saarivirta"},
            {"keywords", "gaala, Tekojen gaala"},
            {"credit_line", ""},
            {"related_events", ""},
            {"related_practices", ""},
            {"language", "fi"},
            {"new_alt", "Palkitut lavalla"},
            {"new_caption", "Palkitut gaalassa."},
            {"new_credit", "Kuva: Olli Pajunen"},
            {"action", "save"}};
  }
  static TestBrowser::File photo() {
    media::fixtures::start_vips();
    return {"new_image", "gaala.jpg", "image/jpeg",
            media::fixtures::jpeg(media::fixtures::picture(1600, 900))};
  }
  TestBrowser editor() {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, "toimittaja@tori.fi"));
    (void)browser.get("/toimitus/uutiset/uusi");
    return browser;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NewsEditorTest, OnlyEditorsGetIn) {
  EXPECT_EQ(TestBrowser(router_).get("/toimitus/uutiset").status, 303);
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.get("/toimitus/uutiset/uusi").status, 403);
  EXPECT_EQ(member.post("/toimitus/uutiset/uusi", article("x")).status, 403);
  EXPECT_TRUE(site_.store().news().all().empty());
}

TEST_F(NewsEditorTest, AnEditorPublishesAnArticleWithAPicture) {
  TestBrowser browser = editor();
  const auto saved =
      browser.post_multipart("/toimitus/uutiset/uusi", article("gaala-2026"), {photo()});
  EXPECT_EQ(saved.status, 303);
  EXPECT_THAT(browser.get(std::string(saved.headers.get("Location").value_or(""))).body,
              HasSubstr("Uutinen on tallennettu."));
  const auto stored = site_.store().news().find_by_slug("gaala-2026");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->input.keywords, (std::vector<std::string>{"gaala", "Tekojen gaala"}));
  EXPECT_EQ(stored->input.published_at, *text::parse_rfc3339("2026-12-01T07:00:00Z"));
  ASSERT_EQ(stored->input.images.size(), 1U);
  const core::ArticleImage& image = stored->input.images[0];
  EXPECT_EQ(image.alt, "Palkitut lavalla");
  EXPECT_EQ(image.credit, "Kuva: Olli Pajunen");
  const auto bytes = site_.services().uploads->folder.read(image.file);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(media::sniff_image(*bytes), media::ImageFormat::webp);

  TestBrowser visitor(router_);
  const auto page = visitor.get("/uutiset/gaala-2026");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<strong>kaikille</strong>"));
  EXPECT_THAT(page.body, HasSubstr("Kuva: Olli Pajunen"));
  EXPECT_EQ(visitor.get("/media/" + image.file).status, 200);

  // Edit: a text changed, the picture removed; the address stays.
  Fields edit = article("ignored");
  edit.emplace_back("image0_alt", "Palkitut lavalla");
  edit.emplace_back("image0_remove", "1");
  std::erase_if(edit, [](const auto& f) { return f.first.starts_with("new_"); });
  edit[1].second = "Gaalan palkitut 2026";
  EXPECT_EQ(browser.post_multipart("/toimitus/uutiset/gaala-2026/muokkaa", edit, {}).status, 303);
  const auto edited = site_.store().news().find_by_slug("gaala-2026");
  EXPECT_EQ(edited->input.title, "Gaalan palkitut 2026");
  EXPECT_TRUE(edited->input.images.empty());
  EXPECT_FALSE(site_.store().news().find_by_slug("ignored"));
}

TEST_F(NewsEditorTest, AScheduledArticleWaitsForItsTime) {
  TestBrowser browser = editor();
  EXPECT_EQ(
      browser.post_multipart("/toimitus/uutiset/uusi", article("tuleva", "1.1.2099"), {photo()})
          .status,
      303);
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/uutiset/tuleva").status, 404);
  EXPECT_THAT(browser.get("/toimitus/uutiset").body, HasSubstr("ajastettu"));
  // Its picture: not for visitors yet; for the editor's preview and form, never cached.
  const auto stored = site_.store().news().find_by_slug("tuleva");
  ASSERT_TRUE(stored && stored->input.images.size() == 1);
  const std::string thumbnail = "/media/" + stored->input.images[0].thumbnail;
  EXPECT_EQ(visitor.get(thumbnail).status, 404);
  const auto seen = browser.get(thumbnail);
  EXPECT_EQ(seen.status, 200);
  EXPECT_EQ(seen.headers.get("Cache-Control"), "private, no-store");
  EXPECT_THAT(browser.get("/toimitus/uutiset/tuleva/muokkaa").body, HasSubstr(thumbnail));
}

TEST_F(NewsEditorTest, AnInvalidArticleComesBackWithErrorsBesideTheFields) {
  TestBrowser browser = editor();
  Fields fields = article("Ei kelpaa", "31.2.2026");
  fields[1].second = "";   // title
  fields[12].second = "";  // the new picture's alt
  const auto page = browser.post_multipart("/toimitus/uutiset/uusi", fields, {photo()});
  EXPECT_EQ(page.status, 422);
  for (const char* id :
       {"news-slug-error", "news-title-error", "news-date-error", "news-new_alt-error"})
    EXPECT_THAT(page.body, HasSubstr(std::string("id=\"") + id + "\"")) << id;
  EXPECT_THAT(page.body, HasSubstr("Onnittelut **kaikille**."));
  EXPECT_TRUE(site_.store().news().all().empty());

  const auto hostile = browser.post_multipart(
      "/toimitus/uutiset/uusi", article("pahis"),
      {{"new_image", "kuva.jpg", "image/jpeg", "<?php system($_GET['c']); ?>"}});
  EXPECT_EQ(hostile.status, 422);
  EXPECT_THAT(hostile.body, HasSubstr("id=\"news-new_image-error\""));

  Fields unknown = article("tuntematon");
  unknown[10].second = "ei-ole-tekoa";
  std::erase_if(unknown, [](const auto& f) { return f.first.starts_with("new_"); });
  const auto refused = browser.post_multipart("/toimitus/uutiset/uusi", unknown, {});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("ei-ole-tekoa"));
  EXPECT_TRUE(site_.store().news().all().empty());
}

TEST_F(NewsEditorTest, AnArticleIsDeletedOnlyOnceTheEditorConfirms) {
  TestBrowser browser = editor();
  ASSERT_EQ(browser.post_multipart("/toimitus/uutiset/uusi", article("poistuva"), {photo()}).status,
            303);
  const auto form = browser.get("/toimitus/uutiset/poistuva/muokkaa");
  EXPECT_THAT(form.body, HasSubstr("action=\"/toimitus/uutiset/poistuva/poista\""));
  // Without the box ticked: the form again, the error beside the box, nothing deleted.
  const auto unconfirmed = browser.post("/toimitus/uutiset/poistuva/poista", {});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_THAT(unconfirmed.body, HasSubstr("id=\"news-delete-error\""));
  EXPECT_THAT(unconfirmed.body, HasSubstr("Vahvista poisto rastittamalla ruutu."));
  EXPECT_THAT(unconfirmed.body, HasSubstr("value=\"Gaalan palkitut\""));
  ASSERT_TRUE(site_.store().news().find_by_slug("poistuva"));
  // A member cannot, and a forged request (no CSRF token) deletes nothing.
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.post("/toimitus/uutiset/poistuva/poista", {{"confirm", "1"}}).status, 403);
  EXPECT_EQ(browser.post("/toimitus/uutiset/poistuva/poista", {{"confirm", "1"}}, false).status,
            403);
  ASSERT_TRUE(site_.store().news().find_by_slug("poistuva"));

  const std::string picture = site_.store().news().find_by_slug("poistuva")->input.images[0].file;
  const auto deleted = browser.post("/toimitus/uutiset/poistuva/poista", {{"confirm", "1"}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(deleted.headers.get("Location"), "/toimitus/uutiset?ilmoitus=news_deleted");
  EXPECT_THAT(browser.get("/toimitus/uutiset?ilmoitus=news_deleted").body,
              HasSubstr("Uutinen on poistettu."));
  EXPECT_FALSE(site_.store().news().find_by_slug("poistuva"));
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).at(0).action, "news.delete");
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/uutiset/poistuva").status, 404);
  EXPECT_EQ(visitor.get("/media/" + picture).status, 404);
  EXPECT_THAT(visitor.get("/uutiset.atom").body, Not(HasSubstr("poistuva")));
  EXPECT_EQ(browser.post("/toimitus/uutiset/poistuva/poista", {{"confirm", "1"}}).status, 404);
}

}  // namespace
}  // namespace tori::web

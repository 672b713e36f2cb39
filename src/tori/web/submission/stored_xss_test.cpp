// SPDX-License-Identifier: AGPL-3.0-or-later
// Stored XSS: a hostile corpus typed into every field of the practice form, an image's alt
// text, an adoption note and an editor's message comes out inert on every page that shows it,
// in the mail and in the API.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "tori/media/test_images.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/api.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;

// What an attacker types; none of it may reach a page as markup.
const std::vector<std::string> kCorpus = {
    "<script>alert('t1')</script>",
    "\"><img src=x onerror=alert('t2')>",
    "'><svg/onload=alert('t3')>",
    "</textarea><script>alert('t4')</script>",
    "<iframe src=\"javascript:alert('t5')\"></iframe>",
    "[klikkaa](javascript:alert('t6'))",
    "![kuva](x\" onerror=\"alert('t7'))",
    "<a href=\"javascript:alert('t8')\">linkki</a>",
    "{{TITLE}} [[account.name]] {{%AUTOESCAPE context=\"JS\"}}",
    "<style>body{display:none}</style><math><mtext></p><script>alert('t9')</script>",
};
// The marks of markup that came through: an element or attribute the corpus tries to plant.
// (Escaped, the same text is harmless: "&lt;img src=x onerror=alert(…)&gt;".)
const std::vector<std::string> kLiveMarkup = {
    "<script>alert(", "<img src=x",           "onerror=\"alert",   "<svg/onload",
    "<iframe",        "href=\"javascript:",   "src=\"javascript:", "<style>body",
    "<math>",         "<a href=\"javascript",
};

std::string corpus_text() {
  std::string text;
  for (const std::string& line : kCorpus)
    text += line + "\n\n";
  return text;
}

class StoredXssTest : public ::testing::Test {
 protected:
  StoredXssTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    add_practice_routes(router_, site_.services());
    add_api_routes(router_, site_.services());
    store::Store& store = site_.store();
    const auto home = test_support::seed_organisation(store, "Kontiolahden kunta");
    const auto other = test_support::seed_organisation(store, "Joensuun kaupunki");
    test_support::approve_membership(store, test_support::add_person(store, "maija@example.fi"),
                                     home);
    test_support::approve_membership(store, test_support::add_person(store, "olli@example.fi"),
                                     other);
    test_support::add_person(store, "eeva@example.fi", {core::Role::kEditor}, true);
  }

  // Every field of the form with the corpus, the title short enough to be valid.
  static Fields hostile_fields(const std::string& action) {
    const std::string text = corpus_text();
    Fields fields = {{"title", "<script>alert('otsikko')</script> Kummit"},
                     {"summary", kCorpus[1] + kCorpus[3]},
                     {"organisation", "kontiolahden-kunta"},
                     {"municipality", "Kontiolahti"},
                     {"language", "fi"},
                     {"maturity", "pilot"},
                     {"themes", "tyohyvinvointi"},
                     {"keywords", kCorpus[2] + ", " + kCorpus[0]},
                     {"contact_name", kCorpus[1]},
                     {"contact_title", kCorpus[4]},
                     {"contact_email", "maija@example.fi"},
                     {"contact_phone", kCorpus[0]},
                     {"link_1_title", kCorpus[7]},
                     {"link_1_url", "https://example.fi/?q=\"><script>alert('t10')</script>"},
                     {"image_alt", kCorpus[1] + kCorpus[0]},
                     {"action", action}};
    for (const std::string_view section : {"background", "solution", "implementation", "resources",
                                           "results", "transfer", "lessons"}) {
      fields.emplace_back("section_" + std::string(section), text);
    }
    return fields;
  }

  ::testing::AssertionResult inert(const std::string& where, const std::string& body) {
    for (const std::string& mark : kLiveMarkup) {
      if (body.find(mark) != std::string::npos) {
        return ::testing::AssertionFailure() << where << " has live markup: " << mark;
      }
    }
    return ::testing::AssertionSuccess();
  }

  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(StoredXssTest, TheCorpusIsInertOnEveryPageInMailAndInTheApi) {
  media::fixtures::start_vips();
  TestBrowser author(router_);
  ASSERT_TRUE(test_support::log_in(author, "maija@example.fi"));
  author.get("/teot/uusi");
  const auto saved =
      author.post_multipart("/teot/uusi", hostile_fields("submit"),
                            {{"image", "<script>.jpg", "image/jpeg",
                              media::fixtures::jpeg(media::fixtures::picture(40, 30))}});
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
  const auto practice =
      site_.store().practices().find_by_slug("script-alert-otsikko-script-kummit");
  ASSERT_TRUE(practice);
  const std::string path = "/teot/" + practice->slug;
  EXPECT_TRUE(inert("preview", author.get(path + "/esikatselu").body));

  TestBrowser editor(router_, "198.51.100.20");
  ASSERT_TRUE(test_support::log_in(editor, "eeva@example.fi"));
  EXPECT_TRUE(inert("queue", editor.get("/toimitus").body));
  EXPECT_TRUE(inert("review", editor.get("/toimitus/" + practice->slug).body));
  ASSERT_EQ(editor
                .post("/toimitus/" + practice->slug,
                      {{"action", "request_changes"}, {"message", corpus_text()}})
                .status,
            303);
  const auto mail = test_support::mail_to(site_.store(), "maija@example.fi");
  ASSERT_EQ(mail.size(), 1U);
  const std::string decoded = test_support::decode_quoted_printable(mail[0]);
  const auto html_part = decoded.find("Content-Type: text/html");
  ASSERT_NE(html_part, std::string::npos);
  EXPECT_TRUE(inert("the mail's HTML part", decoded.substr(html_part)));
  EXPECT_EQ(decoded.find("\r\nBcc:"), std::string::npos);
  EXPECT_TRUE(inert("form with the editor's message", author.get(path + "/muokkaa").body));
  ASSERT_EQ(author.post_multipart(path + "/muokkaa", hostile_fields("submit"), {}).status, 303);
  EXPECT_TRUE(inert("revision", editor.get("/toimitus/" + practice->slug + "/versiot/2").body));
  editor.get("/toimitus/" + practice->slug);
  ASSERT_EQ(editor.post("/toimitus/" + practice->slug, {{"action", "publish"}}).status, 303);

  TestBrowser olli(router_, "198.51.100.30");
  ASSERT_TRUE(test_support::log_in(olli, "olli@example.fi"));
  olli.get(path + "/kayttoon");
  EXPECT_EQ(olli.post(path + "/kayttoon",
                      {{"organisation", "joensuun-kaupunki"}, {"note", kCorpus[1] + kCorpus[5]}})
                .status,
            303);
  TestBrowser visitor(router_, "192.0.2.50");
  for (const std::string& page : {path, "/sv" + path, "/en" + path, std::string("/teot"),
                                  std::string("/teot?teema=tyohyvinvointi")}) {
    const auto response = visitor.get(page);
    EXPECT_EQ(response.status, 200) << page;
    EXPECT_TRUE(inert(page, response.body));
    // The text is there, shown as text.
    EXPECT_NE(response.body.find("&lt;script&gt;alert("), std::string::npos) << page;
  }
  const auto api = visitor.get("/api/v1/practices/" + practice->slug);
  ASSERT_EQ(api.status, 200);
  const auto json = boost::json::parse(api.body).as_object();
  EXPECT_EQ(json.at("title").as_string(), "<script>alert('otsikko')</script> Kummit");
  EXPECT_EQ(json.at("images").as_array().at(0).at("alt").as_string(), kCorpus[1] + kCorpus[0]);
  EXPECT_TRUE(inert("api sections_html", boost::json::serialize(json.at("sections_html"))));
  EXPECT_EQ(api.headers.get("X-Content-Type-Options"), "nosniff");
}

}  // namespace
}  // namespace tori::web

// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's autosave through its routes: the first save creates the draft and gives
// its address, later saves update it, and a refusal, an ended session or a submitted practice
// answer JSON the script can show — nothing else changes.
#include "tori/web/submission/autosave.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "tori/web/account/account_pages.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;

boost::json::object body_of(const http::Response& response) {
  EXPECT_EQ(response.headers.get("Content-Type"), "application/json");
  return boost::json::parse(response.body).as_object();
}

class AutosaveTest : public ::testing::Test {
 protected:
  AutosaveTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    store::Store& store = site_.store();
    const auto organisation = test_support::seed_organisation(store, "Kontiolahden kunta");
    maija_ = test_support::add_person(store, "maija@example.fi");
    test_support::approve_membership(store, maija_, organisation);
    EXPECT_TRUE(test_support::log_in(author_, "maija@example.fi"));
    author_.get("/teot/uusi");
  }
  static Fields fields(std::string title, std::string section = "Vaihtuvuus oli suurta.") {
    return {{"title", std::move(title)},
            {"organisation", "kontiolahden-kunta"},
            {"language", "fi"},
            {"section_background", std::move(section)},
            {"action", "autosave"}};
  }
  std::optional<core::Practice> draft() {
    return site_.store().practices().find_by_slug("kesken-oleva-teko");
  }

  test_support::TestSite site_;
  http::Router router_;
  TestBrowser author_{router_};
  std::int64_t maija_ = 0;
};

TEST_F(AutosaveTest, TheFirstSaveCreatesTheDraftAndLaterSavesUpdateIt) {
  const auto first = author_.post_multipart("/teot/uusi", fields("Kesken oleva teko"), {});
  ASSERT_EQ(first.status, 200) << first.body;
  const auto answer = body_of(first);
  EXPECT_EQ(answer.at("saved"), true);
  EXPECT_EQ(answer.at("edit_url"), "/teot/kesken-oleva-teko/muokkaa");
  EXPECT_NE(std::string(answer.at("message").as_string()).find("Luonnos tallennettu"),
            std::string::npos);
  EXPECT_EQ(first.headers.get("Cache-Control"), "no-store");
  ASSERT_TRUE(draft());
  EXPECT_EQ(draft()->state, core::PracticeState::kDraft);

  const auto second = author_.post_multipart("/teot/kesken-oleva-teko/muokkaa",
                                             fields("Kesken oleva teko", "Lisää tekstiä."), {});
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(draft()->sections[0], "Lisää tekstiä.");
  EXPECT_EQ(site_.store().submissions().revisions(draft()->id).size(), 2U);
  // Swedish pages get Swedish answers and addresses.
  const auto swedish = author_.post_multipart("/sv/teot/kesken-oleva-teko/muokkaa",
                                              fields("Kesken oleva teko", "Mer text."), {});
  EXPECT_EQ(body_of(swedish).at("edit_url"), "/sv/teot/kesken-oleva-teko/muokkaa");
}

TEST_F(AutosaveTest, RefusalsAnswerJsonAndChangeNothing) {
  const auto refused = author_.post_multipart("/teot/uusi", fields(std::string(201, 'x')), {});
  EXPECT_EQ(refused.status, 422);
  const auto answer = body_of(refused);
  EXPECT_EQ(answer.at("saved"), false);
  EXPECT_EQ(answer.at("errors").as_array().at(0).at("field"), "title");
  EXPECT_TRUE(site_.store().submissions().queue({.author_account_id = maija_}).empty());

  TestBrowser stranger(router_);
  const auto expired =
      stranger.post_multipart("/teot/uusi", fields("Kesken oleva teko"), {}, false);
  EXPECT_EQ(expired.status, 401);
  EXPECT_NE(std::string(body_of(expired).at("message").as_string()).find("vanhentunut"),
            std::string::npos);

  ASSERT_EQ(author_.post_multipart("/teot/uusi", fields("Kesken oleva teko"), {}).status, 200);
  site_.store().submissions().apply(draft()->id, core::EditorialAction::kSubmit, {}, "", {},
                                    store::utc_now());
  const auto submitted = author_.post_multipart("/teot/kesken-oleva-teko/muokkaa",
                                                fields("Kesken oleva teko", "Muutos."), {});
  EXPECT_EQ(submitted.status, 403);  // a member may no longer edit it at all
  EXPECT_EQ(draft()->sections[0], "Vaihtuvuus oli suurta.");
}

TEST_F(AutosaveTest, TheFormOffersAutosaveOnlyForDrafts) {
  const auto form = author_.get("/teot/uusi");
  EXPECT_NE(form.body.find("data-autosave=\"true\""), std::string::npos);
  EXPECT_NE(form.body.find("/static/js/practice-form.js"), std::string::npos);
  // The template's escaping writes the braces as character references.
  EXPECT_NE(form.body.find("data-counter-text=\"&#123;n&#125; / &#123;max&#125; merkkiä\""),
            std::string::npos);
}

}  // namespace
}  // namespace tori::web

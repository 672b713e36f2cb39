// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the Atom writer: the feed's and entries' elements in order, every character XML
// needs escaped (table-driven), controls XML 1.0 forbids dropped, the newest update chosen.
#include "tori/web/atom.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tori::web {
namespace {

using ::testing::HasSubstr;

AtomFeed feed_with_title(std::string title) {
  return AtomFeed{.id = "https://tori.example.fi/uutiset",
                  .title = std::move(title),
                  .subtitle = "",
                  .self_url = "https://tori.example.fi/uutiset.atom",
                  .page_url = "https://tori.example.fi/uutiset",
                  .author = "Tekojen tori",
                  .language = "fi",
                  .updated = text::TimePoint{std::chrono::seconds{1708066800}},
                  .entries = {}};
}

struct AtomEscape {
  std::string given;
  std::string written;
};

class AtomEscaping : public ::testing::TestWithParam<AtomEscape> {};

TEST_P(AtomEscaping, WritesTheTitleSafely) {
  const std::string xml = write_atom(feed_with_title(GetParam().given));
  EXPECT_THAT(xml, HasSubstr("<title type=\"text\">" + GetParam().written + "</title>"));
}

INSTANTIATE_TEST_SUITE_P(Cases, AtomEscaping,
                         ::testing::Values(AtomEscape{"Uutiset", "Uutiset"},
                                           AtomEscape{"A & B", "A &amp; B"},
                                           AtomEscape{"<script>", "&lt;script&gt;"},
                                           AtomEscape{"\"lainaus\"", "&quot;lainaus&quot;"},
                                           AtomEscape{"it's", "it&#39;s"},
                                           AtomEscape{"a\x01"
                                                      "b\x1f",
                                                      "ab"},
                                           AtomEscape{"rivi\nrivi\tsarake", "rivi\nrivi\tsarake"},
                                           AtomEscape{"Äänekoski – €", "Äänekoski – €"},
                                           AtomEscape{"", ""}));

TEST(AtomFeed, WritesTheFeedAndItsEntries) {
  AtomFeed feed = feed_with_title("Uutiset – Tekojen tori");
  feed.entries.push_back(AtomEntry{.id = "https://tori.example.fi/uutiset/a",
                                   .title = "Gaala",
                                   .url = "https://tori.example.fi/uutiset/a",
                                   .summary = "Ingressi",
                                   .content_html = "<p>Teksti &amp; kuva</p>",
                                   .author = "Elina",
                                   .language = "sv",
                                   .published = text::TimePoint{std::chrono::seconds{1708066800}},
                                   .updated = text::TimePoint{std::chrono::seconds{1708070400}},
                                   .categories = {{"gaala", "Gaala"}}});
  const std::string xml = write_atom(feed);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
                      "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fi\">",
                      0),
            0U);
  EXPECT_THAT(xml, HasSubstr("<link rel=\"self\" type=\"application/atom+xml\" "
                             "href=\"https://tori.example.fi/uutiset.atom\"/>"));
  EXPECT_THAT(xml, HasSubstr("<updated>2024-02-16T07:00:00Z</updated>"));
  EXPECT_THAT(xml,
              HasSubstr("<entry xml:lang=\"sv\">\n<id>https://tori.example.fi/uutiset/a</id>"));
  EXPECT_THAT(
      xml,
      HasSubstr(
          "<published>2024-02-16T07:00:00Z</published>\n<updated>2024-02-16T08:00:00Z</updated>"));
  EXPECT_THAT(xml, HasSubstr("<author><name>Elina</name>\n</author>"));
  EXPECT_THAT(xml, HasSubstr("<category term=\"gaala\" label=\"Gaala\"/>"));
  EXPECT_THAT(
      xml, HasSubstr("<content type=\"html\">&lt;p&gt;Teksti &amp;amp; kuva&lt;/p&gt;</content>"));
  EXPECT_EQ(newest_update(feed.entries, {}), feed.entries[0].updated);
  EXPECT_EQ(newest_update({}, feed.updated), feed.updated);
}

}  // namespace
}  // namespace tori::web

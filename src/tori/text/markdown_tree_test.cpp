// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the link allow-list that decides which Markdown links keep their href.
#include "tori/text/markdown_tree.hpp"

#include <string>

#include <gtest/gtest.h>

namespace tori::text {
namespace {

using namespace std::string_literals;  // "\0"s keeps the NUL byte

TEST(MarkdownTree, IsAllowedLink) {
  const struct {
    std::string_view name;
    std::string url;
    bool allowed;
  } cases[] = {
      {"https", "https://example.fi/a?b=c#d", true},
      {"http", "http://example.fi", true},
      {"mailto", "mailto:info@example.fi", true},
      {"scheme letter case", "HtTpS://example.fi", true},
      {"MAILTO", "MAILTO:info@example.fi", true},
      {"empty is the page itself", "", true},
      {"absolute path", "/teot/hyva-arki", true},
      {"relative path", "liite.pdf", true},
      {"fragment", "#tulokset", true},
      {"query", "?sivu=2", true},
      {"protocol-relative", "//example.fi/x", true},
      {"colon after a slash", "/polku:osa", true},
      {"colon after a question mark", "?aika=12:00", true},
      {"colon after a hash", "#kohta:2", true},
      {"javascript", "javascript:alert(1)", false},
      {"JavaScript letter case", "JaVaScRiPt:alert(1)", false},
      {"leading spaces", "  javascript:alert(1)", false},
      {"leading control characters", "\x01\x1F javascript:alert(1)", false},
      {"leading NUL", "\0javascript:alert(1)"s, false},
      {"tab inside the scheme", "java\tscript:alert(1)", false},
      {"newline inside the scheme", "java\nscript:alert(1)", false},
      {"carriage return inside the scheme", "java\rscript:alert(1)", false},
      {"tab inside https stays https", "ht\ttps://example.fi", true},
      {"space inside the scheme", "java script:alert(1)", false},
      {"vbscript", "vbscript:msgbox(1)", false},
      {"data", "data:text/html;base64,PHNjcmlwdD4=", false},
      {"data image", "data:image/png;base64,AAAA", false},
      {"file", "file:///etc/passwd", false},
      {"ftp", "ftp://example.fi", false},
      {"tel", "tel:+358401234567", false},
      {"xmpp", "xmpp:a@example.fi", false},
      {"unknown scheme", "polku:osa", false},
      {"colon first", ":x", false},
      {"https lookalike", "https-evil:x", false},
      {"percent-encoded scheme letter", "%6Aavascript:alert(1)", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(is_allowed_link(c.url), c.allowed);
  }
}

}  // namespace
}  // namespace tori::text

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of markdown_to_html and markdown_to_text: dialect, hostile input, headings, cutting.
#include "tori/text/markdown.hpp"

#include <chrono>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tori/text/escape.hpp"

namespace tori::text {
namespace {

using namespace std::string_literals;  // "\0"s keeps the NUL byte

struct MarkdownCase {
  std::string_view name;
  std::string input;
  std::string expected;
};

void expect_html(const MarkdownCase& c) {
  SCOPED_TRACE(c.name);
  const std::string html = markdown_to_html(c.input);
  EXPECT_EQ(html, c.expected);
  EXPECT_TRUE(is_valid_utf8(html));
}

TEST(Markdown, Dialect) {
  const MarkdownCase cases[] = {
      {"empty", "", ""},
      {"only blank lines", "\n \n\t\n", ""},
      {"paragraph", "Hyvä arki", "<p>Hyvä arki</p>\n"},
      {"emphasis", "*a* **b** _c_", "<p><em>a</em> <strong>b</strong> <em>c</em></p>\n"},
      {"soft break stays a newline", "rivi 1\nrivi 2", "<p>rivi 1\nrivi 2</p>\n"},
      {"hard break with two spaces", "rivi 1  \nrivi 2", "<p>rivi 1<br />\nrivi 2</p>\n"},
      {"quotes and apostrophes stay straight", "\"lainaus\" ja 'heittomerkki' -- ...",
       "<p>&quot;lainaus&quot; ja 'heittomerkki' -- ...</p>\n"},
      {"ampersand and less-than escaped", "a & b < c", "<p>a &amp; b &lt; c</p>\n"},
      {"strikethrough needs two tildes", "noin ~5~ ja ~~vanha~~",
       "<p>noin ~5~ ja <del>vanha</del></p>\n"},
      {"link", "[Tori](https://example.fi/a?b=1&c=2)",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi/a?b=1&amp;c=2\">Tori</a></p>\n"},
      {"link with title", "[x](http://example.fi \"Otsikko\")",
       "<p><a rel=\"nofollow ugc\" href=\"http://example.fi\" title=\"Otsikko\">x</a></p>\n"},
      {"mailto link", "[posti](MAILTO:info@example.fi)",
       "<p><a rel=\"nofollow ugc\" href=\"MAILTO:info@example.fi\">posti</a></p>\n"},
      {"relative links", "[a](/teot/hyva) [b](#tulokset) [c](?sivu=2) [d](liite.pdf)",
       "<p><a rel=\"nofollow ugc\" href=\"/teot/hyva\">a</a> "
       "<a rel=\"nofollow ugc\" href=\"#tulokset\">b</a> "
       "<a rel=\"nofollow ugc\" href=\"?sivu=2\">c</a> "
       "<a rel=\"nofollow ugc\" href=\"liite.pdf\">d</a></p>\n"},
      {"colon after the path starts is relative", "[a](/polku:osa)",
       "<p><a rel=\"nofollow ugc\" href=\"/polku:osa\">a</a></p>\n"},
      {"reference link", "[Tori][t]\n\n[t]: https://example.fi",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi\">Tori</a></p>\n"},
      {"autolink URL", "Katso https://example.fi/x.",
       "<p>Katso <a rel=\"nofollow ugc\" href=\"https://example.fi/x\">https://example.fi/x</a>."
       "</p>\n"},
      {"autolink www", "www.example.fi",
       "<p><a rel=\"nofollow ugc\" href=\"http://www.example.fi\">www.example.fi</a></p>\n"},
      {"autolink e-mail", "info@example.fi",
       "<p><a rel=\"nofollow ugc\" href=\"mailto:info@example.fi\">info@example.fi</a></p>\n"},
      {"angle autolink", "<https://example.fi>",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi\">https://example.fi</a></p>\n"},
      {"ftp autolink is text", "ftp://example.fi/x", "<p>ftp://example.fi/x</p>\n"},
      {"nested list", "- yksi\n  - kaksi\n    1. kolme\n- neljä",
       "<ul>\n<li>yksi\n<ul>\n<li>kaksi\n<ol>\n<li>kolme</li>\n</ol>\n</li>\n</ul>\n</li>\n"
       "<li>neljä</li>\n</ul>\n"},
      {"block quote", "> lainaus", "<blockquote>\n<p>lainaus</p>\n</blockquote>\n"},
      {"thematic break", "a\n\n***\n\nb", "<p>a</p>\n<hr />\n<p>b</p>\n"},
      {"task list syntax stays text", "- [ ] tehtävä", "<ul>\n<li>[ ] tehtävä</li>\n</ul>\n"},
      {"table with alignment classes",
       "| Vuosi | Määrä | Huom |\n|:--|--:|:-:|\n| 2024 | 3 | ~~x~~ |",
       "<table>\n<thead>\n<tr>\n<th class=\"align-left\">Vuosi</th>\n"
       "<th class=\"align-right\">Määrä</th>\n<th class=\"align-center\">Huom</th>\n</tr>\n"
       "</thead>\n<tbody>\n<tr>\n<td class=\"align-left\">2024</td>\n"
       "<td class=\"align-right\">3</td>\n<td class=\"align-center\"><del>x</del></td>\n</tr>\n"
       "</tbody>\n</table>\n"},
      {"table without alignment", "a | b\n--|--\n1 | 2",
       "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
       "<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n"},
      {"code block keeps markup as text", "```\n<a href=\"x\"> align=\"left\"\n```",
       "<pre><code>&lt;a href=&quot;x&quot;&gt; align=&quot;left&quot;\n</code></pre>\n"},
      {"code span keeps markup as text", "`<a href=\"x\">` and ` align=\"left\"`",
       "<p><code>&lt;a href=&quot;x&quot;&gt;</code> and <code> align=&quot;left&quot;</code>"
       "</p>\n"},
      {"entities decoded then escaped", "&amp; &lt;b&gt; &auml;", "<p>&amp; &lt;b&gt; ä</p>\n"},
  };
  for (const MarkdownCase& c : cases)
    expect_html(c);
}

TEST(Markdown, HostileInput) {
  const MarkdownCase cases[] = {
      {"script block dropped", "<script>alert(1)</script>", ""},
      {"script in a paragraph: tags dropped, text kept", "a <script>alert(1)</script> b",
       "<p>a alert(1) b</p>\n"},
      {"img onerror block dropped", "<img src=x onerror=alert(1)>", ""},
      {"img onerror inline dropped", "a <img src=x onerror=alert(1)> b", "<p>a  b</p>\n"},
      {"javascript link", "[x](javascript:alert(1))", "<p>x</p>\n"},
      {"JAVASCRIPT link", "[x](JAVASCRIPT:alert(1))", "<p>x</p>\n"},
      {"spaces before javascript", "[x](  javascript:alert(1))", "<p>x</p>\n"},
      {"tab inside the scheme", "[x](<java\tscript:alert(1)>)", "<p>x</p>\n"},
      {"entity tab inside the scheme", "[x](java&#x09;script:alert(1))", "<p>x</p>\n"},
      {"entity-encoded j", "[x](&#106;avascript:alert(1))", "<p>x</p>\n"},
      {"space inside the scheme", "[x](<java script:alert(1)>)", "<p>x</p>\n"},
      {"vbscript link", "[x](vbscript:msgbox(1))", "<p>x</p>\n"},
      {"file link", "[x](file:///etc/passwd)", "<p>x</p>\n"},
      {"data: HTML link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>\n"},
      {"data: image link (cmark would allow it)", "[x](data:image/png;base64,AAAA)", "<p>x</p>\n"},
      {"tel link", "[soita](tel:+358401234567)", "<p>soita</p>\n"},
      {"unknown scheme", "[x](polku:osa)", "<p>x</p>\n"},
      {"javascript angle autolink", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"},
      {"javascript reference link", "[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>\n"},
      {"raw anchor with javascript", "<a href=\"javascript:x\">y</a>", "<p>y</p>\n"},
      {"closing textarea", "</textarea>", ""},
      {"closing textarea inline", "a </textarea> b", "<p>a  b</p>\n"},
      {"style block", "<style>body { display: none }</style>", ""},
      {"iframe", "<iframe src=\"https://evil.example\"></iframe>", ""},
      {"HTML comment", "<!-- piilossa -->", ""},
      {"inline HTML comment", "a <!-- c --> b", "<p>a  b</p>\n"},
      {"HTML block swallows its lines", "<div>\n*x*\n</div>\n\nsen jälkeen",
       "<p>sen jälkeen</p>\n"},
      {"attribute breakout in a title", "[x](https://example.fi \"a\\\" onmouseover=\\\"b\")",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi\" "
       "title=\"a&quot; onmouseover=&quot;b\">x</a></p>\n"},
      {"attribute breakout in a URL", "[x](<https://example.fi/\"onmouseover=\"b>)",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi/%22onmouseover=%22b\">x</a></p>\n"},
      {"attribute breakout in a code info string", "```\" onclick=\"x\nkoodi\n```",
       "<pre><code class=\"language-&quot;\">koodi\n</code></pre>\n"},
      {"script in a code block stays text", "```html\n<script>alert(1)</script>\n```",
       "<pre><code class=\"language-html\">&lt;script&gt;alert(1)&lt;/script&gt;\n"
       "</code></pre>\n"},
      {"image becomes its alt text", "![Kuvateksti](https://example.fi/a.png)",
       "<p>Kuvateksti</p>\n"},
      {"image with a javascript source", "![x](javascript:alert(1))", "<p>x</p>\n"},
      {"image with onerror-looking alt", "![\" onerror=\"alert(1)](x.png)",
       "<p>&quot; onerror=&quot;alert(1)</p>\n"},
      {"image inside a link", "[![alt](i.png)](https://example.fi)",
       "<p><a rel=\"nofollow ugc\" href=\"https://example.fi\">alt</a></p>\n"},
      {"unsafe link inside an image", "![a [b](javascript:c)](i.png)", "<p>a b</p>\n"},
      {"empty image leaves no empty paragraph", "![](i.png)", ""},
      {"paragraph of raw HTML only", "<span></span>", ""},
      {"link without text", "[](https://example.fi) [ ](https://example.fi)", ""},
      {"link with only an image without alt", "[![](i.png)](https://example.fi) x", "<p> x</p>\n"},
      {"protocol-relative link is http(s)", "[x](//example.fi)",
       "<p><a rel=\"nofollow ugc\" href=\"//example.fi\">x</a></p>\n"},
      {"NUL byte", "a\0b"s,
       "<p>a\xEF\xBF\xBD"
       "b</p>\n"},
      {"ill-formed byte",
       "a\xFF"
       "b",
       "<p>a\xEF\xBF\xBD"
       "b</p>\n"},
      {"truncated sequence", "a\xC3", "<p>a\xEF\xBF\xBD</p>\n"},
      {"surrogate is one replacement", "\xED\xA0\x80", "<p>\xEF\xBF\xBD</p>\n"},
  };
  for (const MarkdownCase& c : cases) {
    expect_html(c);
    const std::string html = markdown_to_html(c.input);
    EXPECT_EQ(html.find("<!--"), std::string::npos) << c.name;
    EXPECT_EQ(html.find("<script"), std::string::npos) << c.name;
    EXPECT_EQ(html.find("javascript:alert"), c.expected.find("javascript:alert")) << c.name;
  }
}

TEST(Markdown, ManyInvalidBytesGiveValidUtf8) {
  std::string input;
  for (int byte = 0; byte < 256; ++byte)
    input += static_cast<char>(byte);
  input += "\xC0\xAF \xE0\x80\x80 \xF4\x90\x80\x80 \xF0\x9F\x98";  // overlong, too high, cut
  const std::string html = markdown_to_html(input);
  EXPECT_TRUE(is_valid_utf8(html));
  EXPECT_NE(html.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(is_valid_utf8(markdown_to_text(input, 500)));
}

TEST(Markdown, HeadingsMoveBelowThePageOutline) {
  const struct {
    std::string_view name;
    std::string input;
    int min_level;
    std::string expected;
  } cases[] = {
      {"h1 becomes h3", "# A", 3, "<h3>A</h3>\n"},
      {"levels keep their distance", "# A\n## B\n### C", 3, "<h3>A</h3>\n<h4>B</h4>\n<h5>C</h5>\n"},
      {"highest h2 becomes h3", "## A\n### B", 3, "<h3>A</h3>\n<h4>B</h4>\n"},
      {"lone h4 moves up to h3", "#### A", 3, "<h3>A</h3>\n"},
      {"none past h6", "# A\n##### E\n###### F", 3, "<h3>A</h3>\n<h6>E</h6>\n<h6>F</h6>\n"},
      {"setext headings", "A\n===\n\nB\n---", 3, "<h3>A</h3>\n<h4>B</h4>\n"},
      {"heading inside a list", "- # A", 3, "<ul>\n<li>\n<h3>A</h3>\n</li>\n</ul>\n"},
      {"empty heading dropped", "#\n\nteksti", 3, "<p>teksti</p>\n"},
      {"heading of an image only dropped, not counted", "# ![](x.png)\n## B", 3, "<h3>B</h3>\n"},
      {"heading of raw HTML only dropped", "# <b></b>", 3, ""},
      {"no headings", "teksti", 3, "<p>teksti</p>\n"},
      {"min level 1 keeps h1", "# A\n## B", 1, "<h1>A</h1>\n<h2>B</h2>\n"},
      {"min level 2", "### A\n#### B", 2, "<h2>A</h2>\n<h3>B</h3>\n"},
      {"min level 6", "# A\n## B", 6, "<h6>A</h6>\n<h6>B</h6>\n"},
      {"min level 0 is clamped to 1", "## A", 0, "<h1>A</h1>\n"},
      {"min level 9 is clamped to 6", "# A", 9, "<h6>A</h6>\n"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(markdown_to_html(c.input, c.min_level), c.expected);
  }
}

TEST(Markdown, ToText) {
  const struct {
    std::string_view name;
    std::string input;
    std::size_t max_chars;
    std::string expected;
  } cases[] = {
      {"empty", "", 100, ""},
      {"markup removed", "# Otsikko\n\nTeksti *korostus* ja [linkki](https://x.fi).", 100,
       "Otsikko Teksti korostus ja linkki."},
      {"blocks separated by a space", "- yksi\n- kaksi\n\n> lainaus", 100, "yksi kaksi lainaus"},
      {"table cells separated", "| a | b |\n|---|---|\n| 1 | 2 |", 100, "a b 1 2"},
      {"image alt text kept", "Kuva: ![kaavio](k.png)", 100, "Kuva: kaavio"},
      {"raw HTML dropped", "<script>alert(1)</script>\n\nTeksti <b>lihava</b>", 100,
       "Teksti lihava"},
      {"unsafe link keeps its text", "[linkki](javascript:x)", 100, "linkki"},
      {"code kept", "Aja `make`:\n\n```\nmake test\n```", 100, "Aja make: make test"},
      {"entities decoded, not escaped", "&amp; &lt;b&gt; \"x\"", 100, "& <b> \"x\""},
      {"breaks become spaces", "a  \nb\nc", 100, "a b c"},
      {"whitespace collapsed", "a\t\tb   c\n\n\nd", 100, "a b c d"},
      {"ill-formed UTF-8 replaced",
       "a\xFF"
       "b",
       100,
       "a\xEF\xBF\xBD"
       "b"},
      {"fits exactly", "Hyvä tulos", 10, "Hyvä tulos"},
      {"cut at the last space", "Hyvä tulos saatiin nopeasti", 12, "Hyvä tulos…"},
      {"cut where a word ends", "Hyvä tulos saatiin", 11, "Hyvä tulos…"},
      {"comma dropped before the ellipsis", "Tulokset, mittarit ja arviointi", 11, "Tulokset…"},
      {"dash dropped before the ellipsis", "Tulos – hyvä ja kaunis", 8, "Tulos…"},
      {"long first word cut inside", "Kehittämistyöpajoissakin on", 10, "Kehittämi…"},
      {"zero characters", "Teksti", 0, ""},
      {"one character", "Teksti", 1, "…"},
      {"decomposed ä kept whole",
       "a\xCC\x88"
       "a\xCC\x88"
       "a\xCC\x88",
       4, "a\xCC\x88…"},
      {"emoji with skin tone kept whole",
       "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
       "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
       4, "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD…"},
      {"flag not split", "\xF0\x9F\x87\xAB\xF0\x9F\x87\xAE\xF0\x9F\x87\xB8\xF0\x9F\x87\xAA", 3,
       "\xF0\x9F\x87\xAB\xF0\x9F\x87\xAE…"},
      {"flag that does not fit", "\xF0\x9F\x87\xAB\xF0\x9F\x87\xAE\xF0\x9F\x87\xB8", 2, "…"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string text = markdown_to_text(c.input, c.max_chars);
    EXPECT_EQ(text, c.expected);
    EXPECT_TRUE(is_valid_utf8(text));
  }
}

// The number of code points of valid UTF-8.
std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text)
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

TEST(Markdown, ToTextNeverExceedsTheLimit) {
  const std::string inputs[] = {
      "Työpajoissa kehitettiin yhdessä uusia, parempia käytäntöjä – ja ne toimivat!",
      "lyhyt",
      "Åbo Akademi ja Västerås: yhteistyö 2024–2025 (pilotti)",
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD sana \xF0\x9F\x87\xAB\xF0\x9F\x87\xAE toinen",
      std::string(300, 'x'),
  };
  for (const std::string& input : inputs) {
    for (std::size_t max = 0; max <= 90; ++max) {
      SCOPED_TRACE(input + " / " + std::to_string(max));
      const std::string text = markdown_to_text(input, max);
      EXPECT_LE(code_points(text), max);
      EXPECT_TRUE(is_valid_utf8(text));
      if (code_points(input) <= max) {
        EXPECT_EQ(text, input);
      }
    }
  }
}

// A realistic document of about `bytes` bytes: headings, paragraphs, lists, links, a table.
std::string long_document(std::size_t bytes) {
  const std::string section =
      "## Lähtötilanne\n\nTyöyhteisössä **kehitettiin** uusi _toimintamalli_, josta kerrottiin "
      "[sivuilla](https://example.fi/teot/hyva-arki) ja osoitteessa www.example.fi. Lisätietoa "
      "antaa info@example.fi.\n\n- ensimmäinen vaihe\n- toinen vaihe\n  - alakohta `koodi`\n\n"
      "| Vuosi | Määrä |\n|:--|--:|\n| 2023 | 12 |\n| 2024 | 31 |\n\n> Lainaus ~~vanhasta~~ "
      "uudesta.\n\n";
  std::string text;
  while (text.size() < bytes)
    text += section;
  return text;
}

TEST(Markdown, OneMegabyteInReasonableTime) {
  const std::string input = long_document(1 << 20);
  const auto start = std::chrono::steady_clock::now();
  const std::string html = markdown_to_html(input);
  const std::string text = markdown_to_text(input, 160);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ timing ] 1 MiB of Markdown: " << seconds << " s\n";  // printed, not asserted
  std::size_t tables = 0;
  for (std::size_t at = html.find("<table>"); at != std::string::npos;
       at = html.find("<table>", at + 1)) {
    ++tables;
  }
  const std::size_t sections = input.size() / long_document(1).size();
  EXPECT_EQ(tables, sections);  // every section's table survived as a table
  EXPECT_NE(html.find("<h3>Lähtötilanne</h3>"), std::string::npos);
  EXPECT_NE(html.find("href=\"mailto:info@example.fi\""), std::string::npos);
  EXPECT_EQ(text.rfind("Lähtötilanne Työyhteisössä kehitettiin", 0), 0u);
}

TEST(Markdown, ConcurrentRendersAgree) {
  // cmark-gfm flips process-wide tables while it parses; without the parse lock four threads
  // got 35–40 % wrong renderings of this kind of document.
  const std::string with_extensions = long_document(8 * 1024);
  // 20,000 '@' in one chunk are past the autolink budget: this one parses without autolinks.
  const std::string without_autolinks = std::string(20'000, '@') + "\n" + with_extensions;
  const std::string expected[] = {markdown_to_html(with_extensions),
                                  markdown_to_html(without_autolinks)};
  ASSERT_NE(expected[0].find("mailto:"), std::string::npos);
  ASSERT_EQ(expected[1].find("mailto:"), std::string::npos);
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const bool plain = (i + t) % 2 == 0;
        if (markdown_to_html(plain ? with_extensions : without_autolinks) !=
            expected[plain ? 0 : 1]) {
          ++wrong[t];
        }
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace tori::text

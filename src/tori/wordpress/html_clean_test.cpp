// SPDX-License-Identifier: AGPL-3.0-or-later
// The cleaner, table-driven: each allowed element, each dropped one and hostile input, with
// the Markdown expected and the HTML it renders to checked for anything active.
#include "tori/wordpress/html_clean.hpp"

#include <gtest/gtest.h>

#include "tori/text/markdown.hpp"

namespace tori::wordpress {
namespace {

struct CleanCase {
  const char* name;
  const char* html;
  const char* markdown;
};

const CleanCase kCleanCases[] = {
    // Kept.
    {"paragraphs", "<p>Yksi</p><p>Kaksi</p>", "Yksi\n\nKaksi"},
    {"line break", "<p>Rivi<br>toinen<br/></p>", "Rivi\\\ntoinen"},
    {"h1 becomes h2", "<h1>Otsikko</h1>", "## Otsikko"},
    {"h2", "<h2>Otsikko</h2>", "## Otsikko"},
    {"h3", "<h3>Otsikko</h3>", "### Otsikko"},
    {"h4", "<h4>Otsikko</h4>", "#### Otsikko"},
    {"h5 and h6 become h4", "<h5>A</h5><h6>B</h6>", "#### A\n\n#### B"},
    {"strong and b", "<p><strong>vahva</strong> ja <b>lihava</b></p>", "**vahva** ja **lihava**"},
    {"em and i", "<p><em>korostus</em> ja <i>kursiivi</i></p>", "*korostus* ja *kursiivi*"},
    {"spaces move outside emphasis", "<p>a<strong> b </strong>c</p>", "a **b** c"},
    {"empty emphasis", "<p>a<b> </b>c</p>", "a c"},
    {"nested strong", "<p><b>a <strong>b</strong></b></p>", "**a b**"},
    {"unordered list", "<ul><li>yksi</li><li>kaksi</li></ul>", "- yksi\n- kaksi"},
    {"ordered list", "<ol><li>yksi</li><li>kaksi</li></ol>", "1. yksi\n2. kaksi"},
    {"nested list", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c"},
    {"empty item dropped", "<ul><li> </li><li>x</li></ul>", "- x"},
    {"blockquote", "<blockquote><p>Lainaus</p><p>Toinen</p></blockquote>",
     "> Lainaus\n>\n> Toinen"},
    {"http link", "<a href=\"https://example.fi/a b\">Linkki</a>",
     "[Linkki](https://example.fi/a%20b)"},
    {"relative link", "<a href=\"/uutiset?x=(1)\">L</a>", "[L](/uutiset?x=%281%29)"},
    {"mailto link", "<a href=\"mailto:info@example.fi\">posti</a>",
     "[posti](mailto:info@example.fi)"},
    {"table",
     "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td>"
     "<td>x|y</td></tr></tbody></table>",
     "| A | B |\n| --- | --- |\n| 1 | x\\|y |"},
    {"table without header row", "<table><tr><td>a</td></tr><tr><td>b</td><td>c</td></tr></table>",
     "| a |  |\n| --- | --- |\n| b | c |"},
    {"table in a figure",
     "<figure class=\"wp-block-table\"><table><tr><td>a</td></tr></table><figcaption>T"
     "</figcaption></figure>",
     "| a |\n| --- |\n\nT"},
    {"image is a reference", "<p>Teksti <img src=\"/k.jpg\" alt=\"Kuva\"></p>", "Teksti"},
    {"entities decoded, then escaped", "<p>&lt;b&gt; &amp; &auml;&#228; &quot;</p>",
     "\\<b\\> \\& ää \""},
    {"unknown element keeps its text",
     "<p><span class=\"x\">sana</span> <u>toinen</u> "
     "<custom-el>kolmas</custom-el></p>",
     "sana toinen kolmas"},
    {"div is a paragraph", "<div>a</div><div>b</div>", "a\n\nb"},
    // Dropped.
    {"script", "<p>a</p><script>alert(1)</script><p>b</p>", "a\n\nb"},
    {"style", "<style>p{color:red}</style><p>a</p>", "a"},
    {"iframe", "<p>a<iframe src=\"https://evil.example\">x</iframe></p>", "a"},
    {"form and fields",
     "<form action=\"/x\"><input value=\"v\"><textarea>t</textarea>"
     "<button>b</button><select><option>o</option></select></form><p>a</p>",
     "a"},
    {"object and embed", "<object data=\"x\">o</object><embed src=\"x\"><p>a</p>", "a"},
    {"comment", "<p>a<!-- salaisuus -->b</p>", "ab"},
    {"on attributes",
     "<p onclick=\"alert(1)\">a<img src=\"x.jpg\" alt=\"k\" onerror=\"alert(1)\"></p>", "a"},
    {"style attribute", "<p style=\"background:url(javascript:alert(1))\">a</p>", "a"},
    {"svg", "<p>a</p><svg><script>alert(1)</script><text>t</text></svg>", "a"},
    {"math", "<math><mi>x</mi></math><p>a</p>", "a"},
    {"javascript href", "<a href=\"javascript:alert(1)\">klik</a>", "klik"},
    {"JavaScript href with spaces", "<a href=\" JaVa\tScRiPt:alert(1)\">klik</a>", "klik"},
    {"entity-encoded javascript href", "<a href=\"&#106;avascript:alert(1)\">klik</a>", "klik"},
    {"data href", "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>", "d"},
    {"vbscript href", "<a href=\"vbscript:msgbox\">v</a>", "v"},
    {"link without text", "<a href=\"/x\"><img src=\"/k.jpg\" alt=\"\"></a>", ""},
    {"nested link", "<a href=\"/a\">x <a href=\"javascript:y\">y</a></a>", "[x](/a) y"},
    {"tab entity inside javascript", "<a href=\"java&#x09;script:alert(1)\">t</a>", "t"},
    // An element named "scr<script": its text stays, inert and escaped.
    {"split script tag", "<scr<script>ipt>alert(1)</script><p>a</p>", "ipt\\>alert(1)\n\na"},
    {"unclosed bold", "<p><b>lihava", "**lihava**"},
    {"spaces around an http href", "<a href=\"  https://ok.fi/  \">ok</a>", "[ok](https://ok.fi/)"},
    {"noscript and template", "<noscript>n</noscript><template>t</template><p>a</p>", "a"},
    {"video and audio", "<video src=\"v.mp4\">v</video><audio>a</audio><p>b</p>", "b"},
    // Markdown injection: text is text.
    {"markdown link in text", "<p>[x](javascript:alert(1))</p>", "\\[x\\](javascript:alert(1))"},
    {"markdown image in text", "<p>![x](https://evil.example/p.png)</p>",
     "!\\[x\\](https://evil.example/p.png)"},
    {"stars in bold", "<b>**</b>", "**\\*\\***"},
    {"underscores and backticks", "<p>_a_ `b` ~c~</p>", "\\_a\\_ \\`b\\` \\~c\\~"},
    {"raw html in text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
     "\\<script\\>alert(1)\\</script\\>"},
    {"heading at line start", "<p># ei otsikko</p>", "\\# ei otsikko"},
    {"list at line start", "<p>- ei lista<br>+ eikä tämä<br>1. eikä<br>2) tämä</p>",
     "\\- ei lista\\\n\\+ eikä tämä\\\n1\\. eikä\\\n2\\) tämä"},
    {"setext underline", "<p>a<br>===</p>", "a\\\n\\==="},
    {"quote at line start", "<p>&gt; ei lainaus</p>", "\\> ei lainaus"},
    {"entity in text", "<p>&amp;lt;</p>", "\\&lt;"},
    {"nbsp paragraph", "<p>&nbsp;</p><p>a</p>", "a"},
    // WordPress.
    {"wpautop", "Ensimmäinen kappale\nrivi kaksi\n\nToinen kappale",
     "Ensimmäinen kappale\\\nrivi kaksi\n\nToinen kappale"},
    {"wpautop beside a list", "Alku\n<ul>\n<li>a</li>\n</ul>\n\nLoppu", "Alku\n\n- a\n\nLoppu"},
    {"block editor",
     "<!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph -->\n\n"
     "<!-- wp:paragraph -->\n<p>b</p>\n<!-- /wp:paragraph -->",
     "a\n\nb"},
    {"unknown shortcode dropped",
     "[gallery ids=\"1,2\"]\n\nTeksti [su_box title=\"x\"]sisällä"
     "[/su_box]",
     "Teksti sisällä"},
    {"escaped shortcode", "[[gallery]]", "\\[gallery\\]"},
    {"brackets that are not shortcodes", "[1] ja [Kuva alla] ja [a=b]",
     "\\[1\\] ja \\[Kuva alla\\] ja \\[a=b\\]"},
    {"deep nesting", nullptr, nullptr},
};

class CleanTable : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanTable, GivesMarkdownThatRendersNothingActive) {
  const CleanCase& c = GetParam();
  std::string html = c.html ? c.html : "";
  std::string expected = c.markdown ? c.markdown : "";
  if (c.html == nullptr) {  // deep nesting: the text beyond kMaxHtmlDepth is dropped
    for (int i = 0; i < 5000; ++i)
      html += "<span>";
    html += "syvä";
  }
  const CleanedHtml cleaned = clean_wordpress_html(html);
  EXPECT_EQ(cleaned.markdown, expected) << c.html;
  const std::string rendered = text::markdown_to_html(cleaned.markdown, 2);
  for (const char* active : {"<script", "href=\"javascript", "onerror=", "onclick=", "<iframe",
                             "<svg", "<img", "style=", "href=\"data:", "href=\"vbscript"})
    EXPECT_EQ(rendered.find(active), std::string::npos) << active << " in " << rendered;
}

INSTANTIATE_TEST_SUITE_P(Cases, CleanTable, ::testing::ValuesIn(kCleanCases), [](const auto& info) {
  std::string name;
  for (const char* p = info.param.name; *p; ++p)
    name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
});

TEST(CleanRendering, KeptMarkupRendersAsHtml) {
  const std::string html = text::markdown_to_html(
      clean_wordpress_html("<p><b>**</b> <a href=\"https://example.fi\">L</a></p>"
                           "<ul><li>a</li></ul><h1>O</h1>")
          .markdown,
      2);
  EXPECT_NE(html.find("<strong>**</strong>"), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"https://example.fi\""), std::string::npos) << html;
  EXPECT_NE(html.find("<li>a</li>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h2>O</h2>"), std::string::npos) << html;
}

TEST(CleanImages, ImagesAreReferencesWithCaptions) {
  const CleanedHtml cleaned = clean_wordpress_html(
      "[caption id=\"attachment_45\" align=\"aligncenter\" width=\"300\"]<a href=\"/iso.jpg\">"
      "<img src=\"https://vanha.example.fi/wp-content/uploads/2019/05/kuva.jpg\" alt=\"Järvi\" "
      "width=\"300\" /></a> Järvi illalla[/caption]\n\nTeksti <img src=\"/b.png\" alt=\"B\">\n\n"
      "<figure class=\"wp-block-image\"><img src=\"/c.png\" alt=\"\"/><figcaption>Kuvateksti "
      "<em>C</em></figcaption></figure>\n\n[caption caption=\"Vanha muoto\"]<img src=\"/d.png\">"
      "[/caption]");
  ASSERT_EQ(cleaned.images.size(), 4U);
  EXPECT_EQ(cleaned.images[0],
            (ImageReference{"https://vanha.example.fi/wp-content/uploads/2019/05/kuva.jpg", "Järvi",
                            "Järvi illalla"}));
  EXPECT_EQ(cleaned.images[1], (ImageReference{"/b.png", "B", ""}));
  EXPECT_EQ(cleaned.images[2], (ImageReference{"/c.png", "", "Kuvateksti C"}));
  EXPECT_EQ(cleaned.images[3].caption, "Vanha muoto");
  EXPECT_EQ(cleaned.markdown, "Teksti");
}

TEST(CleanLinks, SafeLinkTarget) {
  EXPECT_EQ(safe_link_target("https://example.fi/ä"), "https://example.fi/%C3%A4");
  EXPECT_EQ(safe_link_target("HTTP://example.fi"), "HTTP://example.fi");
  EXPECT_EQ(safe_link_target("//example.fi/x"), "//example.fi/x");
  EXPECT_EQ(safe_link_target("#kohta"), "#kohta");
  EXPECT_EQ(safe_link_target("sivu/alasivu"), "sivu/alasivu");
  EXPECT_EQ(safe_link_target("java\nscript:alert(1)"), "");
  EXPECT_EQ(safe_link_target("file:///etc/passwd"), "");
  EXPECT_EQ(safe_link_target("tel:+358401234567"), "");
  EXPECT_EQ(safe_link_target("a\x01"
                             "b"),
            "");
  EXPECT_EQ(safe_link_target("   "), "");
}

}  // namespace
}  // namespace tori::wordpress

// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of HTML and URL escaping, percent-decoding, UTF-8 validation, case folding and NFC.
#include "tori/text/escape.hpp"

#include <gtest/gtest.h>

namespace tori::text {
namespace {

using namespace std::string_literals;  // "\0"s keeps the NUL byte

struct TextCase {
  std::string_view name;
  std::string input, expected;
};

TEST(Escape, EscapeHtml) {
  const TextCase cases[] = {
      {"empty", "", ""},
      {"plain text kept", "Tekojen tori", "Tekojen tori"},
      {"ampersand", "a & b", "a &amp; b"},
      {"less than", "a < b", "a &lt; b"},
      {"greater than", "a > b", "a &gt; b"},
      {"double quote", "say \"hi\"", "say &quot;hi&quot;"},
      {"single quote", "it's", "it&#39;s"},
      {"script tag", "<script>alert('x')</script>",
       "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
      {"attribute breakout", "\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
      {"existing entity escaped again", "&amp;", "&amp;amp;"},
      {"UTF-8 kept", "Åbo ja Öljy – ok", "Åbo ja Öljy – ok"},
      {"NUL and control bytes kept", "a\0b\n"s, "a\0b\n"s},
  };
  for (const TextCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(escape_html(c.input), c.expected);
  }
}

TEST(Escape, UrlEncodeComponent) {
  const TextCase cases[] = {
      {"empty", "", ""},
      {"unreserved kept", "AZaz09-._~", "AZaz09-._~"},
      {"space is %20", "a b", "a%20b"},
      {"plus encoded", "a+b", "a%2Bb"},
      {"slash encoded", "a/b", "a%2Fb"},
      {"query delimiters", "?&=#", "%3F%26%3D%23"},
      {"percent encoded", "100%", "100%25"},
      {"reserved sub-delims", "!$'()*,;:@", "%21%24%27%28%29%2A%2C%3B%3A%40"},
      {"UTF-8 bytes, upper-case hex", "ä€", "%C3%A4%E2%82%AC"},
      {"NUL byte", "\0"s, "%00"},
      {"high byte", "\xFF", "%FF"},
  };
  for (const TextCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(url_encode_component(c.input), c.expected);
  }
}

TEST(Escape, PercentDecode) {
  struct Case {
    std::string_view name;
    std::string input;
    bool plus_as_space;
    std::optional<std::string> expected;
  };
  const Case cases[] = {
      {"empty", "", false, ""},
      {"plain", "abc", false, "abc"},
      {"%20", "a%20b", false, "a b"},
      {"%2F is a slash", "a%2Fb", false, "a/b"},
      {"lower-case hex", "%c3%a4", false, "ä"},
      {"upper-case hex", "%C3%A4", false, "ä"},
      {"%00 kept as a NUL byte", "a%00b", false, "a\0b"s},
      {"invalid UTF-8 kept", "%FF%FE", false, "\xFF\xFE"},
      {"plus kept", "a+b", false, "a+b"},
      {"plus as space", "a+b", true, "a b"},
      {"%2B stays plus with plus_as_space", "a%2Bb", true, "a+b"},
      {"decoded once only", "%2541", false, "%41"},
      {"%zz", "a%zzb", false, std::nullopt},
      {"one hex digit then a non-hex", "%4g", false, std::nullopt},
      {"truncated: lone %", "100%", false, std::nullopt},
      {"truncated: one digit", "a%4", false, std::nullopt},
      {"truncated in the middle of text", "%", true, std::nullopt},
      {"sign is not hex", "%+1", false, std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(percent_decode(c.input, c.plus_as_space), c.expected);
  }
}

TEST(Escape, EncodeThenDecodeRoundTrips) {
  const std::string texts[] = {"", "a b+c/d?e=f&g", "Ääkkösiä € 😀", "\0\xFF"s};
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_EQ(percent_decode(url_encode_component(text), true), text);
  }
}

TEST(Escape, IsValidUtf8) {
  struct Case {
    std::string_view name;
    std::string input;
    bool expected;
  };
  const Case cases[] = {
      {"empty", "", true},
      {"ASCII", "hello", true},
      {"NUL is valid", "a\0b"s, true},
      {"two bytes", "ä", true},
      {"three bytes", "€", true},
      {"four bytes", "😀", true},
      {"largest code point U+10FFFF", "\xF4\x8F\xBF\xBF", true},
      {"last before surrogates U+D7FF", "\xED\x9F\xBF", true},
      {"lone continuation byte", "\x80", false},
      {"overlong two-byte NUL", "\xC0\x80", false},
      {"overlong two-byte lead C1", "\xC1\xBF", false},
      {"overlong three-byte", "\xE0\x80\xAF", false},
      {"overlong four-byte", "\xF0\x80\x80\xAF", false},
      {"surrogate U+D800", "\xED\xA0\x80", false},
      {"above U+10FFFF", "\xF4\x90\x80\x80", false},
      {"F5 lead", "\xF5\x80\x80\x80", false},
      {"FF byte", "\xFF", false},
      {"truncated two-byte", "\xC3", false},
      {"truncated four-byte", "\xF0\x9F\x98", false},
      {"bad continuation", "\xC3\x28", false},
      {"bad third byte", "\xE2\x82\x28", false},
      {"valid then invalid", "ok ä \xC3", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(is_valid_utf8(c.input), c.expected);
  }
}

TEST(Escape, FoldCase) {
  const TextCase cases[] = {
      {"empty", "", ""},
      {"ASCII", "Tekojen TORI", "tekojen tori"},
      {"Finnish letters", "ÄÖÅ äöå", "äöå äöå"},
      {"sharp s folds to ss", "Straße", "strasse"},
      {"final sigma", "ΣΟΦΊΑ ς", "σοφία σ"},
      {"ill-formed byte becomes U+FFFD", "A\xFF", "a\xEF\xBF\xBD"},
  };
  for (const TextCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(fold_case(c.input), c.expected);
  }
}

TEST(Escape, ToNfc) {
  const TextCase cases[] = {
      {"empty", "", ""},
      {"already NFC", "Öljy", "Öljy"},
      {"a + combining diaeresis", "a\xCC\x88", "ä"},
      {"O + combining diaeresis", "O\xCC\x88ljy", "Öljy"},
      {"A + combining ring", "A\xCC\x8A", "Å"},
      {"Angstrom sign becomes Å", "\xE2\x84\xAB", "Å"},
      {"ill-formed byte becomes U+FFFD", "a\xFF", "a\xEF\xBF\xBD"},
  };
  for (const TextCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(to_nfc(c.input), c.expected);
  }
}

}  // namespace
}  // namespace tori::text

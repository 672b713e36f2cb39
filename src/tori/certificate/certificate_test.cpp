// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of render_certificate_pdf, read back with poppler-utils: one A4 page, the text really
// there (Finnish, Swedish, markup as it is), nothing past the frame, the document information.
#include "tori/certificate/certificate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tori/certificate/poppler_tools.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::certificate {
namespace {

using testing::pdfinfo_field;
using testing::PopplerRun;
using testing::run_poppler;
using testing::Word;
using testing::words_of;

// The inner border of the frame, in points: every word must lie inside it.
constexpr double kInnerLeft = 36.0;
constexpr double kInnerTop = 36.0;
constexpr double kInnerRight = 595.2756 - 36.0;
constexpr double kInnerBottom = 841.8898 - 36.0;

// At the end of the program, what cairo, pango and fontconfig keep for the whole process is
// given back, so that LeakSanitizer reports only real leaks.
class ReleaseFontCaches : public ::testing::Environment {
 public:
  void TearDown() override { release_font_caches(); }
};
[[maybe_unused]] ::testing::Environment* const kReleaseFontCaches =
    ::testing::AddGlobalTestEnvironment(new ReleaseFontCaches);

CertificateText winner() {
  CertificateText text;
  text.heading = "Kunniakirja";
  text.award = "Vuoden teko 2024 – voittaja";
  text.category = "Yhteisöllisyys";
  text.practice_title = "Yhteinen aamukahvi";
  text.organisations = "Äänekosken kaupunki";
  text.justification =
      "Työyhteisö löysi tavan tutustua toisiinsa yli yksikkörajojen. Aamukahvi on "
      "pieni teko, joka on levinnyt jo kymmeneen kuntaan.";
  text.campaign = "Teot kiertoon 2024";
  text.date_line = "Helsingissä 14.11.2024";
  text.signature_line = "Maija Meikäläinen, ohjelmajohtaja";
  return text;
}

// `count` characters of Finnish sentences, then "LOPPUSANA" as the last word.
std::string long_justification(std::size_t count) {
  const std::string sentence = "Tiimi kehitti yhteisen tavan, joka vahvisti yhteisöllisyyttä. ";
  std::string text;
  while (text.size() < count)
    text += sentence;
  return text + "LOPPUSANA";
}

// Runs of white space as one space, so that a match does not depend on pdftotext's lines.
std::string squeezed(const std::string& text) {
  std::string result;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (!space)
      result += c;
    else if (!result.empty() && result.back() != ' ')
      result += ' ';
  }
  return result;
}

// The "word" that ends a field cut with "…": pango gives the ellipsis glyph the whole cut text,
// and cairo writes that as the glyph's text, so pdftotext sees one narrow word holding several.
const Word* ellipsis_in(const std::vector<Word>& words) {
  for (const Word& word : words) {
    if (word.text.find(' ') != std::string::npos) return &word;
  }
  return nullptr;
}

const Word* word_in(const std::vector<Word>& words, std::string_view text) {
  for (const Word& word : words) {
    if (word.text == text) return &word;
  }
  return nullptr;
}

class CertificatePdf : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"}) {
      ASSERT_FALSE(testing::find_tool(tool).empty())
          << tool << " is not installed: these tests need Debian's poppler-utils "
          << "(apt-get install poppler-utils, or tools/install-deps.sh test)";
    }
  }

  // Runs `tool` on `pdf` (written to this test's temporary folder) with `args` before the file.
  PopplerRun run(const std::string& tool, const std::string& pdf,
                 std::vector<std::string> args = {}, bool to_stdout = false) {
    dir_.write("kunniakirja.pdf", pdf);
    args.push_back((dir_ / "kunniakirja.pdf").string());
    if (to_stdout) args.emplace_back("-");
    PopplerRun result = run_poppler(tool, args, dir_ / (tool + ".err"));
    EXPECT_EQ(result.exit_code, 0) << tool << ": " << result.err;
    EXPECT_EQ(result.err, "") << tool << " warned about the PDF";
    return result;
  }
  std::string info(const std::string& pdf) { return run("pdfinfo", pdf, {"-enc", "UTF-8"}).out; }
  std::string text(const std::string& pdf) {
    return squeezed(run("pdftotext", pdf, {"-enc", "UTF-8"}, true).out);
  }
  std::vector<Word> words(const std::string& pdf) {
    return words_of(run("pdftotext", pdf, {"-bbox", "-enc", "UTF-8"}, true).out);
  }

  tori::testing::TempDir dir_;
};

TEST_F(CertificatePdf, IsOneA4PortraitPage) {
  const std::string pdf = render_certificate_pdf(winner());
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  const std::string about = info(pdf);
  EXPECT_EQ(pdfinfo_field(about, "Pages"), "1");
  EXPECT_EQ(pdfinfo_field(about, "Page size"), "595.276 x 841.89 pts (A4)");
}

TEST_F(CertificatePdf, FinnishTextIsThereAsWritten) {
  const std::string shown = text(render_certificate_pdf(winner()));
  for (const char* expected : {"Teot kiertoon 2024", "Kunniakirja", "Vuoden teko 2024 – voittaja",
                               "Yhteisöllisyys", "Yhteinen aamukahvi", "Äänekosken kaupunki",
                               "Työyhteisö löysi tavan", "levinnyt jo kymmeneen kuntaan.",
                               "Helsingissä 14.11.2024", "Maija Meikäläinen, ohjelmajohtaja"}) {
    EXPECT_NE(shown.find(expected), std::string::npos) << expected << " missing from: " << shown;
  }
  EXPECT_EQ(ellipsis_in(words(render_certificate_pdf(winner()))), nullptr) << "nothing was cut";
}

TEST_F(CertificatePdf, SwedishTextIsThereAsWritten) {
  CertificateText text = winner();
  text.language = "sv";
  text.heading = "Hedersdiplom";
  text.award = "Årets gärning 2024 – vinnare";
  text.category = "Gemenskap";
  text.organisations = "Närpes stad, Österbottens välfärdsområde";
  text.date_line = "Helsingfors 14.11.2024";
  const std::string shown = this->text(render_certificate_pdf(text));
  for (const char* expected : {"Hedersdiplom", "Årets gärning 2024 – vinnare", "Gemenskap",
                               "Närpes stad, Österbottens välfärdsområde", "Helsingfors"}) {
    EXPECT_NE(shown.find(expected), std::string::npos) << expected << " missing from: " << shown;
  }
}

TEST_F(CertificatePdf, DocumentInformationNamesTheCertificate) {
  const std::string about = info(render_certificate_pdf(winner()));
  EXPECT_EQ(pdfinfo_field(about, "Title"), "Kunniakirja – Yhteinen aamukahvi");
  EXPECT_EQ(pdfinfo_field(about, "Author"), "Teot kiertoon 2024");
  EXPECT_EQ(pdfinfo_field(about, "Subject"), "Vuoden teko 2024 – voittaja");
  EXPECT_EQ(pdfinfo_field(about, "Creator"), "Tori");
}

TEST_F(CertificatePdf, IsSetInDejaVuSansOnly) {
  const std::string fonts = run("pdffonts", render_certificate_pdf(winner())).out;
  std::istringstream lines(fonts);
  std::string line;
  std::getline(lines, line);          // the column names
  std::getline(lines, line);          // ------
  std::vector<std::string> embedded;  // subsets are named "ABCDEF+Family-Style"
  while (std::getline(lines, line)) {
    const std::string name = line.substr(0, line.find(' '));
    const std::size_t plus = name.find('+');
    embedded.push_back(plus == 6 ? name.substr(plus + 1) : "not a subset: " + name);
  }
  std::sort(embedded.begin(), embedded.end());
  EXPECT_EQ(embedded, (std::vector<std::string>{"DejaVuSans", "DejaVuSans-Bold"})) << fonts;
}

TEST_F(CertificatePdf, LongJustificationShrinksThenEndsInAnEllipsisOnTheOnePage) {
  CertificateText text = winner();
  text.justification = long_justification(3000);
  const std::string pdf = render_certificate_pdf(text);
  EXPECT_EQ(pdfinfo_field(info(pdf), "Pages"), "1");
  const std::string shown = this->text(pdf);
  EXPECT_NE(shown.find("Tiimi kehitti yhteisen tavan"), std::string::npos) << shown;
  const std::vector<Word> placed = words(pdf);
  EXPECT_EQ(word_in(placed, "LOPPUSANA"), nullptr) << "the end is not shown";
  const Word* ellipsis = ellipsis_in(placed);
  ASSERT_NE(ellipsis, nullptr) << "the justification is cut with …";
  EXPECT_TRUE(ellipsis->text.ends_with("yhteisöllisyyttä. LOPPUSANA")) << ellipsis->text;
  const Word* foot = word_in(placed, "Helsingissä");
  ASSERT_NE(foot, nullptr);
  EXPECT_LT(ellipsis->y_max, foot->y_min) << "the cut justification ends above the foot";

  // At the smallest size: its words are 9/13 of their height at full size.
  const Word* shrunk = word_in(placed, "Tiimi");
  text.justification = "Tiimi kehitti yhteisen tavan.";
  const std::vector<Word> full_size = words(render_certificate_pdf(text));
  const Word* full = word_in(full_size, "Tiimi");
  ASSERT_TRUE(shrunk != nullptr && full != nullptr);
  EXPECT_NEAR((shrunk->y_max - shrunk->y_min) / (full->y_max - full->y_min),
              kJustificationMinPoints / kJustificationPoints, 0.01);
}

TEST_F(CertificatePdf, JustificationThatFitsIsShownWholeInParagraphs) {
  CertificateText text = winner();
  text.justification = long_justification(500) + "\r\nToinen kappale.\n\nKolmas KAPPALE.";
  const std::vector<Word> placed = words(render_certificate_pdf(text));
  EXPECT_EQ(ellipsis_in(placed), nullptr) << "nothing was cut";
  const Word* first = word_in(placed, "LOPPUSANA");
  const Word* second = word_in(placed, "Toinen");
  const Word* third = word_in(placed, "KAPPALE.");
  ASSERT_TRUE(first != nullptr && second != nullptr && third != nullptr);
  EXPECT_GT(second->y_min, first->y_max) << "a paragraph of its own";
  EXPECT_GT(third->y_min, second->y_max + (second->y_max - second->y_min)) << "after an empty line";
}

TEST_F(CertificatePdf, FieldsOtherThanTheJustificationAreOneParagraph) {
  CertificateText text = winner();
  text.organisations = "Äänekosken\nkaupunki";
  const std::vector<Word> placed = words(render_certificate_pdf(text));
  const Word* town = word_in(placed, "Äänekosken");
  const Word* city = word_in(placed, "kaupunki");
  ASSERT_TRUE(town != nullptr && city != nullptr);
  EXPECT_EQ(town->y_min, city->y_min) << "on one line";
}

TEST_F(CertificatePdf, EveryFieldFarTooLongStaysInsideTheFrameWithoutOverlaps) {
  const std::string long_text = long_justification(5000);
  CertificateText text{long_text, long_text, long_text, long_text, long_text,
                       long_text, long_text, long_text, long_text};
  const std::string pdf = render_certificate_pdf(text);
  EXPECT_EQ(pdfinfo_field(info(pdf), "Pages"), "1");
  const std::vector<Word> placed = words(pdf);
  ASSERT_GT(placed.size(), 100U);
  for (const Word& w : placed) {
    EXPECT_TRUE(w.x_min >= kInnerLeft && w.x_max <= kInnerRight && w.y_min >= kInnerTop &&
                w.y_max <= kInnerBottom)
        << w.text << " at " << w.x_min << "," << w.y_min << "–" << w.x_max << "," << w.y_max;
  }
  // Words overlapping by more than half a point in both directions would be text on text.
  for (std::size_t i = 0; i < placed.size(); ++i) {
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      const Word& a = placed[i];
      const Word& b = placed[j];
      const double across = std::min(a.x_max, b.x_max) - std::max(a.x_min, b.x_min);
      const double down = std::min(a.y_max, b.y_max) - std::max(a.y_min, b.y_min);
      EXPECT_FALSE(across > 0.5 && down > 0.5) << a.text << " overlaps " << b.text;
    }
  }
}

TEST_F(CertificatePdf, EmptyFieldsDoNotBreakThePage) {
  EXPECT_EQ(pdfinfo_field(info(render_certificate_pdf({})), "Pages"), "1") << "all empty";
  CertificateText blank;
  blank.language = "";
  EXPECT_EQ(pdfinfo_field(info(render_certificate_pdf(blank)), "Pages"), "1") << "no language";
  std::string CertificateText::*fields[] = {
      &CertificateText::heading,       &CertificateText::award,
      &CertificateText::category,      &CertificateText::practice_title,
      &CertificateText::organisations, &CertificateText::justification,
      &CertificateText::campaign,      &CertificateText::date_line,
      &CertificateText::signature_line};
  for (std::string CertificateText::*field : fields) {
    CertificateText text = winner();
    text.*field = "";
    const std::string pdf = render_certificate_pdf(text);
    EXPECT_EQ(pdfinfo_field(info(pdf), "Pages"), "1");
    if (field == &CertificateText::organisations) continue;
    EXPECT_NE(this->text(pdf).find("Äänekosken kaupunki"), std::string::npos);
  }
}

TEST_F(CertificatePdf, MarkupIsShownAsItIs) {
  CertificateText text = winner();
  text.practice_title = "<b>&amp; Tiimi</b>";
  text.justification = "Ei <span foreground=\"red\">markupia</span> &lt; eikä <i>kursiivia</i>.";
  text.language = "<i>";
  const std::string pdf = render_certificate_pdf(text);
  const std::vector<Word> placed = words(pdf);
  for (const char* expected : {"<b>&amp;", "Tiimi</b>", "<span",
                               "foreground=\"red\">markupia</span>", "&lt;", "<i>kursiivia</i>."}) {
    EXPECT_NE(word_in(placed, expected), nullptr) << expected;
  }
  EXPECT_EQ(pdfinfo_field(info(pdf), "Title"), "Kunniakirja – <b>&amp; Tiimi</b>");
}

TEST_F(CertificatePdf, InvalidUtf8BecomesReplacementCharacters) {
  CertificateText text = winner();
  text.organisations = std::string("Ä\xff\xfe") + '\0' + "änekoski";
  const std::string pdf = render_certificate_pdf(text);
  EXPECT_EQ(pdfinfo_field(info(pdf), "Pages"), "1");
  EXPECT_NE(this->text(pdf).find("Ä\uFFFD\uFFFD\uFFFDänekoski"), std::string::npos);
}

TEST_F(CertificatePdf, RendersAgainAfterTheFontCachesAreReleased) {
  (void)render_certificate_pdf(winner());
  release_font_caches();
  const std::string shown = text(render_certificate_pdf(winner()));
  EXPECT_NE(shown.find("Äänekosken kaupunki"), std::string::npos) << shown;
}

TEST(CertificateThreads, RenderFromSeveralThreadsAtOnce) {
  std::vector<std::string> pdfs(4);
  std::vector<std::thread> threads;
  threads.reserve(pdfs.size());
  for (std::string& pdf : pdfs) {
    threads.emplace_back([&pdf] { pdf = render_certificate_pdf(winner()); });
  }
  for (std::thread& thread : threads)
    thread.join();
  for (const std::string& pdf : pdfs) {
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  }
}

}  // namespace
}  // namespace tori::certificate

// SPDX-License-Identifier: AGPL-3.0-or-later
// Certificates (kunniakirja): one A4 page per winner as PDF bytes, drawn with cairo and pango.
//
//   CertificateText text;
//   text.heading = "Kunniakirja";
//   text.award = "Vuoden teko 2024 – voittaja";
//   text.practice_title = "Yhteinen aamukahvi";
//   text.organisations = "Äänekosken kaupunki";
//   std::string pdf = render_certificate_pdf(text);   // "%PDF-1.5 …", exactly one page
//
// Every field is plain text from users or editors: it is shown as it is (never read as pango
// markup, so "<b>&amp;" stays "<b>&amp;"), invalid UTF-8 becomes U+FFFD, and nothing overflows
// the page: each field has a most number of lines and ends in "…" past it; a long justification
// first shrinks to kJustificationMinPoints and only then is cut with "…". An empty field is left
// out. The text is set in kFontFamily (Debian package fonts-dejavu-core).
#pragma once

#include <string>
#include <string_view>

namespace tori::certificate {

// The one font family of the certificate: Regular and Bold of fonts-dejavu-core (Finnish,
// Swedish and Sámi letters; also what fontconfig-config itself prefers on Debian).
inline constexpr std::string_view kFontFamily = "DejaVu Sans";

// The justification's size in points while it fits, and the smallest it shrinks to.
inline constexpr double kJustificationPoints = 13.0;
inline constexpr double kJustificationMinPoints = 9.0;

// What the certificate says, top to bottom: campaign, heading, award, category, the practice's
// title, its organisations, the jury's justification; at the foot the place and date, a line
// to sign on and below it the signer's name and title.
struct CertificateText {
  std::string heading;          // "Kunniakirja"
  std::string award;            // "Vuoden teko 2024 – voittaja"
  std::string category;         // "Yhteisöllisyys"
  std::string practice_title;   // "Yhteinen aamukahvi"
  std::string organisations;    // "Äänekosken kaupunki, Keski-Suomen hyvinvointialue"
  std::string justification;    // the jury's words, paragraphs separated by "\n"
  std::string campaign;         // "Teot kiertoon 2024"
  std::string date_line;        // "Helsingissä 14.11.2024"
  std::string signature_line;   // "Maija Meikäläinen, ohjelmajohtaja"
  std::string language = "fi";  // of the text (BCP 47, e.g. "fi", "sv", "en"): line breaking
};

// The certificate as a one-page A4 portrait PDF. Its document information: Title "heading –
// practice title", Author the campaign, Subject the award, Creator "Tori". Throws
// std::runtime_error when cairo reports an error (out of memory, a failed write). Safe to call
// from several threads at once (pango's font map is per thread).
[[nodiscard]] std::string render_certificate_pdf(const CertificateText& text);

// At the end of a program that rendered, once no other thread that rendered is still running:
// gives back what pango (this thread's font map), cairo (its font caches) and fontconfig (its
// configuration) keep for the whole process. Not needed for correctness; without it
// LeakSanitizer reports fontconfig's patterns at exit as leaks, because fontconfig links them by
// offsets rather than pointers. Rendering afterwards still works, loading the fonts again.
void release_font_caches();

}  // namespace tori::certificate

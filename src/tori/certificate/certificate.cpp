// SPDX-License-Identifier: AGPL-3.0-or-later
// render_certificate_pdf: the page's frame, its text blocks laid out by pango, PDF into a string.
#include "tori/certificate/certificate.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

static_assert(CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0),
              "cairo 1.16 or later: cairo_pdf_surface_set_metadata");

namespace tori::certificate {
namespace {

// A4 portrait in PDF points (1/72 inch), and the column the text is set in.
constexpr double kPageWidth = 595.2756;   // 210 mm
constexpr double kPageHeight = 841.8898;  // 297 mm
constexpr double kColumnWidth = kPageWidth - 2 * 76.0;
constexpr double kJustificationWidth = 420.0;  // narrower: easier to read at length
constexpr double kColumnTop = 86.0;
constexpr double kColumnBottom = kPageHeight - 80.0;
// Room between the blocks above the justification, the justification and the foot.
constexpr double kJustificationGap = 26.0;
// Room to sign in, above the signature line.
constexpr double kSigningRoom = 46.0;
// No field is laid out past this many bytes: more could never fit on the page.
constexpr std::size_t kMaxFieldBytes = 12000;

struct Rgb {
  double red, green, blue;
};
constexpr Rgb kBrand{0x00 / 255.0, 0x34 / 255.0, 0x79 / 255.0};  // Suomi.fi highlight base
constexpr Rgb kInk{0x21 / 255.0, 0x21 / 255.0, 0x21 / 255.0};    // Suomi.fi black base

// How one block of text is set: size in points, weight, colour, most lines, room below it.
struct Style {
  double points;
  bool bold;
  Rgb colour;
  int max_lines;
  double space_after;
};
constexpr Style kCampaignStyle{12.5, false, kBrand, 1, 6};
constexpr Style kHeadingStyle{42, true, kBrand, 1, 10};
constexpr Style kAwardStyle{18, true, kInk, 2, 6};
constexpr Style kCategoryStyle{13, false, kInk, 2, 30};
constexpr Style kTitleStyle{23, true, kBrand, 3, 10};
constexpr Style kOrganisationsStyle{14.5, false, kInk, 3, 0};
constexpr Style kDateStyle{12, false, kInk, 1, 0};
constexpr Style kSignatureStyle{11, false, kInk, 2, 0};

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
};
struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using Cairo = std::unique_ptr<cairo_t, CairoDestroy>;
using Context = std::unique_ptr<PangoContext, GObjectUnref>;
using Layout = std::unique_ptr<PangoLayout, GObjectUnref>;
using FontDescription = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

void throw_on_error(cairo_status_t status, const char* what) {
  if (status == CAIRO_STATUS_SUCCESS) return;
  throw std::runtime_error(std::string("certificate: ") + what + ": " +
                           cairo_status_to_string(status));
}

// cairo's write callback: appends to the std::string behind `closure`; never throws into C.
cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

// The field as pango takes it: at most kMaxFieldBytes (cut between characters), valid UTF-8
// (invalid bytes and NULs become U+FFFD), control characters as spaces; line breaks too unless
// `paragraphs` (then "\r\n" and "\r" become "\n").
std::string plain_text(std::string_view text, bool paragraphs = false) {
  if (text.size() > kMaxFieldBytes) {
    std::size_t end = kMaxFieldBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
    text = text.substr(0, end);
  }
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string result;
  for (const char* c = valid; *c != '\0'; ++c) {
    if (paragraphs && *c == '\r' && c[1] == '\n') continue;
    const bool control = static_cast<unsigned char>(*c) < 0x20 || *c == 0x7F;
    if (!control) {
      result += *c;
    } else if (paragraphs && (*c == '\n' || *c == '\r')) {
      result += '\n';
    } else {
      result += ' ';
    }
  }
  g_free(valid);
  return result;
}

// A language tag pango can use: letters, digits and '-' only, at most 16 of them; else "fi".
std::string language_tag(std::string_view language) {
  const bool usable = !language.empty() && language.size() <= 16 &&
                      language.find_first_not_of(
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
  return usable ? std::string(language) : std::string("fi");
}

// A pango context for `cairo`'s PDF surface: the text's language, unrounded glyph positions.
Context make_context(cairo_t* cairo, std::string_view language) {
  Context context(pango_cairo_create_context(cairo));
  const std::string tag = language_tag(language);
  pango_context_set_language(context.get(), pango_language_from_string(tag.c_str()));
  pango_context_set_round_glyph_positions(context.get(), FALSE);
  return context;
}

// `text` laid out in the column, centred, wrapped, ending in "…" past the height set later
// (pango's default: one line a paragraph).
Layout make_layout(PangoContext* context, std::string_view text, double points, bool bold,
                   bool paragraphs = false) {
  Layout layout(pango_layout_new(context));
  FontDescription font(pango_font_description_new());
  const std::string family(kFontFamily);
  pango_font_description_set_family(font.get(), family.c_str());
  pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size(font.get(), points * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_width(layout.get(), pango_units_from_double(kColumnWidth));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  const std::string plain = plain_text(text, paragraphs);
  pango_layout_set_text(layout.get(), plain.data(), static_cast<int>(plain.size()));
  return layout;
}

double height_of(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return pango_units_to_double(height);
}

void draw_layout(cairo_t* cairo, PangoLayout* layout, Rgb colour, double top) {
  cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue);
  const double width = pango_units_to_double(pango_layout_get_width(layout));
  cairo_move_to(cairo, (kPageWidth - width) / 2, top);
  pango_cairo_show_layout(cairo, layout);
}

// Draws `text` in `style` at `top`; returns where the next block starts. An empty text takes
// no room at all.
double draw_block(cairo_t* cairo, PangoContext* context, std::string_view text, const Style& style,
                  double top) {
  if (text.empty()) return top;
  Layout layout = make_layout(context, text, style.points, style.bold);
  pango_layout_set_height(layout.get(), -style.max_lines);
  draw_layout(cairo, layout.get(), style.colour, top);
  return top + height_of(layout.get()) + style.space_after;
}

void draw_line(cairo_t* cairo, double x0, double x1, double y, double width) {
  cairo_set_line_width(cairo, width);
  cairo_move_to(cairo, x0, y);
  cairo_line_to(cairo, x1, y);
  cairo_stroke(cairo);
}

// The frame: a strong outer border, a thin inner one, and short rules at the top and foot.
void draw_frame(cairo_t* cairo) {
  cairo_set_source_rgb(cairo, kBrand.red, kBrand.green, kBrand.blue);
  cairo_set_line_width(cairo, 3.0);
  cairo_rectangle(cairo, 28, 28, kPageWidth - 56, kPageHeight - 56);
  cairo_stroke(cairo);
  cairo_set_line_width(cairo, 0.75);
  cairo_rectangle(cairo, 36, 36, kPageWidth - 72, kPageHeight - 72);
  cairo_stroke(cairo);
  const double middle = kPageWidth / 2;
  draw_line(cairo, middle - 90, middle + 90, 56, 1.5);
  draw_line(cairo, middle - 90, middle + 90, kPageHeight - 56, 1.5);
}

// A short centred rule in the brand colour below the heading; returns where the next block starts.
double draw_heading_rule(cairo_t* cairo, double top) {
  const double middle = kPageWidth / 2;
  cairo_set_source_rgb(cairo, kBrand.red, kBrand.green, kBrand.blue);
  draw_line(cairo, middle - 70, middle + 70, top + 4, 1.5);
  return top + 22;
}

// The foot, from the bottom up: the signer below a line to sign on, room to sign, the place
// and date. Returns the top of the foot.
double draw_foot(cairo_t* cairo, PangoContext* context, const CertificateText& text) {
  double top = kColumnBottom;
  if (!text.signature_line.empty()) {
    Layout signer = make_layout(context, text.signature_line, kSignatureStyle.points, false);
    pango_layout_set_height(signer.get(), -kSignatureStyle.max_lines);
    top -= height_of(signer.get());
    draw_layout(cairo, signer.get(), kSignatureStyle.colour, top);
  }
  const double middle = kPageWidth / 2;
  cairo_set_source_rgb(cairo, kInk.red, kInk.green, kInk.blue);
  draw_line(cairo, middle - 110, middle + 110, top - 4, 0.75);
  top -= 4 + kSigningRoom;
  if (!text.date_line.empty()) {
    Layout date = make_layout(context, text.date_line, kDateStyle.points, false);
    pango_layout_set_height(date.get(), -kDateStyle.max_lines);
    top -= height_of(date.get());
    draw_layout(cairo, date.get(), kDateStyle.colour, top);
  }
  return top;
}

// Cuts `layout` with "…" to at most `room` points high. pango 1.50 leaves the line spacing out
// when it cuts a layout to a height, so the height it is given is lowered until what it keeps,
// spaced, fits.
void cut_to_height(PangoLayout* layout, double room) {
  pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
  double limit = room;
  pango_layout_set_height(layout, pango_units_from_double(limit));
  for (int tries = 0; tries < 8 && height_of(layout) > room; ++tries) {
    limit = std::max(1.0, limit - (height_of(layout) - room));
    pango_layout_set_height(layout, pango_units_from_double(limit));
  }
}

// The justification at the largest size from kJustificationPoints down to
// kJustificationMinPoints (in half points) at which all of it fits in `room`; past that at the
// smallest size, cut with "…" to the room.
Layout fit_justification(PangoContext* context, std::string_view text, double room) {
  for (double points = kJustificationPoints;; points -= 0.5) {
    Layout layout = make_layout(context, text, points, false, true);
    pango_layout_set_width(layout.get(), pango_units_from_double(kJustificationWidth));
    pango_layout_set_line_spacing(layout.get(), 1.2F);
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_NONE);
    if (height_of(layout.get()) <= room) return layout;
    if (points <= kJustificationMinPoints) {
      cut_to_height(layout.get(), room);
      return layout;
    }
  }
}

// The justification centred between `top` and `bottom`.
void draw_justification(cairo_t* cairo, PangoContext* context, std::string_view text, double top,
                        double bottom) {
  if (text.empty() || bottom <= top) return;
  Layout layout = fit_justification(context, text, bottom - top);
  const double height = height_of(layout.get());
  draw_layout(cairo, layout.get(), kInk, top + std::max(0.0, (bottom - top - height) / 2));
}

void draw_page(cairo_t* cairo, const CertificateText& text) {
  Context context = make_context(cairo, text.language);
  PangoContext* pango = context.get();
  draw_frame(cairo);
  double top = draw_block(cairo, pango, text.campaign, kCampaignStyle, kColumnTop);
  top = draw_block(cairo, pango, text.heading, kHeadingStyle, top);
  top = draw_heading_rule(cairo, top);
  top = draw_block(cairo, pango, text.award, kAwardStyle, top);
  top = draw_block(cairo, pango, text.category, kCategoryStyle, top);
  top = draw_block(cairo, pango, text.practice_title, kTitleStyle, top);
  top = draw_block(cairo, pango, text.organisations, kOrganisationsStyle, top);
  const double foot = draw_foot(cairo, pango, text);
  draw_justification(cairo, pango, text.justification, top + kJustificationGap,
                     foot - kJustificationGap);
}

// The document information dictionary: Title, Author, Subject, Creator.
void set_metadata(cairo_surface_t* surface, const CertificateText& text) {
  std::string title = plain_text(text.heading);
  if (!title.empty() && !text.practice_title.empty()) title += " – ";
  title += plain_text(text.practice_title);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR,
                                 plain_text(text.campaign).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT,
                                 plain_text(text.award).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Tori");
}

}  // namespace

std::string render_certificate_pdf(const CertificateText& text) {
  std::string pdf;
  Surface surface(
      cairo_pdf_surface_create_for_stream(append_to_string, &pdf, kPageWidth, kPageHeight));
  throw_on_error(cairo_surface_status(surface.get()), "creating the PDF surface");
  set_metadata(surface.get(), text);
  {
    Cairo cairo(cairo_create(surface.get()));
    throw_on_error(cairo_status(cairo.get()), "creating the cairo context");
    draw_page(cairo.get(), text);
    cairo_show_page(cairo.get());
    throw_on_error(cairo_status(cairo.get()), "drawing the page");
  }
  cairo_surface_finish(surface.get());
  throw_on_error(cairo_surface_status(surface.get()), "writing the PDF");
  return pdf;
}

void release_font_caches() {
  pango_cairo_font_map_set_default(nullptr);
}

}  // namespace tori::certificate

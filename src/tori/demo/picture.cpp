// SPDX-License-Identifier: AGPL-3.0-or-later
// draw_picture: cairo shapes and a pango text block on an image surface, written as PNG.
#include "tori/demo/picture.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>

#include "tori/text/fingerprint.hpp"

namespace tori::demo {
namespace {

struct Rgb {
  double r, g, b;
};

// Suomi.fi colour tokens: brand blues, the highlight and the light backgrounds.
constexpr std::array<Rgb, 6> kPalette = {{{0.0, 0.204, 0.478},      // #00347a
                                          {0.165, 0.431, 0.733},    // #2a6ebb
                                          {0.204, 0.714, 0.894},    // #34b6e4
                                          {0.102, 0.600, 0.353},    // #1a995a
                                          {0.918, 0.447, 0.133},    // #ea7222
                                          {0.475, 0.188, 0.518}}};  // #793084

struct SurfaceRelease {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoRelease {
  void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
};
struct LayoutRelease {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
struct FontRelease {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};

// FNV-1a of the description, then a small xorshift generator over it.
class Dice {
 public:
  explicit Dice(std::string_view text) : state_(text::fnv1a64(text)) {}
  std::uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  double unit() { return static_cast<double>(next() % 10000) / 10000.0; }
  const Rgb& colour() { return kPalette[next() % kPalette.size()]; }

 private:
  std::uint64_t state_;
};

void draw_background(cairo_t* cairo, Dice& dice) {
  const Rgb& top = dice.colour();
  const Rgb& bottom = dice.colour();
  cairo_pattern_t* gradient = cairo_pattern_create_linear(0, 0, kPictureWidth, kPictureHeight);
  cairo_pattern_add_color_stop_rgb(gradient, 0, top.r, top.g, top.b);
  cairo_pattern_add_color_stop_rgb(gradient, 1, bottom.r * 0.6, bottom.g * 0.6, bottom.b * 0.6);
  cairo_set_source(cairo, gradient);
  cairo_paint(cairo);
  cairo_pattern_destroy(gradient);
}

void draw_shapes(cairo_t* cairo, Dice& dice) {
  for (int i = 0; i < 7; ++i) {
    const Rgb& colour = dice.colour();
    cairo_set_source_rgba(cairo, colour.r, colour.g, colour.b, 0.35 + 0.3 * dice.unit());
    const double x = dice.unit() * kPictureWidth;
    const double y = dice.unit() * kPictureHeight * 0.7;
    const double size = 60 + dice.unit() * 220;
    if (dice.next() % 2 == 0) {
      cairo_arc(cairo, x, y, size / 2, 0, 2 * 3.14159265358979);
    } else {
      cairo_rectangle(cairo, x - size / 2, y - size / 3, size, size * 2 / 3);
    }
    cairo_fill(cairo);
  }
}

// The description on a white panel across the lower part.
void draw_caption(cairo_t* cairo, std::string_view description) {
  constexpr double kMargin = 48, kPanelTop = kPictureHeight * 0.62;
  cairo_set_source_rgba(cairo, 1, 1, 1, 0.92);
  cairo_rectangle(cairo, kMargin, kPanelTop, kPictureWidth - 2 * kMargin,
                  kPictureHeight - kPanelTop - kMargin);
  cairo_fill(cairo);
  std::unique_ptr<PangoLayout, LayoutRelease> layout(pango_cairo_create_layout(cairo));
  std::unique_ptr<PangoFontDescription, FontRelease> font(
      pango_font_description_from_string("DejaVu Sans 26px"));
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_width(layout.get(),
                         static_cast<int>((kPictureWidth - 4 * kMargin) * PANGO_SCALE));
  pango_layout_set_height(layout.get(), -3);  // at most three lines, ellipsised
  pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(layout.get(), description.data(), static_cast<int>(description.size()));
  cairo_set_source_rgb(cairo, 0.16, 0.16, 0.16);
  cairo_move_to(cairo, 2 * kMargin, kPanelTop + 24);
  pango_cairo_show_layout(cairo, layout.get());
}

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string draw_picture(std::string_view description) {
  std::unique_ptr<cairo_surface_t, SurfaceRelease> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, kPictureWidth, kPictureHeight));
  std::unique_ptr<cairo_t, CairoRelease> cairo(cairo_create(surface.get()));
  Dice dice(description);
  draw_background(cairo.get(), dice);
  draw_shapes(cairo.get(), dice);
  draw_caption(cairo.get(), description);
  cairo_surface_flush(surface.get());
  if (cairo_status(cairo.get()) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("draw_picture: ") +
                             cairo_status_to_string(cairo_status(cairo.get())));
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), &append_png, &png) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("draw_picture: writing the PNG failed");
  return png;
}

void release_picture_fonts() {
  pango_cairo_font_map_set_default(nullptr);
}

}  // namespace tori::demo

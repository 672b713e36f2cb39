#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
# Draws the podcast channel's square picture, data/static/images/podcast-cover.png (1400×1400 px,
# the smallest Apple Podcasts accepts): the brand blue, a coffee cup and "Torikahvit" with the
# site's name. Run by hand when the design changes (python3-cairo, fonts-dejavu-core); the PNG
# is committed, so building and testing need neither.
#   /usr/bin/python3 tools/draw-podcast-cover.py [OUT.png]
import math
import sys

import cairo

SIZE = 1400
BRAND = (0.0, 0.114, 0.24)  # hsl(214, 100%, 24%), --color-brand-base
WHITE = (1.0, 1.0, 1.0)


def text_centred(context, text, size, y, bold=True):
    context.select_font_face("DejaVu Sans", cairo.FONT_SLANT_NORMAL,
                             cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    context.set_font_size(size)
    extents = context.text_extents(text)
    context.move_to((SIZE - extents.width) / 2 - extents.x_bearing, y)
    context.show_text(text)


def draw_cup(context):
    context.set_line_width(36)
    context.set_line_join(cairo.LINE_JOIN_ROUND)
    # the cup
    context.move_to(440, 420)
    context.line_to(900, 420)
    context.line_to(860, 760)
    context.curve_to(850, 820, 810, 840, 760, 840)
    context.line_to(580, 840)
    context.curve_to(530, 840, 490, 820, 480, 760)
    context.close_path()
    context.stroke()
    # the handle
    context.arc(930, 560, 90, -math.pi / 2, math.pi / 2)
    context.stroke()
    # the saucer
    context.move_to(380, 900)
    context.line_to(960, 900)
    context.stroke()
    # steam
    for x in (560, 670, 780):
        context.move_to(x, 360)
        context.curve_to(x - 40, 310, x + 40, 260, x, 200)
        context.stroke()


def main(out):
    surface = cairo.ImageSurface(cairo.FORMAT_RGB24, SIZE, SIZE)
    context = cairo.Context(surface)
    context.set_source_rgb(*BRAND)
    context.paint()
    context.set_source_rgb(*WHITE)
    draw_cup(context)
    text_centred(context, "Torikahvit", 170, 1120)
    text_centred(context, "Tekojen tori", 80, 1260, bold=False)
    surface.write_to_png(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/static/images/podcast-cover.png")

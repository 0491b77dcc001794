"""A reportlab Drawing drawn as a PNG with Pillow (the Word report's chart)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors

from exports.drawing_picture import drawing_png
from exports.fonts import register_fonts
from exports.rich_text import display_text


def test_rectangles_and_text_are_drawn_where_reportlab_puts_them():
    fonts = register_fonts()
    drawing = Drawing(200, 50)
    drawing.add(Rect(100, 10, 50, 20, fillColor=colors.HexColor("#b2182b"), strokeWidth=0))
    drawing.add(String(95, 15, "12", fontName=fonts.bold, fontSize=9, textAnchor="end"))
    image = Image.open(io.BytesIO(drawing_png(drawing, dpi=144)))
    assert image.size == (400, 100) and image.info["dpi"] == pytest.approx((144, 144), abs=0.1)
    pixels = image.convert("RGB")
    # reportlab counts y upwards from the bottom: the box is 20-60 px from the foot.
    assert pixels.getpixel((250, 100 - 40)) == (0xB2, 0x18, 0x2B)
    assert pixels.getpixel((250, 100 - 70)) == (255, 255, 255)
    ink = [x for x in range(400) for y in range(50, 75) if sum(pixels.getpixel((x, y))) < 200]
    assert ink and max(ink) <= 190  # the count ends at its anchor, left of the box


def test_arabic_text_is_drawn_as_given_not_shaped_again():
    """The text comes shaped and in display order: Pillow's own layout (Raqm) would reorder
    it a second time. Drawn as given, it is what Pillow's basic layout draws of it."""
    from PIL import ImageDraw, ImageFont

    from exports.fonts import font_file

    fonts = register_fonts()
    word = display_text("تقدم محدود")
    drawing = Drawing(120, 20)
    drawing.add(String(5, 5, word, fontName=fonts.regular, fontSize=12))
    ours = Image.open(io.BytesIO(drawing_png(drawing, dpi=72))).convert("RGB")
    font = ImageFont.truetype(
        io.BytesIO(font_file(fonts.regular)), 12, layout_engine=ImageFont.Layout.BASIC
    )
    expected = Image.new("RGB", (120, 20), "white")
    ImageDraw.Draw(expected).text((5, 15), word, font=font, fill=(0, 0, 0), anchor="ls")
    assert ours.tobytes() == expected.tobytes()
    if ImageFont.core.HAVE_RAQM:  # where Raqm is installed, it would have drawn another picture
        shaped = ImageFont.truetype(
            io.BytesIO(font_file(fonts.regular)), 12, layout_engine=ImageFont.Layout.RAQM
        )
        again = Image.new("RGB", (120, 20), "white")
        ImageDraw.Draw(again).text((5, 15), word, font=shaped, fill=(0, 0, 0), anchor="ls")
        assert again.tobytes() != ours.tobytes()


def test_a_shape_it_cannot_draw_is_an_error_not_a_gap():
    drawing = Drawing(50, 50)
    drawing.add(Circle(25, 25, 10))
    with pytest.raises(TypeError, match="Circle"):
        drawing_png(drawing)

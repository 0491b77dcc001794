"""A reportlab Drawing as a PNG picture, for formats that take pictures rather than PDF graphics.

reportlab's own raster renderer needs Cairo (``rlPyCairo``), which has no wheels for
every platform the application runs on; Pillow, which reportlab already depends on,
draws the few shapes the report's drawings are made of. Another kind of shape is an
error, not a silent omission: draw it here first.
"""

from __future__ import annotations

import io
from functools import lru_cache
from math import ceil
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String

from exports.fonts import font_file

#: Pillow's anchors for reportlab's text anchors, on the text's baseline.
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


def drawing_png(drawing: Drawing, dpi: int = 200) -> bytes:
    """``drawing`` drawn on white at ``dpi`` dots per inch, as PNG (with that resolution set)."""
    from PIL import Image, ImageDraw

    scale = dpi / 72
    height = drawing.height
    image = Image.new("RGB", (ceil(drawing.width * scale), ceil(height * scale)), "white")
    draw = ImageDraw.Draw(image)
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            top = (height - shape.y - shape.height) * scale
            box = (shape.x * scale, top, (shape.x + shape.width) * scale - 1,
                   top + shape.height * scale - 1)  # fmt: skip
            outline = _rgb(shape.strokeColor) if shape.strokeWidth else None
            line = max(1, round(shape.strokeWidth * scale)) if outline else 0
            draw.rectangle(box, fill=_rgb(shape.fillColor), outline=outline, width=line)
        elif isinstance(shape, String):
            draw.text(
                (shape.x * scale, (height - shape.y) * scale),
                shape.text,
                font=_font(shape.fontName, round(shape.fontSize * scale)),
                fill=_rgb(shape.fillColor) or (0, 0, 0),
                anchor=_ANCHORS[shape.textAnchor],
            )
        else:
            raise TypeError(f"drawing_png cannot draw a {type(shape).__name__}")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def _rgb(colour: Any) -> tuple[int, int, int] | None:
    """A reportlab colour as Pillow's (r, g, b), or None for no colour."""
    if colour is None:
        return None
    red, green, blue = colour.rgb()
    return round(red * 255), round(green * 255), round(blue * 255)


@lru_cache(maxsize=8)
def _font(font_name: str, pixels: int) -> Any:
    """The report font ``font_name`` at ``pixels``, laid out as given.

    The text comes already shaped and in display order (``exports.rich_text``): Pillow's
    own shaping (Raqm, where installed) would reorder it a second time.
    """
    from PIL import ImageFont

    data = io.BytesIO(font_file(font_name))
    return ImageFont.truetype(data, pixels, layout_engine=ImageFont.Layout.BASIC)

"""The report's table of contents: entries that wrap, dot leaders and page numbers, both ways.

reportlab's own contents draw each page number at the end of the entry's
text, shrinking it when a title fills the line, and put an Arabic title in
display order before wrapping it. Here each entry is laid out like any text
of the report (:class:`~exports.rich_text.BidiParagraph`: wrapped in logical
order, each line reordered), beside a column for its page number: on the
right, or on the left in a right-to-left report, with dots leading to it.
The numbers are drawn last, when the document is saved (``pdf_canvas``), so
the report is laid out once rather than once to find the pages and again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import partial
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from exports.fonts import register_fonts, runs_width
from exports.pdf_canvas import draw_later
from exports.rich_text import BidiParagraph, base_rtl, text_lines

#: The column of page numbers, and the dots' pitch.
PAGE_COLUMN = 12 * mm
DOT_PITCH = 4.0


class ContentsEntry(BidiParagraph):
    """One entry: its title wrapped beside the page column, dots to its page, a link.

    The title is drawn where the entry stands; its page number, the dots and the
    link when the document is saved, once the page of its heading is known
    (``pages``, filled as the report is laid out): one layout is enough.
    """

    def __init__(
        self, title: str, key: str, style: ParagraphStyle, pages: Mapping[str, int]
    ) -> None:
        self.rtl_report = base_rtl(style)
        side = "leftIndent" if self.rtl_report else "rightIndent"
        room = ParagraphStyle(
            style.name, parent=style, **{side: getattr(style, side) + PAGE_COLUMN}
        )
        super().__init__(text_lines(title), room, bold=room.fontName == register_fonts().bold)
        self.splittable = False
        self.key = key
        self.pages = pages

    def draw(self) -> None:
        super().draw()
        origin = self.canv.absolutePosition(0, 0)
        last = self.drawn[-1] if self.drawn else (0.0, 0.0, self.height - self.style.fontSize)
        draw_later(self.canv, partial(self._page_number, origin, last))

    def _page_number(
        self, origin: tuple[float, float], last: tuple[float, float, float], canvas: Any
    ) -> None:
        page = self.pages.get(self.key)
        if page is None:
            return
        canvas.translate(*origin)
        style = self.style
        fonts = register_fonts()
        number = str(page)
        size = style.fontSize
        width = runs_width([(fonts.regular, number)], size)
        left, right, y = last
        canvas.setFillColor(style.textColor)
        canvas.setFont(fonts.regular, size)
        if self.rtl_report:
            canvas.drawString(0, y, number)
            start, end = width + DOT_PITCH, left - DOT_PITCH
        else:
            canvas.drawRightString(self._avail, y, number)
            start, end = right + DOT_PITCH, self._avail - width - DOT_PITCH
        # Dots on a grid from the page's edge, so that those of every entry line up: one
        # string, each dot one pitch from the last.
        first = (start // DOT_PITCH + 1) * DOT_PITCH
        count = max(0, math.ceil((end - DOT_PITCH / 2 - first) / DOT_PITCH))
        if count:
            dot = runs_width([(fonts.regular, ".")], size)
            dots = canvas.beginText(first - dot / 2, y)
            dots.setFont(fonts.regular, size)
            dots.setCharSpace(DOT_PITCH - dot)
            dots.textOut("." * count)
            canvas.drawText(dots)
        canvas.linkRect("", self.key, (0, 0, self._avail, self.height), relative=1)

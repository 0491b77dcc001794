"""The report's table of contents: entries that wrap, dot leaders and page numbers, both ways.

reportlab's own contents draw each page number at the end of the entry's
text, shrinking it when a title fills the line, and put an Arabic title in
display order before wrapping it. Here each entry is laid out like any text
of the report (:class:`~exports.rich_text.BidiParagraph`: wrapped in logical
order, each line reordered), beside a column for its page number: on the
right, or on the left in a right-to-left report, with dots leading to it.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from exports.fonts import register_fonts, runs_width
from exports.pdf_styles import ReportTable
from exports.rich_text import BidiParagraph, base_rtl, text_lines

#: The column of page numbers, and the dots' pitch.
PAGE_COLUMN = 12 * mm
DOT_PITCH = 4.0


class ContentsEntry(BidiParagraph):
    """One entry: its title wrapped beside the page column, dots to its page, a link."""

    def __init__(self, title: str, page: int, key: str | None, style: ParagraphStyle) -> None:
        self.rtl_report = base_rtl(style)
        side = "leftIndent" if self.rtl_report else "rightIndent"
        room = ParagraphStyle(
            style.name, parent=style, **{side: getattr(style, side) + PAGE_COLUMN}
        )
        super().__init__(text_lines(title), room, bold=room.fontName == register_fonts().bold)
        self.splittable = False
        self.page = page
        self.key = key

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        style = self.style
        fonts = register_fonts()
        number = str(self.page)
        size = style.fontSize
        width = runs_width([(fonts.regular, number)], size)
        left, right, y = self.drawn[-1] if self.drawn else (0.0, 0.0, self.height - size)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(fonts.regular, size)
        if self.rtl_report:
            canvas.drawString(0, y, number)
            start, end = width + DOT_PITCH, left - DOT_PITCH
        else:
            canvas.drawRightString(self._avail, y, number)
            start, end = right + DOT_PITCH, self._avail - width - DOT_PITCH
        # Dots on a grid from the page's edge, so that those of every entry line up.
        dot = (start // DOT_PITCH + 1) * DOT_PITCH
        while dot + DOT_PITCH / 2 < end:
            canvas.drawCentredString(dot, y, ".")
            dot += DOT_PITCH
        canvas.restoreState()
        if self.key:
            canvas.linkRect("", self.key, (0, 0, self._avail, self.height), relative=1)


class Contents(TableOfContents):  # type: ignore[misc]  # reportlab is untyped
    """The contents of the report; entries are notified as plain text (level, title, page, key)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, "", 0, None)]
        rows: list[list[Flowable]] = []
        for level, title, page, key in entries:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([ContentsEntry(title, page, key, style)])
        self._table = ReportTable(rows, colWidths=(availWidth,), style=_TABLE)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
)

"""What the PDF exports share: page geometry, styles, fixed-text paragraphs, page furniture.

Used by the report (:mod:`exports.pdf`) and the blank questionnaire (:mod:`exports.blank_form`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, Table, TableStyle

from exports.atomic import ExportCancelled
from exports.fonts import register_fonts
from exports.pdf_canvas import MARGIN as MARGIN  # the page's margin, for every export
from exports.pdf_canvas import number_this_page
from exports.rich_text import display_text, text_paragraph
from forms.languages import RIGHT_TO_LEFT

RTL_LANGUAGES = RIGHT_TO_LEFT
#: The width inside the page frame (reportlab frames pad 6 points on each side).
CONTENT_WIDTH = A4[0] - 2 * MARGIN - 12
#: The height of the text frame of a page, inside its padding.
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 6 * mm - 12
#: The fewest body rows of a table left on a page when it is split.
KEEP_ROWS = 2


def body_frame() -> Frame:
    """The text frame of an A4 page: the margins, less room at the top for the running header."""
    return Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, FRAME_HEIGHT + 12, id="body")


class Styles:
    """Paragraph styles for one export language.

    Text is aligned to its start, which each paragraph takes from its own first
    strong character (an English paragraph in an Arabic report stays left
    aligned); ``baseDirection`` gives the direction of text without one.
    """

    def __init__(self, lang: str) -> None:
        fonts = register_fonts()
        self.rtl = lang in RTL_LANGUAGES
        base = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=10, leading=14, alignment=TA_LEFT,
            baseDirection="rtl" if self.rtl else "ltr",
        )  # fmt: skip
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.label = ParagraphStyle("label", parent=base, fontName=fonts.bold, spaceBefore=6)
        self.h1 = ParagraphStyle(
            "h1", parent=base, fontName=fonts.bold, fontSize=17, leading=21, spaceBefore=4,
            spaceAfter=8, textColor=colors.HexColor("#1d3557"),
        )  # fmt: skip
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontName=fonts.bold, fontSize=13, leading=17, spaceBefore=12,
            spaceAfter=4, textColor=colors.HexColor("#1d3557"),
        )  # fmt: skip
        self.h3 = ParagraphStyle("h3", parent=self.label, fontSize=10.5, spaceBefore=8)
        self.cover_title = ParagraphStyle(
            "cover", parent=self.h1, fontSize=28, leading=34, alignment=TA_CENTER
        )
        self.cover_line = ParagraphStyle(
            "cover_line", parent=base, fontSize=13, leading=18, alignment=TA_CENTER
        )
        self.cover_notice = ParagraphStyle(
            "cover_notice", parent=self.cover_line, fontName=fonts.bold, fontSize=10, spaceBefore=10
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.bold)
        indent = "rightIndent" if self.rtl else "leftIndent"
        self.toc_levels = [
            ParagraphStyle("toc0", parent=base, fontName=fonts.bold, spaceBefore=4),
            ParagraphStyle("toc1", parent=base, fontSize=9, leading=12, **{indent: 14}),
        ]
        self.font = fonts.regular
        self.bold = fonts.bold


class ReportTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table whose cells are set in the report font.

    reportlab sets each cell in its default font, Helvetica, even when the cell
    holds paragraphs: the page then names a font that is not embedded.
    """

    def __init__(self, data: Any, *args: Any, style: Any = None, **kw: Any) -> None:
        super().__init__(data, *args, **kw)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular)]))
        if style is not None:
            self.setStyle(style)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Split between rows as reportlab does, but never leave a row alone on a page.

        At least ``KEEP_ROWS`` body rows stay on each side of a split; a table of fewer
        rows moves whole to the next page when it fits there (a row taller than a page
        is still split inside).
        """
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        repeated = self.repeatRows
        body = len(self._cellvalues) - repeated
        head = len(parts[0]._cellvalues) - repeated
        tail = len(parts[1]._cellvalues) - repeated
        if body < 2 * KEEP_ROWS:
            return [] if self._height <= FRAME_HEIGHT else parts
        if head < KEEP_ROWS:
            return []
        if tail < KEEP_ROWS:  # give the next page rows from this one
            last = repeated + head
            moved = sum(self._rowHeights[last - (KEEP_ROWS - tail) : last])
            return list(super().split(availWidth, availHeight - moved)) or []
        return parts


def fixed(value: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of a fixed or definition text (a label, a line of details), in any language."""
    return text_paragraph(value, style)


def draw_running(canvas: Any, header: str, rtl: bool) -> None:
    """The running header (above a rule) of a body page, which is numbered at its foot.

    Right to left, the header stands on the right (and the page number on the left).
    """
    fonts = register_fonts()
    canvas.saveState()
    canvas.setFont(fonts.regular, 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    top = A4[1] - MARGIN + 2 * mm
    header = display_text(header)
    if rtl:
        canvas.drawRightString(A4[0] - MARGIN, top, header)
    else:
        canvas.drawString(MARGIN, top, header)
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
    canvas.restoreState()
    number_this_page(canvas)


def layout_progress(
    target: Path,
    progress: Callable[[int, int], None] | None,
    should_stop: Callable[[], bool] | None,
) -> Callable[[str, int], None]:
    """A reportlab progress callback: reports ``progress(done, total)`` per layout pass.

    Raises ExportCancelled as soon as ``should_stop()`` is true. Split flowables go
    back on reportlab's list, so a step backwards within a pass is never reported.
    """
    state: dict[str, int] = {}

    def on_progress(kind: str, value: int) -> None:
        if should_stop is not None and should_stop():
            raise ExportCancelled(f"{target}: export cancelled")
        if progress is None:
            return
        if kind == "SIZE_EST":  # a new pass begins
            state["total"], state["done"] = value, 0
        elif kind == "PROGRESS" and state.get("total"):
            state["done"] = max(state["done"], min(value, state["total"]))
            progress(state["done"], state["total"])

    return on_progress

"""The canvas of every PDF export: report fonts only, and "Page X of Y" once Y is known.

A page's number is drawn when the document is saved, when the number of pages
is known: each finished page is kept (its content stream and state) instead of
being written, then written with its number; what refers to a page (the
contents, bookmarks, links) names the page it is on all the same. What can
only be drawn once every page is known (the page numbers of the contents) is
drawn then too (:func:`draw_later`), so that a report is laid out once. Pages marked by
:func:`number_this_page` (the body pages, not the cover) get one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from exports.fonts import register_fonts
from exports.report_texts import text
from exports.rich_text import display_text

#: The margin of every page of every export, and the height of the page numbers' baseline.
MARGIN = 20 * mm
BASELINE = MARGIN - 8 * mm


class _NumberingCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Keeps each page until the document is saved, then numbers the marked ones."""

    def __init__(self, *args: Any, label: Callable[[int, int], str], rtl: bool, **kw: Any):
        super().__init__(*args, **kw)
        self._label = label
        self._rtl = rtl
        self._kept: list[dict[str, Any]] = []
        self.numbered = False
        self._later: list[Callable[[Any], None]] = []

    def later(self, draw: Callable[[Any], None]) -> None:
        """Have ``draw(canvas)`` draw on this page once the document is laid out.

        It draws in page coordinates, when every page is known (the contents' page
        numbers): see :func:`draw_later`.
        """
        self._later.append(draw)

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        # The next page's references (links, bookmarks, the contents) must name it, though
        # this one is written only at save: count it now, as writing it would.
        self._doc.pageCounter += 1
        self._startPage()
        self.numbered = False
        self._later = []

    def save(self) -> None:
        total = len(self._kept)
        self._doc.pageCounter -= total  # counted again as each page is written
        for number, state in enumerate(self._kept, start=1):
            annotations: int = self.__dict__["_annotationCount"]  # names links: only goes up
            self.__dict__.update(state)
            self.__dict__["_annotationCount"] = max(annotations, state["_annotationCount"])
            for draw in state["_later"]:
                self.saveState()
                draw(self)
                self.restoreState()
            if self.numbered:
                self._draw_number(self._label(number, total))
            super().showPage()
        super().save()

    def _draw_number(self, label: str) -> None:
        self.saveState()
        self.setFont(register_fonts().regular, 8)
        self.setFillColor(colors.HexColor("#555555"))
        shown = display_text(label)
        if self._rtl:
            self.drawString(MARGIN, BASELINE, shown)
        else:
            self.drawRightString(A4[0] - MARGIN, BASELINE, shown)
        self.restoreState()


def page_label(lang: str) -> Callable[[int, int], str]:
    """ "Page X of Y" in ``lang``."""
    return lambda number, total: text("page", lang, number, total)


def numbering_canvas(label: Callable[[int, int], str], rtl: bool) -> Callable[..., Canvas]:
    """A canvas maker for ``build``: ``label(number, total)`` is what a numbered page shows."""
    return partial(_NumberingCanvas, label=label, rtl=rtl)


def draw_later(canvas: Any, draw: Callable[[Any], None]) -> None:
    """Draw ``draw(canvas)`` on the page being drawn when the document is saved.

    With the report's canvas, that is once every page is known; any other canvas
    draws at once. ``draw`` works in page coordinates.
    """
    if isinstance(canvas, _NumberingCanvas):
        canvas.later(draw)
    else:
        canvas.saveState()
        canvas.resetTransforms()
        draw(canvas)
        canvas.restoreState()


def number_this_page(canvas: Any) -> None:
    """Mark the page being drawn for a number (from a page template's ``onPage``)."""
    canvas.numbered = True

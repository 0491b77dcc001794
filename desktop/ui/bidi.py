"""Answers shown in lists and tables, in their own direction whatever the window's.

Qt lays out an item's text in the direction of its view: in the Arabic window an
English sentence would have its full stop, brackets or "…" moved to the wrong
end, and in the others an Arabic one likewise. Text whose first strong letter
runs against the window is therefore embedded in its own direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QTableWidgetItem, QWidget

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
FSI, PDI = "\u2068", "\u2069"


def isolated(text: object) -> str:
    """``text`` (a file's path or name) kept whole in a sentence of either direction.

    In an Arabic sentence a path's slashes and dots would otherwise be moved
    to the ends of its parts; it takes the direction of its own first letter.
    """
    return FSI + str(text) + PDI


def first_strong(text: str) -> str | None:
    """ "L" or "R" for the first letter with a direction in ``text``; None if none has."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def in_own_direction(text: str, right_to_left: bool) -> str:
    """``text`` as an item of a view laid out ``right_to_left`` (or not) should hold it."""
    strong = first_strong(text)
    if right_to_left and strong == "L":
        return LRE + text + PDF
    if not right_to_left and strong == "R":
        return RLE + text + PDF
    return text


def table_item(text: str, view: QWidget) -> QTableWidgetItem:
    """A table item showing ``text`` in its own direction within ``view``."""
    return QTableWidgetItem(in_own_direction(text, view.isRightToLeft()))

"""Numbered paragraphs and lettered entries: a mark beside a paragraph's first line.

Findings are cited by paragraph ("para. 12"), so every paragraph of the
review's own texts gets a number that runs through the report, in the margin
at the start side of the report (the right for Arabic). The entries of a list
within a paragraph's place (an objective's recommendations) are lettered, as
United Nations documents letter sub-items: (a), (b)… or (أ), (ب)…, the mark
hanging at the start of the entry's own direction. Neither touches the text
itself, so its direction and alignment stay its own.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from exports.fonts import font_runs, text_width
from exports.rich_text import display_text

#: The space between a paragraph and its mark.
GAP = 5.0
#: How far a lettered entry is indented: its mark stands in that space.
ENTRY_INDENT = 22.0
_LATIN = "abcdefghijklmnopqrstuvwxyz"
#: The Arabic letters in the order of sub-items in Arabic documents (abjad order).
_ARABIC = (
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
    "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
)  # fmt: skip


def entry_mark(number: int, lang: str) -> str:
    """The mark of entry ``number`` (from 1): (a)…(z), (aa)…(zz), then numbers; Arabic letters."""
    if lang == "ar":
        return f"({_ARABIC[number - 1]})" if number <= len(_ARABIC) else f"({number})"
    if number <= 2 * len(_LATIN):
        letter = _LATIN[(number - 1) % len(_LATIN)]
        return f"({letter * (1 + (number - 1) // len(_LATIN))})"
    return f"({number})"


class Marked(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """``inner`` with ``mark`` beside its first line (kept by a split's first part).

    ``indent`` 0 puts the mark in the margin; more indents ``inner`` and hangs the mark
    in that space. ``rtl``: the mark stands at the right.
    """

    def __init__(
        self, inner: Flowable, mark: str, style: ParagraphStyle, rtl: bool, indent: float = 0.0
    ) -> None:
        super().__init__()
        self.inner = inner
        self.mark = mark
        self.style = style
        self.rtl = rtl
        self.indent = indent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self.height = self.inner.wrap(availWidth - self.indent, availHeight)
        self.width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = self.inner.split(availWidth - self.indent, availHeight)
        if not parts:
            return []
        first = Marked(parts[0], self.mark, self.style, self.rtl, self.indent)
        rest = [Marked(p, "", self.style, self.rtl, self.indent) for p in parts[1:]]
        return [first, *rest]

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        canvas: Any = self.canv
        self.inner.drawOn(canvas, 0 if self.rtl else self.indent, 0)
        if not self.mark:
            return
        size = self.style.fontSize - (0 if self.indent else 1)
        shown = display_text(self.mark)
        width = text_width(shown, size)
        inner_width = self.width - self.indent
        if self.rtl:
            x = inner_width + GAP if not self.indent else self.width - width
        else:
            x = -GAP - width if not self.indent else 0.0
        canvas.saveState()
        canvas.setFillColor("#555555" if not self.indent else self.style.textColor)
        for font, piece in font_runs(shown):  # Arabic letters come from the Arabic font
            canvas.setFont(font, size)
            canvas.drawString(x, self.height - self.style.fontSize, piece)
            x += text_width(piece, size)
        canvas.restoreState()

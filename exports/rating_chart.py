"""How ratings are drawn in the reports: the bar chart of the overview, and text on a colour.

The chart is one reportlab Drawing for every format: the PDF places it as it is,
the Word report as a picture of it (:mod:`exports.drawing_picture`), with the
counts said in words for readers who cannot see it (:func:`chart_description`).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from exports.report_texts import text
from exports.rich_text import display_text
from forms.typography import labelled

#: (label, count, colour) of each bar, in the rating scale's order.
Bars = tuple[tuple[str, int, str | None], ...]

#: A bar's colour when its rating has none.
NO_COLOUR = "#cccccc"
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH = 12, 5, 55 * mm


def chart_drawing(bars: Bars, width: float, font: str, bold: str, rtl: bool) -> Drawing:
    """Horizontal bars, one per rating, each with its label and count (never colour alone).

    ``font`` and ``bold`` are registered reportlab font names; right to left, the labels
    stand at the right edge and the bars grow leftwards.
    """
    height = len(bars) * (BAR_HEIGHT + BAR_GAP) + 4
    drawing = Drawing(width, height, initialFontName=font)  # not Helvetica
    most = max((n for _, n, _ in bars), default=0) or 1
    scale = (width - LABEL_WIDTH - 30) / most
    for index, (label, count, colour) in enumerate(bars):
        y = height - (index + 1) * (BAR_HEIGHT + BAR_GAP)
        length = max(count * scale, 1)
        label_x = width if rtl else 0
        bar_x = width - LABEL_WIDTH - length if rtl else LABEL_WIDTH
        count_x = bar_x - 4 if rtl else bar_x + length + 4
        anchor = "end" if rtl else "start"
        drawing.add(
            String(label_x, y + 3, display_text(label), fontName=font, fontSize=9,
                   textAnchor=anchor)
        )  # fmt: skip
        drawing.add(
            Rect(bar_x, y, length, BAR_HEIGHT, fillColor=colors.HexColor(colour or NO_COLOUR),
                 strokeColor=colors.HexColor("#555555"), strokeWidth=0.4)
        )  # fmt: skip
        drawing.add(
            String(count_x, y + 3, str(count), fontName=bold, fontSize=9, textAnchor=anchor)
        )
    return drawing


def chart_description(bars: Bars, lang: str) -> str:
    """The chart in words: what it shows, then each rating with its count."""
    arabic = lang == "ar"
    counts = ("؛ " if arabic else "; ").join(
        labelled(label, str(count), lang) for label, count, _ in bars
    )
    counted = labelled(text("objectives_count", lang), counts, lang)
    return f"{text('ratings_overview', lang)}{'، ' if arabic else '. '}{counted}"


def text_colour_on(colour: str) -> str:
    """``#ffffff`` or ``#000000``: the colour of text that reads on ``colour`` (``#rrggbb``)."""
    background = colors.HexColor(colour)
    luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue
    return "#ffffff" if luminance < 0.45 else "#000000"

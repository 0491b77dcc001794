"""Column widths sized to their content: no word broken, the line filled."""

from __future__ import annotations

import pytest

from exports.fonts import text_width
from exports.table_widths import PADDING, column_widths


def measure(text: str, bold: bool) -> float:
    return text_width(text, 8.5, bold)


def test_short_columns_take_what_they_need_and_long_ones_the_rest():
    header = ["#", "Indicator", "Year", "Note"]
    rows = [["1", "SDG 10.7.2: migration policies to facilitate orderly, safe migration " * 2,
             "2024", "Non-governmental organisation"]]  # fmt: skip
    widths = column_widths(header, rows, 480, measure)
    assert sum(widths) == pytest.approx(480)
    for index, column in enumerate(zip(header, *rows, strict=True)):
        words = [w for cell in column for w in cell.split()]
        longest = max(measure(w, True) for w in words)
        assert widths[index] >= longest + PADDING - 1e-6, "a word would be broken"
    assert widths[1] > widths[3] > widths[2] >= widths[0]


def test_a_table_that_fits_on_one_line_shares_the_rest_alike():
    widths = column_widths(["A", "B"], [["x", "y"]], 200, measure)
    assert widths[0] == pytest.approx(widths[1], abs=2) and sum(widths) == pytest.approx(200)


def test_words_longer_than_the_line_share_it_in_proportion():
    long = "x" * 400
    widths = column_widths(["A", "B"], [[long, long]], 200, measure)
    assert widths == pytest.approx([100, 100])

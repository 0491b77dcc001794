"""Column widths sized to what the columns hold, as a browser sizes an automatic table.

Each column gets at least its longest word (so no word is broken), then the
room left goes to the columns whose text would like more, in proportion to
what their cells would take on one line (a header wraps at its words, and
asks for no more than its longest one). Measuring is the caller's (``measure(text,
bold)`` in points), so any format can use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: Room inside a cell beside its text, in points: its padding on both sides, and a little more.
PADDING = 10.0


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: float,
    measure: Callable[[str, bool], float],
) -> list[float]:
    """Widths (points) of the columns of ``header`` and ``rows`` filling ``total``."""
    count = len(header)
    least = [0.0] * count
    wanted = [0.0] * count
    for index in range(count):
        cells = [(header[index], True)] + [(row[index], False) for row in rows]
        for cell, bold in cells:
            for line in cell.split("\n"):
                longest = max((measure(word, bold) for word in line.split()), default=0.0)
                least[index] = max(least[index], longest + PADDING)
                if not bold:
                    wanted[index] = max(wanted[index], measure(line, bold) + PADDING)
        wanted[index] = max(wanted[index], least[index])
    if sum(wanted) <= total:  # everything fits on one line: share the rest alike
        spare = (total - sum(wanted)) / count
        return [w + spare for w in wanted]
    if sum(least) >= total:  # even the longest words do not fit: in proportion to them
        return [total * w / sum(least) for w in least]
    spare = total - sum(least)
    more = [w - m for w, m in zip(wanted, least, strict=True)]
    return [m + spare * extra / sum(more) for m, extra in zip(least, more, strict=True)]

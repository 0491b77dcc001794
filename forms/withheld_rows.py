"""Rows that never leave this computer: a testimony without consent, an unnamed endorser.

A yes/no column of a table decides, in the definition, whether its row may be
exported: ``shares_row`` lets the row out only when it is ticked (consent to
quote: an unticked or unanswered row stays), ``withholds_row`` keeps the row in
when it is ticked (the organisation asked not to be named). Such rows are left
out of every report, workbook and merge whatever the export's options; the
database and its backups keep them, and importing the review's own export
again keeps them too. A table's ``withheld_note`` is what the exports print
instead, with the number of rows kept back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.schema import Field, Form


def row_withheld(table: Field, row: Mapping[str, Any]) -> bool:
    """Whether ``row`` of ``table`` must stay on this computer."""
    for column in table.columns:
        ticked = row.get(column.key) is True
        if (column.shares_row and not ticked) or (column.withholds_row and ticked):
            return True
    return False


def withheld_tables(form: Form) -> list[tuple[str, Field]]:
    """(answer key, table) of every table whose rows may be kept back."""
    return [(ref.key, ref.field) for ref in form.refs() if ref.field.keeps_rows_back]


def without_withheld_rows(
    form: Form, answers: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, int]]:
    """``answers`` without the rows that stay here, and how many each table kept back.

    A table left with no row is left out, as an unanswered one is.
    """
    shown = dict(answers)
    kept_back: dict[str, int] = {}
    for key, table in withheld_tables(form):
        rows = shown.get(key)
        if not isinstance(rows, list):
            continue
        out = [row for row in rows if isinstance(row, Mapping) and not row_withheld(table, row)]
        if len(out) == len(rows):
            continue
        kept_back[key] = len(rows) - len(out)
        if out:
            shown[key] = out
        else:
            del shown[key]
    return shown, kept_back


def keep_withheld_rows(
    form: Form, incoming: Mapping[str, Any], current: Mapping[str, Any]
) -> dict[str, Any]:
    """``incoming`` (a review's own export, read back) with the ``current`` rows it never held.

    Each row kept back goes back where it stood among the rows, unless the incoming
    table already holds the same row.
    """
    answers = dict(incoming)
    for key, table in withheld_tables(form):
        before = current.get(key)
        if not isinstance(before, list):
            continue
        rows = list(answers.get(key) or [])
        for place, row in enumerate(before):
            if isinstance(row, Mapping) and row_withheld(table, row) and row not in rows:
                rows.insert(min(place, len(rows)), dict(row))
        if rows:
            answers[key] = rows
    return answers

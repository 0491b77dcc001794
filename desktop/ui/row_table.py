"""Read-only tables of rows, to read or to pick one from: the list of reviews, a job's
results, member contributions and their voices."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def row_table(
    parent: QWidget, headers: list[str], name: str, stretch: int, rows: int = 0
) -> QTableWidget:
    """A table of ``rows`` under ``headers``, named ``name`` for screen readers.

    Nothing is edited in it and whole rows are selected; Tab leaves it (the
    arrows move in it). Each column is as wide as its contents but ``stretch``,
    which takes the rest of the width.
    """
    table = QTableWidget(rows, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table

"""Finding answer cells in a workbook as its layout places them (keys on row 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from exports.xlsx_layout import (
    COVER_SHEET,
    COVER_TABS,
    HEADER_ROWS,
    ID_COLUMN,
    LAYOUT_VERSION,
    workbook_layout,
)
from forms.loader import load_form

FIRST_ROW = HEADER_ROWS[LAYOUT_VERSION].first_data


def sheet_name(names: list[str], key: str) -> str:
    """The name, among ``names``, of the sheet of layout key ``key`` (its tab in any language)."""
    layouts = {layout.name: layout for layout in workbook_layout(load_form())}
    known = layouts[key].known_names() if key in layouts else (key,)
    if key == COVER_SHEET:
        known = (key, *COVER_TABS.values.values())
    wanted = {n.casefold() for n in known}
    for name in names:
        if name.casefold() in wanted:
            return name
    raise KeyError(f"no sheet {key!r} among {names}")


def sheet_of(book: Any, key: str) -> Any:
    """The sheet of layout key ``key`` (``objectives``) in an open workbook, in any language."""
    return book[sheet_name(book.sheetnames, key)]


def key_column(sheet: Any, key: str) -> int:
    """The column (1-based) whose row-1 key is ``key``."""
    keys = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    return keys.index(key) + 1


def data_row(sheet: Any, owner: str | None = None, index: int = 0) -> int:
    """The row of ``owner`` (an item sheet) or the ``index``-th entry row of a sheet of lists."""
    if owner is None:
        return FIRST_ROW + index
    column = key_column(sheet, ID_COLUMN)
    for number, row in enumerate(sheet.iter_rows(min_row=FIRST_ROW), start=FIRST_ROW):
        if row[column - 1].value == owner:
            return number
    raise AssertionError(f"no row of {owner} in {sheet.title}")


def coordinate(path: Path, sheet: str, key: str, owner: str | None = None, index: int = 0) -> str:
    """The name (``D7``) of the cell of answer ``key`` for ``owner`` in ``path``."""
    book = openpyxl.load_workbook(path)
    try:
        found = sheet_of(book, sheet)
        return f"{get_column_letter(key_column(found, key))}{data_row(found, owner, index)}"
    finally:
        book.close()


def answer_cell(sheet: Any, key: str, owner: str | None = None, index: int = 0) -> Any:
    """The cell of answer ``key`` for ``owner`` (or the ``index``-th entry) in ``sheet``."""
    return sheet.cell(row=data_row(sheet, owner, index), column=key_column(sheet, key))

"""The cells of a worksheet written as XML in one pass, byte for byte as openpyxl writes them.

openpyxl serialises each cell through an element tree, which costs more than
building the whole workbook. The workbook's cells are plain: text, numbers,
yes/no and styled empty cells, with no formulas, comments or hyperlinks, so
their ``<sheetData>`` is written here as a string instead. A sheet holding
anything else is left to openpyxl (:func:`sheet_data` returns None), and a test
checks that both give the same bytes for every sheet the application writes.
"""

from __future__ import annotations

import math
from io import BytesIO
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml import LXML

_EMPTY_SHEET_DATA = b"<sheetData></sheetData>"
#: openpyxl writes through lxml when it is installed (python-docx brings it), else through
#: ElementTree; the two differ in two ways: how an empty cell closes (lxml gives it an end
#: tag), and lxml writes every character beyond ASCII as a character reference.
_CLOSE = "></c>" if LXML else " />"


def _escaped(text: str) -> str:
    """Character data as XML text (what ElementTree escapes, and nothing more)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if LXML and not text.isascii():
        text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return text


def _cell(cell: Cell, ref: str, styles: Any) -> str | None:
    """One ``<c>`` element, or None when the cell holds what only openpyxl writes."""
    style = cell._style
    head = f'<c r="{ref}"'
    if style is not None and any(style):  # as Cell.has_style; the id as Cell.style_id finds it
        head += f' s="{styles.add(style)}"'
    value = cell._value
    kind = cell.data_type
    if kind == "s":
        if not isinstance(value, str):
            return None  # rich text
        if value == "":
            return f'{head} t="inlineStr"{_CLOSE}'
        stripped = value.strip()
        # ElementTree's writer marks no text of spaces only; lxml's marks any with spaces.
        space = ' xml:space="preserve"' if (stripped or LXML) and stripped != value else ""
        return f'{head} t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'
    if kind not in ("n", "b"):
        return None  # formulas, dates, errors
    if value is None:
        return f'{head} t="{kind}"{_CLOSE}'
    if isinstance(value, bool):
        number = "1" if value else "0"
    elif isinstance(value, (int, float)) and math.isfinite(value):
        number = f"{value:.16g}"  # as openpyxl formats numbers
    else:
        return None
    return f'{head} t="{kind}"><v>{number}</v></c>'


def sheet_data(sheet: Worksheet) -> bytes | None:
    """The sheet's ``<sheetData>`` element, or None if a cell must be written by openpyxl."""
    rows: dict[int, list[Cell]] = {}
    for (row, _col), cell in sorted(sheet._cells.items()):
        if cell._comment is not None or cell.hyperlink is not None:
            return None
        if cell._value is not None or cell.has_style:
            rows.setdefault(row, []).append(cell)
        elif row not in rows:
            rows[row] = []
    dimensions = sheet.row_dimensions
    for row in dimensions.keys() - rows.keys():
        rows[row] = []
    styles = sheet.parent._cell_styles
    letters: dict[int, str] = {}
    parts = ["<sheetData>"]
    for row in sorted(rows):
        dimension = dimensions.get(row)
        attributes = "".join(f' {k}="{v}"' for k, v in dimension) if dimension else ""
        parts.append(f'<row r="{row}"{attributes}>')
        for cell in rows[row]:
            col = cell.column
            letter = letters.get(col)
            if letter is None:
                letter = letters[col] = get_column_letter(col)
            written = _cell(cell, f"{letter}{row}", styles)
            if written is None:
                return None
            parts.append(written)
        parts.append("</row>")
    parts.append("</sheetData>")
    return "".join(parts).encode()


class _SheetWriter(WorksheetWriter):  # type: ignore[misc]  # openpyxl is untyped
    """openpyxl's writer of a worksheet, in memory, with its cells written by :func:`sheet_data`."""

    def __init__(self, sheet: Worksheet) -> None:
        self._cells_xml = sheet_data(sheet)
        super().__init__(sheet, out=BytesIO())

    def rows(self) -> list[Any]:
        # An empty <sheetData> that read() replaces, unless openpyxl writes the cells.
        return super().rows() if self._cells_xml is None else []

    def read(self) -> bytes:
        written: bytes = super().read()
        if self._cells_xml is None:
            return written
        # The first <sheetData> is the one written: what comes before it holds no text.
        return written.replace(_EMPTY_SHEET_DATA, self._cells_xml, 1)


class FastExcelWriter(ExcelWriter):  # type: ignore[misc]  # openpyxl is untyped
    """openpyxl's writer of a workbook, writing each worksheet with :class:`_SheetWriter`."""

    def write_worksheet(self, ws: Worksheet) -> None:
        # As ExcelWriter.write_worksheet does for a workbook that is not write-only,
        # with the sheet written in memory rather than through a temporary file.
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)

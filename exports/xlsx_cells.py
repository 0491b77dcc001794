"""What goes into a workbook cell, and the few styles every sheet shares.

Every font names its face (a cell style without one is drawn in a serif face
by LibreOffice); answer cells are unlocked, top-aligned and wrapped, and free
text is formatted as text so that what is typed there stays text.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from exports.pdf_styles import RTL_LANGUAGES
from exports.report_texts import text
from exports.xlsx_layout import Column
from forms.safe_text import clean_text
from forms.schema import TEXT_LIMIT
from forms.values import format_value_choice

#: Text that a spreadsheet could take for a formula when the cell is edited.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FACE = "Calibri"
BODY = Font(name=FACE, size=11)
BOLD = Font(name=FACE, size=11, bold=True)
GUIDANCE_FONT = Font(name=FACE, size=9, italic=True, color="444444")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
LABEL_FILL = PatternFill("solid", fgColor="EEF2F7")
TOP = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(wrap_text=True, vertical="top", horizontal="center")
#: Text in a right-to-left language, read right to left whatever it starts with (a
#: number, as in "5. …"): the labels, titles and guidance of an Arabic workbook.
TOP_RTL = Alignment(wrap_text=True, vertical="top", readingOrder=2)
UNLOCKED = Protection(locked=False)
LOCKED = Protection(locked=True)
#: The number format that keeps what is typed as text.
TEXT_FORMAT = "@"


def label_alignment(lang: str) -> Alignment:
    """How the workbook's own texts (labels, titles, guidance) sit in ``lang``."""
    return TOP_RTL if lang in RTL_LANGUAGES else TOP


def cell_value(column: Column, value: Any, lang: str) -> Any:
    """What a cell shows for ``value``: labels for choices, words for yes/no."""
    fld = column.field
    if value is None:
        return None
    if column.choice is not None:
        if fld.type == "multichoice":
            chosen = isinstance(value, list) and column.choice in value
            return text("yes", lang) if chosen else None
        return value.get(column.choice) if isinstance(value, dict) else None
    if fld.type == "choice":
        return format_value_choice(fld, value, lang)
    if fld.type == "multichoice":
        return "; ".join(format_value_choice(fld, key, lang) for key in value)
    if fld.type == "boolean":
        return text("yes" if value else "no", lang)
    return value


#: The types of value a cell is made for directly, with the type openpyxl gives each.
_DATA_TYPES = {str: "s", bool: "b", int: "n", float: "n", type(None): "n"}


def _new_cell(sheet: Worksheet, row: int, col: int, value: Any, kind: str, style: Any) -> Cell:
    """A cell as ``Cell(sheet, row, col, value, style)`` makes it, at a quarter of the cost.

    openpyxl's constructor checks each text for characters a file cannot hold,
    which :func:`~forms.safe_text.clean_text` has removed, and sets every part
    through its descriptors; a test checks both make the same cell.
    """
    cell: Cell = Cell.__new__(Cell)
    cell.parent = sheet
    cell._style = StyleArray(style) if style is not None else None
    cell.row = row
    cell.column = col
    cell._value = value
    cell.data_type = kind
    cell._hyperlink = None
    cell._comment = None
    return cell


def put(sheet: Worksheet, row: int, col: int, value: Any, style: StyleArray | None = None) -> Any:
    """Write ``value`` into a cell as a value, never as a formula; return the cell.

    ``style`` (from :class:`CellStyles`) is copied into the new cell. The cell is
    placed as openpyxl's own ``append`` does, which costs a fraction of looking
    it up by coordinate.
    """
    kind = _DATA_TYPES.get(type(value))
    if isinstance(value, str):
        value = clean_text(value)  # a review stored before text was cleaned still exports
        if len(value) > TEXT_LIMIT:  # openpyxl cuts it; no answer is this long
            kind = None
    if kind is None:  # another type, or too long a text: openpyxl deals with it
        cell = Cell(sheet, row=row, column=col, value=value, style_array=style)
    else:
        cell = _new_cell(sheet, row, col, value, kind, style)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(FORMULA_STARTS):
            if cell._style is None:
                cell._style = StyleArray()
            cell._style.quotePrefix = 1
    sheet._cells[(row, col)] = cell
    return cell


#: Characters of text per unit of column width (the width of a digit), measured on
#: LibreOffice's rendering: 11 pt regular, 11 pt bold, 9 pt italic guidance.
REGULAR, BOLD_TEXT, SMALL_TEXT = 1.1, 0.85, 1.3


def wrapped_lines(value: Any, width: float, density: float = REGULAR) -> int:
    """About how many lines ``value`` takes in a wrapped cell ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(int(width * density) - 1, 1)
    return sum(max(1, -(-len(line) // per_line)) for line in value.split("\n"))


class CellStyles:
    """The styles of one workbook, each built once and then given to cells as a copy.

    Setting a font, fill, alignment and protection on a cell looks each one up
    in the workbook by value, which costs more than writing the cell; a style
    built once is copied instead (as openpyxl copies styles between cells).
    Pass the module's constants, whose identity names them.
    """

    def __init__(self, sheet: Worksheet) -> None:
        self._scratch = sheet  # any sheet of the workbook: styles belong to the workbook
        self._arrays: dict[tuple[int, ...], tuple[StyleArray, tuple[Any, ...]]] = {}

    def __call__(
        self,
        font: Font,
        fill: PatternFill | None = None,
        alignment: Alignment | None = None,
        protection: Protection | None = None,
        number_format: str | None = None,
    ) -> StyleArray:
        """The style made of these parts, for :func:`put`."""
        parts = (font, fill, alignment, protection, number_format)
        key = tuple(id(p) for p in parts)
        known = self._arrays.get(key)
        if known is None:
            cell = Cell(self._scratch)
            cell.font = font
            if fill is not None:
                cell.fill = fill
            if alignment is not None:
                cell.alignment = alignment
            if protection is not None:
                cell.protection = protection
            if number_format is not None:
                cell.number_format = number_format
            known = self._arrays[key] = (cell._style, parts)  # parts kept: their ids stay theirs
        return known[0]

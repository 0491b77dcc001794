"""How a sheet prints, which way it reads, and what can be changed in it.

Sheets are protected without a password: labels, titles and the key row
cannot be changed by mistake, while answer cells stay open (and anyone who
needs to can lift the protection from the spreadsheet's menu). Rows and
columns may still be resized, and rows added or removed in the sheets of lists.
"""

from __future__ import annotations

import math

from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from exports.pdf_styles import RTL_LANGUAGES

#: The smallest print scale at which 11 pt text stays readable (about 7 pt on paper).
MIN_PRINT_SCALE = 0.6
#: The printable width of a landscape page (Letter, the narrower of Letter and A4, with the
#: margins below), in points; a column of width ``w`` characters is about 5.25 w + 4 points.
LANDSCAPE_WIDTH, PORTRAIT_WIDTH = 734, 554
POINTS_PER_CHARACTER, COLUMN_PADDING = 5.25, 4


class GrowingRow(RowDimension):  # type: ignore[misc]  # openpyxl is untyped
    """A row shown at a height estimated for its text that still grows as it is edited.

    openpyxl marks every row given a height as of fixed height (``customHeight``),
    which stops Excel and LibreOffice from growing it when more text is typed.
    """

    @property
    def customHeight(self) -> bool:
        return False


def set_row_height(sheet: Worksheet, row: int, height: float) -> None:
    """Show ``row`` at ``height`` points, leaving it free to grow with its text."""
    sheet.row_dimensions[row] = GrowingRow(sheet, index=row, ht=height)


def pages_wide(widths: list[float], landscape: bool = True) -> int:
    """How many pages wide a sheet of columns ``widths`` prints while staying readable."""
    points = sum(POINTS_PER_CHARACTER * w + COLUMN_PADDING for w in widths)
    page = LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH
    return max(1, math.ceil(points * MIN_PRINT_SCALE / page))


def set_direction(sheet: Worksheet, lang: str) -> None:
    """Right-to-left sheets for right-to-left languages (column A on the right)."""
    if lang in RTL_LANGUAGES:
        sheet.sheet_view.rightToLeft = True


def set_print(
    sheet: Worksheet,
    title_rows: str | None = None,
    landscape: bool = True,
    one_page: bool = False,
    wide: int = 1,
    title_columns: str | None = None,
) -> None:
    """How the sheet prints: landscape, gridlines, the sheet's name and page number below.

    It fits one page wide, or ``wide`` pages when one would shrink the text below
    readability (then ``title_columns`` are repeated on each); ``one_page``: the
    whole sheet on one page. ``title_rows`` (``"2:4"``) repeat on every page.
    """
    setup = sheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1 if one_page else wide
    setup.fitToHeight = 1 if one_page else 0
    if wide > 1 and title_columns:
        sheet.print_title_cols = title_columns
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = not one_page
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top, margins.bottom = 0.6, 0.8
    margins.header, margins.footer = 0.3, 0.3  # the page number clear of the last row
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "&A — &P / &N"


def protect(sheet: Worksheet, rows_may_change: bool = False) -> None:
    """Lock the sheet's locked cells (no password); ``rows_may_change``: rows may be added."""
    protection = sheet.protection
    protection.sheet = True
    # In the file format, True forbids: these are allowed.
    protection.formatRows = False
    protection.formatColumns = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False
    if rows_may_change:
        protection.insertRows = False
        protection.deleteRows = False

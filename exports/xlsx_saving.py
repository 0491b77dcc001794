"""A workbook saved to bytes, with its number formats marked as applied.

openpyxl writes a cell style's number format without ``applyNumberFormat``;
Excel applies it anyway, LibreOffice does not, so a cell formatted as text
(``@``) would still turn ``=…`` typed into it into a formula. The style part is
corrected as openpyxl writes it, through an archive that changes only that part.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from openpyxl import Workbook

from exports.xlsx_sheet_xml import FastExcelWriter

STYLES_PART = "xl/styles.xml"
_FORMATTED_XF = re.compile(rb'<xf numFmtId="(?!0")\d+"(?![^>]*applyNumberFormat)')


def _apply_number_formats(xml: bytes) -> bytes:
    return _FORMATTED_XF.sub(lambda m: m[0] + b' applyNumberFormat="1"', xml)


class _StylesFixingArchive(zipfile.ZipFile):
    """A zip archive that marks number formats as applied in the style part it is given."""

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name == STYLES_PART:
            data = _apply_number_formats(data if isinstance(data, bytes) else data.encode())
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def workbook_bytes(book: Workbook) -> bytes:
    """``book`` as the bytes of an xlsx file (what ``book.save`` would write, corrected)."""
    content = io.BytesIO()
    book.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with _StylesFixingArchive(content, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        FastExcelWriter(book, archive).save()
    return content.getvalue()

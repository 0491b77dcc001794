"""Type into cells of a workbook with LibreOffice through UNO, then save it as xlsx.

Run by the system Python (which has ``uno``), never by the project's: reads a
JSON request on stdin (see tests/libreoffice.py). A cell's entry is the text to
type (``setFormula``, what typing does in a cell of the General format), or
``{"text": T}`` to enter T as text (``setString``, what typing does in a cell
formatted as text), or ``{"pick": N}`` to type the N-th entry (from 0) of the
cell's own drop-down list. Prints, as JSON, what LibreOffice made of each cell:
its type (TEXT, VALUE, FORMULA or EMPTY), its number format, whether it is
locked, and the text picked.
"""

import json
import sys
from pathlib import Path

from uno_office import office_desktop, uno_property  # type: ignore[import-not-found]


def _list_entry(doc, cell, index):
    """The ``index``-th entry of the drop-down list of ``cell`` (a range of another sheet)."""
    formula = cell.getPropertyValue("Validation").getFormula1()  # e.g. $'_lists'.$A$1:$A$6
    sheet_name, cells = formula.rsplit(".", 1)
    sheet = doc.Sheets.getByName(sheet_name.lstrip("$").strip("'"))
    first = cells.split(":")[0].replace("$", "")
    column = "".join(c for c in first if c.isalpha())
    row = int("".join(c for c in first if c.isdigit())) + index
    return sheet.getCellRangeByName(f"{column}{row}").getString()


def main() -> None:
    request = json.load(sys.stdin)
    with office_desktop(request["soffice"], request["profile"]) as desktop:
        source = Path(request["source"]).resolve().as_uri()
        doc = desktop.loadComponentFromURL(source, "_blank", 0, (uno_property("Hidden", True),))
        report = {"types": {}, "formats": {}, "locked": {}, "picked": {}}
        for sheet_name, cells in request["cells"].items():
            sheet = doc.Sheets.getByName(sheet_name)
            for name, entry in cells.items():
                cell = sheet.getCellRangeByName(name)
                where = f"{sheet_name}!{name}"
                report["formats"][where] = doc.NumberFormats.getByKey(
                    cell.NumberFormat
                ).FormatString
                report["locked"][where] = cell.CellProtection.IsLocked
                if isinstance(entry, dict) and "text" in entry:
                    cell.setString(entry["text"])
                else:
                    if isinstance(entry, dict):
                        entry = _list_entry(doc, cell, entry["pick"])
                        report["picked"][where] = entry
                    cell.setFormula(entry)
                report["types"][where] = cell.getType().value
        target = Path(request["target"]).resolve().as_uri()
        doc.storeToURL(target, (uno_property("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        print(json.dumps(report))


if __name__ == "__main__":
    main()

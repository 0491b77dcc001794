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

import contextlib
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _property(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


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
    port = _free_port()
    office = subprocess.Popen(
        [request["soffice"], "--headless", "--invisible", "--norestore",
         f"--accept=socket,host=127.0.0.1,port={port};urp;",
         "-env:UserInstallation=file://" + request["profile"]],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        for _ in range(120):
            try:
                context = resolver.resolve(url)
                break
            except Exception:  # not listening yet
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        source = Path(request["source"]).resolve().as_uri()
        doc = desktop.loadComponentFromURL(source, "_blank", 0, (_property("Hidden", True),))
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
        doc.storeToURL(target, (_property("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        print(json.dumps(report))
        with contextlib.suppress(Exception):  # the bridge goes down as LibreOffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()

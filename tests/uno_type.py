"""Type into cells of a workbook with LibreOffice through UNO, then save it as xlsx.

Run by the system Python (which has ``uno``), never by the project's: reads a
JSON request on stdin (see tests/libreoffice.py).
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
        for sheet_name, cells in request["cells"].items():
            sheet = doc.Sheets.getByName(sheet_name)
            for name, text in cells.items():
                sheet.getCellRangeByName(name).setFormula(text)  # what typing does
        target = Path(request["target"]).resolve().as_uri()
        doc.storeToURL(target, (_property("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        with contextlib.suppress(Exception):  # the bridge goes down as LibreOffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()

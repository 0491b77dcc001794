"""Open a Word file in LibreOffice Writer through UNO and say what a person would find in it.

Run by the system Python (which has ``uno``), never by the project's: reads a JSON
request on stdin (see tests/libreoffice.py). The file is loaded with an interaction
handler that answers every question LibreOffice asks (a repair prompt, a filter
choice) with "cancel" and records it: a file that opens cleanly asks none.
Prints, as JSON: the questions asked, the paragraphs (style, outline level, text),
the table of contents as LibreOffice builds it, the pictures (name, description),
and every shaded table cell's fill and text colours.
"""

import json
import sys
from pathlib import Path

import uno  # type: ignore[import-not-found]
import unohelper  # type: ignore[import-not-found]
from com.sun.star.task import XInteractionHandler  # type: ignore[import-not-found]
from uno_office import office_desktop, uno_property  # type: ignore[import-not-found]


class Recorder(unohelper.Base, XInteractionHandler):
    """Records each question and answers it by cancelling."""

    def __init__(self):
        self.asked = []

    def handle(self, request):
        self.asked.append(str(request.getRequest().typeName))
        abort = uno.getTypeByName("com.sun.star.task.XInteractionAbort")
        for choice in request.getContinuations():
            if choice.queryInterface(abort):
                choice.select()
                return


def _paragraphs(text):
    """Each paragraph of ``text`` (tables are skipped): style, outline level, text."""
    found = []
    items = text.createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        if item.supportsService("com.sun.star.text.Paragraph"):
            found.append([item.ParaStyleName, item.OutlineLevel, item.getString()])
    return found


def _shaded_cells(doc):
    """(fill, text colour of each run) of every table cell with a fill."""
    found = []
    tables = doc.getTextTables()
    for index in range(tables.getCount()):
        table = tables.getByIndex(index)
        for name in table.getCellNames():
            cell = table.getCellByName(name)
            if cell.BackColor in (-1, 0xFFFFFF) or not cell.getString().strip():
                continue
            colours = []
            paragraphs = cell.createEnumeration()
            while paragraphs.hasMoreElements():
                portions = paragraphs.nextElement().createEnumeration()
                while portions.hasMoreElements():
                    portion = portions.nextElement()
                    if portion.getString().strip():
                        colours.append(portion.CharColor)
            found.append([cell.BackColor, colours, cell.getString()])
    return found


def main() -> None:
    request = json.load(sys.stdin)
    with office_desktop(request["soffice"], request["profile"]) as desktop:
        recorder = Recorder()
        source = Path(request["source"]).resolve().as_uri()
        arguments = (uno_property("Hidden", True), uno_property("InteractionHandler", recorder))
        doc = desktop.loadComponentFromURL(source, "_blank", 0, arguments)
        report = {"asked": recorder.asked, "opened": doc is not None}
        if doc is not None:
            indexes = doc.getDocumentIndexes()
            contents = []
            for index in range(indexes.getCount()):
                entry = indexes.getByIndex(index)
                entry.update()
                contents.append(entry.getAnchor().getString())
            graphics = doc.getGraphicObjects()
            report.update(
                paragraphs=_paragraphs(doc.Text),
                contents=contents,
                pictures=[
                    [graphics.getByIndex(i).Name, graphics.getByIndex(i).Description]
                    for i in range(graphics.getCount())
                ],
                shaded=_shaded_cells(doc),
            )
            doc.close(True)
        print(json.dumps(report))


if __name__ == "__main__":
    main()

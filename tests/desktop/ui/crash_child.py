"""A child process for the crash test: the real window, typing into an objective until killed.

Prints ``SAVED <json text>`` each time the status bar says everything is saved,
then types the next words. Run as ``python -m tests.desktop.ui.crash_child DB ID``.
"""

from __future__ import annotations

import itertools
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from desktop.store import Store
from desktop.ui.app import application
from desktop.ui.autosave import SaveStatus
from desktop.ui.main_window import MainWindow
from tests.desktop.ui.keys import type_text

WORDS = ["données ", "عربي ", "word ", "été ", "٢٠٢٤ "]
KEY = "obj01.assessment"


def main() -> None:
    db_path, review_id = sys.argv[1], sys.argv[2]
    app = application()
    store = Store(db_path)
    window = MainWindow(store, autosave_ms=60)
    window.show()
    window.open_review(review_id)
    window.editor.show_page("obj01")
    widget = window.editor.page("obj01").editor(KEY).focus_widget()
    widget.setFocus()
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    words = itertools.cycle(WORDS)
    session = window.session

    def type_next() -> None:
        type_text(widget, next(words))

    def on_status(status: SaveStatus) -> None:
        if status is SaveStatus.SAVED and not session.has_unsaved_changes:
            print("SAVED", json.dumps(session.value(KEY, "")), flush=True)
            QTimer.singleShot(5, type_next)

    session.status_changed.connect(on_status)
    print("READY", flush=True)
    QTimer.singleShot(0, type_next)
    app.exec()


if __name__ == "__main__":
    main()

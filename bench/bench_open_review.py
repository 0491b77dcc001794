"""Opening the sample review, editor painted: the main window against a bare window (the floor).

Both sides run in one process, with one QApplication (``QT_QPA_PLATFORM``
offscreen unless told), alternating. Before each application run, untimed, the
sample review (every section filled) is created in a fresh SQLite file and a
new ``Store`` is opened on it, as the window finds it at start. Timed, as
``gcm-review --demo`` opens its review: ``MainWindow`` built on that store
(start screen, menus, status bar), shown, ``open_review(id)`` (the review read,
its session and saver thread started, the editor built on its first page, the
overview), then events processed until the editor's current page has received
a real paint event (an event filter on the page's widget sees ``QEvent.Paint``;
the navigator, menu bar and status bar are painted in that same pass). The
floor is ``bench/bare_window.py``'s window: a ``QMainWindow`` with a ``QLabel``
as its central widget, given the size the application's window took, built,
shown and processed the same way until the label has been painted. Between runs
each window is closed (the review's session saved, its saver thread stopped)
and deleted, and its files removed.

The window is made as ``--smoke`` and the tests make it (``settings=None``):
nothing remembered is read, so no first-run tour starts and no page is
restored; the first-run language question is asked by ``desktop.ui.app.run``,
never by the window, and the daily backup is started there too. Nothing waits
without a bound: a window not painted within ``TIMEOUT_S`` stops the bench.
Qt's warnings are collected and printed at the end (the offscreen plugin's
"propagateSizeHints" noise left out).

The warm-up runs are left out of the medians. The very first run, shown on its
own, also imports the editor and the autosave, reads the form definition
(cached for the process afterwards) and makes Qt's first paint of the process.

  QT_QPA_PLATFORM=offscreen uv run python bench/bench_open_review.py [RUNS]   # 21 unless told
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSize,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from qt_messages import keep_qt_messages, report_qt_messages  # beside this script

import desktop
from desktop.store import Store
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from forms.sample import sample_answers
from forms.versions import CURRENT_VERSION

WARM_UP = 3
TIMEOUT_S = 10.0


class Painted(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_painted(widget: QWidget) -> None:
    """Process events until ``widget`` has been painted; TimeoutError after TIMEOUT_S."""
    painted = Painted(widget)
    deadline = time.perf_counter() + TIMEOUT_S
    app = QCoreApplication.instance()
    assert app is not None
    while not painted.paints:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{type(widget).__name__} not painted within {TIMEOUT_S} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    widget.removeEventFilter(painted)


def deleted(window: QWidget) -> None:
    """Close ``window`` and delete it now."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_app(folder: Path, run: int) -> tuple[tuple[float, float, float], QSize]:
    """One application run: seconds to the window shown, to open_review's return, to painted.

    Also returns the size of the window (the floor's is made the same).
    """
    path = folder / f"app-{run}.db"
    with Store(path) as maker:
        review_id = maker.create(sample_answers(maker.form(CURRENT_VERSION)), sample=True).id
    store = Store(path)  # a new connection, as the window finds the database at start
    try:
        start = time.perf_counter()
        window = MainWindow(store, settings=None)
        window.show()
        shown = time.perf_counter()
        if not window.open_review(review_id) or window.editor is None:
            raise RuntimeError("the sample review did not open")
        opened = time.perf_counter()
        page = window.editor.stack.currentWidget()
        wait_painted(getattr(page, "widget", lambda: None)() or page)
        painted = time.perf_counter()
        size = window.size()
        deleted(window)
    finally:
        store.close()
    for leftover in folder.glob(f"app-{run}.db*"):
        leftover.unlink()
    return (shown - start, opened - start, painted - start), size


def open_floor(size: QSize) -> float:
    """One floor run: seconds to a bare window with a label, of ``size``, shown and painted."""
    start = time.perf_counter()
    window = QMainWindow()
    label = QLabel("GCM Shadow Review")
    window.setCentralWidget(label)
    window.resize(size)
    window.show()
    wait_painted(label)
    painted = time.perf_counter()
    deleted(window)
    return painted - start


def main(runs: int = 21) -> None:
    print(f"desktop: {desktop.__file__}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    keep_qt_messages()
    application()  # as the application makes it (name, icon)
    folder = Path(tempfile.mkdtemp())
    app_runs: list[tuple[float, float, float]] = []
    floor_runs: list[float] = []
    first: float | None = None
    try:
        for run in range(WARM_UP + runs):
            app, size = open_app(folder, run)
            bare = open_floor(size)
            if first is None:
                first = app[2]
            if run >= WARM_UP:
                app_runs.append(app)
                floor_runs.append(bare)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert first is not None
    shown, opened, painted = (statistics.median(r[i] for r in app_runs) for i in range(3))
    floor = statistics.median(floor_runs)
    print(
        f"open the sample review, editor painted, {runs} runs after {WARM_UP} warm-up,"
        f" alternating, medians ({os.environ['QT_QPA_PLATFORM']})"
    )
    print(
        f"  first open in the process (warm-up, not in the medians) {first * 1000:6.1f} ms"
        f" (window {size.width()}x{size.height()})"
    )
    print(f"  app: window built and shown     {shown * 1000:6.1f} ms")
    print(f"  app: open_review returned       {opened * 1000:6.1f} ms")
    print(f"  app: editor page painted        {painted * 1000:6.1f} ms")
    print(f"  floor: bare window painted      {floor * 1000:6.1f} ms")
    print(f"  ratio (editor painted / floor)  {painted / floor:6.2f}x")
    report_qt_messages()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)

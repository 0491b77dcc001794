"""Autosave while typing: edit to "saved", against a raw sqlite3 upsert of the same row (the floor).

The application side is the main window on a real SQLite file holding the
sample review (every section filled), the review open and the page of its
executive summary (a long-text answer) shown. Each edit appends one character
to that answer, as typing does, and is timed from the moment it is handed to
the review's session (``ReviewSession.set_value``, which the field's editor
calls on each change) to the moment the status says "saved": the change
checked and recorded, the debounce timer run out, the batch handed to the
saver thread, written by ``Store.save`` on the saver's own connection in one
committed transaction (WAL, ``synchronous=FULL``: durable when it returns), the
"saved" signal delivered back to the UI thread through the event loop, the
status set to ``SaveStatus.SAVED`` and the window's status label updated
(``SavingShown.show_status``). The pause in typing that the session waits for
before saving (``DEFAULT_DELAY_MS``, 700 ms) is set to 0 with the window's own
``autosave_ms`` option, so the same timer fires on the next pass of the event
loop and the time is the save itself, not the wait. The editor's refresh of the
completeness marks (150 ms after the last edit) does not come within a timed
edit unless a save takes that long; it is left out of the times.

The floor, on its own file with the same pragmas (WAL, ``synchronous=FULL``,
foreign keys on) and a copy of the same rows (``bench_save.floor_database``),
does a single-row upsert of the same answer row with the same text (JSON, as
the application stores it), committed on its own. Edits alternate between the
two, so that machine noise hits both alike; p50 and p99 are reported.

  QT_QPA_PLATFORM=offscreen uv run python bench/bench_autosave.py [RUNS]   # 1000 unless told
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_save import floor_database
from PySide6.QtCore import QEventLoop, QTimer
from qt_messages import keep_qt_messages, report_qt_messages  # beside this script

import desktop
from desktop.store import Store, utc_now
from desktop.ui.app import application
from desktop.ui.autosave import SaveStatus
from desktop.ui.main_window import MainWindow
from forms.sample import sample_answers
from forms.versions import CURRENT_VERSION

WARM_UP = 20
KEY = "profile.executive_summary"
PAGE = "profile"
#: What is typed, one character per edit, again and again.
TYPED = " Migrants' access to services improved in the capital, less so elsewhere."
TIMEOUT_MS = 10_000


def floor_upsert(conn: sqlite3.Connection, review_id: str, key: str, value: str) -> None:
    """One statement, committed on its own: upsert one answer row."""
    conn.execute(
        "INSERT INTO answers (review_id, key, value, updated) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (review_id, key)"
        " DO UPDATE SET value = excluded.value, updated = excluded.updated",
        [review_id, key, value, utc_now()],
    )


def percentile(times: list[float], p: int) -> float:
    return statistics.quantiles(times, n=100)[p - 1]


def main(runs: int = 1000) -> None:
    print(f"desktop: {desktop.__file__}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    keep_qt_messages()
    application()  # as the application makes it (name, icon)
    folder = Path(tempfile.mkdtemp())
    store = Store(folder / "app.db")
    review = store.create(sample_answers(store.form(CURRENT_VERSION)), sample=True)
    floor = floor_database(folder / "floor.db", store.path)
    window = MainWindow(store, autosave_ms=0, settings=None)
    window.show()
    if not window.open_review(review.id) or window.session is None or window.editor is None:
        raise RuntimeError("the sample review did not open")
    window.editor.show_page(PAGE)
    session = window.session

    loop = QEventLoop()
    guard = QTimer()  # nothing waits forever: the loop ends after TIMEOUT_MS whatever happens
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)

    def on_status(status: SaveStatus) -> None:
        if status is SaveStatus.SAVED:  # connected after the window's label: it says so first
            loop.quit()

    session.status_changed.connect(on_status)

    text = review.answers[KEY]
    app_times: list[float] = []
    floor_times: list[float] = []
    try:
        for run in range(WARM_UP + runs):
            text += TYPED[run % len(TYPED)]
            encoded = json.dumps(text, ensure_ascii=False, separators=(",", ":"))
            guard.start(TIMEOUT_MS)
            start = time.perf_counter()
            session.set_value(KEY, text)
            loop.exec()
            app = time.perf_counter() - start
            guard.stop()
            if session.status is not SaveStatus.SAVED or session.has_unsaved_changes:
                raise TimeoutError(
                    f"edit {run}: not saved within {TIMEOUT_MS} ms ({session.last_error or 'no'}"
                    " error)"
                )
            start = time.perf_counter()
            floor_upsert(floor, review.id, KEY, encoded)
            bare = time.perf_counter() - start
            if run >= WARM_UP:
                app_times.append(app)
                floor_times.append(bare)
        label = window.save_label.text()
        window.close()
        stored = store.get(review.id)
        floor_value = floor.execute(
            "SELECT value FROM answers WHERE review_id = ? AND key = ?", [review.id, KEY]
        ).fetchone()[0]
    finally:
        store.close()
        floor.close()
        shutil.rmtree(folder, ignore_errors=True)
    assert stored.revision == review.revision + WARM_UP + runs, "every edit should have written"
    assert stored.answers[KEY] == text and json.loads(floor_value) == text
    assert label == window.tr("✓ Saved"), label

    print(
        f"autosave one longtext answer ({KEY}) of the sample review while typing:"
        f" {runs} edits after {WARM_UP} warm-up, one character each"
        f" ({len(review.answers[KEY])} to {len(text)} characters), alternating"
    )
    app_p50, floor_p50 = statistics.median(app_times), statistics.median(floor_times)
    app_p99, floor_p99 = percentile(app_times, 99), percentile(floor_times, 99)
    print(f"  autosave  p50 {app_p50 * 1000:6.2f} ms   p99 {app_p99 * 1000:6.2f} ms")
    print(f"  floor     p50 {floor_p50 * 1000:6.2f} ms   p99 {floor_p99 * 1000:6.2f} ms")
    print(f"  ratio     p50 {app_p50 / floor_p50:6.2f}x    p99 {app_p99 / floor_p99:6.2f}x")
    report_qt_messages()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

"""Long work runs off the UI thread, reports progress and can be cancelled."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.store import Store, StoreError
from desktop.ui.tasks import BackgroundTask, Cancelled


def count_reviews_into(path, total):
    """Real work: create ``total`` reviews, one transaction each, stopping when cancelled."""

    def work(report, cancelled):
        with Store(path) as store:
            for done in range(total):
                if cancelled():
                    raise Cancelled
                store.create({"profile.country": f"Country {done}"})
                report(done + 1, total, f"Review {done + 1} of {total}")
        return total

    return work


def test_work_runs_in_another_thread_and_reports(qtbot, tmp_path):
    seen_threads = []
    ui_thread = threading.get_ident()

    def work(report, cancelled):
        seen_threads.append(threading.get_ident())
        return count_reviews_into(tmp_path / "a.db", 20)(report, cancelled)

    task = BackgroundTask("Creating", work, show_after_ms=0)
    progress = []
    task.worker.progressed.connect(lambda done, total, text: progress.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=10000) as result:
        task.start()
    assert result.args == [20]
    assert seen_threads and seen_threads[0] != ui_thread
    assert progress[-1] == (20, 20)
    assert task.dialog.value() in (20, -1)
    with Store(tmp_path / "a.db") as store:
        assert len(store.list()) == 20


def test_cancel_stops_between_steps(qtbot, tmp_path):
    started = threading.Event()

    def work(report, cancelled):
        with Store(tmp_path / "b.db") as store:
            for _ in range(10_000):
                if cancelled():
                    raise Cancelled
                store.create({})
                started.set()
                time.sleep(0.001)
        return "finished"

    task = BackgroundTask("Slow", work, show_after_ms=0)
    finished = []
    task.finished.connect(finished.append)
    task.start()
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        button = task.dialog.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert finished == []
    with Store(tmp_path / "b.db") as store:
        assert 0 < len(store.list()) < 10_000


@pytest.mark.parametrize("error", [StoreError("reviews.db: disk full"), OSError(28, "No space")])
def test_failures_come_back_as_a_message(qtbot, error):
    def work(report, cancelled):
        raise error

    task = BackgroundTask("Failing", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as message:
        task.start()
    assert str(error) == message.args[0]

"""The log of failures: where it is, what it holds (never the text of answers), who is told."""

from __future__ import annotations

import os
import sys
import threading

from desktop import crash_log
from desktop.sqlite_engine import sqlite


def test_a_failure_is_logged_with_its_traceback_but_not_its_text(monkeypatch):
    monkeypatch.setattr(crash_log, "_logger", None)

    def fails() -> None:
        raise ValueError("Testimony of Amina, undocumented, lives in the port area")

    try:
        fails()
    except ValueError as err:
        where = crash_log.log_exception("exporting", err)
    text = where.read_text(encoding="utf-8")
    assert "exporting failed: ValueError" in text and "in fails" in text
    assert "Amina" not in text, "the message may quote an answer: it is left out"
    if os.name == "posix":
        assert where.stat().st_mode & 0o777 == 0o600
        assert where.parent.stat().st_mode & 0o777 == 0o700


def test_disk_and_database_faults_keep_their_own_message():
    assert "No space left" in crash_log.describe_failure(OSError(28, "No space left on device"))
    assert "disk I/O error" in crash_log.describe_failure(sqlite.OperationalError("disk I/O error"))


def test_what_escapes_a_thread_or_the_main_loop_is_logged_and_told(monkeypatch):
    monkeypatch.setattr(crash_log, "_logger", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    told: list[tuple[str, str]] = []
    crash_log.install(lambda where, kind: told.append((str(where), kind)))

    def boom() -> None:
        raise KeyError("obj01.assessment")

    worker = threading.Thread(target=boom, name="exporter")
    worker.start()
    worker.join()
    try:
        raise RuntimeError("secret")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert [kind for _, kind in told] == ["KeyError", "RuntimeError"]
    text = crash_log.log_path().read_text(encoding="utf-8")
    assert "the thread 'exporter' failed: KeyError" in text and "in boom" in text
    assert "secret" not in text

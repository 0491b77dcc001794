"""The review being edited, and the autosave that writes it off the UI thread.

Every edit goes into :class:`ReviewSession` at once (the editor reads its
answers from there). A single-shot timer restarts on each edit; when typing
pauses for ``delay_ms`` the pending changes are handed to a :class:`SaverThread`,
which writes them in one transaction through its own database connection.
"Saved" is only shown once that transaction has committed.

Whatever goes wrong in the saver (any exception) ends as a failed batch: it is
logged, the status bar says so, and the changes stay pending to be retried.
Nothing waits for the saver without a bound: closing waits ``CLOSE_WAIT_S``
at most, then says which answers could not be saved.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from desktop.store import Store
from desktop.ui.language import listed
from forms.errors import UserError
from forms.review import Review
from forms.safe_text import changes_made
from forms.schema import Form
from forms.values import check_value

DEFAULT_DELAY_MS = 700
RETRY_MS = 5000
# How long closing a review waits for its last saves.
CLOSE_WAIT_S = 3.0
# Saver threads that would not stop: kept referenced, so Qt never destroys a running thread.
_abandoned: list[QThread] = []


class SaveStatus(Enum):
    """What the status bar says about the review's changes."""

    SAVED = "saved"
    SAVING = "saving"
    FAILED = "failed"


class SaverThread(QThread):
    """Writes batches of changes to the database, one transaction each, in order."""

    batch_saved = Signal(int, int)  # batch number, revision after the save
    batch_failed = Signal(int, str)  # batch number, message

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._queue: queue.Queue[tuple[int, str, dict[str, Any]] | None] = queue.Queue()
        self._next_batch = 0
        self._outstanding = 0
        self._idle = threading.Condition()
        self.setObjectName("saver")

    def submit(self, review_id: str, changes: Mapping[str, Any]) -> int:
        """Queue ``changes`` for saving; returns the batch number reported back."""
        self._next_batch += 1
        with self._idle:
            self._outstanding += 1
        self._queue.put((self._next_batch, review_id, dict(changes)))
        return self._next_batch

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every submitted batch was written or failed; False if ``timeout`` ran out."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while self._outstanding:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def stop(self, timeout: float = CLOSE_WAIT_S) -> bool:
        """Finish the queued batches, then end the thread; False if it did not end in time.

        A thread that does not end is left to finish on its own (and kept
        referenced: Qt must never destroy a running thread).
        """
        self._queue.put(None)
        if self.wait(int(timeout * 1000)):
            return True
        self.setParent(None)
        _abandoned.append(self)
        return False

    def run(self) -> None:
        store: Store | None = None
        try:
            while True:
                job = self._queue.get()
                try:
                    if job is None:
                        return
                    batch, review_id, changes = job
                    try:
                        if store is None:
                            store = Store(self._db_path)
                        revision = store.save(review_id, changes)
                    except UserError as err:  # a full disk, a read-only file...
                        from desktop.ui.problem_text import error_text

                        self.batch_failed.emit(batch, error_text(err))
                    except Exception as err:  # anything else: a fault, logged
                        self.batch_failed.emit(batch, _unexpected("saving", err))
                        if store is not None:  # start again on a fresh connection
                            _closed(store)
                            store = None
                    else:
                        self.batch_saved.emit(batch, revision)
                finally:
                    self._queue.task_done()
                    with self._idle:
                        if job is not None:
                            self._outstanding -= 1
                        self._idle.notify_all()
        finally:
            if store is not None:
                _closed(store)


def _closed(store: Store) -> None:
    try:
        store.close()
    except Exception as err:  # a connection that cannot even close: nothing more to do
        _unexpected("closing the database", err)


def _unexpected(what: str, err: BaseException) -> str:
    """Log an unexpected failure; the message for the person, naming the log file."""
    from desktop.crash_log import log_exception

    where = log_exception(what, err)
    return QCoreApplication.translate(
        "Saving", "An unexpected problem ({0}) stopped the save; details are in {1}"
    ).format(type(err).__name__, where)


class ReviewSession(QObject):
    """One open review: its answers in memory, and the changes on their way to disk."""

    value_changed = Signal(str)  # answer key, after any edit
    status_changed = Signal(object)  # SaveStatus
    saved = Signal(int)  # revision, after a batch has committed
    save_failed = Signal(str)  # message
    text_cleaned = Signal(str, str)  # answer key, what was changed in the text given

    def __init__(
        self,
        db_path: Path,
        review: Review,
        form: Form,
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.form = form
        self.answers: dict[str, Any] = dict(review.answers)
        self.revision = review.revision
        self._pending: dict[str, Any] = {}
        self._in_flight: dict[int, dict[str, Any]] = {}
        self._status = SaveStatus.SAVED
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay_ms = delay_ms
        self._timer.timeout.connect(self._submit)
        self._saver = SaverThread(db_path, self)
        self._saver.batch_saved.connect(self._on_saved)
        self._saver.batch_failed.connect(self._on_failed)
        self._saver.start()
        self._closed = False

    @property
    def review_id(self) -> str:
        return self.review.id

    @property
    def status(self) -> SaveStatus:
        return self._status

    @property
    def has_unsaved_changes(self) -> bool:
        return bool(self._pending or self._in_flight)

    def value(self, key: str, default: Any = None) -> Any:
        """The current (possibly not yet saved) answer under ``key``."""
        return self.answers.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        """Record an edit; it is saved when typing pauses. Raises InvalidValue if not allowed."""
        ref = self.form.ref(key)
        if ref is None:
            raise KeyError(key)
        checked = check_value(ref.field, value, key)
        if isinstance(value, str):
            said = changes_made(value, checked or "")
            if said is not None:
                self.text_cleaned.emit(key, str(said))
        if checked == self.answers.get(key):
            return
        if checked is None:
            self.answers.pop(key, None)
        else:
            self.answers[key] = checked
        self._pending[key] = checked
        self._timer.start(self._delay_ms)
        self._set_status(SaveStatus.SAVING)
        self.value_changed.emit(key)

    def flush(self, timeout: float | None = CLOSE_WAIT_S) -> bool:
        """Save everything pending now and wait (``timeout`` s at most); True when all was saved.

        A save that did not finish in time is named in ``last_error``.
        """
        self._timer.stop()
        self._submit()
        finished = self._saver.wait_idle(timeout)
        # Deliver the saver's queued signals so that the state is up to date.
        QCoreApplication.sendPostedEvents(self)
        if not finished and self._in_flight:
            keys = sorted({key for batch in self._in_flight.values() for key in batch})
            shown = listed([*keys[:5], *(["…"] if len(keys) > 5 else [])])
            self.last_error = QCoreApplication.translate(
                "Saving", "The save of {0} did not finish within {1} seconds."
            ).format(shown, int(CLOSE_WAIT_S))
        return not self.has_unsaved_changes

    def close(self) -> bool:
        """Flush and stop the saver thread; True when nothing was left unsaved.

        Waits a few seconds at most, however stuck the saver is.
        """
        if self._closed:
            return True
        ok = self.flush()
        self._closed = True
        self._saver.stop(0.5 if not ok else CLOSE_WAIT_S)
        return ok

    def _submit(self) -> None:
        if not self._pending or self._closed:
            return
        batch_changes, self._pending = self._pending, {}
        batch = self._saver.submit(self.review_id, batch_changes)
        self._in_flight[batch] = batch_changes

    def _on_saved(self, batch: int, revision: int) -> None:
        self._in_flight.pop(batch, None)
        self.revision = max(self.revision, revision)
        self.last_error = ""
        self.saved.emit(revision)
        if not self._pending and not self._in_flight:
            self._set_status(SaveStatus.SAVED)

    def _on_failed(self, batch: int, message: str) -> None:
        failed = self._in_flight.pop(batch, {})
        # Keep the failed changes, under any newer edit of the same answers.
        self._pending = {**failed, **self._pending}
        self.last_error = message
        self._set_status(SaveStatus.FAILED)
        self.save_failed.emit(message)
        if not self._closed:
            self._timer.start(RETRY_MS)

    def _set_status(self, status: SaveStatus) -> None:
        if status is SaveStatus.SAVING and self._status is SaveStatus.FAILED:
            return  # keep showing the failure until a save succeeds
        if status is not self._status:
            self._status = status
            self.status_changed.emit(status)

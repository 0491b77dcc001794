"""Long work (export, import, merge, backup) off the UI thread, with progress and Cancel.

The work is a plain function ``work(report, cancelled)``: it calls
``report(done, total, text)`` now and then and checks ``cancelled()`` between
steps, raising :class:`Cancelled` to stop. It never touches widgets; results
and errors come back to the UI thread through signals. Any exception ends the
task as failed (an unexpected one is logged, and its message names the log):
the progress dialog never stays on screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore  # QtCore.Qt when first needed: see desktop/ui/language.py
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from forms.errors import UserError

Report = Callable[[int, int, str], None]
# Workers that did not end when the window closed (see BackgroundTask.wait).
_abandoned: list[QThread] = []
Work = Callable[[Report, Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by work that noticed it was cancelled."""


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None, partial: bool = False) -> None:
        super().__init__(parent)
        self._work = work
        self._partial = partial
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def report(done: int, total: int, text: str = "") -> None:
            self.progressed.emit(done, total, text)

        try:
            result = self._work(report, self._cancel.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except (UserError, OSError) as err:
            from desktop.ui.problem_text import error_text

            self.failed.emit(error_text(err))
        except Exception as err:  # a fault: logged, and told
            from desktop.crash_log import log_exception

            where = log_exception(f"the background task {self.objectName() or 'work'}", err)
            self.failed.emit(
                self.tr("An unexpected problem ({0}) stopped the work; details are in {1}").format(
                    type(err).__name__, where
                )
            )
        else:
            if self._cancel.is_set() and not self._partial:
                self.was_cancelled.emit()
            else:
                self.succeeded.emit(result)


class BackgroundTask(QObject):
    """Runs one piece of work in a thread and shows a progress dialog that can cancel it."""

    finished = Signal(object)  # the result
    failed = Signal(str)  # a message for the person
    cancelled = Signal()

    def __init__(
        self,
        title: str,
        work: Work,
        parent: QWidget | None = None,
        show_after_ms: int = 300,
        partial: bool = False,
    ) -> None:
        """``partial``: work that returns what it did when cancelled (each file of a batch)
        has that result delivered by ``finished``, not ``cancelled``."""
        super().__init__(parent)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = _Worker(work, self, partial)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(lambda result: self._end(self.finished, result))
        self.worker.failed.connect(lambda message: self._end(self.failed, message))
        self.worker.was_cancelled.connect(lambda: self._end(self.cancelled))
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        """Start the work; the dialog appears if it takes longer than a moment."""
        self.worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self.worker.cancel()

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the thread to end (closing the window), ``timeout`` s at most; True if it did.

        A thread still running then is left to finish on its own, kept
        referenced so that Qt never destroys it while it runs.
        """
        if self.worker.wait(int(timeout * 1000)):
            return True
        self.worker.setParent(None)
        _abandoned.append(self.worker)
        return False

    def running(self) -> bool:
        """Whether the work has started and not yet ended."""
        return self.worker.isRunning()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:  # what the job is, and the file (or step) it is at
            title = self.dialog.windowTitle()
            self.dialog.setLabelText(text if text == title else f"{title}\n{text}")

    def _end(self, signal: Any, *args: Any) -> None:
        self.worker.wait(5000)  # it has emitted its last signal: ending at once
        self.dialog.reset()
        self.dialog.hide()
        signal.emit(*args)

"""The workshop sample in the window: a throw-away copy opened, and the workshop reset.

A trainer opens the sample review (a copy of it, in a database of its own,
prepared off the UI thread) and resets it between groups; in a window opened
with ``--demo`` the whole database is the workshop's and starts again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.ui.tasks import BackgroundTask, Cancelled
from forms.errors import UserError
from forms.versions import CURRENT_VERSION

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.workshop import WorkshopCopy


class WorkshopJobs(QObject):
    """Opens the sample's throw-away copy and resets the workshop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_sample(self) -> None:
        """Open a fresh throw-away copy of the sample review (prepared off the UI thread)."""
        if not self.window.close_review():
            return
        preparing = self.tr("Preparing the sample review…")

        def work(report, cancelled) -> WorkshopCopy:
            from desktop.workshop import create_workshop_copy

            report(0, 0, preparing)
            copy = create_workshop_copy()
            if cancelled():
                copy.discard()
                raise Cancelled
            return copy

        task = BackgroundTask(preparing, work, self.window)
        task.finished.connect(lambda copy: self.window.open_review(copy.review_id, workshop=copy))
        task.failed.connect(
            lambda message: self.window.show_error(
                self.tr("The sample review could not be opened."), message
            )
        )
        self.window.task = task
        task.start()

    def reset_workshop(self) -> None:
        """Throw away every change made in the workshop and open a fresh sample."""
        if not (self.window.workshop_mode or self.window.workshop is not None):
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            self.tr(
                "Reset the workshop? Everything typed into the sample since it was opened is "
                "thrown away and a fresh copy of the sample review opens."
            ),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Reset:
            return
        if not self.window.workshop_mode:
            self.open_sample()  # closes and discards the current copy first
            return
        if not self.window.close_review():
            return
        from forms.sample import sample_answers

        try:  # the whole database is the workshop's: start it again
            for summary in self.window.store.list(archived=None):
                self.window.store.delete(summary.id)
            review = self.window.store.create(
                sample_answers(self.window.store.form(CURRENT_VERSION)), sample=True
            )
        except UserError as err:
            self.window.show_error(self.tr("The workshop could not be reset."), str(err))
            self.window.show_start()
            return
        self.window.open_review(review.id)

"""File › New review… and New coalition review…: asked for, made and opened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import APP_NAME
from desktop.store import Store
from desktop.ui.page_ids import CONTRIBUTIONS
from forms.errors import UserError
from forms.versions import CURRENT_VERSION

if TYPE_CHECKING:
    from desktop.operations.follow_on import Started
    from desktop.ui.main_window import MainWindow


class NewReviews(QObject):
    """Makes a review or a coalition review from what the person gives, then opens it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # What the last review started from an earlier one carried, as it was said.
        self.last_started: QMessageBox | None = None

    def new_review(self) -> None:
        """Ask for the essentials and open a new review."""
        window = self.window
        if not window.close_review():
            return
        from desktop.ui.new_review_dialog import NewReviewDialog

        dialog = NewReviewDialog(
            window.store.form(CURRENT_VERSION),
            window.lang,
            window,
            earlier=window.store.list(archived=None),
        )
        if dialog.exec() != NewReviewDialog.DialogCode.Accepted:
            return
        source = dialog.source()
        if source is not None:
            self.start_from(source, dialog.answers())
            return
        try:
            review = window.store.create(dialog.answers())
        except UserError as err:
            window.show_error(self.tr("The review could not be created."), err)
            return
        window.open_review(review.id)

    def start_from(self, source: str, given: dict[str, Any]) -> None:
        """Make a review that follows ``source`` (a review id or a workbook), then open it
        and say what it carried."""
        db_path = self.window.store.path

        def work(report, cancelled) -> Started:
            from desktop.operations.follow_on import start_from

            with Store(db_path) as store:  # this thread's own connection
                return start_from(store, source, given)

        self.window.run_task(
            self.tr("Starting from the earlier review…"),
            work,
            self._started,
            self.tr("The review could not be created."),
            partial=True,  # one transaction: once made, the review is opened, never hidden
        )

    def _started(self, started: Started) -> None:
        from desktop.ui.problem_text import say

        window = self.window
        if not window.open_review(started.review.id):
            return
        lines = [say(line) for line in started.said()]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            self.tr("The new review follows an earlier one."),
            parent=window,
        )
        box.setInformativeText(
            "\n".join(lines)
            + "\n"
            + self.tr(
                "Check what was carried over, and give each recommendation to follow up its status."
            )
        )
        self.last_started = box
        box.open()

    def new_coalition(self) -> None:
        """Ask for the coalition's name, then open its review (made when there is none)
        on the Contributions page, where member workbooks are added."""
        window = self.window
        name, accepted = QInputDialog.getText(
            window,
            self.tr("New coalition review"),
            self.tr("Name of the coalition or network:"),
        )
        name = " ".join(name.split())
        if not accepted or not name or not window.close_review():
            return
        try:
            coalition_id = window.store.coalition(name, sample=window.workshop_mode)
        except UserError as err:
            window.show_error(self.tr("The coalition review could not be made."), err)
            return
        if window.open_review(coalition_id) and window.editor is not None:
            window.editor.show_page(CONTRIBUTIONS)

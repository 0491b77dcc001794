"""File › New review… and New coalition review…: asked for, made and opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from desktop.ui.page_ids import CONTRIBUTIONS
from forms.errors import UserError
from forms.versions import CURRENT_VERSION

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class NewReviews(QObject):
    """Makes a review or a coalition review from what the person gives, then opens it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_review(self) -> None:
        """Ask for the essentials and open a new review."""
        window = self.window
        if not window.close_review():
            return
        from desktop.ui.new_review_dialog import NewReviewDialog

        dialog = NewReviewDialog(window.store.form(CURRENT_VERSION), window.lang, window)
        if dialog.exec() != NewReviewDialog.DialogCode.Accepted:
            return
        try:
            review = window.store.create(dialog.answers())
        except UserError as err:
            window.show_error(self.tr("The review could not be created."), err)
            return
        window.open_review(review.id)

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

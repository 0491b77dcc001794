"""Deleting and archiving reviews in the window: asked first, backed up, undone in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.operations.removal import Removed, archive_review, delete_review, undo_delete
from forms.errors import UserError

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ReviewRemoval(QObject):
    """Carries out the start screen's Delete, Archive and Undo, and File › Delete this review."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.removed: Removed | None = None  # the deletion Undo brings back

    def delete(self, review_id: str) -> bool:
        """Ask, close the review if it is open, back up, delete; True when deleted."""
        window = self.window
        name = self._name(review_id)
        answer = QMessageBox.question(
            window,
            self.tr("Delete review"),
            self.tr(
                "Delete the review “{0}” with all its answers? The database is backed up "
                "first, and Undo on the list of reviews brings it back."
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        session = window.session
        if session is not None and session.review_id == review_id and not window.close_review():
            return False
        throwaway = window.workshop_mode  # a workshop's database is thrown away anyway
        try:
            self.removed = delete_review(window.store, review_id, backup=not throwaway)
        except UserError as err:
            window.show_start()
            window.show_error(self.tr("The review could not be deleted."), err)
            return False
        window.show_start()
        said = self.tr("Deleted “{0}”.").format(name)
        if self.removed.backup is not None:
            said += " " + self.tr("A backup of the database was made first.")
        window.start.show_undo(said)
        return True

    def undo(self) -> None:
        """Bring back the review deleted last, as it was."""
        if self.removed is None:
            return
        window = self.window
        try:
            undo_delete(window.store, self.removed)
        except UserError as err:
            window.show_error(self.tr("The review could not be brought back."), err)
            return
        review_id = self.removed.deleted.id
        self.removed = None
        window.start.hide_undo()
        window.show_start()
        row = window.start.row_of(review_id)
        if row is not None:
            window.start.table.setCurrentCell(row, 0)

    def archive(self, review_id: str, archived: bool) -> None:
        """Put the review away from the list (``archived``) or bring it back."""
        try:
            archive_review(self.window.store, review_id, archived)
        except UserError as err:
            self.window.show_error(self.tr("The review could not be archived."), err)
        self.window.show_start()

    def _name(self, review_id: str) -> str:
        try:
            return self.window.store.get(review_id).name or self.tr("(no country yet)")
        except UserError:  # gone already: the question names it by its id
            return review_id

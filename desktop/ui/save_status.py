"""What the status bar says about saving, to the eye and to screen readers.

"Saving…", "✓ Saved" or "⚠ Not saved – retrying" follow the open review's
autosave; the label's accessible name carries the same words and a change is
announced, so that a blind user knows whether the work is saved. A save that
keeps failing is said once in a dialog; text cleaned on its way in is said in
the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.ui.autosave import ReviewSession, SaveStatus
    from desktop.ui.main_window import MainWindow


class SavingShown(QObject):
    """Shows the open review's saving in the window's status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.failure_shown = False

    def follow(self, session: ReviewSession) -> None:
        """Show the saving of ``session`` from now on, starting with where it stands."""
        session.status_changed.connect(self.show_status)
        session.save_failed.connect(self.save_failed)
        session.text_cleaned.connect(self.text_cleaned)
        self.show_status(session.status)

    def lose_unsaved(self) -> bool:
        """Ask whether to close although changes could not be saved; True to close."""
        error = self.window.session.last_error if self.window.session else ""
        answer = QMessageBox.warning(
            self.window,
            APP_NAME,
            self.tr("Some changes could not be saved:\n{0}\n\nClose anyway and lose them?").format(
                error
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_status(self, status: SaveStatus) -> None:
        from desktop.ui.autosave import SaveStatus

        if status is SaveStatus.SAVED:
            said = self.tr("✓ Saved")
            self.failure_shown = False
        elif status is SaveStatus.SAVING:
            said = self.tr("Saving…")
        else:
            said = self.tr("⚠ Not saved – retrying")
        self.window.save_label.setText(said)
        self.window.save_label.setToolTip(
            self.window.session.last_error if self.window.session else ""
        )
        self._tell_assistive_technology(self.window.save_label, said)

    def _tell_assistive_technology(self, label: QLabel, said: str) -> None:
        """Give a status label its text as its name, and say that it changed (screen readers)."""
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        label.setAccessibleName(self.tr("Save status: {0}").format(said.lstrip("✓⚠ ")))
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))

    def save_failed(self, message: str) -> None:
        if self.failure_shown:
            return
        self.failure_shown = True
        self.window.show_error(
            self.tr(
                "Your last changes could not be saved yet. They are kept in the window and "
                "saving is retried every few seconds."
            ),
            message,
        )

    def text_cleaned(self, key: str, _what: str) -> None:
        """Say which answer had characters a file cannot hold changed (pasted from elsewhere)."""
        if self.window.session is None:
            return
        self.window.statusBar().showMessage(
            self.tr(
                "{0}: special line breaks or control characters were changed so that the "
                "answer can be saved and exported"
            ).format(self.window.exports.describe_key(self.window.session.form, key)),
            15000,
        )

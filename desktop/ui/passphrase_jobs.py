"""Settings › Passphrase… in the window: the database encrypted, its passphrase changed, or
removed.

The open review is saved and closed first and the database closed while its
files are rewritten (as a restore does); the window holds the database's lock
alone, so no command meddles. The recovery key of a new passphrase is shown
once.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.store import Store
from forms.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop.ui.main_window import MainWindow
    from desktop.ui.passphrase_dialogs import PassphraseDialog, RecoveryKeyDialog


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a key is derived or files are rewritten.

    (Qt's namespace is imported here: building it costs the first window of an
    English start some 25 ms.)
    """
    from PySide6.QtCore import Qt

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class PassphraseJobs(QObject):
    """Asks what to do with the passphrase, and does it with the database closed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PassphraseDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None

    def manage(self) -> None:
        """Open the passphrase dialog (modal); what it asks for is done when it is accepted."""
        from desktop.database_key import MIN_LENGTH
        from desktop.passphrase import is_encrypted
        from desktop.ui.passphrase_dialogs import PassphraseDialog

        window = self.window
        if window.workshop_mode:
            QMessageBox.information(
                window,
                APP_NAME,
                self.tr(
                    "A workshop copy is thrown away when the window closes: it has no passphrase."
                ),
            )
            return
        if window.task is not None and window.task.running():
            return
        self.dialog = PassphraseDialog(is_encrypted(window.store.path), MIN_LENGTH, window)
        self.dialog.accepted.connect(self._accepted)
        self.dialog.open()

    def _accepted(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        chosen = dialog.chosen()
        if chosen[0] != "set" and not self._unlocks(dialog, chosen[1]):
            dialog.open()  # the same dialog again, saying what is wrong
            return
        if not self.window.close_review():
            return
        path = self.window.store.path
        self.window.store.close()
        try:
            with busy():
                recovery = self._do(chosen)
        except UserError as err:
            self.window.store = Store(path)
            self.window.show_error(self.tr("The passphrase could not be changed."), err)
            return
        self.window.store = Store(path)
        self.window.show_start()
        said = {
            "set": self.tr("The database and its backups are now encrypted."),
            "change": self.tr("The passphrase is changed. The recovery key stays the same."),
            "remove": self.tr("The passphrase is removed: the database is no longer encrypted."),
        }
        self.window.statusBar().showMessage(said[chosen[0]], 15000)
        if recovery is not None:
            self._show_recovery(recovery)

    def _unlocks(self, dialog: PassphraseDialog, current: str) -> bool:
        """Whether ``current`` opens the database; says so in the dialog when not."""
        from desktop.passphrase import unlock
        from desktop.ui.problem_text import error_text

        try:
            with busy():
                unlock(self.window.store.path, current)
        except UserError as err:
            dialog.show_problem(error_text(err))
            dialog.current.selectAll()
            dialog.current.setFocus()
            return False
        return True

    def _do(self, chosen: tuple[str, ...]) -> str | None:
        """Set, change or remove the passphrase; the recovery key of a new one."""
        from desktop import passphrase

        path = self.window.store.path
        if chosen[0] == "set":
            protected = passphrase.set_passphrase(path, chosen[1])
            return protected.recovery
        if chosen[0] == "change":
            passphrase.change_passphrase(path, chosen[2])
        else:
            passphrase.remove_passphrase(path)
        return None

    def _show_recovery(self, recovery: str) -> None:
        from desktop.ui.passphrase_dialogs import RecoveryKeyDialog

        self.recovery_dialog = RecoveryKeyDialog(recovery, self.window, self.window.store.path)
        self.recovery_dialog.open()


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """Ask for the passphrase of an encrypted database before the window opens.

    True when it is unlocked (or not encrypted); False when the person quit.
    """
    from desktop.database_key import remembered
    from desktop.passphrase import is_encrypted, unlock
    from desktop.ui.passphrase_dialogs import UnlockDialog

    if not is_encrypted(db_path) or remembered(db_path) is not None:
        return True
    dialog = UnlockDialog(db_path, lambda typed: unlock(db_path, typed), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def unlock_lost_key(db_path: Path, parent: QWidget | None = None) -> bool:
    """Offer the recovery key for a file taken for damaged that may be encrypted.

    True when the recovery key opened it: the person is then told to choose a
    passphrase again, which writes a new key file.
    """
    from desktop.passphrase import may_be_encrypted, unlock
    from desktop.ui.passphrase_dialogs import UnlockDialog

    if not may_be_encrypted(db_path):
        return False
    dialog = UnlockDialog(db_path, lambda typed: unlock(db_path, typed), parent, lost_key=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(
        parent,
        APP_NAME,
        QApplication.translate(
            "PassphraseJobs",
            "The recovery key opened the database. Choose a passphrase again in "
            "Settings › Passphrase… (Change, with the recovery key as the current "
            "passphrase): it writes a new key file.",
        ),
    )
    return True

"""File › Restore from backup… in the window: a backup chosen from a list, put in place.

The database replaced is kept as a backup of its own (``desktop.backups.restore``,
as ``gcm-review restore`` does), so a restore can itself be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import APP_NAME
from desktop.store import Store
from desktop.ui.bidi import isolated
from forms.errors import UserError

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class BackupJobs(QObject):
    """Lists the backups, and restores the one chosen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def backup_reasons(self) -> dict[str, str]:
        """Why each kind of backup was made, as the list of backups says it."""
        return {
            "daily": self.tr("daily"),
            "manual": self.tr("made by hand"),
            "before-import": self.tr("before an import"),
            "before-merge": self.tr("before adding member workbooks"),
            "before-upgrade": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
            "before-delete": self.tr("before a review was deleted"),
        }

    def restore_backup(self, chosen: Path | None = None) -> bool:
        """Put a backup (asked for when not given) in place of the database; True when done.

        The open review is saved and closed first; the database replaced is kept
        as a backup of its own, so a restore can itself be undone.
        """
        from desktop import backups

        if self.window.workshop_mode or (
            self.window.task is not None and self.window.task.running()
        ):
            return False
        if chosen is None:
            found = backups.list_backups(self.window.store.path)
            if not found:
                QMessageBox.information(self.window, APP_NAME, self.tr("There is no backup yet."))
                return False
            reasons = self.backup_reasons()
            labels = [
                f"{b.created.astimezone():%Y-%m-%d %H:%M} — {reasons.get(b.reason, b.reason)}"
                for b in found
            ]
            label, accepted = QInputDialog.getItem(
                self.window,
                self.tr("Restore from backup"),
                self.tr("Backup to restore (the current database is kept as a backup too):"),
                labels,
                0,
                False,
            )
            if not accepted:
                return False
            chosen = found[labels.index(label)].path
        if not self.window.close_review():
            return False
        path = self.window.store.path
        self.window.store.close()
        try:
            backups.restore(path, chosen)
        except UserError as err:
            self.window.show_error(self.tr("The backup could not be restored."), err)
            return False
        finally:
            self.window.store = Store(path)
        self.window.show_start()
        self.window.statusBar().showMessage(
            self.tr("Restored from {0}").format(isolated(chosen.name)), 10000
        )
        return True

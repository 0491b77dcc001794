"""Settings › Signing key…: the key that signs the organisation's exported workbooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.ui.bidi import isolated
from forms.errors import UserError
from forms.roles import Role

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class SigningKeyJobs(QObject):
    """Shows the signing key, or makes it once with the organisation's name."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_shown: QMessageBox | None = None

    def show_or_create(self) -> None:
        """Say whose key signs and its fingerprint; without a key, offer to make one."""
        from exports.signing import fingerprint

        window = self.window
        key = window.store.signing_key()
        if key is None:
            session = window.session
            named = session.answers.get(session.form.role_key(Role.ORGANISATION), "") if (
                session is not None
            ) else ""  # fmt: skip
            name, accepted = QInputDialog.getText(
                window,
                self.tr("Create a signing key"),
                self.tr(
                    "No key signs this database's workbooks yet. A signed workbook lets a "
                    "coalition tell your files from forged or changed ones.\n\n"
                    "Name of the organisation that signs:"
                ),
                text=str(named),
            )
            name = " ".join(name.split())
            if not accepted or not name:
                return
            try:
                key = window.store.create_signing_key(name)
            except UserError as err:
                window.show_error(self.tr("The signing key could not be made."), err)
                return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Signing key"),
            self.tr(
                "Workbooks exported from this database can be signed by {0}.\n\n"
                "Key: {1}\n\n"
                "Read the key out to a coalition lead who asks: it is how they know "
                "a file is yours."
            ).format(isolated(key.organisation), fingerprint(key.public)),
            QMessageBox.StandardButton.Ok,
            window,
        )
        self.last_shown = box
        box.open()

"""Settings › Coalition key…: the key a coalition lead's members seal their packages for.

Made once, with the coalition's name; its public half is written to a small
file to send to the members, and read out on the phone as a fingerprint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.paths import exports_dir
from desktop.ui.bidi import isolated
from forms.errors import UserError
from forms.roles import Role

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from exports.lead_key import LeadKey


class LeadKeyJobs(QObject):
    """Shows the coalition key and writes its public file; without one, makes it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_shown: QMessageBox | None = None

    def show_or_create(self) -> None:
        """Say whose key it is and its fingerprint, with a button to write the public file."""
        window = self.window
        key = window.store.lead_key()
        if key is None:
            key = self._create()
            if key is None:
                return
        public = key.public
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Coalition key"),
            self.tr(
                "Members can seal their workbooks for {0}: only this database opens them.\n\n"
                "Key: {1}\n\n"
                "Send the public key file to each member, and read this key out to them on "
                "the phone: it is how they know the file is yours."
            ).format(isolated(public.coalition), public.fingerprint),
            QMessageBox.StandardButton.Close,
            window,
        )
        write = box.addButton(
            self.tr("&Write the public key file…"), QMessageBox.ButtonRole.ActionRole
        )
        write.clicked.connect(lambda: self.write_public_file(key))
        self.last_shown = box
        box.open()

    def _create(self) -> LeadKey | None:
        window = self.window
        session = window.session
        named = ""
        if session is not None and session.review.kind == "coalition":
            named = str(session.answers.get(session.form.role_key(Role.ORGANISATION), ""))
        name, accepted = QInputDialog.getText(
            window,
            self.tr("Create the coalition key"),
            self.tr(
                "A coalition lead's members can seal the workbooks they send for this key: "
                "nobody else can open them on the way, by e-mail or on a USB stick.\n\n"
                "Name of the coalition:"
            ),
            text=named,
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return None
        try:
            return window.store.create_lead_key(name)
        except UserError as err:
            window.show_error(self.tr("The coalition key could not be made."), err)
            return None

    def write_public_file(self, key: LeadKey) -> Path | None:
        """Ask where, then write the public key file (never the private key)."""
        from exports.lead_key import SUFFIX, write_public_key

        window = self.window
        suggested = exports_dir() / f"{key.coalition}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Write the public key file"),
            str(suggested),
            self.tr("Coalition keys (*.gcmkey)"),
        )
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(SUFFIX) else chosen + SUFFIX)
        try:
            written = write_public_key(target, key.public)
        except UserError as err:
            window.show_error(self.tr("The public key file could not be written."), err)
            return None
        window.statusBar().showMessage(self.tr("Wrote {0}").format(isolated(str(written))), 10000)
        return written

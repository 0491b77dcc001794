"""The dialogs of the database's passphrase: unlocking at the start, setting, changing or
removing it in Settings, and showing the recovery key once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import isolated
from desktop.ui.style import muted
from forms.errors import UserError


def _secret_line(parent: QWidget, name: str) -> QLineEdit:
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setAccessibleName(name)
    line.setMinimumWidth(line.fontMetrics().averageCharWidth() * 36)
    return line


def _grow_to_fit(dialog: QDialog) -> None:
    """Make ``dialog`` tall enough for what it now shows (a problem line that wraps), at
    its width; never smaller than the person made it."""
    layout = dialog.layout()
    if layout is None:
        return
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def _problem_label(parent: QWidget) -> QLabel:
    """A line under the fields saying what is wrong; read out when it changes."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a61b1b;")
    label.hide()
    return label


class UnlockDialog(QDialog):
    """Asks for the passphrase (or the recovery key) of an encrypted database.

    ``unlock`` is called with what was typed; a UserError it raises (a wrong
    passphrase, a damaged key file) is said in the dialog, which stays open
    for another try. Rejected: the person chose not to open the database.
    """

    def __init__(
        self,
        db_path: Path,
        unlock: Callable[[str], object],
        parent: QWidget | None = None,
        lost_key: bool = False,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.setWindowTitle(self.tr("Unlock the database"))
        layout = QVBoxLayout(self)
        if lost_key:
            said = self.tr(
                "The database {0} cannot be read as it is. If it is protected by a passphrase "
                "and its key file ({1}) was lost, type its recovery key to open it. If it is "
                "not, choose Not encrypted: it is then treated as damaged."
            ).format(isolated(str(db_path)), isolated(db_path.name + ".key"))
        else:
            said = self.tr(
                "The database {0} is protected by a passphrase. Type it to open your reviews."
            ).format(isolated(str(db_path)))
        intro = QLabel(said, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Passphrase or recovery key:"), self)  # read before the field
        self.secret = _secret_line(self, self.tr("Passphrase or recovery key"))
        label.setBuddy(self.secret)
        layout.addWidget(label)
        layout.addWidget(self.secret)
        self.problem = _problem_label(self)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            self.tr("&Not encrypted") if lost_key else self.tr("&Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def _try(self) -> None:
        from desktop.ui.passphrase_jobs import busy
        from desktop.ui.problem_text import error_text

        typed = self.secret.text()
        if not typed:
            return
        try:
            with busy():
                self._unlock(typed)
        except UserError as err:
            self.problem.setText(error_text(err))
            self.problem.show()
            _grow_to_fit(self)
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.accept()


class PassphraseDialog(QDialog):
    """Settings › Passphrase…: set one (``encrypted`` False), or change or remove it.

    ``chosen()`` then says what to do: ``("set", new)``, ``("change", current,
    new)`` or ``("remove", current)``; the current passphrase is checked by the
    caller, which shows what is wrong with :meth:`show_problem`.
    """

    def __init__(self, encrypted: bool, min_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypted = encrypted
        self.min_length = min_length
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        if encrypted:
            said = self.tr(
                "The database and its backups are encrypted: without the passphrase or the "
                "recovery key, nobody can read them, not even from a lost or seized laptop."
            )
        else:
            said = self.tr(
                "A passphrase encrypts the database and its backups: without it, nobody can "
                "read them, not even from a lost or seized laptop. It is asked for every time "
                "the application starts. A recovery key is shown once, to print and keep "
                "somewhere else: if both are lost, the reviews cannot be opened by anyone."
            )
        intro = QLabel(said, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.change = QRadioButton(self.tr("C&hange the passphrase"), self)
        self.remove = QRadioButton(
            self.tr("&Remove the passphrase (the files are decrypted)"), self
        )
        if encrypted:
            self.change.setChecked(True)
            layout.addWidget(self.change)
            layout.addWidget(self.remove)
            self.change.toggled.connect(lambda _on: self._check())
        fields = QFormLayout()
        rows = [
            (self.tr("C&urrent passphrase or recovery key:"),
             self.tr("Current passphrase or recovery key")),
            (self.tr("&New passphrase:"), self.tr("New passphrase")),
            (self.tr("New passphrase &once more:"), self.tr("New passphrase once more")),
        ]  # fmt: skip
        lines: list[QLineEdit] = []
        self._new_labels: list[QLabel] = []
        for index, (text, name) in enumerate(rows):
            label = QLabel(text, self)  # made first: a screen reader reads it before its field
            line = _secret_line(self, name)
            label.setBuddy(line)
            lines.append(line)
            if index == 0 and not encrypted:  # nothing to give yet: no current passphrase
                label.hide()
                line.hide()
                continue
            fields.addRow(label, line)
            line.textChanged.connect(lambda _text: self._check())
            if index:
                self._new_labels.append(label)
        self.current, self.new, self.repeat = lines
        layout.addLayout(fields)
        hint = muted(
            QLabel(
                self.tr(
                    "At least {0} characters. A few unrelated words are easier to remember "
                    "than a short password, and harder to guess."
                ).format(min_length),
                self,
            )
        )
        hint.setWordWrap(True)
        self.new.setAccessibleDescription(hint.text())
        layout.addWidget(hint)
        self.problem = _problem_label(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.current if encrypted else self.new).setFocus()
        self._check()

    def removing(self) -> bool:
        """Whether the passphrase is to be removed."""
        return self.encrypted and self.remove.isChecked()

    def _check(self) -> None:
        removing = self.removing()
        for widget in (self.new, self.repeat, *self._new_labels):
            widget.setEnabled(not removing)
        if not self.encrypted:
            self.ok.setText(self.tr("&Set passphrase"))
        else:
            self.ok.setText(self.tr("Re&move") if removing else self.tr("&Change"))
        problem = ""
        if self.encrypted and not self.current.text():
            problem = " "
        elif not removing:
            if len(self.new.text()) < self.min_length:
                problem = (
                    " "
                    if not self.new.text()
                    else self.tr("The new passphrase needs at least {0} characters.").format(
                        self.min_length
                    )
                )
            elif self.repeat.text() != self.new.text():
                problem = (
                    " " if not self.repeat.text() else self.tr("The two new passphrases differ.")
                )
        self.ok.setEnabled(not problem)
        self.show_problem(problem.strip())

    def show_problem(self, text: str) -> None:
        """Say ``text`` under the fields (nothing: hide the line)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            _grow_to_fit(self)

    def chosen(self) -> tuple[str, ...]:
        """What the person asked for, with the passphrases typed."""
        if not self.encrypted:
            return ("set", self.new.text())
        if self.removing():
            return ("remove", self.current.text())
        return ("change", self.current.text(), self.new.text())


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, and closes only when the person says it is kept."""

    def __init__(
        self, recovery: str, parent: QWidget | None = None, database: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database or Path()
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The database is now protected by your passphrase. This recovery key opens it "
                "if the passphrase is forgotten. It is shown only this once: print it or write "
                "it down, and keep it somewhere other than this computer, where nobody who "
                "should not read your reviews can find it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLabel(recovery, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A screen reader reads the key itself, not only what it is.
        self.key.setAccessibleName(self.tr("Recovery key: {0}").format(recovery))
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key)
        self.save_button = QPushButton(self.tr("&Save a page to print…"), self)
        self.save_button.setToolTip(
            self.tr(
                "A PDF of this key, to print at once: save it on a USB stick or delete it "
                "once printed, as a copy left on this computer opens your reviews"
            )
        )
        self.save_button.clicked.connect(lambda: self.save_sheet(recovery))
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(self.tr("I have &written down or printed the recovery key"), self)
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self._close_when_kept)
        layout.addWidget(buttons)

    def _close_when_kept(self) -> None:
        if self.kept.isChecked():
            self.accept()

    def reject(self) -> None:  # Escape or the title bar: only once the key is kept
        self._close_when_kept()

    def save_sheet(self, recovery: str) -> Path | None:
        """Write the key as a one-page PDF where the person chooses, to print it."""
        from PySide6.QtWidgets import QFileDialog

        from desktop.ui.problem_text import error_text
        from desktop.ui.recovery_sheet import write_recovery_sheet

        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a page to print"),
            str(Path.home() / self.tr("recovery key.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        try:
            self.saved = write_recovery_sheet(target, recovery, self.database, rtl)
        except UserError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return None
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "Saved {0}. Print it now, then delete the file: a copy left on this computer "
                "opens your reviews."
            ).format(isolated(str(self.saved))),
        )
        return self.saved

"""The dialog that starts a new review: country, organisation and language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.field_widgets import TextEditor
from desktop.ui.style import muted
from forms.roles import Role
from forms.schema import Form


class NewReviewDialog(QDialog):
    """Asks for what every review needs before it can be created."""

    def __init__(self, form: Form, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        self.form = form
        layout = QVBoxLayout(self)
        intro = muted(QLabel(self.tr("You can change all of this later in the review profile.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        for name, role in (("country", Role.COUNTRY), ("organisation", Role.ORGANISATION)):
            fld = form.role_field(role)
            editor = TextEditor(fld, lang, self)  # says so when a name is cut to the limit
            editor.set_accessible(fld.label.get(lang), fld.help.get(lang))
            editor.line.textChanged.connect(self._check)
            editor.line.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
            label = QLabel(fld.label.get(lang) + " *", self)
            label.setBuddy(editor.line)
            fields.addRow(label, editor)
            self.inputs[name] = editor.line
        language = form.role_field(Role.LANGUAGE)
        combo = QComboBox(self)
        for choice in language.choices:
            combo.addItem(choice.label.get(lang), choice.key)
        combo.setCurrentIndex(max(0, combo.findData(lang)))
        combo.setAccessibleName(language.label.get(lang))
        label = QLabel(language.label.get(lang), self)
        label.setBuddy(combo)
        fields.addRow(label, combo)
        self.inputs["language"] = combo
        layout.addLayout(fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ready = all(self._line(name).text().strip() for name in ("country", "organisation"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def answers(self) -> dict[str, Any]:
        """The profile answers to create the review with."""
        language = self.inputs["language"]
        assert isinstance(language, QComboBox)
        form = self.form
        return {
            form.role_key(Role.COUNTRY): self._line("country").text().strip(),
            form.role_key(Role.ORGANISATION): self._line("organisation").text().strip(),
            form.role_key(Role.LANGUAGE): language.currentData(),
        }

    def _line(self, name: str) -> QLineEdit:
        line = self.inputs[name]
        assert isinstance(line, QLineEdit)
        return line

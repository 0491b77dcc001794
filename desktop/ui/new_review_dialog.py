"""The dialog that starts a new review: country, organisation and language, and
the earlier review (or its workbook) it may start from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store import ReviewSummary
from desktop.ui.field_widgets import TextEditor
from desktop.ui.style import muted
from forms.roles import Role
from forms.schema import Form

# The start-from list's entry that asks for a workbook.
WORKBOOK = "workbook"


class NewReviewDialog(QDialog):
    """Asks for what every review needs before it can be created, and what it follows."""

    def __init__(
        self,
        form: Form,
        lang: str = "en",
        parent: QWidget | None = None,
        earlier: Sequence[ReviewSummary] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        self.form = form
        self.workbook: Path | None = None
        self._language_chosen = False
        self._filled: dict[str, str] = {}  # the names an earlier review put in, as put
        layout = QVBoxLayout(self)
        intro = muted(QLabel(self.tr("You can change all of this later in the review profile.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.start_from = self._start_from_list(earlier)
        label = QLabel(self.tr("Start from an earlier review:"), self)
        label.setBuddy(self.start_from)
        fields.addRow(label, self.start_from)
        carried = muted(
            QLabel(
                self.tr(
                    "The new review takes its profile, its ratings (as the ratings at the last"
                    " review) and its recommendations (to follow up). Empty fields below are"
                    " taken from it too."
                ),
                self,
            )
        )
        carried.setWordWrap(True)
        self.start_from.setAccessibleDescription(carried.text())  # read with the list
        fields.addRow(carried)
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
        combo.activated.connect(self._language_picked)
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

    def _start_from_list(self, earlier: Sequence[ReviewSummary]) -> QComboBox:
        """No earlier review, each review of this database, or a workbook to choose."""
        combo = QComboBox(self)
        combo.addItem(self.tr("No: a blank review"), None)
        for summary in earlier:
            if summary.kind not in ("review", "coalition"):
                continue
            name = " — ".join(p for p in (summary.country, summary.organisation) if p)
            shown = self.tr("{0} (last changed {1})").format(name, summary.updated[:10])
            if summary.archived:
                shown = self.tr("{0}, archived").format(shown)
            combo.addItem(shown, summary)
        combo.addItem(self.tr("From a workbook…"), WORKBOOK)
        combo.setAccessibleName(self.tr("Start from an earlier review"))
        combo.activated.connect(self._source_picked)
        return combo

    def _source_picked(self, index: int) -> None:
        """A review fills the names left empty; the workbook entry asks for the file.

        Names a review put in go when another source is chosen: a workbook or
        a blank review never starts with the names of a review not chosen.
        """
        chosen = self.start_from.itemData(index)
        if chosen == WORKBOOK:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Start from a workbook"), "", self.tr("Excel workbooks (*.xlsx)")
            )
            if path:
                self.workbook = Path(path)
                self.start_from.setItemText(
                    index, self.tr("From the workbook {0}").format(self.workbook.name)
                )
            else:
                self.start_from.setCurrentIndex(0 if self.workbook is None else index)
        chosen = self.start_from.currentData()
        names = (
            {"country": chosen.country, "organisation": chosen.organisation}
            if isinstance(chosen, ReviewSummary)
            else {}
        )
        for name in ("country", "organisation"):
            line = self._line(name)
            untouched = not line.text().strip() or line.text() == self._filled.get(name)
            if untouched:  # what the person typed stays
                line.setText(names.get(name, ""))
                self._filled[name] = names.get(name, "")
        self._check()

    def _language_picked(self) -> None:
        self._language_chosen = True

    def source(self) -> str | None:
        """What the new review starts from: a review id, a workbook's path, or None."""
        chosen = self.start_from.currentData()
        if chosen == WORKBOOK:
            return str(self.workbook) if self.workbook is not None else None
        return chosen.id if isinstance(chosen, ReviewSummary) else None

    def _check(self) -> None:
        ready = self.source() is not None or all(
            self._line(name).text().strip() for name in ("country", "organisation")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def answers(self) -> dict[str, Any]:
        """The profile answers to create the review with.

        Starting from an earlier review, an empty name and a language left as
        it was are not given: they are the earlier review's.
        """
        language = self.inputs["language"]
        assert isinstance(language, QComboBox)
        form = self.form
        following = self.source() is not None
        given = {
            form.role_key(Role.COUNTRY): self._line("country").text().strip(),
            form.role_key(Role.ORGANISATION): self._line("organisation").text().strip(),
            form.role_key(Role.LANGUAGE): language.currentData(),
        }
        if following and not self._language_chosen:
            del given[form.role_key(Role.LANGUAGE)]
        return {k: v for k, v in given.items() if v or not following}

    def _line(self, name: str) -> QLineEdit:
        line = self.inputs[name]
        assert isinstance(line, QLineEdit)
        return line

"""The dialog that asks where and how to export the review as a PDF report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.style import muted
from forms.review import Review
from forms.roles import Role
from forms.schema import Form
from forms.sensitive import sensitive_choices
from forms.typography import list_separator


def default_file_name(
    country: str, what: str, lang: str = "", sample: str = "", extension: str = "pdf"
) -> str:
    """A file name people recognise: "[<sample> – ]<country> – <what>[ – <lang>].pdf".

    ``sample`` is the sample mark in the file's language (empty for a real review).
    The language keeps an English and an Arabic export of one review apart;
    unsafe characters are left out.
    """
    from forms.safe_text import file_name_part

    parts = (sample, country, what, lang)
    stem = " – ".join(p for p in parts if p) or what
    # No controls and no bidirectional overrides: they would disguise the name.
    stem = file_name_part(stem)
    safe = "".join(c for c in stem if c not in '<>:"/\\|?*' and ord(c) >= 32).strip(" .")
    return f"{safe or 'report'}.{extension}"


def report_file_name(form: Form, review: Review, lang: str, extension: str = "pdf") -> str:
    """The name to suggest for the report of ``review`` in ``lang``: its country, and the
    form's title and the sample mark in that language."""
    from exports.report_texts import text

    sample = text("sample", lang) if review.sample else ""
    return default_file_name(review.country, form.title.get(lang), lang, sample, extension)


class ExportDialog(QDialog):
    """Language, confidential content and the file to write."""

    def __init__(
        self,
        form: Form,
        suggested: Path,
        review_language: str,
        lang: str = "en",
        parent: QWidget | None = None,
        blank: bool = False,
        name_for: Callable[[str], str] | None = None,
        kind: str = "pdf",
        signer: str = "",
        lead: str = "",
    ) -> None:
        """``blank`` asks for a blank questionnaire: no confidential content to choose.
        ``signer`` names the signing key ("Red Andina, key 9ADC …"), which may sign a
        workbook. ``kind`` "gcmpkg" asks for a sealed package for the coalition lead
        whose key ``lead`` names ("Red Andina, key 5E6B …"), always signed.

        ``name_for(language)`` gives the file name to suggest for a language: while
        the file is the one suggested, choosing another language changes its name.
        """
        super().__init__(parent)
        self._name_for = name_for
        self.kind = kind
        if blank and kind == "xlsx":
            title = self.tr("Write a blank workbook")
        elif blank:
            title = self.tr("Print a blank questionnaire")
        elif kind == "xlsx":
            title = self.tr("Export as workbook")
        elif kind == "gcmpkg":
            title = self.tr("Export for the coalition lead")
        elif kind == "docx":
            title = self.tr("Export as Word")
        else:
            title = self.tr("Export as PDF")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        self.language = QComboBox(self)
        for choice in form.role_field(Role.LANGUAGE).choices:
            self.language.addItem(choice.label.get(lang), choice.key)
        self.language.setCurrentIndex(max(0, self.language.findData(review_language)))
        self.language.setAccessibleName(self.tr("Language of the report"))
        label = QLabel(self.tr("&Language of the report"), self)
        label.setBuddy(self.language)
        fields.addRow(label, self.language)

        self.path = QLineEdit(str(suggested), self)
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)
        fields.addRow(file_label, row)
        layout.addLayout(fields)

        # The short version for submission, of the reports (not of a workbook).
        self.short = QCheckBox(self.tr("&Short version for submission"), self)
        short_note = muted(
            QLabel(
                self.tr(
                    "The executive summary, the ratings and their trend, and the key "
                    "recommendations: a few pages to submit with the official review."
                ),
                self,
            )
        )
        short_note.setWordWrap(True)
        self.short.setAccessibleDescription(short_note.text())
        for widget in (self.short, short_note):
            widget.setVisible(not blank and kind in ("pdf", "docx"))
            layout.addWidget(widget)
        self.short.toggled.connect(lambda _on: self._suggest())

        # A review's workbook, signed with the organisation's key when it has one.
        self.sign = QCheckBox(self.tr("Si&gn with our key ({0})").format(signer), self)
        self.sign.setChecked(True)
        if kind == "xlsx":
            about_signing = self.tr(
                "A signed workbook lets a coalition tell it from a forged or changed one."
            )
        else:
            about_signing = self.tr(
                "The signature is written in a file beside the report (.sig): with it, "
                "File › Check files… tells the report from a forged or changed one."
            )
        self.sign.setAccessibleDescription(about_signing)
        self.sign.setToolTip(about_signing)
        self.sign.setVisible(bool(signer) and not blank and kind in ("xlsx", "pdf", "docx"))
        layout.addWidget(self.sign)
        if kind == "gcmpkg":
            sealed = QLabel(
                self.tr(
                    "Signed with our key ({0}) and sealed for {1}: only the coalition lead's "
                    "database opens it. Check the lead's key with them (by phone) before you "
                    "send the file."
                ).format(signer, lead),
                self,
            )
            sealed.setWordWrap(True)
            layout.addWidget(sealed)

        self.confidential = QCheckBox(self.tr("Include &confidential content"), self)
        layout.addWidget(self.confidential)
        self.confidential.setVisible(not blank)
        if blank:
            about = (
                self.tr(
                    "Every question of the form, to fill in Excel or LibreOffice without this "
                    "application, then to bring in with File › Import workbooks."
                )
                if kind == "xlsx"
                else self.tr(
                    "Every question of the form with boxes to tick and space to write, "
                    "for consultations that start on paper."
                )
            )
            note = muted(QLabel(about, self))
            note.setWordWrap(True)
            layout.addWidget(note)
        # Categories that can put participants at risk: a blank form may leave them out.
        self.sensitive = QCheckBox(self.tr("Leave out &sensitive categories"), self)
        names = list_separator(lang).join(c.label.get(lang) for c in sensitive_choices(form))
        sensitive_note = muted(
            QLabel(
                self.tr(
                    "Categories that can put participants at risk where they are "
                    "criminalised are not asked: {0}. Breakdowns keep their other categories, "
                    "so that totals still add up."
                ).format(names),
                self,
            )
        )
        sensitive_note.setWordWrap(True)
        self.sensitive.setAccessibleDescription(sensitive_note.text())
        for widget in (self.sensitive, sensitive_note):
            widget.setVisible(blank and bool(names))
            layout.addWidget(widget)
        warning = muted(
            QLabel(
                self.tr(
                    "Confidential objectives and contact details are left out unless you tick "
                    "this. Never tick it for a report you will share or submit."
                ),
                self,
            )
        )
        warning.setWordWrap(True)
        warning.setVisible(not blank)
        layout.addWidget(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if blank:
            write = self.tr("Write the workbook") if kind == "xlsx" else self.tr("Write the PDF")
        else:
            write = self.tr("Export")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(write)
        self.language.currentIndexChanged.connect(lambda _index: self._suggest())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.path.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )

    def _suggest(self) -> None:
        """The suggested name for the language and version chosen, unless another was given."""
        if self._name_for is None:
            return
        current = self.target()
        languages = [self.language.itemData(i) for i in range(self.language.count())]
        suggested = {self._named(lang, short) for lang in languages for short in (False, True)}
        if current.name in suggested:
            name = self._named(self.export_language(), self.short_version())
            self.path.setText(str(current.with_name(name)))

    def _named(self, lang: str, short: bool) -> str:
        """The file name suggested for ``lang``, with the short version's mark if ``short``."""
        assert self._name_for is not None
        name = Path(self._name_for(lang))
        if not short:
            return name.name
        from exports.report_texts import text

        return f"{name.stem} – {text('short_name', lang)}{name.suffix}"

    def _browse(self) -> None:
        # An existing file is asked about once, by the window, whatever way it was chosen.
        files = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "docx": self.tr("Word documents (*.docx)"),
            "gcmpkg": self.tr("Sealed packages (*.gcmpkg)"),
        }.get(self.kind) or self.tr("PDF files (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), files,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if chosen:
            ending = f".{self.kind}"
            self.path.setText(chosen if chosen.lower().endswith(ending) else chosen + ending)

    def target(self) -> Path:
        """The file to write."""
        return Path(self.path.text().strip()).expanduser()

    def export_language(self) -> str:
        """The language the report is written in."""
        return self.language.currentData()

    def signed(self) -> bool:
        """Whether the workbook is signed with the organisation's key."""
        return self.sign.isChecked() and not self.sign.isHidden()

    def short_version(self) -> bool:
        """Whether the report is the short version for submission."""
        return self.short.isChecked() and not self.short.isHidden()

    def leave_out_sensitive(self) -> bool:
        """Whether the blank questionnaire asks no sensitive category."""
        return self.sensitive.isChecked() and not self.sensitive.isHidden()

    def include_confidential(self) -> bool:
        """Whether confidential content goes into the report."""
        return self.confidential.isChecked() and not self.confidential.isHidden()

"""What became of each file of an import or a merge: one row per file, the reasons in full."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import table_item
from desktop.ui.row_table import row_table
from desktop.ui.style import problem, problem_color


class ResultRow(NamedTuple):
    """One file's line in the table, already in the interface language."""

    file: str  # its name
    where: str  # its full path (shown as a tip, and copied)
    status: str  # taken in, refused, not applied …
    details: str  # what was done, or every reason, one per line
    taken: bool
    changed: bool = True  # False: taken in, but already here (or here newer)


class ResultsDialog(QDialog):
    """A table of the files of one job, a summary line above it, Copy and Close below."""

    def __init__(self, title: str, rows: list[ResultRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = rows
        layout = QVBoxLayout(self)
        taken = sum(row.taken for row in rows)
        summary = self.tr("{0} of {1} files taken in, {2} not.").format(
            taken, len(rows), len(rows) - taken
        )
        unchanged = sum(row.taken and not row.changed for row in rows)
        if unchanged:
            summary += " " + self.tr(
                "{0} of them changed nothing: already here, or here in a newer revision."
            ).format(unchanged)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        if taken < len(rows):
            problem(self.summary)
        layout.addWidget(self.summary)
        headers = [self.tr("File"), self.tr("Result"), self.tr("Details")]
        self.table = row_table(self, headers, title, stretch=2, rows=len(rows))
        self.table.setAccessibleDescription(self.summary.text())
        self.table.setWordWrap(True)
        refused = problem_color(self.table.palette(), QPalette.ColorRole.Base)
        for index, row in enumerate(rows):
            for column, text in enumerate((row.file, row.status, row.details)):
                item = table_item(text, self.table)
                item.setToolTip(row.where if column == 0 else text)
                if not row.taken:
                    item.setForeground(refused)
                self.table.setItem(index, column, item)
        lines = self.table.verticalHeader()  # two lines a file; all of it below when chosen
        lines.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        lines.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table, 1)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the file chosen"))
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        layout.addWidget(self.details)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        if rows:
            self.table.setCurrentCell(next((i for i, r in enumerate(rows) if not r.taken), 0), 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the whole table, to paste it into an e-mail or a note"))
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(
            metrics.averageCharWidth() * 110, metrics.height() * (8 + 2 * min(len(rows), 12))
        )

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            chosen = self.rows[row]
            self.details.setPlainText(f"{chosen.where}\n{chosen.status}: {chosen.details}")

    def as_text(self) -> str:
        """The table as lines of text: file, result and details, separated by tabs."""
        return "\n".join(
            "\t".join((row.where, row.status, row.details.replace("\n", " | ")))
            for row in self.rows
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.text() + "\n" + self.as_text())

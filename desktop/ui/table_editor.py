"""Repeating rows (consultations, pledges, sources …): a list of rows above a form for one row."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import table_item
from desktop.ui.field_widgets import FieldEditor, create_editor
from desktop.ui.inline_note import InlineNote
from desktop.ui.style import muted
from forms.schema import Field
from forms.values import format_value, is_blank
from forms.withheld_rows import row_withheld

SUMMARY_TYPES = {"text", "longtext", "choice", "date", "number"}
MAX_SUMMARY_COLUMNS = 4
SUMMARY_CHARS = 80


class CellProblem(NamedTuple):
    """A problem of one table cell: its row (from 1), its column key (may be empty), the text."""

    row: int
    column: str
    message: str


class TableEditor(FieldEditor):
    """Edit a table field: choose a row in the list, edit its columns below."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.rows: list[dict[str, Any]] = []
        self._cell_problems: list[CellProblem] = []
        self._removed: list[tuple[int, dict[str, Any]]] = []  # (where, row): for Undo
        self.summary_columns = [c for c in fld.columns if c.type in SUMMARY_TYPES][
            :MAX_SUMMARY_COLUMNS
        ]
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)

        self.table = QTableWidget(0, len(self.summary_columns), self)
        self.table.setHorizontalHeaderLabels([c.label.get(lang) for c in self.summary_columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        layout.addWidget(self.table)
        self.rows_note = InlineNote(self)  # the problems of the rows not shown below
        layout.addWidget(self.rows_note)
        # The rows no export holds (a testimony without consent), said under the list.
        self.kept_note = muted(QLabel(self))
        self.kept_note.setWordWrap(True)
        self.kept_note.setVisible(False)
        layout.addWidget(self.kept_note)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add row"), self)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))

        self.empty_hint = muted(QLabel(self.tr("No rows yet. Press “Add row” to start."), self))
        layout.addWidget(self.empty_hint)
        self.detail = QGroupBox(self)
        form_layout = QFormLayout(self.detail)
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels stay on one line (Qt cuts wrapped Arabic labels short); when the
        # window is too narrow for them, a label goes above its field.
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cell_editors: dict[str, FieldEditor] = {}
        for column in fld.columns:
            editor = create_editor(column, lang, self.detail)
            name = column.label.get(lang)
            label = QLabel(name + (" *" if column.required else ""), self.detail)
            label.setBuddy(editor.focus_widget())
            description = column.help.get(lang)
            if column.required:
                description = (self.tr("Required.") + " " + description).strip()
            editor.set_accessible(name, description)
            if description:
                editor.setToolTip(description)
            editor.edited.connect(lambda key=column.key: self._cell_edited(key))
            form_layout.addRow(label, editor)
            self.cell_editors[column.key] = editor
        layout.addWidget(self.detail)
        self._refresh_state()

    # -- the FieldEditor interface -------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if not is_blank(v)} for row in self.rows]

    def set_value(self, value: Any) -> None:
        self.rows = [dict(row) for row in value or []]
        self._removed.clear()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.rows))
            for index in range(len(self.rows)):
                self._fill_summary(index)
        self.table.setCurrentCell(0 if self.rows else -1, 0)
        self._show_row(self.table.currentRow())

    def focus_widget(self) -> QWidget:
        return self.table if self.rows else self.add_button

    def apply_accessible(self, name: str, description: str) -> None:
        self.table.setAccessibleName(name)
        self.table.setAccessibleDescription(description)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(f"{name}: {button.text().replace('&', '')}")

    def show_cell_problems(self, problems: list[CellProblem]) -> None:
        """Show the current row's problems under its cells, the others' under the list."""
        self._cell_problems = list(problems)
        self._place_cell_problems()

    def _place_cell_problems(self) -> None:
        shown = self.current_row() + 1
        for key, editor in self.cell_editors.items():
            editor.show_problems(
                [p.message for p in self._cell_problems if p.row == shown and p.column == key]
            )
        others = [
            self.tr("Row {0}: {1}").format(p.row, p.message)
            for p in self._cell_problems
            if p.row != shown or p.column not in self.cell_editors
        ]
        self.rows_note.say("\n".join(f"⚠ {m}" for m in others))

    # -- row operations --------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentRow()

    def add_row(self) -> None:
        """Append an empty row, select it and put the cursor in its first column."""
        if self.field.max_rows is not None and len(self.rows) >= self.field.max_rows:
            return
        self.rows.append({})
        self.table.setRowCount(len(self.rows))
        self._fill_summary(len(self.rows) - 1)
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        first = next(iter(self.cell_editors.values()))
        first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        """Remove the selected row; one with content only once confirmed (Ctrl+Z brings it back)."""
        row = self.current_row()
        if row < 0:
            return
        if any(not is_blank(value) for value in self.rows[row].values()):
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.field.label.get(self.lang),
                self.tr("Remove row {0} and everything in it? Edit › Undo brings it back.").format(
                    row + 1
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._removed.append((row, self.rows.pop(row)))
        self.table.removeRow(row)
        self._refresh_numbers()
        self._show_row(self.current_row())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # where Undo looks first
        self.edited.emit()

    def undo(self) -> None:
        """Bring back the row removed last, where it was (Edit › Undo, Ctrl+Z)."""
        if not self._removed:
            return
        row, values = self._removed.pop()
        row = min(row, len(self.rows))
        self.rows.insert(row, values)
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            for index in range(row, len(self.rows)):
                self._fill_summary(index)
        self._refresh_numbers()
        self.table.setCurrentCell(row, 0)
        self._show_row(row)
        self.edited.emit()

    def move_row(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.rows):
            return
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        self._fill_summary(row)
        self._fill_summary(target)
        self.table.setCurrentCell(target, 0)
        self.edited.emit()

    # -- internals -------------------------------------------------------------
    def _fill_summary(self, index: int) -> None:
        row = self.rows[index]
        for col, column in enumerate(self.summary_columns):
            text = format_value(column, row.get(column.key), self.lang).replace("\n", " ")
            if len(text) > SUMMARY_CHARS:
                text = text[: SUMMARY_CHARS - 1] + "…"
            item = table_item(text, self.table)
            self.table.setItem(index, col, item)

    def _refresh_numbers(self) -> None:
        self.table.setVerticalHeaderLabels([str(n) for n in range(1, len(self.rows) + 1)])

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            values = self.rows[row]
            for key, editor in self.cell_editors.items():
                editor.set_value(values.get(key))
        self._refresh_state()
        self._place_cell_problems()

    def _refresh_kept(self) -> None:
        """Say which rows stay on this computer, and whether the one shown does."""
        kept = [n for n, row in enumerate(self.rows, start=1) if row_withheld(self.field, row)]
        self.kept_note.setText(
            self.tr("Rows never exported, kept on this computer only: {0}").format(
                ", ".join(map(str, kept))
            )
        )
        self.kept_note.setVisible(bool(kept))
        row = self.current_row()
        if 0 <= row < len(self.rows):
            title = self.tr("Row {0} of {1}").format(row + 1, len(self.rows))
            if row + 1 in kept:
                title += " · " + self.tr("never exported")
            self.detail.setTitle(title)

    def _refresh_state(self) -> None:
        self._refresh_kept()
        has_row = 0 <= self.current_row() < len(self.rows)
        self.detail.setVisible(has_row)
        self.empty_hint.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and self.current_row() > 0)
        self.down_button.setEnabled(has_row and self.current_row() < len(self.rows) - 1)
        full = self.field.max_rows is not None and len(self.rows) >= self.field.max_rows
        self.add_button.setEnabled(not full)
        rows = max(1, min(len(self.rows), 6))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )

    def _cell_edited(self, key: str) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.rows):
            return
        value = self.cell_editors[key].value()
        if is_blank(value):
            self.rows[row].pop(key, None)
        else:
            self.rows[row][key] = value
        self._fill_summary(row)
        self._refresh_kept()
        self.edited.emit()

"""Small things seen on screen: an empty list of reviews, long answers, the results table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.operations.batch import DONE, REFUSED, FileOutcome
from desktop.operations.wording import said
from desktop.ui.results_dialog import ResultRow, ResultsDialog
from forms.errors import UserError


def test_an_empty_list_of_reviews_keeps_the_screen_together(window):
    window.resize(1024, 600)
    window.show_start()
    QApplication.processEvents()
    start = window.start
    assert start.empty_hint.isVisible() and not start.delete_button.isVisible()
    assert not start.archive_button.isVisible(), "nothing to delete or archive"
    bottom = start.empty_hint.geometry().bottom()
    assert bottom < start.height() / 2, "the hint sits under the heading, not at the bottom"


def test_a_long_one_line_answer_shows_from_its_start(window, open_review):
    editor = open_review()
    editor.show_page("profile")
    line = editor.page("profile").editor("profile.official_review")
    line.set_value("The Voluntary National Review of 2025 " * 8)
    assert line.focus_widget().cursorPosition() == 0


def test_the_results_table_keeps_rows_short_and_shows_all_of_the_chosen_one(qtbot, window):
    reasons = "\n".join(f"bad.xlsx: problem {n}" for n in range(30))
    rows = [
        ResultRow("good.xlsx", "/tmp/good.xlsx", "Taken in", "Mali: added", True),
        ResultRow("bad.xlsx", "/tmp/bad.xlsx", "Refused", reasons, False),
    ]
    dialog = ResultsDialog("Add member workbooks", rows, window)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.table.fontMetrics().lineSpacing()
    assert all(dialog.table.rowHeight(r) <= 3 * line for r in range(2))
    assert dialog.table.currentRow() == 1, "the first file not taken in is chosen"
    assert "problem 29" in dialog.details.toPlainText(), "every reason, below the table"
    assert "1 of 2 files taken in, 1 not." in dialog.summary.text()


def test_outcomes_of_a_batch_are_rows_in_the_interface_language(window):
    outcomes = [
        FileOutcome(Path("a.xlsx"), DONE, said("{organisation}: added", organisation="Red")),
        FileOutcome(Path("b.xlsx"), REFUSED, error=UserError("b.xlsx: not a workbook")),
    ]
    rows = [window.jobs.row(o) for o in outcomes]
    assert [(r.status, r.details, r.taken) for r in rows] == [
        ("Taken in", "Red: added", True),
        ("Refused", "b.xlsx: not a workbook", False),
    ]

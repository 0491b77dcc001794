"""What goes wrong while typing is said next to the field, at once, and to screen readers."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.desktop.ui.conftest import wait_saved
from tests.desktop.ui.keys import type_text
from tests.support import real_answers


def notes(widget: QWidget) -> list[str]:
    """The inline notes a person sees in ``widget`` (field notes are labels named so)."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.objectName() == "inline_note" and label.isVisibleTo(widget) and label.text()
    ]


def _profile(window, open_review):
    editor = open_review()
    editor.show_page("profile")
    return editor.page("profile")


def paste(widget: QWidget, text: str, over: bool = True) -> None:
    """Paste ``text`` into ``widget``, over what it holds unless told otherwise."""
    QGuiApplication.clipboard().setText(text)
    if over:
        widget.selectAll()
    widget.paste()


def test_an_impossible_date_is_said_next_to_the_field_and_not_saved(window, open_review, qtbot):
    page = _profile(window, open_review)
    row = page.rows["profile.period_start"]
    line = row.editor.focus_widget()
    type_text(line, "2026-03-01")
    wait_saved(qtbot, window)
    assert window.session.value("profile.period_start") == "2026-03-01"
    line.clear()
    type_text(line, "2026-13-45")
    said = notes(row)
    assert said and "2026-13-45" in said[0], said
    assert "2026-13-45" in line.accessibleDescription(), "told to screen readers too"
    wait_saved(qtbot, window)
    assert window.session.value("profile.period_start") == "2026-03-01", "the last date is kept"
    line.clear()
    type_text(line, "2026-12-31")
    assert notes(row) == [], "a right date clears the note"


def test_an_unfinished_date_is_said_when_leaving_the_field(window, open_review, qtbot):
    page = _profile(window, open_review)
    row = page.rows["profile.review_date"]
    line = row.editor.focus_widget()
    type_text(line, "2026-1")
    assert notes(row) == [], "not while still typing"
    line.editingFinished.emit()
    assert notes(row) and "2026-1" in notes(row)[0]


def test_a_paste_over_the_limit_keeps_what_fits_and_says_so(window, open_review, qtbot):
    page = _profile(window, open_review)
    row = page.rows["profile.country"]
    line = row.editor.focus_widget()
    paste(line, "A" * 130)
    assert len(line.text()) == 100, "what fits is kept"
    said = notes(row)
    assert said and "30" in said[0] and "100" in said[0], said
    wait_saved(qtbot, window)
    assert window.session.value("profile.country") == "A" * 100


def test_a_long_text_paste_over_the_limit_keeps_what_fits(window, open_review, qtbot):
    page = _profile(window, open_review)
    row = page.rows["profile.executive_summary"]
    text = row.editor.focus_widget()
    type_text(text, "Intro. ")
    paste(text, "x" * 30_500, over=False)
    assert len(text.toPlainText()) == 30_000
    assert text.toPlainText().startswith("Intro. ")
    said = notes(row)
    assert said and "507" in said[0].replace("\u202f", "").replace(",", ""), said
    wait_saved(qtbot, window)
    assert len(window.session.value("profile.executive_summary")) == 30_000


def test_typing_past_the_limit_is_said(window, open_review):
    page = _profile(window, open_review)
    row = page.rows["profile.country"]
    line = row.editor.focus_widget()
    paste(line, "B" * 100)
    type_text(line, "C")
    assert line.text() == "B" * 100
    assert notes(row), "the refused letter is said"


def test_a_counter_shows_as_a_text_nears_its_limit(window, open_review):
    page = _profile(window, open_review)
    row = page.rows["profile.country"]
    line = row.editor.focus_widget()
    paste(line, "Republic")
    assert notes(row) == [], "no counter far from the limit"
    paste(line, "x" * 82, over=False)
    said = notes(row)
    assert said and "90" in said[0] and "100" in said[0], said


def test_the_new_review_dialog_says_a_name_was_cut(window, qtbot, form):
    from desktop.ui.new_review_dialog import NewReviewDialog

    dialog = NewReviewDialog(form, "en", window)
    qtbot.addWidget(dialog)
    country = dialog.inputs["country"]
    paste(country, "Z" * 120)
    assert len(dialog.answers()["profile.country"]) == 100
    assert notes(dialog) and "20" in notes(dialog)[0], notes(dialog)


def test_a_number_above_its_maximum_is_said_and_not_saved(window, qtbot, form):
    assert window.open_review(window.store.create(real_answers(form)).id)
    window.editor.show_page("methodology")
    table = window.editor.page("methodology").editor("methodology.consultations")
    table.table.setCurrentCell(0, 0)
    before = table.value()[0].get("participants")
    participants = table.cell_editors["participants"]
    line = participants.focus_widget()
    paste(line, "200000")
    said = notes(participants)
    assert said and "100000" in said[0].replace("\u202f", "").replace(",", ""), said
    wait_saved(qtbot, window)
    assert table.value()[0].get("participants") == before, "the last number is kept"


def test_counts_short_of_the_total_are_flagged_next_to_the_counts(window, qtbot, form):
    answers = real_answers(form)
    row = {"date": "2026-02-01", "place": "Dakar", "participants": 40}
    row["gender"] = {"women": 20, "men": 19}
    answers["methodology.consultations"] = [row]
    assert window.open_review(window.store.create(answers).id)
    window.editor.show_page("methodology")
    page = window.editor.page("methodology")
    table = page.editor("methodology.consultations")
    table.table.setCurrentCell(0, 0)
    QApplication.processEvents()
    gender = table.cell_editors["gender"]
    said = notes(gender)
    assert said and "39" in said[0] and "40" in said[0], said
    line = gender.lines["undisclosed"]
    type_text(line, "1")
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: notes(gender) == [], timeout=3000)


def test_counts_over_the_total_are_flagged_next_to_the_counts(window, qtbot, form):
    answers = real_answers(form)
    row = {"date": "2026-02-01", "place": "Dakar", "participants": 10}
    row["age"] = {"adults": 12}
    answers["methodology.consultations"] = [row]
    assert window.open_review(window.store.create(answers).id)
    window.editor.show_page("methodology")
    table = window.editor.page("methodology").editor("methodology.consultations")
    table.table.setCurrentCell(0, 0)
    QApplication.processEvents()
    said = notes(table.cell_editors["age"])
    assert said and "12" in said[0] and "10" in said[0], said

"""Removing a row with content asks first, and Edit › Undo (Ctrl+Z) brings it back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.desktop.ui.conftest import wait_saved
from tests.support import real_answers


def _consultations(window, form):
    assert window.open_review(window.store.create(real_answers(form)).id)
    window.editor.show_page("methodology")
    return window.editor.page("methodology").editor("methodology.consultations")


def test_a_row_with_content_is_removed_only_when_confirmed(window, qtbot, form, monkeypatch):
    table = _consultations(window, form)
    rows = table.value()
    assert rows, "the sample's consultations"
    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    table.table.setCurrentCell(0, 0)
    table.remove_button.click()
    assert asked and table.value() == rows, "kept when the answer is no"
    answers[0] = QMessageBox.StandardButton.Yes
    table.remove_button.click()
    assert table.value() == rows[1:]
    wait_saved(qtbot, window)
    assert (
        window.store.get(window.session.review_id).answers.get("methodology.consultations", [])
        == rows[1:]
    )
    window.undo_action.trigger()  # Edit › Undo (Ctrl+Z)
    assert table.value() == rows, "the row is back, in its place"
    wait_saved(qtbot, window)
    assert window.store.get(window.session.review_id).answers["methodology.consultations"] == rows


def test_an_empty_row_goes_without_a_question(window, qtbot, form, monkeypatch):
    table = _consultations(window, form)
    count = len(table.value())
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: (_ for _ in ()).throw(AssertionError))
    )
    table.add_button.click()
    table.remove_button.click()
    assert len(table.rows) == count

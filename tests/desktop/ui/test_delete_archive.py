"""Deleting and archiving reviews in the window: asked first, kept in a backup, undone in place."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.backups import list_backups
from tests.support import real_answers


def _answer(monkeypatch, reply):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _select(window, review_id: str) -> None:
    window.show_start()
    row = window.start.row_of(review_id)
    assert row is not None
    window.start.table.setCurrentCell(row, 0)


def test_delete_asks_keeps_a_backup_and_undo_brings_it_back(window, monkeypatch, form):
    review = window.store.create(real_answers(form))
    other = window.store.create({"profile.country": "Chile", "profile.organisation": "Red"})
    answers = window.store.get(review.id).answers
    _select(window, review.id)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.start.delete_button.click()
    assert asked and window.store.get(review.id).answers == answers, "kept when told no"

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.start.delete_button.click()
    assert [s.id for s in window.store.list()] == [other.id]
    assert window.start.table.rowCount() == 1
    assert [b.reason for b in list_backups(window.store.path)] == ["before-delete"]
    assert window.start.undo_bar.isVisibleTo(window.start)
    assert "Undo" in window.start.undo_button.text().replace("&", "")

    window.start.undo_button.click()
    assert window.store.get(review.id).answers == answers
    assert window.start.table.rowCount() == 2
    assert not window.start.undo_bar.isVisibleTo(window.start)


def test_ctrl_z_on_the_start_screen_undoes_the_deletion(window, monkeypatch):
    review = window.store.create({"profile.country": "Mali", "profile.organisation": "A"})
    _select(window, review.id)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.start.delete_button.click()
    assert window.store.list() == []
    window.undo_action.trigger()  # Edit › Undo, Ctrl+Z
    assert [s.id for s in window.store.list()] == [review.id]


def test_delete_from_the_file_menu_closes_the_open_review(window, monkeypatch, form):
    review = window.store.create(real_answers(form))
    assert window.open_review(review.id)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.editor is None and window.stack.currentWidget() is window.start
    assert window.store.list() == []
    window.start.undo_button.click()
    assert [s.id for s in window.store.list()] == [review.id]


def test_archive_hides_and_show_archived_brings_it_back(window):
    review = window.store.create({"profile.country": "Mali", "profile.organisation": "A"})
    window.store.create({"profile.country": "Niger", "profile.organisation": "B"})
    _select(window, review.id)
    window.start.archive_button.click()
    assert window.start.table.rowCount() == 1 and window.start.row_of(review.id) is None
    window.start.archived_box.click()  # "Show archived reviews"
    row = window.start.row_of(review.id)
    assert row is not None
    assert window.store.list(archived=True)[0].id == review.id
    window.start.table.setCurrentCell(row, 0)
    assert window.start.archive_button.text().replace("&", "") == "Unarchive"
    window.start.archive_button.click()
    window.start.archived_box.click()
    assert window.start.row_of(review.id) is not None
    assert len(window.store.list()) == 2


def test_nothing_selected_means_nothing_to_delete(window):
    window.show_start()
    assert not window.start.delete_button.isEnabled()
    assert not window.start.archive_button.isEnabled()

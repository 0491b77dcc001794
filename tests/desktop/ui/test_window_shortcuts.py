"""The window's shortcuts work wherever the cursor is; a text field keeps undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.page_ids import OVERVIEW
from tests.desktop.ui.keys import type_text
from tests.support import real_answers

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def test_overview_and_export_keys_work_from_inside_text_fields(window, qtbot, form, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: asked.append(type(dialog).__name__) or 0)
    assert window.open_review(window.store.create(real_answers(form)).id)
    window.editor.show_page("profile")
    page = window.editor.page("profile")
    line = _focus(qtbot, page.editor("profile.forum").focus_widget())
    qtbot.keyClick(line, Qt.Key.Key_E, CTRL)
    assert asked == ["ExportDialog"], "Ctrl+E from a one-line field"
    box = _focus(qtbot, page.editor("profile.executive_summary").focus_widget())
    qtbot.keyClick(box, Qt.Key.Key_Home, CTRL)
    assert window.editor.current_page == OVERVIEW, "Ctrl+Home from a multi-line box"


def test_a_text_field_keeps_its_own_undo(window, qtbot, form):
    assert window.open_review(window.store.create(real_answers(form)).id)
    window.editor.show_page("profile")
    line = _focus(qtbot, window.editor.page("profile").editor("profile.forum").focus_widget())
    before = line.text()
    type_text(line, " and more")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == before

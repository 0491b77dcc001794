"""Every action of every menu, triggered in every state of the window.

Dialogs are answered "no" (recorded, never shown): a test fails when an action
raises, or when an action that opens a dialog does not. The states: no review
open, a review, a coalition review, the sample (a workshop copy), and the
Arabic interface with a review open.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop import backups
from desktop.ui.language_switch import switch_language
from tests.support import real_answers

STATES = ["no review", "review", "coalition", "sample", "arabic"]


class Dialogs:
    """Records each dialog the window asks for, and answers it "no" or "cancel"."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        no = QMessageBox.StandardButton.No

        def record(kind: str, answer: object):
            def asked(*_args: object, **_kwargs: object) -> object:
                self.asked.append(kind)
                return answer

            return asked

        monkeypatch.setattr(
            QFileDialog, "getOpenFileNames", staticmethod(record("files", ([], "")))
        )
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(record("save", ("", ""))))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(record("folder", "")))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(record("choice", ("", False))))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(record("text", ("", False))))
        monkeypatch.setattr(QInputDialog, "getInt", staticmethod(record("number", (0, False))))
        for name in ("information", "warning", "critical", "question", "about"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(record(f"message {name}", no)))

        def executed(dialog: QDialog) -> int:
            self.asked.append(type(dialog).__name__)
            return 0  # rejected

        def opened(dialog: QDialog) -> None:
            self.asked.append(type(dialog).__name__)

        monkeypatch.setattr(QDialog, "exec", executed)
        monkeypatch.setattr(QDialog, "open", opened)
        monkeypatch.setattr(QMessageBox, "exec", executed)
        monkeypatch.setattr(QMessageBox, "open", opened)

    def take(self) -> list[str]:
        asked, self.asked = self.asked, []
        return asked


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _menu_actions(window) -> Iterator[QAction]:
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                yield action


def _settle(window, qtbot) -> None:
    qtbot.wait(20)
    if window.task is not None and window.task.running():
        qtbot.waitUntil(lambda: not window.task.running(), timeout=30000)
    qtbot.wait(20)


def _enter(state: str, window, qtbot, form) -> None:
    if state == "review":
        assert window.open_review(window.store.create(real_answers(form)).id)
    elif state == "coalition":
        assert window.open_review(window.store.coalition("Plateforme des migrations"))
    elif state == "sample":
        window.workshop_jobs.open_sample()
        qtbot.waitUntil(lambda: window.workshop is not None and window.session is not None,
                        timeout=30000)  # fmt: skip
    elif state == "arabic":
        switch_language(window, "ar")
        assert window.open_review(window.store.create(real_answers(form)).id)
    _settle(window, qtbot)


@pytest.mark.parametrize("state", STATES)
def test_every_menu_action_works_in_every_state(window, qtbot, form, dialogs, state):
    backups.create_backup(window.store.path, "manual")  # so that Restore has one to offer
    _enter(state, window, qtbot, form)
    dialogs.take()
    expected = {
        window.new_action: "NewReviewDialog",
        window.coalition_action: "text",
        window.import_action: "files",
        window.restore_action: "choice",
        window.blank_action: "ExportDialog",
        window.blank_workbook_action: "ExportDialog",
        window.signing_key_action: "text",
        window.passphrase_action: "PassphraseDialog",
        window.lead_key_action: "text",
        window.check_action: "files",
        window.practice_files_action: "number",
        window.shortcuts_action: "QMessageBox",
        window.about_action: "message about",
    }
    if window.session is not None:
        expected[window.export_action] = "ExportDialog"
        expected[window.export_workbook_action] = "ExportDialog"
        expected[window.export_word_action] = "ExportDialog"
        # A package carries the member's signature: without a key, making one is offered.
        expected[window.package_action] = "message question"
    languages = set(window.language_actions.values())
    quit_action = window.quit_action
    triggered = 0
    for action in list(_menu_actions(window)):
        if action in languages or action is quit_action or not action.isEnabled():
            continue
        if state != "no review" and window.session is None and action is not window.new_action:
            _enter(state, window, qtbot, form)  # an earlier action closed the review
            dialogs.take()
        action.trigger()
        _settle(window, qtbot)
        asked = dialogs.take()
        if action in expected:
            assert expected[action] in asked, f"{action.text()!r} opened {asked} in {state}"
        triggered += 1
    assert triggered >= (10 if state == "no review" else 15)
    # The languages rebuild the menus: each is taken from the new ones.
    for lang in ("fr", "en"):
        window.language_actions[lang].trigger()
        _settle(window, qtbot)
        assert window.lang == lang
    assert window.quit_action in list(_menu_actions(window))
    window.quit_action.trigger()
    _settle(window, qtbot)
    assert not window.isVisible(), "Quit closes the window"


def test_import_from_the_menu_asks_for_files(window, qtbot, dialogs):
    """The action's ``checked`` flag was taken for the list of files: no picker opened."""
    window.import_action.trigger()
    _settle(window, qtbot)
    assert dialogs.take() == ["files"]


def test_restore_from_the_menu_offers_the_backups(window, qtbot, dialogs):
    """The ``checked`` flag was taken for the backup to restore, and the restore crashed."""
    backups.create_backup(window.store.path, "manual")
    window.restore_action.trigger()
    _settle(window, qtbot)
    assert dialogs.take() == ["choice"]
    assert window.store.list() == []  # the database is still open and usable


def test_the_database_a_restore_opens_is_closed_with_the_window(window, qtbot):
    from desktop.sqlite_engine import sqlite

    backup = backups.create_backup(window.store.path, "manual")
    assert window.backups.restore_backup(backup)
    restored = window.store
    window.close()
    with pytest.raises(sqlite.ProgrammingError):
        restored.db.execute("SELECT 1")


def test_the_shortcuts_list_every_menu_shortcut_in_a_table(window, monkeypatch):
    """Ctrl+E, Ctrl+I and Ctrl+Q were missing, and tabs left the columns misaligned."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window.shortcuts_action.trigger()
    (text,) = shown
    assert text.startswith("<table") and "\t" not in text
    for action in _menu_actions(window):
        keys = action.shortcut()
        assert keys.toString(keys.SequenceFormat.NativeText) in text, action.text()
    for keys in ("Ctrl+E", "Ctrl+I", "Ctrl+Q", "F6"):
        assert text.count(f"<b>{keys}</b>") == 1, keys

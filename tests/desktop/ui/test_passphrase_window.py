"""Settings › Passphrase… and the unlock at the start, driven in the real window."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import backups, database_key, passphrase
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.passphrase_dialogs import PassphraseDialog, RecoveryKeyDialog, UnlockDialog
from desktop.ui.passphrase_jobs import unlock_at_start
from tests.desktop.ui.conftest import wait_saved
from tests.support import lock_every_database

SECRET = "rivers and mountains"
NEW = "a new long passphrase"


@pytest.fixture(autouse=True)
def _no_key_kept():
    yield
    lock_every_database()


def _restart() -> None:
    """What a new process starts with: no key unlocked."""
    lock_every_database()


def _unreadable_by_sqlite(path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            return True
    return False


def _through_dialog(qtbot, window, fill) -> PassphraseDialog:
    window.passphrase_action.trigger()
    dialog = window.passphrases.dialog
    qtbot.waitUntil(dialog.isVisible)
    fill(dialog)
    return dialog


def _set(dialog: PassphraseDialog, new: str, repeat: str | None = None) -> None:
    dialog.new.setText(new)
    dialog.repeat.setText(new if repeat is None else repeat)


def _unlock_typing(qtbot, db_path, attempts: list[str]) -> tuple[bool, list[str]]:
    """Run the start's unlock dialog, typing each of ``attempts`` in turn."""
    problems: list[str] = []

    def type_next():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, type_next)
            return
        if dialog.problem.isVisible():
            problems.append(dialog.problem.text())
        if not attempts:
            dialog.reject()
            return
        dialog.secret.setText(attempts.pop(0))
        dialog.unlock_button.click()
        if dialog.isVisible():
            QTimer.singleShot(0, type_next)

    QTimer.singleShot(0, type_next)
    return unlock_at_start(db_path), problems


def test_a_passphrase_set_in_the_window_is_asked_for_at_the_next_start(
    window, open_review, qtbot, db_path
):
    editor = open_review({"profile.country": "Chile", "profile.organisation": "Red Andina"})
    review_id = window.session.review_id
    editor.show_page("obj01")
    window.session.set_value("obj01.gaps", "Detention of children at the northern border")
    wait_saved(qtbot, window)
    backups.create_backup(db_path, "manual")

    dialog = _through_dialog(qtbot, window, lambda d: _set(d, SECRET, SECRET + "x"))
    assert not dialog.ok.isEnabled() and "differ" in dialog.problem.text()
    _set(dialog, "short")
    assert not dialog.ok.isEnabled() and "at least 8 characters" in dialog.problem.text()
    _set(dialog, SECRET)
    assert dialog.ok.isEnabled() and dialog.ok.text() == "&Set passphrase"
    dialog.ok.click()
    shown = window.passphrases.recovery_dialog
    qtbot.waitUntil(lambda: shown is not None and shown.isVisible())
    assert isinstance(shown, RecoveryKeyDialog)
    recovery = shown.key.text()
    assert database_key.recovery_key(recovery) is not None
    assert not shown.close_button.isEnabled(), "closed only once the key is kept"
    shown.reject()
    assert shown.isVisible()
    shown.kept.setChecked(True)
    shown.close_button.click()
    assert not shown.isVisible()
    assert window.session is None, "the review was saved and closed while the files changed"
    for path in (db_path, *(b.path for b in backups.list_backups(db_path))):
        assert _unreadable_by_sqlite(path), path.name
    assert [s.id for s in window.store.list()] == [review_id], "the window goes on"

    _restart()
    window.close()
    window.store.close()
    unlocked, problems = _unlock_typing(qtbot, db_path, ["not the passphrase", SECRET])
    assert unlocked
    assert problems == [f"{db_path}: this passphrase does not open the database"]
    store = Store(db_path, check=True)
    again = MainWindow(store)
    qtbot.addWidget(again)
    again.show()
    assert again.open_review(review_id)
    assert again.session.answers["obj01.gaps"] == "Detention of children at the northern border"
    again.close()
    store.close()

    _restart()
    assert _unlock_typing(qtbot, db_path, [])[0] is False, "Quit opens nothing"
    assert _unlock_typing(qtbot, db_path, [recovery.lower()])[0], "the recovery key opens it"


def test_the_passphrase_is_changed_then_removed_in_the_window(window, qtbot, db_path):
    review = window.store.create({"profile.country": "Chile", "profile.organisation": "Red"})
    passphrase.set_passphrase(db_path, SECRET)
    window.store.close()
    window.store = Store(db_path)

    def change(dialog):
        assert dialog.change.isChecked() and dialog.current.isVisible()
        dialog.current.setText("wrong passphrase")
        _set(dialog, NEW)

    dialog = _through_dialog(qtbot, window, change)
    dialog.ok.click()
    qtbot.waitUntil(dialog.isVisible)
    assert "does not open the database" in dialog.problem.text(), "asked again, nothing done"
    dialog.current.setText(SECRET)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "recovery key stays the same" in window.statusBar().currentMessage()
    _restart()
    with pytest.raises(database_key.WrongPassphrase):
        passphrase.unlock(db_path, SECRET)
    passphrase.unlock(db_path, NEW)

    def remove(dialog):
        dialog.remove.setChecked(True)
        assert not dialog.new.isEnabled() and dialog.ok.text() == "Re&move"
        dialog.current.setText(NEW)

    dialog = _through_dialog(qtbot, window, remove)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not passphrase.is_encrypted(db_path)
    assert not _unreadable_by_sqlite(db_path)
    assert [s.id for s in window.store.list()] == [review.id]


def test_a_workshop_copy_has_no_passphrase(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    store = Store(tmp_path / "sample.db")
    window = MainWindow(store, workshop_mode=True)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.passphrase_action.trigger()
    assert told and "workshop" in told[0]
    assert window.passphrases.dialog is None
    window.close()
    store.close()


def test_a_database_whose_key_file_was_lost_opens_with_its_recovery_key(
    qtbot, db_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.app import open_database

    with Store(db_path) as store:
        review = store.create({"profile.country": "Chile", "profile.organisation": "Red"})
    recovery = passphrase.set_passphrase(db_path, SECRET).recovery
    database_key.key_file(db_path).unlink()
    _restart()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    seen = []

    def type_recovery():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, type_recovery)
            return
        intro = dialog.findChildren(type(dialog.problem))[0].text()
        seen.append(intro.replace("\u2068", "").replace("\u2069", ""))
        dialog.secret.setText(SECRET)  # the passphrase alone no longer opens it
        dialog.unlock_button.click()
        seen.append(dialog.problem.text())
        dialog.secret.setText(recovery)
        dialog.unlock_button.click()

    QTimer.singleShot(0, type_recovery)
    store = open_database(db_path)
    assert "key file (reviews.db.key) was lost" in seen[0]
    assert "the key file is missing; the recovery key still opens the database" in seen[1]
    assert [s.id for s in store.list()] == [review.id]
    assert told and "writes a new key file" in told[0]
    store.close()
    assert db_path.is_file() and not list(db_path.parent.glob("*.damaged-*")), "nothing moved"

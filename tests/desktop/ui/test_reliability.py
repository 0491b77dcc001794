"""The window's side of reliability: a damaged database, a second window, backups."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop import backups
from desktop.database_lock import WINDOW, DatabaseLock
from desktop.store import DamagedDatabase, Store
from desktop.ui.app import daily_backup, open_database, run
from tests.desktop.test_backups import _countries, _damage, _db_with


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_a_damaged_database_offers_the_newest_backup(qtbot, tmp_path):
    path, _ = _db_with(tmp_path)
    backups.create_backup(path, "daily")
    _damage(path)
    damaged = path.read_bytes()
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Yes, seen)
    with open_database(path) as store:
        assert [s.country for s in store.list()] == ["Mali"]
    assert "is damaged" in seen[0] and "moved aside" in seen[0] and "Restore" in seen[0]
    (aside,) = tmp_path.glob("reviews.db.damaged-*")
    assert aside.read_bytes() == damaged, "the damaged file is kept as it was"


def test_without_interaction_a_damaged_database_is_an_error(tmp_path):
    path, _ = _db_with(tmp_path)
    _damage(path)
    before = path.read_bytes()
    try:
        open_database(path, interactive=False).close()
    except DamagedDatabase as err:
        assert "damaged" in str(err)
    else:
        raise AssertionError("a damaged database must not open silently")
    assert path.read_bytes() == before


def test_the_window_start_makes_the_daily_backup(tmp_path):
    path, _ = _db_with(tmp_path)
    assert run(path, smoke=True) == 0
    assert run(path, smoke=True) == 0
    assert [b.reason for b in backups.list_backups(path)] == ["daily"], "once a day"
    thread = daily_backup(path)
    assert thread is None, "not due again today"


def test_a_second_window_on_the_same_database_is_refused(qtbot, tmp_path, capsys):
    path, _ = _db_with(tmp_path)
    other = DatabaseLock(path)  # another window holds the database
    other.acquire(True, WINDOW)
    try:
        before = path.read_bytes()
        assert run(path, smoke=True) == 2
        err = capsys.readouterr().err
        assert "already open in another window" in err and str(path) in err
        assert path.read_bytes() == before
    finally:
        other.release()
    assert run(path, smoke=True) == 0, "free again once the other window closed"


def test_restore_from_backup_in_the_window(window, qtbot, monkeypatch, tmp_path):
    review = window.store.create({"profile.country": "Mali", "profile.organisation": "AME"})
    window.jobs.import_files([tmp_path / "missing.xlsx"])  # an import runs first, and ends
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=10000)
    for box in window.findChildren(QMessageBox):
        box.close()
    assert not window.task.running()
    backups.create_backup(window.store.path, "manual")
    window.store.save(review.id, {"profile.country": "Niger"})
    window.open_review(review.id)
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *_a: (items[0], True))
    )
    assert window.backups.restore_backup()
    assert window.session is None, "the open review was closed first"
    assert window.start.table.item(0, 0).text() == "Mali"
    reasons = [b.reason for b in backups.list_backups(window.store.path)]
    assert "before-restore" in reasons, "the replaced database is kept"
    with Store(window.store.path) as store:
        assert store.get(review.id).country == "Mali"
    assert _countries(window.store.path) == ["Mali"]

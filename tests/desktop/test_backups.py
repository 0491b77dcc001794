"""Rolling backups: made atomically, kept to a number, restored without losing the present."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3

import pytest

from desktop import backups
from desktop.store import DamagedDatabase, Store
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.desktop.test_cli import run


def _db_with(tmp_path, country: str = "Mali"):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review = store.create({"profile.country": country, "profile.organisation": "AME"})
    return path, review.id


def _countries(path) -> list[str]:
    with Store(path) as store:
        return sorted(s.country for s in store.list())


def _damage(path) -> None:
    """Overwrite the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    data[1024:4096] = b"\xff" * 3072
    path.write_bytes(bytes(data))


def test_a_backup_holds_every_committed_save(tmp_path):
    path, review_id = _db_with(tmp_path)
    with Store(path) as store:  # still open: the saves sit in the write-ahead log
        store.save(review_id, {"profile.country": "Niger"})
        made = backups.create_backup(path, "manual")
    assert made.parent == tmp_path / "backups" and made.name.endswith("-manual.db")
    assert _countries(made) == ["Niger"]
    assert [p.name for p in made.parent.iterdir()] == [made.name], "no temporary file left"
    (listed,) = backups.list_backups(path)
    assert listed.path == made and listed.reason == "manual"


def test_backups_are_read_from_their_names(tmp_path):
    path, _ = _db_with(tmp_path)
    made = backups.create_backup(path, "daily")
    (listed,) = backups.list_backups(path)
    stamp = made.name.split("-")[1]  # YYYYMMDDTHHMMSSffffffZ
    assert listed.created == dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    assert listed.reason == "daily"
    for stranger in (
        "reviews-20261399T120000000000Z-manual.db",
        "other-20260101T120000000000Z-manual.db",
    ):
        (made.parent / stranger).write_bytes(b"")
    assert backups.list_backups(path) == [listed], "files not named as our backups are left alone"


def test_only_the_newest_are_kept(tmp_path):
    path, _ = _db_with(tmp_path)
    made = [backups.create_backup(path, "manual", keep=3) for _ in range(5)]
    assert [b.path for b in backups.list_backups(path)] == made[:1:-1]


def test_a_daily_backup_is_due_after_24_hours(tmp_path):
    path, _ = _db_with(tmp_path)
    assert backups.daily_due(path)
    backups.create_backup(path, "daily")
    now = dt.datetime.now(dt.UTC)
    assert not backups.daily_due(path, now)
    assert backups.daily_due(path, now + dt.timedelta(hours=25))


def test_a_full_disk_leaves_no_partial_backup(tmp_path, monkeypatch):
    path, _ = _db_with(tmp_path)
    before = path.read_bytes()

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", full)
    with pytest.raises(backups.BackupError, match="the disk is full"):
        backups.create_backup(path, "before-import")
    assert list((tmp_path / "backups").iterdir()) == []
    assert path.read_bytes() == before and _countries(path) == ["Mali"]


def test_restore_keeps_the_database_it_replaces(tmp_path):
    path, review_id = _db_with(tmp_path)
    old = backups.create_backup(path, "manual")
    with Store(path) as store:
        store.save(review_id, {"profile.country": "Niger"})
    kept = backups.restore(path, old)
    assert _countries(path) == ["Mali"]
    assert kept is not None and kept.name.endswith("-before-restore.db")
    assert _countries(kept) == ["Niger"], "the restore itself can be undone"


def test_a_damaged_backup_is_never_restored(tmp_path):
    path, _ = _db_with(tmp_path)
    bad = backups.create_backup(path, "manual")
    _damage(bad)
    before = path.read_bytes()
    with pytest.raises(backups.BackupError, match="not a sound backup"):
        backups.restore(path, bad)
    assert path.read_bytes() == before
    assert backups.newest_sound(path) is None


def test_a_damaged_database_is_detected_and_moved_aside(tmp_path):
    path, _ = _db_with(tmp_path)
    good = backups.create_backup(path, "daily")
    _damage(path)
    with pytest.raises(DamagedDatabase), Store(path) as store:
        problem = store.integrity_problem()
        if problem:
            raise DamagedDatabase(problem)
    damaged = path.read_bytes()
    aside = backups.move_aside(path)
    assert not path.exists() and aside.read_bytes() == damaged, "never overwritten"
    assert backups.newest_sound(path).path == good
    backups.restore(path, good)
    assert _countries(path) == ["Mali"]


def test_an_upgrade_is_preceded_by_a_backup(tmp_path):
    path, _ = _db_with(tmp_path)
    conn = sqlite3.connect(path)  # as written by a version that knew only m001
    conn.execute("DROP TABLE contributions")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_contributions'")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.contributions is not None
    (backup,) = backups.list_backups(path)
    assert backup.reason == "before-upgrade" and _countries(backup.path) == ["Mali"]


def test_backup_and_restore_on_the_command_line(capsys, tmp_path):
    path, review_id = _db_with(tmp_path)
    code, out, _ = run(capsys, "backup", "--db", str(path))
    assert code == 0 and out.startswith("wrote ") and out.strip().endswith("-manual.db")
    code, out, _ = run(capsys, "set", review_id, "profile.country", "Niger", "--db", str(path))
    code, out, _ = run(capsys, "backup", "--list", "--db", str(path))
    assert code == 0 and "manual" in out
    code, out, _ = run(capsys, "restore", "--db", str(path))
    assert code == 0 and "restored" in out and "before-restore" in out
    assert _countries(path) == ["Mali"]

    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database at all" * 100)
    before = path.read_bytes()
    code, out, err = run(capsys, "restore", str(bogus), "--db", str(path))
    assert code == 2 and err.startswith("error: ") and "not a sound backup" in err
    assert len(err.strip().splitlines()) == 1 and path.read_bytes() == before


def test_an_import_is_preceded_by_a_backup_and_a_refused_one_by_none(capsys, tmp_path):
    path, _ = _db_with(tmp_path)
    missing = tmp_path / "none.xlsx"
    code, _, _ = run(capsys, "import", str(missing), "--db", str(path))
    assert code == 2
    assert backups.list_backups(path) == [], "a refused file changes nothing, backups included"
    form = load_form()
    workbook = write_workbook(
        form,
        Review("11111111-0000-4000-8000-000000000001", 1, {"profile.country": "Niger"}),
        tmp_path / "w.xlsx",
    )
    assert run(capsys, "import", str(workbook), "--db", str(path))[0] == 0
    assert [b.reason for b in backups.list_backups(path)] == ["before-import"]


def test_restore_waits_for_the_window_to_close(capsys, tmp_path):
    from desktop.database_lock import WINDOW, DatabaseLock

    path, _ = _db_with(tmp_path)
    backups.create_backup(path, "manual")
    window = DatabaseLock(path)  # what an open window holds
    window.acquire(True, WINDOW)
    try:
        before = path.read_bytes()
        code, _, err = run(capsys, "restore", "--db", str(path))
        assert code == 2 and "already open in another window" in err and path.read_bytes() == before
    finally:
        window.release()
    assert run(capsys, "restore", "--db", str(path))[0] == 0

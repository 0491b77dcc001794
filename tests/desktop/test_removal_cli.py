"""``gcm-review delete`` and ``archive``, run as the installed command."""

from __future__ import annotations

from desktop.backups import list_backups
from desktop.store import Store
from tests.desktop.test_trusted_imports_cli import gcm


def _new(db, country: str) -> str:
    done = gcm("new", "--country", country, "--org", "Réseau", "--db", db)
    assert done.code == 0, done.err
    return done.out.strip()


def test_delete_keeps_a_backup_and_says_where(tmp_path):
    db = tmp_path / "reviews.db"
    gone, kept = _new(db, "Mali"), _new(db, "Niger")
    done = gcm("delete", gone[:8], "--db", db)
    assert done.code == 0, done.err
    assert "Mali" in done.out and "before-delete" in done.out and "gcm-review restore" in done.out
    with Store(db) as store:
        assert [s.id for s in store.list()] == [kept]


def test_delete_of_an_unknown_review_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "reviews.db"
    _new(db, "Mali")
    before = db.read_bytes()
    done = gcm("delete", "zzzz", "--db", db)
    assert done.code == 2 and "Traceback" not in done.err
    assert len(done.err.strip().splitlines()) == 1 and done.err.startswith("error: ")
    assert list_backups(db) == [], "no backup for nothing"
    assert db.read_bytes() == before


def test_archive_hides_from_the_list_and_unarchive_brings_back(tmp_path):
    db = tmp_path / "reviews.db"
    put_away, other = _new(db, "Mali"), _new(db, "Niger")
    assert gcm("archive", put_away, "--db", db).code == 0
    listed = gcm("list", "--db", db).out
    assert other in listed and put_away not in listed
    everything = gcm("list", "--archived", "--db", db).out
    assert put_away in everything and "archived" in everything
    assert gcm("unarchive", put_away, "--db", db).code == 0
    assert put_away in gcm("list", "--db", db).out

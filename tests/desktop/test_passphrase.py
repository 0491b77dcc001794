"""A passphrase on the database: what it protects; setting, changing or removing it keeps all."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from desktop import backups, database_key, passphrase
from desktop.database_key import KeyFileError, WrongPassphrase, key_file
from desktop.store import DamagedDatabase, Locked, Store
from tests.support import lock_every_database

SECRET = "correct horse battery"
OTHER = "a different passphrase"
# Text that must never be found in the bytes of an encrypted file.
TESTIMONY = "Testimony of Amadou, detained at the border"


@pytest.fixture(autouse=True)
def _no_key_kept():
    yield
    lock_every_database()


def _db_with(tmp_path):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review = store.create(
            {
                "profile.country": "Mali",
                "profile.organisation": "AME",
                "obj01.gaps": TESTIMONY,
            }
        )
    return path, review.id


def _answers(path, review_id):
    with Store(path) as store:
        return store.get(review_id).answers


def _plain_sqlite_refuses(path) -> None:
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert TESTIMONY.encode() not in path.read_bytes()
    assert b"AME" not in path.read_bytes()


def _restart() -> None:
    """What a new process starts with: no key unlocked."""
    lock_every_database()


def test_plain_sqlite_cannot_read_the_database_or_its_backups(tmp_path):
    path, review_id = _db_with(tmp_path)
    before = backups.create_backup(path, "manual")
    protected = passphrase.set_passphrase(path, SECRET)
    assert protected.backups_left == 0
    after = backups.create_backup(path, "manual")
    for file in (path, before, after):
        _plain_sqlite_refuses(file)
    assert not list(tmp_path.glob("*.converting")), "no temporary copy left"
    assert oct(key_file(path).stat().st_mode & 0o777) == "0o600"
    _restart()
    with pytest.raises(Locked, match="protected by a passphrase"):
        Store(path)
    passphrase.unlock(path, SECRET)
    assert _answers(path, review_id)["obj01.gaps"] == TESTIMONY
    for backup in (before, after):  # the backups open with the same key, and restore
        assert backups.check_file(backup) is None
    backups.restore(path, before)
    assert _answers(path, review_id)["obj01.gaps"] == TESTIMONY


def test_a_wrong_passphrase_changes_nothing(tmp_path):
    path, _ = _db_with(tmp_path)
    passphrase.set_passphrase(path, SECRET)
    _restart()
    files = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase, match="this passphrase does not open the database"):
        passphrase.unlock(path, OTHER)
    with pytest.raises(WrongPassphrase):
        passphrase.unlock(path, "AAAA-" * 12 + "AAAA")  # the shape of a recovery key, not ours
    assert database_key.remembered(path) is None
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == files


def test_changing_the_passphrase_keeps_every_answer_and_the_recovery_key(tmp_path):
    path, review_id = _db_with(tmp_path)
    answers = _answers(path, review_id)
    recovery = passphrase.set_passphrase(path, SECRET).recovery
    database = path.read_bytes()
    passphrase.change_passphrase(path, OTHER)
    assert path.read_bytes() == database, "only the key file is rewritten"
    _restart()
    with pytest.raises(WrongPassphrase):
        passphrase.unlock(path, SECRET)
    passphrase.unlock(path, OTHER)
    assert _answers(path, review_id) == answers
    _restart()
    passphrase.unlock(path, recovery.lower().replace("-", " "))
    assert _answers(path, review_id) == answers


def test_removing_the_passphrase_decrypts_the_database_and_its_backups(tmp_path):
    path, review_id = _db_with(tmp_path)
    answers = _answers(path, review_id)
    passphrase.set_passphrase(path, SECRET)
    made = backups.create_backup(path, "manual")
    passphrase.remove_passphrase(path)
    assert not key_file(path).exists()
    _restart()
    for file in (path, made):
        with closing(sqlite3.connect(file)) as conn:
            assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)
    assert _answers(path, review_id) == answers


def test_the_recovery_key_opens_the_database_without_its_key_file(tmp_path):
    path, review_id = _db_with(tmp_path)
    recovery = passphrase.set_passphrase(path, SECRET).recovery
    assert len(recovery) == 64 and recovery.count("-") == 12
    key_file(path).unlink()
    _restart()
    with pytest.raises(KeyFileError, match="the recovery key still opens"):
        passphrase.unlock(path, SECRET)
    passphrase.unlock(path, recovery.replace("O", "0"))  # a zero read for an O
    assert _answers(path, review_id)["obj01.gaps"] == TESTIMONY
    passphrase.change_passphrase(path, OTHER)  # a new key file, for the same key
    _restart()
    passphrase.unlock(path, OTHER)
    assert _answers(path, review_id)["obj01.gaps"] == TESTIMONY


def test_an_encrypted_database_without_key_file_or_key_is_not_taken_for_a_good_one(tmp_path):
    path, _ = _db_with(tmp_path)
    passphrase.set_passphrase(path, SECRET)
    key_file(path).unlink()
    _restart()
    with pytest.raises(DamagedDatabase):  # nothing says it is encrypted: it cannot be read
        Store(path, check=True)
    assert path.is_file(), "nothing moved"


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path):
    path, _ = _db_with(tmp_path)
    database = path.read_bytes()
    with pytest.raises(passphrase.PassphraseError, match="at least 8 characters"):
        passphrase.set_passphrase(path, "short")
    assert path.read_bytes() == database and not key_file(path).exists()


def test_the_key_file_carries_its_version_and_a_newer_one_is_refused(tmp_path):
    path, _ = _db_with(tmp_path)
    passphrase.set_passphrase(path, SECRET)
    data = json.loads(key_file(path).read_text(encoding="utf-8"))
    assert data["format"] == "gcm-review database key" and data["version"] == 1
    assert data["kdf"] == "argon2id" and data["memlimit"] == 64 * 1024 * 1024
    assert SECRET not in key_file(path).read_text(encoding="utf-8")
    _restart()
    key_file(path).write_text(json.dumps({**data, "version": 2}), encoding="utf-8")
    with pytest.raises(KeyFileError, match="written by a newer version"):
        passphrase.unlock(path, SECRET)
    for damage in ("{", json.dumps({**data, "salt": "???"}), json.dumps({"format": "other"})):
        key_file(path).write_text(damage, encoding="utf-8")
        with pytest.raises(KeyFileError, match="the key file is damaged"):
            passphrase.unlock(path, SECRET)


def test_a_failed_encryption_leaves_the_plain_database_and_no_key_file(tmp_path, monkeypatch):
    path, review_id = _db_with(tmp_path)
    database = path.read_bytes()

    monkeypatch.setattr(passphrase, "integrity_problem", lambda _conn: "page 3 is damaged")
    with pytest.raises(passphrase.PassphraseError, match="the copy failed its check"):
        passphrase.set_passphrase(path, SECRET)
    monkeypatch.undo()
    assert path.read_bytes() == database
    assert not key_file(path).exists() and not list(tmp_path.glob("*.converting"))
    assert _answers(path, review_id)["obj01.gaps"] == TESTIMONY


def test_backups_left_plain_are_encrypted_when_the_database_is_next_opened(tmp_path):
    path, _ = _db_with(tmp_path)
    made = backups.create_backup(path, "manual")
    plain = made.read_bytes()
    passphrase.set_passphrase(path, SECRET)
    made.write_bytes(plain)  # as a setting killed before the backups were done leaves it
    _restart()
    passphrase.unlock(path, SECRET)
    Store(path).close()
    _plain_sqlite_refuses(made)
    assert backups.check_file(made) is None


def test_a_key_file_beside_a_plain_database_is_cleared_with_the_leftovers(tmp_path):
    path, _ = _db_with(tmp_path)
    database_key.write_key_file(key_file(path), database_key.wrap(database_key.new_key(), SECRET))
    removed = backups.clear_leftovers(path)
    assert key_file(path) in removed and not key_file(path).exists()

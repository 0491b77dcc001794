"""``gcm-review passphrase set|change|remove``, and every command on an encrypted database.

Each command runs as a process of its own, as a person or a script runs it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desktop.database_key import key_file, recovery_key

SCRIPT = Path(sys.executable).parent / "gcm-review"
SECRET = "a long enough passphrase"
NEW = "another long passphrase"


def gcm(db: Path, *args: str, **env: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [str(SCRIPT), *args, "--db", str(db)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("GCM_REVIEW_")},
            "QT_QPA_PLATFORM": "offscreen",
            **env,
        },
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "reviews.db"
    code, _, err = gcm(path, "new", "--country", "Mali", "--org", "Association Malienne")
    assert code == 0, err
    assert gcm(path, "backup")[0] == 0
    return path


def files(folder: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith((".lock", "-wal", "-shm"))
    }


def set_passphrase(db: Path) -> str:
    code, out, err = gcm(db, "passphrase", "set", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 0, err
    return out.splitlines()[-1].strip()


def test_set_shows_the_recovery_key_once_and_encrypts_everything(db):
    code, out, err = gcm(db, "passphrase", "set", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 0, err
    assert "reviews.db and its backups are now protected by the passphrase" in out
    assert "Recovery key, shown this once" in out
    recovery = out.splitlines()[-1].strip()
    assert recovery_key(recovery) is not None
    for path in (db, *(db.parent / "backups").iterdir()):
        with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM reviews").fetchall()
        assert b"Association Malienne" not in path.read_bytes()
    code, out, _ = gcm(db, "list", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 0 and "Association Malienne" in out
    code, out, _ = gcm(db, "list", GCM_REVIEW_PASSPHRASE=recovery)
    assert code == 0 and "Association Malienne" in out
    assert recovery not in gcm(db, "list", GCM_REVIEW_PASSPHRASE=SECRET)[1], "shown once"


def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(db):
    set_passphrase(db)
    before = files(db.parent)
    for command in (["list"], ["new", "--country", "Niger", "--org", "X"], ["backup"]):
        code, out, err = gcm(db, *command, GCM_REVIEW_PASSPHRASE="not the passphrase")
        assert (code, out) == (2, "")
        assert err == f"error: {db}: this passphrase does not open the database\n"
    code, _, err = gcm(db, "list")  # no variable, no terminal
    assert code == 2 and err == (
        "error: a passphrase is needed: give it in GCM_REVIEW_PASSPHRASE, "
        "or run the command in a terminal\n"
    )
    code, _, err = gcm(
        db,
        "passphrase",
        "change",
        GCM_REVIEW_PASSPHRASE="not the passphrase",
        GCM_REVIEW_NEW_PASSPHRASE=NEW,
    )
    assert code == 2 and "does not open the database" in err
    assert files(db.parent) == before


def test_change_keeps_the_answers_and_the_recovery_key(db):
    recovery = set_passphrase(db)
    listed = gcm(db, "list", GCM_REVIEW_PASSPHRASE=SECRET)[1]
    code, out, err = gcm(
        db, "passphrase", "change", GCM_REVIEW_PASSPHRASE=SECRET, GCM_REVIEW_NEW_PASSPHRASE=NEW
    )
    assert code == 0, err
    assert "the recovery key stays the same" in out
    assert gcm(db, "list", GCM_REVIEW_PASSPHRASE=SECRET)[0] == 2
    assert gcm(db, "list", GCM_REVIEW_PASSPHRASE=NEW)[1] == listed
    assert gcm(db, "list", GCM_REVIEW_PASSPHRASE=recovery)[1] == listed


def test_remove_decrypts_the_database_and_its_backups(db):
    set_passphrase(db)
    code, out, err = gcm(db, "passphrase", "remove", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 0, err
    assert "reviews.db and its backups are no longer encrypted" in out
    assert not key_file(db).exists()
    for path in (db, *(db.parent / "backups").iterdir()):
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)
    code, out, _ = gcm(db, "list")
    assert code == 0 and "Association Malienne" in out


def test_what_cannot_be_done_says_so_and_changes_nothing(db, tmp_path):
    before = files(db.parent)
    code, _, err = gcm(db, "passphrase", "set", GCM_REVIEW_PASSPHRASE="short")
    assert code == 2 and err == "error: a passphrase needs at least 8 characters\n"
    code, _, err = gcm(db, "passphrase", "change")  # said before any passphrase is asked
    assert code == 2 and err == f"error: {db}: the database has no passphrase\n"
    code, _, err = gcm(db, "passphrase", "set")
    assert code == 2 and "a passphrase is needed" in err
    assert files(db.parent) == before
    set_passphrase(db)
    code, _, err = gcm(db, "passphrase", "set", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 2 and "already protected by a passphrase" in err
    code, _, err = gcm(tmp_path / "none.db", "passphrase", "set", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 2 and "there is no database there" in err
    assert not (tmp_path / "none.db").exists()


def test_a_lost_key_file_is_written_again_with_the_recovery_key(db):
    recovery = set_passphrase(db)
    key_file(db).unlink()
    code, _, err = gcm(db, "list", GCM_REVIEW_PASSPHRASE=SECRET)
    assert code == 2 and "not a review database or damaged" in err, "no key file: unknown"
    assert db.is_file()
    code, out, err = gcm(
        db, "passphrase", "change", GCM_REVIEW_PASSPHRASE=recovery, GCM_REVIEW_NEW_PASSPHRASE=NEW
    )
    assert code == 0, err
    assert key_file(db).is_file()
    code, out, _ = gcm(db, "list", GCM_REVIEW_PASSPHRASE=NEW)
    assert code == 0 and "Association Malienne" in out

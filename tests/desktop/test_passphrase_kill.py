"""Killing ``gcm-review passphrase set|change|remove`` with SIGKILL at any moment loses nothing.

Whenever the command dies, the database and every backup are whole files
that open, with the old passphrase or the new one (or none, around a setting
or a removal), holding every answer; the next start clears what was left.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop import backups, database_key, passphrase
from desktop.sqlite_engine import is_plain
from desktop.store import Store
from tests.support import lock_every_database

SCRIPT = Path(sys.executable).parent / "gcm-review"
OLD, NEW = "the old passphrase", "the new passphrase"
# Delays (seconds after the start) at which a command is killed, before a random jitter.
DELAYS = (0.03, 0.06, 0.09, 0.11, 0.13, 0.15, 0.17, 0.19, 0.22, 0.26, 0.32)


def _run(db: Path, *args: str, env: dict[str, str] | None = None, kill: float | None = None):
    child = subprocess.Popen(
        [str(SCRIPT), *args, "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )
    if kill is None:
        _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        return True
    time.sleep(kill)
    finished = child.poll() is not None
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    return finished


def _database(tmp_path: Path, name: str) -> Path:
    db = tmp_path / name / "reviews.db"
    db.parent.mkdir()
    _run(db, "demo")  # the sample review: every question answered
    for _ in range(3):
        _run(db, "backup")
    return db


def _opens_with(db: Path, secrets: tuple[str | None, ...]) -> str | None:
    """Which of ``secrets`` opens ``db`` (None: it is plain); fails when none does."""
    lock_every_database()
    backups.clear_leftovers(db)  # what the next start does first
    if not passphrase.is_encrypted(db):
        assert None in secrets, "plain, when it must be encrypted"
        assert not database_key.key_file(db).exists() or any(
            not is_plain(b.path) for b in backups.list_backups(db)
        )
        return None
    for secret in secrets:
        if secret is None:
            continue
        try:
            passphrase.unlock(db, secret)
        except database_key.WrongPassphrase:
            continue
        return secret
    raise AssertionError(f"{db}: opens with none of {secrets}")


def _contents(db: Path) -> dict[str, dict]:
    with Store(db) as store:
        return {s.id: store.get(s.id).answers for s in store.list()}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize(
    ("action", "before", "after"),
    [("set", None, OLD), ("change", OLD, NEW), ("remove", OLD, None)],
)
def test_a_kill_during_the_passphrase_command_leaves_a_database_that_opens(
    tmp_path, action, before, after
):
    jitter = random.Random(action)
    outcomes = []
    for number, delay in enumerate(DELAYS):
        db = _database(tmp_path, f"run{number}")
        if before is not None:
            _run(db, "passphrase", "set", env={"GCM_REVIEW_PASSPHRASE": before})
        expected = _contents(db) if before is None else None
        if expected is None:
            lock_every_database()
            passphrase.unlock(db, before)
            expected = _contents(db)
        env = {"GCM_REVIEW_PASSPHRASE": before or after or "", "GCM_REVIEW_NEW_PASSPHRASE": NEW}
        finished = _run(db, "passphrase", action, env=env, kill=delay + jitter.uniform(0, 0.02))
        opened = _opens_with(db, (before, after))
        assert not finished or opened == after, "a command that finished has taken effect"
        outcomes.append(opened)
        assert _contents(db) == expected, f"killed at {delay} s: every answer is there"
        for backup in backups.list_backups(db):
            assert backups.check_file(backup.path) is None, f"{backup.path.name} opens"
            if opened is not None:  # opening the database encrypts any backup left plain
                with (
                    closing(sqlite3.connect(backup.path)) as conn,
                    pytest.raises(sqlite3.DatabaseError),
                ):
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        leftovers = [p for p in db.parent.rglob("*") if p.name.endswith((".part", ".converting"))]
        assert not leftovers
    print(f"{action}: killed with {outcomes.count(before)} before, {outcomes.count(after)} after")
    assert len(outcomes) == len(DELAYS)

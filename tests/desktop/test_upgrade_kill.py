"""Killing the upgrade of a version-1 database with SIGKILL: every review upgraded, or none.

The upgrade runs when a database is opened (``Store._upgrade_reviews``): a
backup, then one transaction. Whenever the process dies, the database is
sound and opens, with its answers as version 1 wrote them or as version 2
asks them, never some of each; the next start finishes the work.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.backups import check_file, list_backups
from desktop.store import Store
from forms.versions import CURRENT_VERSION
from tests.desktop.test_form_v1_files import DATA, EXPECTED, in_current

SCRIPT = Path(sys.executable).parent / "gcm-review"
#: Delays (seconds after the start) at which the command opening the database is killed.
DELAYS = (0.05, 0.1, 0.15, 0.2, 0.23, 0.26, 0.3, 0.35, 0.4, 0.5, 0.7)


def versions(db: Path) -> set[int]:
    with closing(sqlite3.connect(db)) as conn:
        return {row[0] for row in conn.execute("SELECT form_version FROM reviews")}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_during_the_upgrade_leaves_every_review_in_one_version(tmp_path):
    seen = []
    for number, delay in enumerate(DELAYS):
        db = tmp_path / f"run{number}" / "reviews.db"
        db.parent.mkdir()
        shutil.copy(DATA / "reviews.db", db)
        child = subprocess.Popen(
            [str(SCRIPT), "list", "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert check_file(db) is None, "the database is sound"
        found = versions(db)
        assert found in ({1}, {CURRENT_VERSION}), f"killed at {delay} s: versions {found}"
        if found == {CURRENT_VERSION}:  # upgraded: after a backup of the reviews as v1 had them
            (kept,) = [b for b in list_backups(db) if "before-upgrade" in b.path.name]
            assert versions(kept.path) == {1}
        seen.append(found.pop())
        for backup in list_backups(db):  # a backup cut short never has a backup's name
            assert check_file(backup.path) is None
        with Store(db) as store:  # the next start finishes the upgrade
            for review_id, expected in EXPECTED["reviews"].items():
                assert store.get(review_id).answers == in_current(expected["answers"])
    print(f"upgrades killed: {seen.count(1)} before, {seen.count(CURRENT_VERSION)} after")
    assert len(seen) == len(DELAYS)

"""Killing an import with SIGKILL leaves the database whole: all of the file or none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.backups import check_file, create_backup, list_backups
from desktop.store import Store
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample import sample_answers

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "gcm-review"
#: Delays (seconds after the start) at which the import is killed.
DELAYS = (0.15, 0.25, 0.35, 0.45, 0.55, 0.7, 0.9, 1.2)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_during_imports_leaves_all_or_nothing(tmp_path):
    form = load_form()
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        store.create({"profile.country": "Mali", "profile.organisation": "AME"})
    outcomes = []
    for number, delay in enumerate(DELAYS):
        answers = sample_answers(form)
        review_id = f"00000000-0000-4000-8000-{number:012d}"
        path = write_workbook(form, Review(review_id, 1, answers), tmp_path / f"w{number}.xlsx")
        shared = read_workbook(path, lambda _version: form).answers  # what the file holds
        child = subprocess.Popen(
            [str(SCRIPT), "import", str(path), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert check_file(db) is None, "the database is sound"
        conn = sqlite3.connect(db)
        try:
            count = conn.execute(
                "SELECT COUNT(*) FROM answers WHERE review_id = ?", [review_id]
            ).fetchone()[0]
        finally:
            conn.close()
        with Store(db) as store:
            imported = store.get(review_id).answers if count else {}
        assert count in (0, len(shared)) and (not count or imported == shared), "all or none"
        outcomes.append("all" if count else "none")
        for backup in list_backups(db):  # a backup cut short never has a backup's name
            assert check_file(backup.path) is None
    print(f"imports killed: {outcomes.count('none')} left nothing, {outcomes.count('all')} whole")
    assert len(outcomes) == len(DELAYS)
    create_backup(db, "manual")
    assert not list(tmp_path.glob("backups/*.part")), "leftovers of cut backups are cleared"

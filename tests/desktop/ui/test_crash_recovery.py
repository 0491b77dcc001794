"""Killing the application while someone types never loses what was shown as saved."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.store import Store

ROOT = Path(__file__).resolve().parents[3]
KILLS = 4
SAVES_BEFORE_KILL = 3


def test_kill_during_editing_keeps_every_saved_edit(tmp_path):
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        review_id = store.create({"profile.country": "Veridia"}).id
    acknowledged = ""
    total_acks = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop.ui.crash_child", str(db), review_id],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            saves = 0
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("SAVED "):
                    text = json.loads(line[len("SAVED ") :])
                    assert text.startswith(acknowledged)
                    acknowledged = text
                    saves += 1
                    total_acks += 1
                    if saves == SAVES_BEFORE_KILL:
                        child.send_signal(signal.SIGKILL)  # mid-typing of the next words
                        break
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        with Store(db) as store:
            found = store.get(review_id).get("obj01.assessment", "")
        assert found.startswith(acknowledged), "every acknowledged save is on disk"
        acknowledged = found  # the next run continues from what was really kept
    assert total_acks == KILLS * SAVES_BEFORE_KILL
    assert len(acknowledged) > 20

"""The application never touches the network: a whole session records no network call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_whole_session_opens_no_connection(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tests.network_child", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["events"] == [], "network calls: no socket, no URL, no browser"
    assert not [m for m in seen["qt"] if "QtNetwork" in m or "WebEngine" in m]
    assert (tmp_path / "r.pdf").exists() and (tmp_path / "blank.pdf").exists()

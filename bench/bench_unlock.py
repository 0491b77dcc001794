"""Opening an encrypted database at the start, against opening it plain, and the floor.

Three ways to open the database holding the sample review and list its
reviews, as the start screen does, alternating in one process:

- plain: ``Store(path)`` on the unencrypted database, then ``list()``;
- encrypted: ``unlock(path, passphrase)`` (Argon2id at 64 MiB, the key
  unwrapped and checked) then ``Store(path)`` on the encrypted copy, then
  ``list()``;
- floor: a bare ``sqlite3`` connection to the plain file and one query of the
  reviews table.

Then the same as whole processes, spawn to exit: ``gcm-review list`` on each
database (the encrypted one given its passphrase in ``GCM_REVIEW_PASSPHRASE``),
against a bare interpreter importing sqlite3. Medians are reported, with the
key derivation alone.

  uv run python bench/bench_unlock.py [RUNS]    # 21 runs unless told
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop import database_key, passphrase
from desktop.store import Store
from forms.sample import sample_answers
from forms.versions import CURRENT_VERSION

SECRET = "a passphrase for the benchmark"
SCRIPT = Path(sys.executable).parent / "gcm-review"


def _plain(path: Path) -> None:
    with Store(path) as store:
        store.list()


def _encrypted(path: Path) -> None:
    database_key.forget(path)
    passphrase.unlock(path, SECRET)
    with Store(path) as store:
        store.list()


def _floor(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT id, kind, revision FROM reviews").fetchall()
    conn.close()


def _derivation(path: Path) -> None:
    found = database_key.read_key_file(database_key.key_file(path))
    assert database_key.unwrap(found, SECRET) is not None


def _process(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, capture_output=True)


def main(runs: int = 21) -> None:
    folder = Path(tempfile.mkdtemp())
    plain, encrypted = folder / "plain.db", folder / "encrypted.db"
    with Store(plain) as store:
        store.create(sample_answers(store.form(CURRENT_VERSION)), sample=True)
    shutil.copy(plain, encrypted)
    passphrase.set_passphrase(encrypted, SECRET)
    cases = {
        "plain open + list": lambda: _plain(plain),
        "unlock + encrypted open + list": lambda: _encrypted(encrypted),
        "key derivation alone": lambda: _derivation(encrypted),
        "floor: sqlite3 connect + query": lambda: _floor(plain),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for run in range(runs + 2):
        for name, case in cases.items():
            start = time.perf_counter()
            case()
            if run >= 2:
                times[name].append(time.perf_counter() - start)
    print(f"in one process, {runs} runs each, alternating, medians")
    medians = {name: statistics.median(found) for name, found in times.items()}
    floor = medians["floor: sqlite3 connect + query"]
    base = medians["plain open + list"]
    for name, median in medians.items():
        print(f"  {name:<34}{median * 1000:8.2f} ms  {median / floor:7.1f}x the floor")
    print(f"  encrypted / plain open: {medians['unlock + encrypted open + list'] / base:.1f}x")

    env = {**os.environ, "HOME": str(folder), "GCM_REVIEW_PASSPHRASE": SECRET}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "gcm-review list, plain": [str(SCRIPT), "list", "--db", str(plain)],
        "gcm-review list, encrypted": [str(SCRIPT), "list", "--db", str(encrypted)],
        "floor: python -c 'import sqlite3'": [sys.executable, "-c", "import sqlite3"],
    }
    spawned: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            _process(command, env)
            if run >= 1:
                spawned[name].append(time.perf_counter() - start)
    print(f"whole processes, spawn to exit, {runs} runs each, alternating, medians")
    medians = {name: statistics.median(found) for name, found in spawned.items()}
    floor = medians["floor: python -c 'import sqlite3'"]
    for name, median in medians.items():
        print(f"  {name:<34}{median * 1000:8.1f} ms  {median / floor:7.2f}x the floor")
    plain_list, encrypted_list = (
        medians["gcm-review list, plain"],
        medians["gcm-review list, encrypted"],
    )
    print(
        f"  the passphrase adds {(encrypted_list - plain_list) * 1000:.0f} ms to a start"
        f" ({encrypted_list / plain_list:.2f}x)"
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)

"""Saving one answer: ``Store.save`` against a bare sqlite3 transaction (the floor).

The application saves one changed long-text answer of the sample review
(every section filled) in a real SQLite file: ``Store.save`` resolves the id,
checks the change, skips it if nothing changed, writes it and the review's new
completeness and revision in one transaction. The floor, on its own file with
the same pragmas (WAL, ``synchronous=FULL``, foreign keys on) and a copy of the
same rows, does one transaction that upserts one row in a table shaped like the
answers table and updates one row of the reviews table. The value alternates
between two texts, so that every save really writes. Runs alternate between
the two so that machine noise hits both alike; medians and p90 are reported.

The same save is also timed on a copy of the database encrypted with a
passphrase (SQLCipher, ``desktop.passphrase``), in the same alternation: its
ratio to the plain save is the price of the encryption.

  uv run python bench/bench_save.py [RUNS]    # 300 runs unless told
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import desktop
from desktop.passphrase import set_passphrase
from desktop.store import Store, utc_now
from forms.sample import sample_answers
from forms.versions import CURRENT_VERSION

WARM_UP = 20
FLOOR_SCHEMA = """
CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'review',
    form_key TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    percent INTEGER,
    percent_basis TEXT
);
CREATE TABLE answers (
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (review_id, key)
) WITHOUT ROWID;
"""
REVIEW_COLUMNS = (
    "id, kind, form_key, form_version, sample, revision, created, updated, percent, percent_basis"
)


def floor_database(path: Path, app: Path) -> sqlite3.Connection:
    """A bare connection on ``path``, with the same pragmas and a copy of the app's rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(FLOOR_SCHEMA)
    source = sqlite3.connect(app)
    reviews = source.execute(f"SELECT {REVIEW_COLUMNS} FROM reviews").fetchall()
    answers = source.execute("SELECT review_id, key, value, updated FROM answers").fetchall()
    source.close()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES ({'?, ' * 9}?)", reviews)
    conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", answers)
    conn.execute("COMMIT")
    return conn


def floor_save(conn: sqlite3.Connection, review_id: str, key: str, value: str) -> None:
    """One transaction: upsert one answer row, update the review's row."""
    now = utc_now()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO answers (review_id, key, value, updated) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (review_id, key)"
        " DO UPDATE SET value = excluded.value, updated = excluded.updated",
        [review_id, key, value, now],
    )
    conn.execute(
        "UPDATE reviews SET revision = revision + 1, updated = ? WHERE id = ?", [now, review_id]
    )
    conn.execute("COMMIT")


def p90(times: list[float]) -> float:
    return statistics.quantiles(times, n=10)[-1]


def main(runs: int = 300) -> None:
    print(f"desktop: {desktop.__file__}")
    folder = Path(tempfile.mkdtemp())
    store = Store(folder / "app.db")
    form = store.form(CURRENT_VERSION)
    review = store.create(sample_answers(form), sample=True)
    key = next(
        ref.key
        for ref in form.refs()
        if ref.field.type == "longtext" and isinstance(review.answers.get(ref.key), str)
    )
    texts = (review.answers[key], review.answers[key] + " (edited)")
    floor = floor_database(folder / "floor.db", store.path)
    store.close()
    shutil.copy(folder / "app.db", folder / "encrypted.db")
    set_passphrase(folder / "encrypted.db", "a passphrase for the benchmark")
    store = Store(folder / "app.db")
    encrypted = Store(folder / "encrypted.db")
    encoded = tuple(json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in texts)
    app_times: list[float] = []
    encrypted_times: list[float] = []
    floor_times: list[float] = []
    for run in range(WARM_UP + runs):
        value = (run + 1) % 2  # the stored text is texts[0]: the first save writes texts[1]
        start = time.perf_counter()
        store.save(review.id, {key: texts[value]})
        app = time.perf_counter() - start
        start = time.perf_counter()
        encrypted.save(review.id, {key: texts[value]})
        secret = time.perf_counter() - start
        start = time.perf_counter()
        floor_save(floor, review.id, key, encoded[value])
        bare = time.perf_counter() - start
        if run >= WARM_UP:
            app_times.append(app)
            encrypted_times.append(secret)
            floor_times.append(bare)
    revision = store.get(review.id).revision
    assert encrypted.get(review.id).revision == revision
    store.close()
    encrypted.close()
    floor.close()
    shutil.rmtree(folder, ignore_errors=True)
    assert revision == 1 + WARM_UP + runs, "every save should have written"
    app_median, floor_median = statistics.median(app_times), statistics.median(floor_times)
    app_p90, floor_p90 = p90(app_times), p90(floor_times)
    print(
        f"save one longtext answer ({key}) of the sample review: {len(review.answers)} answers,"
        f" {runs} runs after {WARM_UP} warm-up, alternating"
    )
    print(f"  save   median {app_median * 1000:6.2f} ms   p90 {app_p90 * 1000:6.2f} ms")
    print(f"  floor  median {floor_median * 1000:6.2f} ms   p90 {floor_p90 * 1000:6.2f} ms")
    print(f"  ratio  median {app_median / floor_median:6.2f}x    p90 {app_p90 / floor_p90:6.2f}x")
    secret_median, secret_p90 = statistics.median(encrypted_times), p90(encrypted_times)
    print(
        f"  encrypted save  median {secret_median * 1000:6.2f} ms   p90 {secret_p90 * 1000:6.2f} ms"
    )
    print(
        f"  encrypted / plain save  median {secret_median / app_median:6.2f}x"
        f"    p90 {secret_p90 / app_p90:6.2f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

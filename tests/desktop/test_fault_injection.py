"""Fault injection: kill -9 at random moments and full disks never lose what was saved.

Every command that writes (``set``, ``import``, ``merge``, ``backup``, ``restore``) and the
window while someone types is killed with SIGKILL at seeded random delays drawn over the
measured duration of an uninterrupted run (half of them near the moment its first write
began). After each kill the database is sound, every acknowledged save is in it, an import
or a merge is all or nothing, every backup is sound and a restore left the database as it
was or as the backup. The children write ``begin PID`` / ``commit PID`` around each
outermost transaction to the file named by GCM_REVIEW_WRITE_TRACE: a kill whose pid began a
transaction without committing it landed mid-write. A few more kills of the commands that
write through a transaction are made at a random moment within the measured length of a
transaction after its traced ``begin``, so that kills inside transactions are never left to
chance. A loop of ``set`` runs while ``restore`` runs. Full disks: SQLite's
``max_page_count`` in process, and a real 2 MiB tmpfs for exports and backups.
``pytest -s`` shows the figures.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest

from desktop.backups import check_file, create_backup, list_backups
from desktop.connection import WriteError
from desktop.store import Store
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.errors import UserError
from forms.loader import load_form
from forms.review import Review
from forms.sample import sample_answers
from tests.support import real_answers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and tmpfs")

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "gcm-review"
TRACE_ENV = "GCM_REVIEW_WRITE_TRACE"
SEED = 14
#: Kills wanted per command at a delay drawn over the run (at least 200 in all).
KILLS = {"set": 60, "import": 40, "merge": 40, "backup": 35, "restore": 35, "window": 30}
#: Kills on top of those, each made during the first transaction: a random moment within the
#: measured length of that transaction after the child traced its ``begin``.
AT_WRITE = {"set": 15, "import": 10, "merge": 10, "window": 8}
#: The seconds the kills of each command may take at most.
BUDGET = {"set": 35, "import": 45, "merge": 45, "backup": 20, "restore": 30, "window": 50}
#: Half the delays fall within this many seconds of the moment the first write began.
FOCUS = 0.02
#: How many uninterrupted runs measure a command's duration.
MEASURED_RUNS = 5
#: The figures of every kill test, for the closing summary.
TALLY: dict[str, Tally] = {}


# -- killing ------------------------------------------------------------------------------
@dataclass
class Outcome:
    """One child run: when it was killed (if it was) and what it had printed."""

    delay: float
    killed: bool
    mid_write: bool
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Tally:
    """What the kills of one command found."""

    command: str
    attempts: int = 0
    kills: int = 0
    mid_write: int = 0
    at_write: int = 0
    at_write_mid_write: int = 0
    mid_copy: int = 0
    failures: list[str] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)

    def count(self, outcome: Outcome, at_write: bool = False) -> None:
        self.attempts += 1
        self.kills += outcome.killed
        self.mid_write += outcome.mid_write
        if at_write:
            self.at_write += outcome.killed
            self.at_write_mid_write += outcome.mid_write

    def fail(self, outcome: Outcome, message: str) -> None:
        self.failures.append(
            f"{self.command} run {self.attempts} (kill at {outcome.delay * 1000:.1f} ms,"
            f" {'killed' if outcome.killed else f'exit {outcome.returncode}'}"
            f"{', mid-write' if outcome.mid_write else ''}): {message}"
        )

    def line(self) -> str:
        notes = ", ".join(f"{name} {n}" for name, n in sorted(self.notes.items()))
        timed = self.kills - self.at_write
        return (
            f"{self.command:<8} {self.kills:>3} kills in {self.attempts:>3} runs"
            f" ({timed} at a drawn delay: {self.mid_write - self.at_write_mid_write} mid-write;"
            f" {self.at_write} at a traced begin: {self.at_write_mid_write} mid-write),"
            f" {self.mid_copy} mid-copy, {len(self.failures)} failures"
            + (f" ({notes})" if notes else "")
        )

    def finish(self) -> None:
        TALLY[self.command] = self
        print(f"\nfault injection: {self.line()}")
        for failure in self.failures:
            print(f"  FAILURE {failure}")

    def check(self) -> None:
        assert not self.failures, "\n".join(self.failures[:10])
        assert self.kills > 0, f"no {self.command} run was killed"


def _env(trace: Path) -> dict[str, str]:
    return {**os.environ, TRACE_ENV: str(trace), "QT_QPA_PLATFORM": "offscreen"}


def _traced(trace: Path, pid: int) -> tuple[int, int]:
    """How many transactions process ``pid`` began, and how many it committed."""
    try:
        lines = trace.read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        return 0, 0
    return lines.count(f"begin {pid}"), lines.count(f"commit {pid}")


def _began_without_commit(trace: Path, pid: int) -> bool:
    begins, commits = _traced(trace, pid)
    return begins > commits


def _kill_after(
    args: list[str], delay: float, trace: Path, after_begin: float | None = None
) -> Outcome:
    """Run ``gcm-review ARGS`` and SIGKILL it ``delay`` seconds after its start.

    With ``after_begin``, it is killed that long after it traced its first ``begin``.
    """
    trace.unlink(missing_ok=True)
    start = time.perf_counter()
    child = subprocess.Popen(
        [str(SCRIPT), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=_env(trace),
    )
    try:
        if after_begin is None:
            time.sleep(max(0.0, start + delay - time.perf_counter()))
        else:
            while child.poll() is None and not trace.exists():
                time.sleep(0.0001)
            until = time.perf_counter() + after_begin
            while time.perf_counter() < until:  # sub-millisecond: spin
                pass
            delay = time.perf_counter() - start
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=90)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    killed = child.returncode == -signal.SIGKILL
    mid_write = killed and _began_without_commit(trace, child.pid)
    return Outcome(delay, killed, mid_write, child.returncode, out, err)


@dataclass
class Timing:
    """When to kill a command: measured on uninterrupted runs, drawn with a seeded rng."""

    rng: random.Random
    duration: float
    #: When the first write (the first traced ``begin``, or a copy) began, None when never.
    write_at: float | None
    #: How long the first traced transaction lasted, None for an untraced command.
    write_time: float | None

    def delay(self) -> float:
        """A delay over the run; half of them within FOCUS of the moment the write began."""
        if self.write_at is not None and self.rng.random() < 0.5:
            low = max(0.0, self.write_at - FOCUS)
            return self.rng.uniform(low, min(self.duration, self.write_at + FOCUS))
        return self.rng.uniform(0.0, self.duration)

    def kill(self, args: list[str], trace: Path, at_write: bool = False) -> Outcome:
        """Run and kill ``gcm-review ARGS``; ``at_write``: during its first transaction."""
        if at_write and self.write_time is not None:
            return _kill_after(args, 0.0, trace, self.rng.uniform(0.0, self.write_time))
        return _kill_after(args, self.delay(), trace)


def _measure(
    command: str,
    args_for: Callable[[], list[str]],
    trace: Path,
    started: Callable[[], bool] | None = None,
) -> Timing:
    """Time uninterrupted runs of a command: how long they take and when their write begins.

    The write begins when ``started()`` first holds (by default: when a ``begin`` is traced);
    for a traced write, how long its first transaction lasts is measured too.
    """
    durations, writes, lengths = [], [], []
    for _ in range(MEASURED_RUNS):
        args = args_for()
        trace.unlink(missing_ok=True)
        start = time.perf_counter()
        child = subprocess.Popen(
            [str(SCRIPT), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(trace)
        )
        begun = committed = None
        while child.poll() is None:
            now = time.perf_counter() - start
            if begun is None and (started or trace.exists)():
                begun = now
            traced = started is None and begun is not None and committed is None
            if traced and "commit" in trace.read_text(encoding="ascii"):
                committed = now
            time.sleep(0.0002)
        durations.append(time.perf_counter() - start)
        stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
        assert child.returncode == 0, f"uninterrupted {args[0]} failed: {stderr}"
        if begun is not None:
            writes.append(begun)
        if committed is not None and begun is not None:
            lengths.append(committed - begun)
    timing = Timing(
        random.Random(f"{SEED}-{command}"),
        statistics.median(durations),
        statistics.median(writes) if writes else None,
        max(statistics.median(lengths), 0.0005) if lengths else None,
    )
    lasts = f", lasts {timing.write_time * 1000:.1f} ms" if timing.write_time else ""
    print(
        f"\n{command}: an uninterrupted run takes {timing.duration * 1000:.0f} ms;"
        f" its first {'transaction' if started is None else 'copy'} begins at"
        f" {(timing.write_at or 0) * 1000:.0f} ms{lasts}"
    )
    return timing


def _kill_loop(command: str, attempt: Callable[[Tally, bool], None]) -> Tally:
    """Attempts until the kills wanted are made (or the budget is spent).

    ``attempt(tally, at_write)``: at_write asks for a kill during the first transaction.
    """
    tally = Tally(command)
    deadline = time.monotonic() + BUDGET[command]
    timed, at_write = KILLS[command], AT_WRITE.get(command, 0)
    try:
        while time.monotonic() < deadline and tally.attempts < 3 * (timed + at_write):
            timed_left = tally.kills - tally.at_write < timed
            at_write_left = tally.at_write < at_write
            if not (timed_left or at_write_left):
                break
            attempt(tally, at_write_left and (not timed_left or tally.attempts % 4 == 3))
    finally:
        tally.finish()
    return tally


# -- what the files hold --------------------------------------------------------------------
def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of the reviews, answers and contributions, in a fixed order."""
    conn = _connect(db)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("reviews", "answers", "contributions")
        }
    finally:
        conn.close()


def _answers(db: Path, review_id: str) -> tuple[int | None, dict[str, object]]:
    """The revision of a review (None when there is none) and its answers."""
    conn = _connect(db)
    try:
        row = conn.execute("SELECT revision FROM reviews WHERE id = ?", [review_id]).fetchone()
        answers = {
            key: json.loads(value)
            for key, value in conn.execute(
                "SELECT key, value FROM answers WHERE review_id = ?", [review_id]
            )
        }
    finally:
        conn.close()
    return (row[0] if row else None), answers


def _unsound_backups(db: Path) -> list[str]:
    problems = []
    for backup in list_backups(db):
        problem = check_file(backup.path)
        if problem is not None:
            problems.append(f"{backup.path.name}: {problem}")
    return problems


def _leftovers(db: Path) -> set[tuple[str, int]]:
    """Files a copy writes before it takes its name (a backup's ``.part``, ``.restoring``)."""
    paths = [db.with_name(db.name + ".restoring")]
    folder = db.parent / "backups"
    if folder.is_dir():
        paths += folder.glob("*.part")
    found = set()
    for path in paths:
        with suppress(FileNotFoundError):
            found.add((path.name, path.stat().st_mtime_ns))
    return found


def _check_files(tally: Tally, outcome: Outcome, db: Path) -> None:
    problem = check_file(db)
    if problem is not None:
        tally.fail(outcome, f"the database fails its check: {problem}")
    for problem in _unsound_backups(db):
        tally.fail(outcome, f"a backup fails its check: {problem}")


class Workbooks:
    """Exported workbooks, each a review of its own, written when the previous one was used."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.form = load_form()
        self.folder = folder
        self.prefix = prefix
        self.numbers = count()
        self.path, self.review_id, self.shared = self._write()

    def _write(self) -> tuple[Path, str, dict]:
        number = next(self.numbers)
        review_id = f"{self.prefix}-0000-4000-8000-{number:012d}"
        answers = real_answers(self.form)  # a real review: sample files are refused
        answers["obj01.assessment"] = f"Workbook {number} of {self.prefix}."
        path = self.folder / f"{self.prefix}-{number}.xlsx"
        write_workbook(self.form, Review(review_id, self.form.version, answers), path)
        shared = read_workbook(path, lambda _version: self.form).answers  # what the file holds
        return path, review_id, shared

    def used(self) -> None:
        self.path, self.review_id, self.shared = self._write()


# -- kill -9 ------------------------------------------------------------------------------
def _new_db(tmp_path: Path, name: str = "reviews.db") -> tuple[Path, str]:
    db = tmp_path / name
    with Store(db) as store:
        review_id = store.create({"profile.country": "Veridia", "profile.organisation": "AME"}).id
    return db, review_id


def test_kill_9_during_set_loses_no_acknowledged_save(tmp_path):
    db, review_id = _new_db(tmp_path)
    form = load_form()
    keys = [k for k in form.answer_keys() if re.fullmatch(r"obj\d+\.assessment", k)]
    assert all(form.ref(k).field.max_length >= 30000 for k in keys)
    trace = tmp_path / "trace"
    numbers = count()

    def change() -> tuple[str, str]:
        number = next(numbers)
        return keys[number % len(keys)], f"set {number}: " + "données عربي word " * 1500

    def args_for() -> list[str]:
        return ["set", review_id, *change(), "--db", str(db)]

    timing = _measure("set", args_for, trace)
    revision, state = _answers(db, review_id)

    def attempt(tally: Tally, at_write: bool) -> None:
        nonlocal revision, state
        key, value = change()
        outcome = timing.kill(["set", review_id, key, value, "--db", str(db)], trace, at_write)
        tally.count(outcome, at_write)
        acknowledged = re.search(rf"saved {re.escape(key)} \(revision (\d+)\)", outcome.stdout)
        if not outcome.killed and outcome.returncode != 0:
            tally.fail(outcome, f"set failed: {outcome.stderr.strip()}")
        _check_files(tally, outcome, db)
        now_revision, now = _answers(db, review_id)
        if now == {**state, key: value} and now_revision == revision + 1:
            tally.notes["saved"] += 1
            if acknowledged:
                tally.notes["acknowledged"] += 1
                if int(acknowledged[1]) != now_revision:
                    tally.fail(outcome, f"acknowledged revision {acknowledged[1]}, {now_revision}")
        elif now == state and now_revision == revision:
            tally.notes["not saved"] += 1
            if acknowledged:
                tally.fail(outcome, f"the acknowledged save of {key} is not in the database")
        else:
            changed = sorted(k for k in {*now, *state} if now.get(k) != state.get(k))
            tally.fail(outcome, f"revision {revision} -> {now_revision}, changed {changed}")
        revision, state = now_revision, now

    tally = _kill_loop("set", attempt)
    tally.check()


def test_kill_9_during_import_leaves_all_of_the_file_or_none(tmp_path):
    db, _ = _new_db(tmp_path)
    books = Workbooks(tmp_path, "00000000")
    trace = tmp_path / "trace"

    def args_for() -> list[str]:
        books.used()
        return ["import", str(books.path), "--db", str(db)]

    timing = _measure("import", args_for, trace)
    books.used()
    reviews = len(_dump(db)["reviews"])

    def attempt(tally: Tally, at_write: bool) -> None:
        nonlocal reviews
        before = _leftovers(db)
        outcome = timing.kill(["import", str(books.path), "--db", str(db)], trace, at_write)
        tally.count(outcome, at_write)
        tally.mid_copy += outcome.killed and bool(_leftovers(db) - before)
        if not outcome.killed and outcome.returncode != 0:
            tally.fail(outcome, f"import failed: {outcome.stderr.strip()}")
        _check_files(tally, outcome, db)
        revision, answers = _answers(db, books.review_id)
        now = len(_dump(db)["reviews"])
        if revision is None and not answers and now == reviews:
            tally.notes["none"] += 1
        elif revision is not None and answers == books.shared and now == reviews + 1:
            tally.notes["all"] += 1
            books.used()
        else:
            tally.notes["partial"] += 1
            tally.fail(
                outcome,
                f"partial import: revision {revision}, {len(answers)} of"
                f" {len(books.shared)} answers, {now - reviews} new reviews",
            )
            books.used()
        reviews = now

    tally = _kill_loop("import", attempt)
    tally.check()


def test_kill_9_during_merge_adds_the_whole_contribution_or_none(tmp_path):
    db = tmp_path / "coalition.db"
    name = "Fault Coalition"
    with Store(db) as store:
        coalition_id = store.coalition(name)
    books = Workbooks(tmp_path, "10000000")
    trace = tmp_path / "trace"

    def merge_args() -> list[str]:
        return ["merge", str(books.path), "--coalition", name, "--db", str(db)]

    def args_for() -> list[str]:
        books.used()
        return merge_args()

    timing = _measure("merge", args_for, trace)
    books.used()

    def contributions() -> dict[str, tuple]:
        return {row[1]: row for row in _dump(db)["contributions"]}

    revision, kept = _answers(db, coalition_id)[0], contributions()

    def attempt(tally: Tally, at_write: bool) -> None:
        nonlocal revision, kept
        before = _leftovers(db)
        outcome = timing.kill(merge_args(), trace, at_write)
        tally.count(outcome, at_write)
        tally.mid_copy += outcome.killed and bool(_leftovers(db) - before)
        if not outcome.killed and outcome.returncode != 0:
            tally.fail(outcome, f"merge failed: {outcome.stderr.strip()}")
        _check_files(tally, outcome, db)
        coalitions = [r for r in _dump(db)["reviews"] if r[1] == "coalition"]
        if len(coalitions) != 1:
            tally.fail(outcome, f"{len(coalitions)} coalition reviews")
        now_revision, now = _answers(db, coalition_id)[0], contributions()
        others = {k: v for k, v in now.items() if k != books.review_id}
        if others != kept:
            tally.fail(outcome, "other contributions changed")
        added = now.get(books.review_id)
        if added is None and now_revision == revision:
            tally.notes["none"] += 1
        elif (
            added is not None
            and json.loads(added[5]) == books.shared
            and now_revision == revision + 1
        ):
            tally.notes["all"] += 1
            books.used()
        else:
            tally.notes["partial"] += 1
            tally.fail(
                outcome,
                f"partial merge: contribution {'present' if added else 'absent'},"
                f" coalition revision {revision} -> {now_revision}",
            )
            books.used()
        revision, kept = now_revision, now

    tally = _kill_loop("merge", attempt)
    tally.check()


def _db_with_reviews(tmp_path: Path, reviews: int) -> Path:
    """A database of several full reviews (about 100 KB each): copies take a while."""
    form = load_form()
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        for number in range(reviews):
            answers = sample_answers(form)
            answers["obj01.assessment"] = f"Review {number}."
            store.import_review(None, form.version, 1, answers)
    return db


def test_kill_9_during_backup_leaves_only_sound_backups(tmp_path):
    db = _db_with_reviews(tmp_path, 8)
    contents = _dump(db)
    trace = tmp_path / "trace"
    folder = db.parent / "backups"

    def copying() -> bool:
        return folder.is_dir() and any(folder.glob("*.part"))

    args = ["backup", "--db", str(db)]
    timing = _measure("backup", lambda: args, trace, copying)

    def attempt(tally: Tally, _at_write: bool) -> None:
        before = _leftovers(db)
        outcome = timing.kill(args, trace)
        tally.count(outcome)
        tally.mid_copy += outcome.killed and bool(_leftovers(db) - before)
        if not outcome.killed and outcome.returncode != 0:
            tally.fail(outcome, f"backup failed: {outcome.stderr.strip()}")
        _check_files(tally, outcome, db)
        if _dump(db) != contents:
            tally.fail(outcome, "a backup changed the database")
        tally.notes["backups kept"] = len(list_backups(db))

    tally = _kill_loop("backup", attempt)
    tally.check()


def test_kill_9_during_restore_leaves_the_database_as_before_or_as_the_backup(tmp_path):
    db = _db_with_reviews(tmp_path, 8)
    review_id = _dump(db)["reviews"][0][0]
    trace = tmp_path / "trace"
    numbers = count()

    def prepare() -> tuple[Path, dict, dict]:
        """A fresh backup, then a change after it: the two states a restore may leave."""
        number = next(numbers)
        with Store(db) as store:
            store.save(review_id, {"obj01.assessment": f"In the backup {number}."})
        backup = create_backup(db, "manual")
        with Store(db) as store:
            store.save(review_id, {"obj01.assessment": f"After the backup {number}."})
        return backup, _dump(db), _dump(backup)

    def restoring() -> bool:
        return bool(_leftovers(db))

    def args_for() -> list[str]:
        return ["restore", str(prepare()[0]), "--db", str(db)]

    timing = _measure("restore", args_for, trace, restoring)

    def attempt(tally: Tally, _at_write: bool) -> None:
        backup, before, restored = prepare()
        kept_before = {b.path for b in list_backups(db) if b.reason == "before-restore"}
        left_before = _leftovers(db)
        args = ["restore", str(backup), "--db", str(db)]
        outcome = timing.kill(args, trace)
        tally.count(outcome)
        if not outcome.killed and outcome.returncode != 0:
            tally.fail(outcome, f"restore failed: {outcome.stderr.strip()}")
        _check_files(tally, outcome, db)
        kept_now = {b.path for b in list_backups(db) if b.reason == "before-restore"}
        left_now = _leftovers(db)
        if check_file(db) is not None:
            return
        now = _dump(db)
        if now == restored:
            tally.notes["restored"] += 1
        elif now == before:
            tally.notes["as before"] += 1
            if not outcome.killed and outcome.returncode == 0:
                tally.fail(outcome, "restore said it restored, the database is as before")
        else:
            tally.fail(outcome, "the database is neither as before nor as the backup")
        if outcome.killed and (
            left_now - left_before or (kept_now - kept_before and now == before)
        ):
            tally.mid_copy += 1

    tally = _kill_loop("restore", attempt)
    tally.check()


@dataclass
class WindowRun:
    started: bool
    killed: bool
    mid_write: bool
    saved: list[str]
    started_at: float
    ready_at: float
    saved_at: list[float]
    stderr: str
    #: How long its transactions lasted (measured only when killed after ``saves`` saves).
    write_times: list[float]


def _window(
    db: Path,
    review_id: str,
    trace: Path,
    log: Path,
    delay: float | None,
    saves: int = 0,
    after_begin: float | None = None,
) -> WindowRun:
    """The crash test's child (the real window typing into an objective), killed by SIGKILL.

    Killed ``delay`` seconds after it is ready; with ``after_begin``, that long after the
    next transaction it traces begins; with neither, after ``saves`` saves.
    """
    write_times: list[float] = []
    trace.unlink(missing_ok=True)
    lines: list[tuple[float, str]] = []
    ready, enough = threading.Event(), threading.Event()
    started_at = time.perf_counter()
    with open(log, "w", encoding="utf-8") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop.ui.crash_child", str(db), review_id],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            encoding="utf-8",
            env=_env(trace),
        )

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                lines.append((time.perf_counter(), line))
                if line.startswith("READY"):
                    ready.set()
                if saves and sum(text.startswith("SAVED ") for _, text in lines) >= saves:
                    enough.set()
            ready.set()
            enough.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            started = ready.wait(60) and child.poll() is None
            ready_at = time.perf_counter()
            if started and after_begin is not None:
                begins = _traced(trace, child.pid)[0]
                while child.poll() is None and _traced(trace, child.pid)[0] == begins:
                    time.sleep(0.0001)
                until = time.perf_counter() + after_begin
                while time.perf_counter() < until:  # sub-millisecond: spin
                    pass
            elif started and delay is None:
                counts, began = (0, 0), 0.0
                while not enough.wait(0.0002) and time.perf_counter() - ready_at < 60:
                    now = _traced(trace, child.pid)
                    if now[0] > counts[0]:
                        began = time.perf_counter()
                    if now[1] > counts[1]:
                        write_times.append(time.perf_counter() - began)
                    counts = now
            elif started and delay is not None:
                time.sleep(delay)
            if child.poll() is None:  # (one that did not start is killed all the same)
                child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            reader.join(timeout=10)
    saved = [
        (at, json.loads(text[len("SAVED ") :])) for at, text in lines if text.startswith("SAVED ")
    ]
    killed = child.returncode == -signal.SIGKILL
    return WindowRun(
        started,
        killed,
        killed and _began_without_commit(trace, child.pid),
        [text for _, text in saved],
        started_at,
        ready_at,
        [at for at, _ in saved],
        log.read_text(encoding="utf-8", errors="replace")[-2000:],
        write_times,
    )


def test_kill_9_while_typing_in_the_window_loses_no_acknowledged_save(tmp_path):
    db, review_id = _new_db(tmp_path)
    trace, log = tmp_path / "trace", tmp_path / "window.log"
    key = "obj01.assessment"
    rng = random.Random(f"{SEED}-window")
    first = _window(db, review_id, trace, log, None, saves=8)  # uninterrupted: 8 saves
    assert first.started and len(first.saved) >= 8, first.stderr
    duration = first.saved_at[7] - first.ready_at
    write_time = max(statistics.median(first.write_times or [0.001]), 0.0005)
    print(
        f"\nwindow: ready after {(first.ready_at - first.started_at) * 1000:.0f} ms,"
        f" 8 saves take {duration * 1000:.0f} ms, each lasts {write_time * 1000:.1f} ms"
    )
    kept = _answers(db, review_id)[1].get(key, "")
    assert isinstance(kept, str) and kept.startswith(first.saved[-1])
    unstarted = 0

    def attempt(tally: Tally, at_write: bool) -> None:
        nonlocal kept, unstarted
        if at_write:
            offset = rng.uniform(0.0, write_time)
            run = _window(db, review_id, trace, log, None, after_begin=offset)
        else:
            offset = rng.uniform(0.0, duration)
            run = _window(db, review_id, trace, log, offset)
        outcome = Outcome(offset, run.killed, run.mid_write, 0, "", run.stderr)
        tally.count(outcome, at_write)
        if not run.started:
            unstarted += 1
            tally.fail(outcome, f"the window did not start: {run.stderr.strip()[-500:]}")
            return
        tally.notes["saves shown"] += len(run.saved)
        _check_files(tally, outcome, db)
        acknowledged = run.saved[-1] if run.saved else kept
        found = _answers(db, review_id)[1].get(key, "")
        if not isinstance(found, str) or not found.startswith(acknowledged):
            tally.fail(outcome, f"acknowledged {acknowledged[-40:]!r}, stored {found!r:.60}")
        elif not found.startswith(kept):
            tally.fail(outcome, "text kept before this run is gone")
        kept = found if isinstance(found, str) else kept
        tally.notes["characters kept"] = len(kept)

    def bounded(tally: Tally, at_write: bool) -> None:
        if unstarted < 3:  # a window that cannot start fails three times, not thirty
            attempt(tally, at_write)
        else:
            tally.attempts += 100 * KILLS["window"]

    tally = _kill_loop("window", bounded)
    tally.check()


# -- restore while set runs -----------------------------------------------------------------
RESTORES = 4


def test_restore_during_a_loop_of_set_loses_no_acknowledged_save(tmp_path):
    db, review_id = _new_db(tmp_path)
    backup = create_backup(db, "manual")
    form = load_form()
    keys = [
        k
        for k in form.answer_keys()
        if not k.startswith("profile.") and form.ref(k).field.type in ("text", "longtext")
    ]
    acknowledged: list[tuple[str, str]] = []
    refused: list[str] = []
    restores_done = threading.Event()

    def loop() -> None:
        after = 0
        for number, key in enumerate(keys):
            value = f"acknowledged {number}"
            result = subprocess.run(
                [str(SCRIPT), "set", review_id, key, value, "--db", str(db)],
                capture_output=True,
                text=True,
                timeout=90,
            )
            if re.search(rf"^saved {re.escape(key)} \(revision \d+\)", result.stdout, re.M):
                acknowledged.append((key, value))
            else:
                refused.append(f"exit {result.returncode}: {result.stderr.strip()}")
            after += restores_done.is_set()
            if after >= 3:
                return

    setter = threading.Thread(target=loop, daemon=True)
    setter.start()
    rng = random.Random(f"{SEED}-concurrent")
    kept: list[Path] = []
    restore_errors = []
    try:
        for _ in range(RESTORES):
            time.sleep(rng.uniform(0.2, 0.6))
            result = subprocess.run(
                [str(SCRIPT), "restore", str(backup), "--db", str(db)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if result.returncode != 0:
                restore_errors.append(result.stderr.strip())
            match = re.search(r"kept as (.+)$", result.stdout, re.M)
            if match:
                kept.append(Path(match[1].strip()))
    finally:
        restores_done.set()
        setter.join(timeout=240)
    final = _answers(db, review_id)[1]
    in_backups = [_answers(path, review_id)[1] for path in kept if path.is_file()]
    lost = [
        (key, value)
        for key, value in acknowledged
        if final.get(key) != value and all(answers.get(key) != value for answers in in_backups)
    ]
    print(
        f"\nrestore during set: {len(acknowledged)} saves acknowledged, {len(refused)} refused,"
        f" {len(kept)} of {RESTORES} restores kept a before-restore backup,"
        f" {len(lost)} acknowledged saves lost: {lost}"
    )
    for refusal in refused:
        print(f"  refused set: {refusal}")
    assert not setter.is_alive(), "the loop of set did not end"
    assert not restore_errors, restore_errors
    assert len(kept) == RESTORES, "each restore keeps the database it replaced"
    assert check_file(db) is None and not _unsound_backups(db)
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged saves lost: {lost}"


# -- disk full: SQLite's page limit ---------------------------------------------------------
BIG = "données عربي word " * 1600  # 28,800 characters, within an assessment's 30,000


def _writes(store: Store, review_id: str, coalition_id: str) -> dict[str, Callable[[], object]]:
    form = load_form()
    answers = sample_answers(form)
    return {
        "save": lambda: store.save(review_id, {"obj01.assessment": BIG}),
        "import_review": lambda: store.import_review(
            "20000000-0000-4000-8000-000000000001", form.version, 1, answers
        ),
        "add_contribution": lambda: store.add_contribution(
            coalition_id, "20000000-0000-4000-8000-000000000002", "Member", 1, answers, "m.xlsx"
        ),
    }


@pytest.mark.parametrize("write", ["save", "import_review", "add_contribution"])
def test_a_full_database_refuses_the_write_and_changes_nothing(tmp_path, write):
    db = tmp_path / "reviews.db"
    store = Store(db)
    try:
        review_id = store.create({"profile.country": "Veridia"}).id
        coalition_id = store.coalition("Full Coalition")
        before = _dump(db)
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(WriteError) as refused:
            _writes(store, review_id, coalition_id)[write]()
        assert isinstance(refused.value, UserError)
        print(f"\nfull database, {write}: {refused.value}")
        assert check_file(db) is None
        assert _dump(db) == before, "a refused write changes nothing"
        store.db.conn.execute("PRAGMA max_page_count = 4294967294")
        _writes(store, review_id, coalition_id)[write]()
        assert check_file(db) is None
        after = _dump(db)
        assert after != before, "with room again, the write goes through"
        if write == "save":
            assert store.get(review_id).get("obj01.assessment") == BIG
        elif write == "import_review":
            assert len(store.get("20000000-0000-4000-8000-000000000001").answers) > 100
        else:
            assert len(store.contributions(coalition_id)) == 1
    finally:
        store.close()


# -- disk full: ENOSPC on a small tmpfs -----------------------------------------------------
@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 2 MiB tmpfs (needs root), unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(mount: Path, leave: int = 0) -> None:
    """Write a file until the disk is full, then free ``leave`` bytes of it."""
    filler = mount / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError as err:
            assert err.errno == errno.ENOSPC, err
        if leave:
            handle.truncate(filler.stat().st_size - leave)
    assert (shutil.disk_usage(mount).free == 0) == (leave == 0)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _one_error_line(result: subprocess.CompletedProcess) -> list[str]:
    """What is wrong with a refusal's exit code and stderr (empty when it is one clean line)."""
    problems = []
    if result.returncode != 2:
        problems.append(f"exit {result.returncode}")
    lines = result.stderr.splitlines()
    if len(lines) != 1 or not lines[0].startswith("error:"):
        problems.append(f"{len(lines)} stderr lines")
    for noise in ("Traceback", "Exception ignored"):
        if noise in result.stderr:
            problems.append(noise)
    return problems


EXPORTS = {
    "export-pdf": ["export", "{id}", "--pdf", "{out}/report.pdf"],
    "export-xlsx": ["export", "{id}", "--xlsx", "{out}/report.xlsx"],
    "template-xlsx": ["template", "-o", "{out}/blank.xlsx"],
    "template-pdf": ["template", "--pdf", "-o", "{out}/blank.pdf"],
}


@pytest.mark.parametrize("command", list(EXPORTS))
def test_an_export_onto_a_full_disk_fails_cleanly_and_leaves_no_file(tmp_path, small_disk, command):
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        review_id = store.create(sample_answers(load_form()), sample=True).id
    _fill(small_disk)
    args = [part.format(id=review_id, out=small_disk) for part in EXPORTS[command]]
    result = subprocess.run(
        [str(SCRIPT), *args, "--db", str(db)], capture_output=True, text=True, timeout=180
    )
    print(f"\nENOSPC {command}: exit {result.returncode}, stderr {result.stderr!r}")
    assert _files(small_disk) == ["filler"], "no partial file is left"
    assert check_file(db) is None
    assert not _one_error_line(result), f"{_one_error_line(result)}: {result.stderr}"


def test_a_backup_onto_a_full_disk_fails_cleanly_and_changes_nothing(tmp_path, small_disk):
    db = small_disk / "reviews.db"
    shutil.copyfile(_db_with_reviews(tmp_path, 4), db)  # written on a roomy disk
    size = db.stat().st_size
    assert 400_000 < size < 1_500_000, size
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    files = _files(small_disk)
    _fill(small_disk, leave=160 * 1024)  # room to open the database, not to copy it
    result = subprocess.run(
        [str(SCRIPT), "backup", "--db", str(db)], capture_output=True, text=True, timeout=120
    )
    print(f"\nENOSPC backup of {size} bytes: exit {result.returncode}, stderr {result.stderr!r}")
    left = [f for f in _files(small_disk) if f not in files and f != "filler"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest, "the database is unchanged"
    assert check_file(db) is None
    assert not [f for f in left if f.startswith("backups/")], f"a partial backup is left: {left}"
    assert not _one_error_line(result), f"{_one_error_line(result)}: {result.stderr}"


# -- the figures ----------------------------------------------------------------------------
def test_kills_landed_mid_write_and_the_figures():
    if not TALLY:
        pytest.skip("the figures of the kill tests above (run the whole file)")
    total = sum(t.kills for t in TALLY.values())
    mid_write = sum(t.mid_write for t in TALLY.values())
    failures = sum(len(t.failures) for t in TALLY.values())
    print("\nfault injection, all kills:")
    for command in KILLS:
        if command in TALLY:
            print(f"  {TALLY[command].line()}")
    print(f"  {total} kills, {mid_write} mid-write, {failures} failures")
    assert mid_write > 0, "some kills landed between a transaction's begin and its commit"
    if set(TALLY) == set(KILLS):
        assert total >= 200, f"only {total} kills"

"""Issue 14, the command line: the database, its backups and every file survive mistakes.

Each test runs the ``gcm-review`` script of the venv as a subprocess (bytes argv
where the case needs bytes). Fixtures are made in process with the Store, or by
copying a database made once per module.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop.backups import create_backup
from desktop.store import Store
from forms.loader import load_form
from forms.sample import sample_answers

SCRIPT = Path(sys.executable).parent / "gcm-review"
DB = "reviews.db"
#: Files SQLite and the lock manage beside the database while a command runs.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
SAMPLE_COUNTRY = "Republic of Veridia"


# -- running the command -------------------------------------------------------
class Result(NamedTuple):
    code: int
    out: str
    err: str


def gcm(*args: str | bytes | Path, env: dict | None = None, umask: int | None = None) -> Result:
    """Run ``gcm-review`` with ``args`` (all passed as bytes when one of them is bytes)."""
    argv: list = [str(SCRIPT), *(a if isinstance(a, bytes) else str(a) for a in args)]
    if any(isinstance(a, bytes) for a in argv):
        argv = [os.fsencode(a) for a in argv]
    done = subprocess.run(
        argv,
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
        check=False,
    )
    return Result(done.returncode, _decode(done.stdout), _decode(done.stderr))


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def assert_one_error_line(result: Result) -> str:
    """Exit 2 and exactly one ``error:`` line on stderr, no traceback; returns the line."""
    assert "Traceback" not in result.err and "Exception ignored" not in result.err, result.err
    assert result.code == 2, result
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.err
    return lines[0]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every entry under ``folder``: files by their sha256, folders and links as such."""
    found: dict[str, str] = {}
    for top, folders, files in os.walk(folder):  # links to folders are not followed
        for name in folders + files:
            entry = Path(top) / name
            if name in skip and Path(top) == folder:
                continue
            key = str(entry.relative_to(folder))
            if entry.is_symlink():
                found[key] = f"link -> {os.readlink(entry)}"
            elif entry.is_dir():
                found[key] = "folder"
            else:
                found[key] = sha(entry)
    return found


def side_files(db: Path) -> tuple[str, ...]:
    return tuple(db.name + suffix for suffix in SIDE_SUFFIXES)


def reviews_in(db: Path) -> list[tuple[str, str]]:
    """(kind, country) of every review, read with sqlite3 alone."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT r.kind, COALESCE(a.value, '\"\"') FROM reviews r LEFT JOIN answers a"
            " ON a.review_id = r.id AND a.key = 'profile.country' ORDER BY r.kind"
        ).fetchall()
    finally:
        conn.close()
    return [(kind, json.loads(country)) for kind, country in rows]


def stored_answer(db: Path, review_id: str, key: str):
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT value FROM answers WHERE review_id = ? AND key = ?", [review_id, key]
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else json.loads(row[0])


def write_answer(db: Path, review_id: str, key: str, value: str) -> None:
    """Put ``value`` straight into the answers table, as an older version might have."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                "UPDATE answers SET value = ? WHERE review_id = ? AND key = ?",
                [json.dumps(value), review_id, key],
            )
            assert conn.total_changes == 1
    finally:
        conn.close()


def symlink(link: Path, target: Path) -> Path:
    try:
        link.symlink_to(target, target_is_directory=target.is_dir())
    except (OSError, NotImplementedError) as err:
        pytest.skip(f"symbolic links cannot be made here ({err})")
    return link


# -- fixtures ------------------------------------------------------------------
class Pristine(NamedTuple):
    sample: bytes  # a database holding the sample review
    sample_id: str
    plain: bytes  # a database holding one short review (Mali, AME)
    plain_id: str
    member: Path  # an exported workbook of a (non-sample) review


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Pristine:
    folder = tmp_path_factory.mktemp("pristine")
    form = load_form()
    with Store(folder / "sample.db") as store:
        sample_id = store.create(sample_answers(form), sample=True).id
    with Store(folder / "plain.db") as store:
        plain_id = store.create({"profile.country": "Mali", "profile.organisation": "AME"}).id
    env = {"HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")}
    member_db = folder / "member" / DB
    made = gcm("--db", member_db, "new", "--country", "Niger", "--org", "ANA", env=env)
    assert made.code == 0, made.err
    member = folder / "member.xlsx"
    exported = gcm("--db", member_db, "export", made.out.strip(), "--xlsx", member, env=env)
    assert exported.code == 0 and member.is_file(), exported.err
    return Pristine(
        (folder / "sample.db").read_bytes(),
        sample_id,
        (folder / "plain.db").read_bytes(),
        plain_id,
        member,
    )


def put_db(folder: Path, data: bytes) -> Path:
    db = folder / DB
    db.write_bytes(data)
    return db


def stamp(moment: dt.datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%S%f}Z"


@contextmanager
def tmpfs(where: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs mounted at ``where`` (the test is skipped when it cannot be mounted)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root on Linux")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(mount: Path) -> None:
    """Write a file on ``mount`` until the file system has no space left."""
    chunk = b"\0" * 4096
    with open(mount / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(chunk)
        except OSError as err:
            assert err.errno == errno.ENOSPC, err
    with pytest.raises(OSError) as raised, open(mount / "probe", "wb", buffering=0) as probe:
        probe.write(chunk)
    assert raised.value.errno == errno.ENOSPC
    (mount / "probe").unlink(missing_ok=True)


# -- case 1: guarded paths -----------------------------------------------------
def _file_targets() -> dict[str, Callable[[Path, Path, Path], Path]]:
    return {
        "database": lambda folder, db, backup: db,
        "wal": lambda folder, db, backup: Path(f"{db}-wal"),
        "shm": lambda folder, db, backup: Path(f"{db}-shm"),
        "journal": lambda folder, db, backup: Path(f"{db}-journal"),
        "lock": lambda folder, db, backup: Path(f"{db}.lock"),
        "backup": lambda folder, db, backup: backup,
        "inside-backups": lambda folder, db, backup: backup.parent / "report.out",
        "symlink-to-database": lambda folder, db, backup: symlink(folder / "link.out", db),
        "symlink-to-backup": lambda folder, db, backup: symlink(folder / "link.out", backup),
        "dotdot-to-database": lambda folder, db, backup: _dotdot(folder) / db.name,
        "dotdot-to-backup": lambda folder, db, backup: (
            _dotdot(folder) / backup.parent.name / backup.name
        ),
    }


def _folder_targets() -> dict[str, Callable[[Path, Path, Path], Path]]:
    return {
        "backups-folder": lambda folder, db, backup: backup.parent,
        "inside-backups": lambda folder, db, backup: backup.parent / "members",
        "symlink-to-backups": lambda folder, db, backup: symlink(folder / "out", backup.parent),
        "dotdot-to-backups": lambda folder, db, backup: _dotdot(folder) / backup.parent.name,
    }


def _dotdot(folder: Path) -> Path:
    (folder / "exports").mkdir(exist_ok=True)
    return folder / "exports" / ".."


WRITERS = {
    "export-pdf": lambda review_id, target: ["export", review_id, "--pdf", target],
    "export-xlsx": lambda review_id, target: ["export", review_id, "--xlsx", target],
    "template-xlsx": lambda review_id, target: ["template", "-o", target],
    "template-pdf": lambda review_id, target: ["template", "--pdf", "-o", target],
    # 4, not 3: `demo --contributions 3` fails on an IndexError of its own before this change.
    "demo-contributions": lambda review_id, target: ["demo", "--contributions", "4", "-o", target],
}
GUARDED = [
    ("export-pdf", "database"),
    ("export-pdf", "wal"),
    ("export-pdf", "backup"),
    ("export-pdf", "symlink-to-database"),
    ("export-pdf", "dotdot-to-database"),
    ("export-xlsx", "database"),
    ("export-xlsx", "shm"),
    ("export-xlsx", "journal"),
    ("export-xlsx", "lock"),
    ("export-xlsx", "inside-backups"),
    ("export-xlsx", "symlink-to-backup"),
    ("template-xlsx", "database"),
    ("template-xlsx", "wal"),
    ("template-xlsx", "dotdot-to-backup"),
    ("template-pdf", "database"),
    ("template-pdf", "backup"),
    ("template-pdf", "symlink-to-database"),
    ("demo-contributions", "backups-folder"),
    ("demo-contributions", "inside-backups"),
    ("demo-contributions", "symlink-to-backups"),
    ("demo-contributions", "dotdot-to-backups"),
]


def _written_by_us(path: Path) -> bool:
    """Whether ``path`` holds a PDF or a workbook (what the refused command would write)."""
    if not path.is_file():
        return False
    with open(path, "rb") as handle:
        return handle.read(4) in (b"%PDF", b"PK\x03\x04")


# issue 14, case 1
@pytest.mark.parametrize(("writer", "target"), GUARDED, ids=[f"{w}-{t}" for w, t in GUARDED])
def test_writing_a_file_onto_the_database_or_a_backup_is_refused(
    tmp_path, pristine, writer, target
):
    db = put_db(tmp_path, pristine.sample)
    backup = create_backup(db, "manual")
    targets = _folder_targets() if writer == "demo-contributions" else _file_targets()
    path = targets[target](tmp_path, db, backup)
    before, db_sha = tree(tmp_path, side_files(db)), sha(db)
    result = gcm("--db", db, *WRITERS[writer](pristine.sample_id, path))
    line = assert_one_error_line(result)
    assert str(path) in line or os.path.normpath(path) in line, "the line names the target"
    assert sha(db) == db_sha, "the database is unchanged"
    assert tree(tmp_path, side_files(db)) == before, "nothing was written"
    for name in side_files(db):
        assert not _written_by_us(tmp_path / name)


# issue 14, case 1
def test_writing_onto_the_database_under_another_case_is_refused(tmp_path, pristine):
    db = put_db(tmp_path, pristine.sample)
    if not (tmp_path / DB.upper()).exists():
        pytest.skip("the file system tells names apart by their case")
    before = tree(tmp_path, side_files(db))
    target = tmp_path / DB.upper()
    result = gcm("--db", db, "export", pristine.sample_id, "--xlsx", target)
    assert str(target) in assert_one_error_line(result)
    assert tree(tmp_path, side_files(db)) == before


# -- case 2: a full disk at start ------------------------------------------------
# issue 14, case 2
@pytest.mark.parametrize("command", ["list", "set"])
def test_a_full_disk_at_start_is_reported_as_full_and_moves_nothing(tmp_path, pristine, command):
    with tmpfs(tmp_path / "disk") as disk:
        db = put_db(disk, pristine.sample)
        fill(disk)
        db_sha = sha(db)
        args = {"list": ["list"], "set": ["set", pristine.sample_id, "obj01.assessment", "x"]}
        line = assert_one_error_line(gcm("--db", db, *args[command]))
        assert "full" in line.lower() or "space" in line.lower(), line
        assert "damaged" not in line.lower(), line
        assert db.is_file() and sha(db) == db_sha, "the database is untouched, at its name"
        assert not list(disk.glob("*.damaged-*")), "nothing is set aside"


# -- case 3: a zero-length database ------------------------------------------------
def _zero_length_with_backups(tmp_path: Path, pristine: Pristine) -> tuple[Path, Path]:
    """An emptied database; returns it and its newest sound backup (a newer one is damaged)."""
    db = put_db(tmp_path, pristine.sample)
    create_backup(db, "manual")
    sound = create_backup(db, "manual")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    damaged = sound.with_name(f"{db.stem}-{stamp(later)}-manual.db")
    damaged.write_bytes(b"this is not a database " * 400)
    db.write_bytes(b"")
    return db, sound


ZERO_LENGTH_COMMANDS = {
    "list": lambda p, t: ["list"],
    "show": lambda p, t: ["show", p.sample_id],
    "set": lambda p, t: ["set", p.sample_id, "obj01.assessment", "x"],
    "new": lambda p, t: ["new", "--country", "Chile", "--org", "Red"],
    "export": lambda p, t: ["export", p.sample_id, "--xlsx", t / "out.xlsx"],
    "import": lambda p, t: ["import", p.member],
    "merge": lambda p, t: ["merge", p.member, "--coalition", "Coalition Zeta"],
    "backup": lambda p, t: ["backup"],
    "demo": lambda p, t: ["demo"],
}


# issue 14, case 3
@pytest.mark.parametrize("command", list(ZERO_LENGTH_COMMANDS))
def test_a_zero_length_database_is_damage_and_names_the_newest_sound_backup(
    tmp_path, pristine, command
):
    db, sound = _zero_length_with_backups(tmp_path, pristine)
    backups_before = tree(sound.parent)
    result = gcm("--db", db, *ZERO_LENGTH_COMMANDS[command](pristine, tmp_path))
    line = assert_one_error_line(result)
    assert "damaged" in line.lower() and "restore" in line, line
    assert sound.name in line, "the line names the newest sound backup"
    assert db.is_file() and db.stat().st_size == 0, "not replaced by a new database"
    assert tree(sound.parent) == backups_before
    assert not (tmp_path / "out.xlsx").exists()


# issue 14, case 3
def test_a_zero_length_database_is_refused_then_restored_from_the_newest_sound_backup(
    tmp_path, pristine
):
    db, sound = _zero_length_with_backups(tmp_path, pristine)
    assert_one_error_line(gcm("--db", db, "list"))
    assert db.stat().st_size == 0
    restored = gcm("--db", db, "restore")
    assert restored.code == 0, restored.err
    assert sound.name in restored.out + restored.err
    listed = gcm("--db", db, "list")
    assert listed.code == 0 and pristine.sample_id in listed.out and SAMPLE_COUNTRY in listed.out


# -- case 4: restoring the oldest backup -------------------------------------------
# issue 14, case 4
def test_restoring_the_oldest_of_twenty_backups_keeps_it_and_restores_it(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    with Store(db) as store:
        store.save(pristine.plain_id, {"profile.country": "Oldest"})
    oldest = create_backup(db, "manual")
    with Store(db) as store:
        store.save(pristine.plain_id, {"profile.country": "Newer"})
    for _ in range(19):
        create_backup(db, "manual")
    assert len(list(oldest.parent.glob(f"{db.stem}-*.db"))) == 20 and oldest.exists()
    oldest_sha = sha(oldest)
    result = gcm("--db", db, "restore", oldest)
    assert result.code == 0, result.err
    assert reviews_in(db) == [("review", "Oldest")], "the database holds what the backup holds"
    assert oldest.is_file() and sha(oldest) == oldest_sha, "the chosen backup is kept"


# -- case 6: a database that fails its integrity check -------------------------------
def _flip_middle_page(db: Path) -> None:
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle : middle + 4096] = bytes(b ^ 0xFF for b in data[middle : middle + 4096])
    db.write_bytes(bytes(data))
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as err:
            check = [(str(err),)]
    finally:
        conn.close()
    assert check != [("ok",)], "the flipped page makes the quick check fail"


DAMAGED_COMMANDS = {
    "set": lambda p, t: ["set", p.sample_id, "obj05.rating", "Limited progress"],
    "export": lambda p, t: ["export", p.sample_id, "--xlsx", t / "out.xlsx"],
    "new": lambda p, t: ["new", "--country", "Chile", "--org", "Red"],
    "import": lambda p, t: ["import", p.member],
    "list": lambda p, t: ["list"],
    "show": lambda p, t: ["show", p.sample_id],
}


# issue 14, case 6
@pytest.mark.parametrize("command", list(DAMAGED_COMMANDS))
def test_a_database_failing_its_quick_check_is_refused_and_left_as_it_is(
    tmp_path, pristine, command
):
    db = put_db(tmp_path, pristine.sample)
    backup = create_backup(db, "manual")  # a sound backup to restore (else there is no "restore")
    backups = tree(backup.parent)
    _flip_middle_page(db)
    db_sha = sha(db)
    line = assert_one_error_line(gcm("--db", db, *DAMAGED_COMMANDS[command](pristine, tmp_path)))
    assert "damaged" in line.lower() and "restore" in line, line
    assert sha(db) == db_sha, "the damaged file is left as it is"
    assert tree(backup.parent) == backups
    assert not (tmp_path / "out.xlsx").exists()


# -- case 7: a failed command changes nothing ---------------------------------------
# issue 14, case 7
def test_a_merge_of_a_missing_file_creates_no_coalition_and_no_backup(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    create_backup(db, "manual")
    backups = tree(tmp_path / "backups")
    missing = tmp_path / "nonexistent.xlsx"
    result = gcm("--db", db, "merge", missing, "--coalition", "Coalition Zeta")
    assert result.code == 2 and "Traceback" not in result.err, result
    listed = gcm("--db", db, "list")
    assert listed.code == 0 and "Coalition Zeta" not in listed.out and "coalition" not in listed.out
    assert reviews_in(db) == [("review", "Mali")]
    assert tree(tmp_path / "backups") == backups, "the backups folder gains no file"


# issue 14, case 7
def test_a_refused_import_writes_no_backup(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    create_backup(db, "manual")
    backups = tree(tmp_path / "backups")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"this is not a workbook\n" * 50)
    result = gcm("--db", db, "import", bad)
    assert result.code == 2 and "Traceback" not in result.err, result
    assert result.err.startswith("error:")
    assert tree(tmp_path / "backups") == backups, "the backups folder gains no file"
    assert reviews_in(db) == [("review", "Mali")]


# issue 14, case 7
def test_check_with_a_mistyped_db_creates_no_folder_and_no_database(tmp_path, pristine):
    missing = tmp_path / "missing" / "dir" / "x.db"
    result = gcm("check", pristine.member, "--db", missing)
    assert result.code in (0, 2) and "Traceback" not in result.err, result
    assert not (tmp_path / "missing").exists(), "neither the folder nor the database is made"


# issue 14, case 7
@pytest.mark.parametrize("command", ["list", "show", "export"])
def test_reading_a_database_that_does_not_exist_creates_nothing(tmp_path, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    db = empty / DB
    args = {
        "list": ["list"],
        "show": ["show", "0000"],
        "export": ["export", "0000", "--xlsx", tmp_path / "out.xlsx"],
    }
    result = gcm("--db", db, *args[command])
    assert "Traceback" not in result.err, result.err
    if command != "list":
        assert_one_error_line(result)
    assert list(empty.iterdir()) == [], "no database, no journal, no backups folder"
    assert not (tmp_path / "out.xlsx").exists()


# -- case 8: private files -----------------------------------------------------------
def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# issue 14, case 8
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_data_folder_database_and_backups_are_private(tmp_path):
    data_home = tmp_path / "xdg"
    data_home.mkdir()
    env = {"XDG_DATA_HOME": str(data_home)}
    made = gcm("new", "--country", "Mali", "--org", "AME", env=env, umask=0o022)
    assert made.code == 0, made.err
    folder = data_home / "gcm-shadow-review"
    assert oct(mode(folder)) == oct(0o700)
    assert oct(mode(folder / DB)) == oct(0o600)
    backed = gcm("backup", env=env, umask=0o022)
    assert backed.code == 0, backed.err
    assert oct(mode(folder / "backups")) == oct(0o700)
    modes = {b.name: oct(mode(b)) for b in (folder / "backups").iterdir()}
    assert modes and set(modes.values()) == {oct(0o600)}, modes


# issue 14, case 8
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_write_ahead_log_of_an_open_database_is_private(tmp_path):
    db = tmp_path / "data" / DB
    made = gcm("--db", db, "demo", umask=0o022)
    assert made.code == 0, made.err
    assert oct(mode(db)) == oct(0o600)
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    # `show` prints more than a pipe holds: unread, it waits with the database open.
    child = subprocess.Popen(
        [str(SCRIPT), "--db", str(db), "show", made.out.strip()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.umask(0o022),
    )
    seen: dict[str, str] = {}
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and child.poll() is None:
            if wal.exists() and shm.exists():
                seen = {p.name: oct(mode(p)) for p in (wal, shm)}
                if set(seen.values()) == {oct(0o600)}:
                    break
            time.sleep(0.05)
    finally:
        out, _ = child.communicate(timeout=60)
    assert child.returncode == 0 and out
    if not seen:  # the command closed the database before printing: open it here instead
        conn = sqlite3.connect(db)
        try:
            conn.execute("SELECT COUNT(*) FROM reviews").fetchone()
            seen = {p.name: oct(mode(p)) for p in (wal, shm)}
        finally:
            conn.close()
    assert seen == {wal.name: oct(0o600), shm.name: oct(0o600)}


# -- case 9: backups restore from read-only media -------------------------------------
def _header_modes(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(20)[18:20]


# issue 14, case 9
def test_backups_are_written_in_rollback_journal_mode(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    assert _header_modes(db) == b"\x02\x02", "the database itself is a WAL database"
    result = gcm("--db", db, "backup")
    assert result.code == 0, result.err
    (made,) = (tmp_path / "backups").glob(f"{db.stem}-*.db")
    assert _header_modes(made) == b"\x01\x01", "journal_mode DELETE: readable read-only"


# issue 14, case 9
def test_a_backup_on_a_read_only_mount_can_be_restored(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    assert gcm("--db", db, "backup").code == 0
    (made,) = (tmp_path / "backups").glob(f"{db.stem}-*.db")
    with Store(db) as store:
        store.save(pristine.plain_id, {"profile.country": "Changed"})
    with tmpfs(tmp_path / "usb") as usb:
        shutil.copyfile(made, usb / made.name)
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(usb)], capture_output=True, text=True, check=False
        )
        if remounted.returncode != 0:
            pytest.skip(f"cannot make the tmpfs read-only: {remounted.stderr.strip()}")
        result = gcm("--db", db, "restore", usb / made.name)
        assert result.code == 0, result.err
        assert reviews_in(db) == [("review", "Mali")]
        assert sorted(p.name for p in usb.iterdir()) == [made.name]


# -- case 10: leftovers of killed operations --------------------------------------------
# issue 14, case 10
def test_leftovers_of_killed_operations_are_cleared_by_the_next_command(tmp_path, pristine):
    db = put_db(tmp_path, pristine.sample)
    backup = create_backup(db, "manual")
    backup_sha = sha(backup)
    gone = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    orphan = backup.with_name(f"{db.stem}-{stamp(gone)}-daily.db")  # deleted long ago
    leftovers = [
        tmp_path / f"{DB}.restoring",
        tmp_path / f"{DB}.restoring-journal",
        backup.with_name(f"{db.stem}-{stamp(gone + dt.timedelta(hours=1))}-manual.db.part"),
        Path(f"{orphan}-wal"),
        Path(f"{orphan}-shm"),
        Path(f"{orphan}-journal"),
    ]
    for leftover in leftovers:
        leftover.write_bytes(pristine.sample[:8192])
        os.utime(leftover, (gone.timestamp(), gone.timestamp()))  # left days ago
    db_sha = sha(db)
    result = gcm("--db", db, "list")
    assert result.code == 0 and pristine.sample_id in result.out, result.err
    assert [p.name for p in leftovers if p.exists()] == [], "every leftover is cleared"
    assert backup.is_file() and sha(backup) == backup_sha, "a real backup stays"
    assert sha(db) == db_sha


# -- case 11: text at the door -------------------------------------------------------------
def _note_names(result: Result, key: str) -> bool:
    """Whether the output, besides the usual ``saved KEY (revision N)``, names ``key``."""
    rest = (result.out + "\n" + result.err).replace(f"saved {key} (revision ", "", 1)
    return key in rest


# issue 14, case 11
def test_set_turns_a_vertical_tab_into_a_line_break_says_so_and_exports(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    result = gcm("--db", db, "set", pristine.plain_id, "obj01.assessment", "a\x0bb")
    assert result.code == 0, result.err
    assert stored_answer(db, pristine.plain_id, "obj01.assessment") == "a\nb"
    assert _note_names(result, "obj01.assessment"), result
    out = tmp_path / "out.xlsx"
    exported = gcm("--db", db, "export", pristine.plain_id, "--xlsx", out)
    assert exported.code == 0 and "Traceback" not in exported.err, exported.err
    assert _written_by_us(out)


# issue 14, case 11
def test_set_turns_a_line_separator_into_a_line_break_and_says_so(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    result = gcm("--db", db, "set", pristine.plain_id, "obj01.assessment", "a\u2028b")
    assert result.code == 0, result.err
    assert stored_answer(db, pristine.plain_id, "obj01.assessment") == "a\nb"
    assert _note_names(result, "obj01.assessment"), result


# issue 14, case 11
def test_set_removes_escape_and_other_controls_but_keeps_tab_and_newline(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    text = "one\x1b[31m\ttwo\x07\nthree\x01"
    result = gcm("--db", db, "set", pristine.plain_id, "obj01.assessment", text)
    assert result.code == 0, result.err
    assert stored_answer(db, pristine.plain_id, "obj01.assessment") == "one[31m\ttwo\nthree"
    assert _note_names(result, "obj01.assessment"), result


# issue 14, case 11
def test_a_stored_answer_holding_controls_still_exports_to_xlsx_and_pdf(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    with Store(db) as store:
        store.save(pristine.plain_id, {"obj01.assessment": "x", "obj02.assessment": "y"})
    write_answer(db, pristine.plain_id, "obj01.assessment", "a\x0bb")
    write_answer(db, pristine.plain_id, "obj02.assessment", "c\x1bd")
    for option, name in (("--xlsx", "out.xlsx"), ("--pdf", "out.pdf")):
        result = gcm("--db", db, "export", pristine.plain_id, option, tmp_path / name)
        assert result.code == 0 and "Traceback" not in result.err, (option, result.err)
        assert _written_by_us(tmp_path / name)


# issue 14, case 11
def test_invalid_bytes_in_a_new_review_argument_are_one_error_line(tmp_path):
    db = tmp_path / DB
    result = gcm(b"--db", bytes(db), b"new", b"--country", b"Fran\xe7e", b"--org", b"AME")
    assert_one_error_line(result)
    assert not db.exists() or reviews_in(db) == []


# issue 14, case 11
def test_invalid_bytes_in_a_coalition_name_are_one_error_line(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    member = bytes(pristine.member)
    result = gcm(b"--db", bytes(db), b"merge", member, b"--coalition", b"C\xe9")
    assert_one_error_line(result)
    assert reviews_in(db) == [("review", "Mali")], "no coalition is created"


# -- case 13: noise and spoofing on the terminal ---------------------------------------------
# issue 14, case 13
@pytest.mark.parametrize("command", ["show", "list"])
def test_printing_into_a_closed_pipe_leaves_stderr_empty(tmp_path, pristine, command):
    db = put_db(tmp_path, pristine.sample)
    args = {"show": ["show", pristine.sample_id], "list": ["list"]}[command]
    reader, writer = os.pipe()
    os.close(reader)  # like `| head -3` that has already gone
    try:
        child = subprocess.Popen(
            [str(SCRIPT), "--db", str(db), *args], stdout=writer, stderr=subprocess.PIPE
        )
    finally:
        os.close(writer)
    _, err = child.communicate(timeout=60)
    assert err == b"", err.decode("utf-8", "replace")


# issue 14, case 13
def test_an_xlsx_export_onto_a_full_disk_is_one_error_line(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    with tmpfs(tmp_path / "disk") as disk:
        fill(disk)
        result = gcm("--db", db, "export", pristine.plain_id, "--xlsx", disk / "out.xlsx")
        assert_one_error_line(result)
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no partial file is left"


# issue 14, case 13
def test_bidi_overrides_and_escapes_in_names_are_not_printed_raw(tmp_path, pristine):
    db = put_db(tmp_path, pristine.plain)
    write_answer(db, pristine.plain_id, "profile.country", "Mali\u202eilaM")
    write_answer(db, pristine.plain_id, "profile.organisation", "\x1b[31mAME")
    for args in (["list"], ["show", pristine.plain_id]):
        result = gcm("--db", db, *args)
        assert result.code == 0, result.err
        assert "Mali" in result.out and "AME" in result.out
        assert "\u202e" not in result.out and "\x1b" not in result.out, args
        assert "\u202e" not in result.err and "\x1b" not in result.err, args


# issue 14, case 8
def test_a_data_folder_left_open_by_an_older_version_is_narrowed(tmp_path):
    import os

    data = tmp_path / "xdg" / "gcm-shadow-review"
    data.mkdir(parents=True)
    os.chmod(data, 0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("GCM_REVIEW_DB", None)
    result = subprocess.run([str(SCRIPT), "demo"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert os.stat(data).st_mode & 0o777 == 0o700
    assert os.stat(data / "reviews.db").st_mode & 0o777 == 0o600

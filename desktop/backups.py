"""Rolling backups of the review database, made with SQLite's online backup API.

Backups live in a ``backups`` folder next to the database, one file each,
named after the moment and the reason (``daily``, ``before-import``...). A
backup is written to a temporary file, checked, then renamed: a crash or a
full disk never leaves a half-written backup under a final name. The newest
``KEEP`` are kept. Backups are in the rollback-journal mode (not WAL), so that
they open read-only, from a write-protected USB stick too; like the database
they are readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
from pathlib import Path
from typing import NamedTuple

from desktop.database_key import connect_file
from desktop.db_faults import integrity_problem
from desktop.private_files import create_private_file, private_folder
from desktop.sqlite_engine import connect, sqlite
from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP, Said
from forms.said import problem as said

FOLDER = "backups"
# How many backups are kept (the oldest go first).
KEEP = 20
# A daily backup is made when the newest backup is older than this.
DAILY = dt.timedelta(hours=24)
REASONS = (
    "daily",
    "manual",
    "before-import",
    "before-merge",
    "before-upgrade",
    "before-restore",
    "before-delete",
)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<moment>\d{8}T\d{12})Z-(?P<reason>[a-z-]+)\.db$")
# Files SQLite keeps beside a database while it is open (or after a crash).
SIDECARS = ("-wal", "-shm", "-journal")
# The copy a restore writes before renaming it over the database.
RESTORING = ".restoring"


class BackupError(UserError):
    """A backup cannot be written, read or restored."""


class Backup(NamedTuple):
    """One backup file: where it is, when it was made (UTC) and why."""

    path: Path
    created: dt.datetime
    reason: str


def folder_of(db_path: Path) -> Path:
    """The folder holding the backups of ``db_path``."""
    return db_path.parent / FOLDER


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = folder_of(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem:
            continue
        stamp = match["moment"]  # YYYYMMDDTHHMMSSffffff, read without strptime (a slow import)
        try:
            moment = dt.datetime.fromisoformat(f"{stamp[:15]}.{stamp[15:]}")
        except ValueError:  # not a time: not one of our backups
            continue
        found.append(Backup(path, moment.replace(tzinfo=dt.UTC), match["reason"]))
    return sorted(found, key=lambda b: b.created, reverse=True)


def create_backup(db_path: Path, reason: str, keep: int = KEEP, spare: Path | None = None) -> Path:
    """Copy the database into a new backup (atomically) and drop the oldest beyond ``keep``.

    The copy is taken through a connection of its own, so it sees every
    committed save, including those still in the write-ahead log. ``spare``
    is a backup never dropped (the one a restore is about to put back).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = folder_of(db_path)
    try:
        private_folder(folder, narrow=True)
    except OSError as err:
        cannot = QT_TRANSLATE_NOOP(
            "Problems", "{folder}: the backups folder cannot be created ({reason})"
        )
        raise BackupError(said(cannot, folder=folder, reason=os_reason(err))) from err
    moment = dt.datetime.now(dt.UTC)
    target = folder / f"{db_path.stem}-{moment:%Y%m%dT%H%M%S%f}Z-{reason}.db"
    partial = target.with_name(target.name + ".part")
    unwritten = QT_TRANSLATE_NOOP("Problems", "{file}: the backup could not be written")
    _put_copy(db_path, partial, target, said(unwritten, file=folder))
    prune(db_path, keep, spare)
    return target


class BackupOnce:
    """Makes a backup the first time it is called: before the first change an operation makes.

    An import or merge whose files are all refused (or change nothing) then
    leaves no backup behind to push good ones out of the newest ``KEEP``.
    """

    def __init__(self, db_path: Path, reason: str) -> None:
        self.db_path = db_path
        self.reason = reason
        self.made: Path | None = None

    def __call__(self) -> Path:
        if self.made is None:
            self.made = create_backup(self.db_path, self.reason)
        return self.made


def prune(db_path: Path, keep: int = KEEP, spare: Path | None = None) -> None:
    """Delete all but the newest ``keep`` backups, never ``spare`` (the one being restored)."""
    for backup in list_backups(db_path)[keep:]:
        if spare is None or not _same(backup.path, spare):
            _remove_with_sidecars(backup.path)


def clear_leftovers(db_path: Path) -> list[Path]:
    """Delete what killed operations left: a restore's copy, cut backups, stray journals.

    Only while no other process uses the database (its lock held exclusively):
    otherwise a leftover may be another process's work in progress. Returns
    what was deleted.
    """
    from desktop.database_key import key_file
    from desktop.passphrase import CONVERTING, stale_key_file

    found = [Path(f"{db_path}{RESTORING}"), Path(f"{db_path}{CONVERTING}")]
    found += [Path(f"{db_path}{RESTORING}{suffix}") for suffix in SIDECARS]
    found += [Path(f"{db_path}{CONVERTING}{suffix}") for suffix in SIDECARS]
    found += db_path.parent.glob(f"{glob.escape(key_file(db_path).name)}.*.part")
    stale = stale_key_file(db_path)
    if stale is not None:
        found.append(stale)
    folder = folder_of(db_path)
    if folder.is_dir():
        for path in folder.glob(f"{glob.escape(db_path.stem)}-*"):
            if path.name.endswith((".part", CONVERTING)):
                found.append(path)
            for suffix in SIDECARS:  # the journal of a backup that is gone, or of a .part
                stem = path.name.removesuffix(suffix)
                if stem != path.name and not (folder / stem).is_file():
                    found.append(path)
    removed = []
    for path in found:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:  # a read-only medium: nothing to do about it now
            continue
        removed.append(path)
    return removed


def _remove_with_sidecars(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def daily_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """Whether no backup at all was made in the last 24 hours."""
    backups = list_backups(db_path)
    now = now or dt.datetime.now(dt.UTC)
    return not backups or now - backups[0].created >= DAILY


def check_file(path: Path) -> str | Said | None:
    """What is wrong with the database file ``path``, or None when it is sound.

    SQLite's own words are given as they are: they name the damage for whoever repairs it.
    """
    if not path.is_file():
        return said(QT_TRANSLATE_NOOP("Problems", "no such file"))
    try:
        conn = _read_only(path)
    except sqlite.Error as err:
        return str(err)
    try:
        return integrity_problem(conn)
    finally:
        conn.close()


def newest_sound(db_path: Path) -> Backup | None:
    """The newest backup that passes the integrity check."""
    return next((b for b in list_backups(db_path) if check_file(b.path) is None), None)


def move_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its journal files) out of the way; returns its new name."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    try:
        os.replace(db_path, aside)
        for suffix in SIDECARS:
            journal = Path(f"{db_path}{suffix}")
            if journal.exists():
                os.replace(journal, Path(f"{aside}{suffix}"))
    except OSError as err:
        stuck = QT_TRANSLATE_NOOP(
            "Problems", "{file}: cannot move the damaged database aside ({reason})"
        )
        raise BackupError(said(stuck, file=db_path, reason=os_reason(err))) from err
    return aside


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database; returns the backup made of the replaced one.

    No connection to ``db_path`` may be open. The backup is checked first; the
    database it replaces is backed up (``before-restore``) when it is sound,
    else moved aside. The copy is written next to the database and renamed
    over it, so an interruption leaves either the old database or the new one.
    """
    if db_path.exists() and _same(db_path, backup):
        itself = QT_TRANSLATE_NOOP(
            "Problems", "{file}: this is the database itself, not a backup of it"
        )
        raise BackupError(said(itself, file=backup))
    problem = check_file(backup)
    if problem is not None:
        unsound = QT_TRANSLATE_NOOP("Problems", "{file}: not a sound backup ({reason})")
        raise BackupError(said(unsound, file=backup, reason=problem))
    kept: Path | None = None
    if db_path.exists():
        if check_file(db_path) is None:
            kept = create_backup(db_path, "before-restore", spare=backup)
        else:
            kept = move_aside(db_path)
    partial = Path(f"{db_path}{RESTORING}")
    journals = [Path(f"{db_path}{suffix}") for suffix in SIDECARS]  # the replaced one's
    unrestored = QT_TRANSLATE_NOOP("Problems", "{file}: the backup could not be restored")
    _put_copy(backup, partial, db_path, said(unrestored, file=db_path), journals)
    return kept


def _put_copy(
    source_path: Path, partial: Path, target: Path, failure: Said, clear: list[Path] | None = None
) -> None:
    """Copy a database into ``partial``, check it, and rename it over ``target``.

    Nothing half-written is left: a copy that fails its check or cannot be
    written is deleted and ``target`` stays as it was; ``failure`` begins the
    message of the BackupError. The files in ``clear`` are removed just before
    the copy takes its place.
    """
    try:
        partial.parent.mkdir(parents=True, exist_ok=True)
        problem = _copy(source_path, partial)
        if problem is not None:
            failed = QT_TRANSLATE_NOOP("Problems", "{file}: the copy failed its check ({reason})")
            raise BackupError(said(failed, file=source_path, reason=problem))
        for path in clear or []:
            path.unlink(missing_ok=True)
        os.replace(partial, target)
    except (OSError, sqlite.Error) as err:
        partial.unlink(missing_ok=True)
        because = QT_TRANSLATE_NOOP("Problems", "{failure} ({reason})")
        raise BackupError(said(because, failure=failure, reason=os_reason(err))) from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _copy(source_path: Path, partial: Path) -> str | None:
    """Copy a database into ``partial`` with SQLite's backup API, flushed to the disk.

    Returns what the quick check finds wrong with the copy, or None when it is sound.
    """
    source, key = _read_only_keyed(source_path)
    try:
        partial.unlink(missing_ok=True)  # a leftover of a copy cut short
        create_private_file(partial)
        destination = connect(partial, key)  # encrypted with the same key, or plain
        try:
            source.backup(destination)
            # The copy keeps the source's WAL mode, which cannot be opened read-only.
            destination.execute("PRAGMA journal_mode = DELETE").fetchall()
            problem = integrity_problem(destination)
        finally:
            destination.close()
    finally:
        source.close()
    _fsync(partial)
    return problem


def _read_only(path: Path) -> sqlite.Connection:
    """A read-only connection to ``path``, also on a medium that cannot be written."""
    return _read_only_keyed(path)[0]


def _read_only_keyed(path: Path) -> tuple[sqlite.Connection, bytes | None]:
    """A read-only connection to ``path`` and the key that opened it (None: not encrypted).

    A database in WAL mode (older backups, the live database) needs to write
    its shared-memory file even to read: on a write-protected medium it is
    opened as immutable instead, which it is there. An encrypted one is
    opened with a key unlocked in this process.
    """
    uri = path.resolve().as_uri()
    conn = None
    try:
        conn, key = connect_file(path, f"{uri}?mode=ro", uri=True)
        conn.execute("PRAGMA schema_version").fetchone()
    except OSError as err:
        raise sqlite.OperationalError(str(os_reason(err))) from err
    except sqlite.OperationalError:
        if conn is not None:
            conn.close()
        if os.access(path.parent, os.W_OK) and not _read_only_medium(path):
            raise
        return connect_file(path, f"{uri}?immutable=1", uri=True)
    return conn, key


def _read_only_medium(path: Path) -> bool:
    """Whether the file system holding ``path`` is mounted read-only (POSIX)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())

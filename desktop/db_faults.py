"""Telling a damaged database from a fault of the disk, before anything is moved or written.

A full disk, an unreadable or read-only file and a busy database are faults:
they pass, and the database must stay exactly where it is. An empty file, a
file that is not SQLite, or one failing SQLite's quick check is damage: it is
set aside and a backup offered. Mixing the two up moved healthy databases
aside on a full disk.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop.private_files import create_private_file, narrow_mode, private_folder
from desktop.sqlite_engine import HEADER as SQLITE_HEADER
from desktop.sqlite_engine import sqlite
from forms.errors import AT, UserError
from forms.os_reasons import DISK_FULL, READ_ONLY, os_reason
from forms.said import QT_TRANSLATE_NOOP, Said, as_said, problem

# SQLite's primary result codes that mean the file itself is damaged.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_FULL_CODE = 13  # SQLITE_FULL
_IOERR_CODE = 10
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_READONLY_CODE = 8
_ACCESS_CODES = {3, _READONLY_CODE, 14, 23}  # SQLITE_PERM, _READONLY, _CANTOPEN, _AUTH
# Below this much free space a disk error is taken for a full disk.
_NEARLY_FULL = 1 << 20

_FOLDER = QT_TRANSLATE_NOOP("Problems", "{file}: is a folder, not a database file")
_NONE_THERE = QT_TRANSLATE_NOOP("Problems", "{file}: there is no database there")
_UNCREATED = QT_TRANSLATE_NOOP("Problems", "{file}: the database cannot be created ({reason})")
_UNREAD = QT_TRANSLATE_NOOP("Problems", "{file}: the database cannot be read ({reason})")
_EMPTY = QT_TRANSLATE_NOOP("Problems", "the database is damaged (the file is empty: 0 bytes)")
_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Problems", "not a review database or damaged (it is not an SQLite database file)"
)
_DAMAGED = QT_TRANSLATE_NOOP("Problems", "{file}: not a review database or damaged ({reason})")
_UNOPENED = QT_TRANSLATE_NOOP("Problems", "{file}: the database cannot be opened: {fault}")
_FULL = QT_TRANSLATE_NOOP(
    "Problems", "the disk is full. Free some space, then try again. Nothing was changed."
)
_BUSY = QT_TRANSLATE_NOOP(
    "Problems", "another program is using it. Try again in a moment. Nothing was changed."
)
_NO_ACCESS = QT_TRANSLATE_NOOP(
    "Problems",
    "it cannot be read or written here (read-only or not permitted). Nothing was changed.",
)
_DISK_FAULT = QT_TRANSLATE_NOOP(
    "Problems", "the disk could not be read or written ({reason}). Nothing was changed."
)


def prepare_file(path: Path, create: bool) -> None:
    """Check ``path`` before SQLite opens it; create it (0600, in a 0700 folder) when missing.

    Raises DamagedDatabase for an empty or non-SQLite file, NoDatabase when it
    is missing and not to be created, StoreError for a fault.
    """
    from desktop.store import DamagedDatabase, NoDatabase, StoreError

    if path.is_dir():
        raise StoreError(problem(_FOLDER, file=path))
    if path.exists():
        found = _file_problem(path)
        if found is not None:
            raise DamagedDatabase(problem(AT, where=path, problem=found))
        narrow_mode(path)
        _narrow_data_folder(path.parent)
        return
    if not create:
        raise NoDatabase(problem(_NONE_THERE, file=path))
    try:
        private_folder(path.parent)
        _narrow_data_folder(path.parent)
        create_private_file(path)
    except OSError as err:
        raise StoreError(problem(_UNCREATED, file=path, reason=os_reason(err))) from err


def _narrow_data_folder(folder: Path) -> None:
    """Take the application's own data folder to 0700 (older versions left it 0755)."""
    from desktop.paths import user_data_dir

    if folder == user_data_dir():
        narrow_mode(folder, 0o700)


def _file_problem(path: Path) -> Said | None:
    """What makes ``path`` no database at all (empty, not SQLite), or None."""
    from desktop.store import StoreError

    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as err:
        raise StoreError(problem(_UNREAD, file=path, reason=os_reason(err))) from err
    if not head:
        return problem(_EMPTY)
    if head != SQLITE_HEADER:
        from desktop.database_key import has_key

        if not has_key(path):  # a file with a key to it is encrypted, not damaged
            return problem(_NOT_SQLITE)
    return None


def integrity_problem(conn: sqlite.Connection) -> str | None:
    """What SQLite's quick check finds wrong with a database, or None when it is sound.

    A fault while checking (a disk error, a busy file) is raised, not reported
    as damage.
    """
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite.DatabaseError as err:
        if not is_damage(err):
            raise
        return str(err)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def is_damage(err: sqlite.Error) -> bool:
    """Whether SQLite's error says the file is damaged (rather than the disk at fault)."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is None:
        return isinstance(err, sqlite.DatabaseError) and (
            "malformed" in str(err) or "not a database" in str(err)
        )
    return code & 0xFF in _DAMAGE_CODES


def classify(path: Path, err: sqlite.Error) -> UserError:
    """The error to raise for ``err`` met while opening ``path``: damage or a fault."""
    from desktop.store import DamagedDatabase, StoreError

    if is_damage(err):
        return DamagedDatabase(problem(_DAMAGED, file=path, reason=str(err)))
    return StoreError(problem(_UNOPENED, file=path, fault=_fault(path, err)))


def _fault(path: Path, err: sqlite.Error) -> Said:
    """Why SQLite could not use the file, with what to do."""
    code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL_CODE or (code == _IOERR_CODE and _nearly_full(path)):
        return problem(_FULL)
    if code in _BUSY_CODES:
        return problem(_BUSY)
    if code in _ACCESS_CODES or not os.access(path, os.R_OK | os.W_OK):
        return problem(_NO_ACCESS)
    return problem(_DISK_FAULT, reason=str(err))


def sqlite_reason(err: sqlite.Error) -> Said:
    """SQLite's reason for ``err``, a full or read-only disk said in words to translate."""
    code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL_CODE:
        return problem(DISK_FULL)
    if code == _READONLY_CODE:
        return problem(READ_ONLY)
    return as_said(str(err))


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        return False

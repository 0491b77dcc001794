"""The lock a window holds on its database, so that no second window (or restore) meddles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from forms.errors import UserError


class DatabaseInUse(UserError):
    """Another window of the application has the database open."""


def lock_database(db_path: Path) -> QLockFile:
    """Take the lock of ``db_path`` (``<db>.lock``) and return it, held; release with ``unlock()``.

    The data folder is created first (on the first start it does not exist yet).
    A lock left by a process that died is taken over; age alone never is.
    Raises DatabaseInUse when another window holds it, UserError when it cannot be taken.
    """
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(f"{db_path.parent}: cannot create the folder ({err.strerror})") from err
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise DatabaseInUse(
            QCoreApplication.translate(
                "Startup",
                "{0} is already open in another window of GCM Shadow Review. "
                "Use that window, or close it first.",
            ).format(db_path)
        )
    raise UserError(f"{db_path}: cannot take the lock {lock.fileName()} ({lock.error().name})")

"""The lock a window holds on its database, so that no second window (or restore) meddles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.database_lock import WINDOW, DatabaseInUse, DatabaseLock
from desktop.ui.bidi import isolated

# How long a starting window waits for a command or a restore to finish.
WAIT_SECONDS = 10.0


def lock_database(db_path: Path) -> DatabaseLock:
    """Take the lock of ``db_path`` (``<db>.lock``) for this window and return it, held.

    The data folder is created first (on the first start it does not exist yet).
    A lock is the operating system's: it ends with the process that held it,
    so a window that crashed never leaves the database locked. Raises
    DatabaseInUse when another window holds it (or a command keeps it longer
    than ``WAIT_SECONDS``), UserError when it cannot be taken.
    """
    lock = DatabaseLock(db_path)
    try:
        lock.acquire(True, WINDOW, WAIT_SECONDS)
    except DatabaseInUse as err:
        if err.holder != WINDOW:
            raise
        raise DatabaseInUse(db_path, WINDOW, _window_message(db_path)) from None
    return lock


def _window_message(db_path: Path) -> str:
    return QCoreApplication.translate(
        "Startup",
        "{0} is already open in another window of GCM Shadow Review. "
        "Use that window, or close it first.",
    ).format(isolated(db_path))

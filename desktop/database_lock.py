"""The lock file beside a database, so that a window, a restore and commands never collide.

A window and a restore hold it exclusively; a command that writes holds it
shared, so that several commands may run at once but never under a restore
or beside a window. The operating system releases it when its process ends,
however it ends (a kill, a power cut): a lock is never left stale.

The exclusive holder writes what it is (``window`` or ``restore``) into the
file, so that a command can tell a window (no use waiting) from a restore
(over in a moment).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP, Said, problem

WINDOW = "window"
RESTORE = "restore"
# How long a command waits for a restore (or another command) to finish.
WAIT_SECONDS = 30.0
_POLL_SECONDS = 0.05
_INFO_OFFSET = 16  # the holder's name is written after the locked byte (Windows locks bytes)


class DatabaseInUse(UserError):
    """Another window (or a restore) has the database; ``holder`` says which."""

    def __init__(self, db_path: Path, holder: str, message: str | Said = "") -> None:
        self.db_path = db_path
        self.holder = holder
        if not message and holder == WINDOW:
            in_window = QT_TRANSLATE_NOOP(
                "Problems",
                "{file} is already open in another window of GCM Shadow Review."
                " Use that window, or close it first.",
            )
            message = problem(in_window, file=db_path)
        elif not message:
            busy = QT_TRANSLATE_NOOP(
                "Problems", "{file} is busy (a restore or another command is using it); try again"
            )
            message = problem(busy, file=db_path)
        super().__init__(message)


def lock_path(db_path: Path) -> Path:
    """The lock file of ``db_path``."""
    return Path(f"{db_path}.lock")


class DatabaseLock:
    """The lock of one database, held by this process until :meth:`release`."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None
        self.exclusive = False

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fd is not None

    def acquire(self, exclusive: bool, holder: str = "", wait: float = 0.0) -> None:
        """Take the lock, waiting up to ``wait`` seconds while a restore or a command holds it.

        Raises DatabaseInUse when it cannot be had (at once when a window holds
        it), UserError when the lock file cannot be written.
        """
        if self._fd is not None:
            raise RuntimeError("the lock is already held")
        from desktop.private_files import private_folder

        private_folder(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as err:
            no_lock = QT_TRANSLATE_NOOP("Problems", "{file}: cannot take the lock ({reason})")
            raise UserError(problem(no_lock, file=self.path, reason=os_reason(err))) from err
        deadline = time.monotonic() + wait
        while not _try_lock(fd, exclusive):
            holder_now = _read_holder(fd)
            if holder_now == WINDOW or time.monotonic() >= deadline:
                os.close(fd)
                raise DatabaseInUse(self.db_path, holder_now)
            time.sleep(_POLL_SECONDS)
        self._fd = fd
        self.exclusive = exclusive
        if exclusive:
            _write_holder(fd, holder)

    def try_exclusive(self) -> bool:
        """Take the lock exclusively if nobody holds it at all; False otherwise (never waits)."""
        try:
            self.acquire(True, "", 0.0)
        except DatabaseInUse:
            return False
        return True

    def share(self) -> None:
        """Turn an exclusive lock into a shared one (others may then take it shared too)."""
        if self._fd is None or not self.exclusive:
            return
        _write_holder(self._fd, "")
        if sys.platform != "win32":  # Windows has exclusive locks only: it stays so
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_SH)
            self.exclusive = False

    def release(self) -> None:
        """Give the lock back (the file stays: removing it would race with the next holder)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if self.exclusive:
                _write_holder(fd, "")
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_lock(fd: int, exclusive: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        return os.read(fd, 64).decode("ascii", "replace").strip("\x00 \n")
    except OSError:
        return ""


def _write_holder(fd: int, holder: str) -> None:
    try:
        os.ftruncate(fd, _INFO_OFFSET)
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        os.write(fd, holder.encode("ascii"))
    except OSError:  # only a courtesy to whoever waits: the lock itself is held
        pass

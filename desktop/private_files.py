"""Files only their owner can read: the database, its backups, the settings and the log.

On POSIX, files are created 0600 and folders 0700; files and folders of the
application's own (the data folder, the backups folder) written by an older
version are narrowed to the same. On Windows the data stays in the user's
profile, which other users cannot read; nothing is changed there.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"


def private_folder(folder: Path, narrow: bool = False) -> Path:
    """Create ``folder`` (and its parents) if missing, the folder itself 0700.

    ``narrow`` also takes an existing folder down to 0700: only for folders
    that belong to the application, never for one the person chose.
    """
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    elif narrow:
        narrow_mode(folder, PRIVATE_FOLDER)
    return folder


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and 0600 unless it exists; True when it was created here."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def narrow_mode(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take away from ``path`` every permission beyond ``mode`` (POSIX; errors ignored)."""
    if not _POSIX:
        return
    try:
        current = path.stat().st_mode & 0o777
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError:  # someone else's file, a read-only medium: reading still works
        pass

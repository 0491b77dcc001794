"""Files no export may overwrite: the database, its journals, its lock and its backups.

A report saved as ``reviews.db`` would replace every review with a PDF. Every
command and dialog that writes a file checks its target here first. A target
is compared after resolving ``..`` and symbolic links, as the same file
(``samefile``, which also catches hard links and other spellings of a name on
case-insensitive disks) and, on systems whose disks ignore case, by name
without case.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.backups import RESTORING, SIDECARS, folder_of
from forms.errors import UserError

_CASELESS = sys.platform in ("win32", "darwin")


class ProtectedPath(UserError):
    """A file cannot be written there: it would replace the database or a backup."""


def protected_files(db_path: Path) -> list[Path]:
    """The files of the database ``db_path`` that nothing else may write."""
    names = [str(db_path), f"{db_path}.lock", f"{db_path}{RESTORING}"]
    names += [f"{db_path}{suffix}" for suffix in SIDECARS]
    names += [f"{db_path}{RESTORING}{suffix}" for suffix in SIDECARS]
    return [Path(name) for name in names]


def refuse_protected(target: Path, db_path: Path) -> None:
    """Raise ProtectedPath when writing ``target`` would touch the database or its backups."""
    resolved = _resolve(target)
    backups = _resolve(folder_of(db_path))
    if _inside(resolved, backups) or _is_same(target, folder_of(db_path)):
        raise ProtectedPath(
            f"{target}: this is in the backups folder of {db_path}; choose another place"
        )
    for protected in protected_files(db_path):
        if _key(resolved) == _key(_resolve(protected)) or _is_same(target, protected):
            raise ProtectedPath(
                f"{target}: this would overwrite the review database {db_path}"
                " (or one of its files); choose another file name"
            )
    parent = target.parent if str(target.parent) else Path(".")
    if _is_same(parent, folder_of(db_path)):
        raise ProtectedPath(
            f"{target}: this is in the backups folder of {db_path}; choose another place"
        )


def _resolve(path: Path) -> Path:
    try:
        return Path(os.path.abspath(path)).resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links: compare the name as given
        return Path(os.path.abspath(path))


def _key(path: Path) -> str:
    text = os.path.normcase(str(path))
    return text.casefold() if _CASELESS else text


def _inside(path: Path, folder: Path) -> bool:
    key, folder_key = _key(path), _key(folder)
    return key == folder_key or key.startswith(folder_key.rstrip(os.sep) + os.sep)


def _is_same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False

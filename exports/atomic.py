"""Writing files so that a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said


class ExportError(UserError):
    """A file could not be written."""


class ExportCancelled(ExportError):
    """The person stopped the export; nothing was written."""


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` at once.

    On any error the temporary file is removed and ``target`` is left as it was.
    OS errors become an ExportError naming the file.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(
            said(QT_TRANSLATE_NOOP("Problems", "{file}: is a folder, not a file name"), file=target)
        )
    if not folder.is_dir():
        missing = QT_TRANSLATE_NOOP("Problems", "{file}: the folder {folder} does not exist")
        raise ExportError(said(missing, file=target, folder=folder))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as err:
        cannot = QT_TRANSLATE_NOOP("Problems", "{file}: cannot write in {folder} ({reason})")
        raise ExportError(said(cannot, file=target, folder=folder, reason=os_reason(err))) from err
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except OSError as err:
        failed = QT_TRANSLATE_NOOP("Problems", "{file}: could not be written ({reason})")
        raise ExportError(said(failed, file=target, reason=os_reason(err))) from err
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()

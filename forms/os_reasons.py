"""Why the system refused to read or write a file, as a phrase to translate.

The system's own text (``strerror``) is English, or the language of the
machine's C library; the common reasons are said here instead, so that the
window and the command line give them in the user's language.
"""

from __future__ import annotations

import errno

from forms.said import QT_TRANSLATE_NOOP, Said, as_said, problem

# The phrase for each common ``errno``.
DISK_FULL = QT_TRANSLATE_NOOP("Problems", "the disk is full")
READ_ONLY = QT_TRANSLATE_NOOP("Problems", "the disk is read-only")
_BY_ERRNO: dict[int, str] = {
    errno.ENOSPC: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: QT_TRANSLATE_NOOP("Problems", "not permitted here"),
    errno.EPERM: QT_TRANSLATE_NOOP("Problems", "not permitted here"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Problems", "there is no such file or folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Problems", "it is a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Problems", "it exists already"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Problems", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Problems", "the disk could not be read or written"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Problems", "another program is using the file"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Problems", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("Problems", "too many files are open"),
}
for _name in ("EDQUOT",):  # not defined on every system
    if hasattr(errno, _name):
        _BY_ERRNO[getattr(errno, _name)] = DISK_FULL
# Windows: the file is open in another program (a sharing or lock violation).
_WINDOWS_IN_USE = {32, 33}


def os_reason(err: BaseException) -> Said:
    """Why ``err`` happened, in a few words: a phrase for the common reasons, else its own text."""
    if isinstance(err, OSError):
        if getattr(err, "winerror", None) in _WINDOWS_IN_USE:
            return problem(_BY_ERRNO[errno.EBUSY])
        phrase = _BY_ERRNO.get(err.errno or 0)
        if phrase is not None:
            return problem(phrase)
        return as_said(err.strerror or str(err))
    return as_said(str(err))

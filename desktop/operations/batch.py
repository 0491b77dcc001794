"""One job over many files, each file on its own: a refusal or a fault stops only that file.

Every file gets a :class:`FileOutcome`: done (with what was done), refused
(with every reason), waiting for a confirmation (a replacement a person must
agree to), failed (an unexpected fault, logged) or skipped (the job was
cancelled before it). Progress is reported before each file; cancelling is
checked between files, so a file is never left half taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from desktop.operations.wording import FAULT, SKIPPED, Said, said
from forms.errors import UserError

#: ``progress(files done, files in all, name of the file now read)``.
Progress = Callable[[int, int, str], None]
#: Whether the person asked to stop.
Cancelled = Callable[[], bool]

DONE, REFUSED, WAITING, FAILED, SKIPPED_FILE = "done", "refused", "waiting", "failed", "skipped"


class FileOutcome(NamedTuple):
    """What became of one file."""

    path: Path
    status: str  # DONE, REFUSED, WAITING, FAILED or SKIPPED_FILE
    said: Said | None = None  # what was done (DONE), or why not (FAILED, SKIPPED_FILE)
    result: Any = None  # the job's own record of what it did (Imported, Merged …)
    error: UserError | None = None  # the refusal (REFUSED, WAITING)

    @property
    def reasons(self) -> list[str]:
        """Why the file was not taken, one line each (in English)."""
        return [str(reason) for reason in self.said_reasons]

    @property
    def said_reasons(self) -> list[Said]:
        """:attr:`reasons` as phrases to say in the interface language."""
        if self.error is not None:
            return self.error.said_lines()
        return [self.said] if self.status != DONE and self.said is not None else []

    @property
    def taken(self) -> bool:
        return self.status == DONE


def each_file(
    paths: Sequence[Path],
    take: Callable[[Path], tuple[Said, Any]],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    waits: type[UserError] | None = None,
) -> list[FileOutcome]:
    """Run ``take`` on each file; ``take`` returns what it did (said) and its record.

    A UserError refuses that file (a ``waits`` error sets it aside for a
    confirmation); any other exception is logged and told, and the next file
    is still read. Once ``cancelled()`` is true, the files left are skipped.
    """
    outcomes: list[FileOutcome] = []
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            outcomes += [FileOutcome(p, SKIPPED_FILE, said(SKIPPED)) for p in paths[index:]]
            break
        if progress is not None:
            progress(index, len(paths), path.name)
        outcomes.append(_one(path, take, waits))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return outcomes


def _one(path: Path, take: Callable[[Path], tuple[Said, Any]], waits: type | None) -> FileOutcome:
    try:
        done, result = take(path)
    except UserError as err:
        status = WAITING if waits is not None and isinstance(err, waits) else REFUSED
        return FileOutcome(path, status, error=err)
    except BrokenPipeError:  # the reader of the command line went away: told by it
        raise
    except Exception as err:  # a fault in one file: logged, told, the others still read
        from desktop.crash_log import log_exception

        where = log_exception(f"reading {path}", err)
        return FileOutcome(path, FAILED, said(FAULT, error=type(err).__name__, log=where))
    return FileOutcome(path, DONE, done, result)

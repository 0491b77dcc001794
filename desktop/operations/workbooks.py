"""Importing, merging and checking workbooks: the jobs behind ``import``, ``merge`` and ``check``
and File › Import workbooks…, Add member workbooks… in the window.

The database is backed up once, just before the first file changes it (never
for a workshop's throw-away database): files that are refused leave no trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from desktop.member_keys import Pinned
from desktop.operations import wording
from desktop.operations.batch import Cancelled, FileOutcome, Progress, each_file
from desktop.operations.wording import Said, said
from desktop.store import Store
from exports.signing import Signature

#: What a file taken in may have done that changes nothing: its review or
#: contribution is here already, or here in a newer revision.
NOTHING_CHANGED = frozenset({"unchanged", "older", "duplicate"})


def changed_nothing(outcome: FileOutcome) -> bool:
    """Whether a file was read and checked but left everything as it was."""
    return outcome.taken and getattr(outcome.result, "outcome", "") in NOTHING_CHANGED


class MergeOutcome(NamedTuple):
    """What adding member workbooks did: the coalition (None if never made) and each file."""

    coalition_id: str | None
    files: list[FileOutcome]
    contributions: int  # how many the coalition holds now


def _backup(store: Store, reason: str, keep: bool) -> Any:
    from desktop.backups import BackupOnce

    return BackupOnce(store.path, reason) if keep else None


def _noted(
    done: Said,
    edited: bool,
    signature: Signature,
    sealed: bool = False,
    pinned: Pinned | None = None,
) -> Said:
    """What became of a file, with whether it was edited by hand, what its signature says,
    whether it came sealed, and what the member keys pinned say of it."""
    noted = done.with_note(wording.EDITED) if edited else done
    who = (("organisation", signature.signed_by), ("key", signature.fingerprint))
    noted = Said(wording.SIGNATURE[signature.verdict], (("said", noted), *who), noted.context)
    if pinned is not None and pinned.note:
        values = (("said", noted), ("organisation", pinned.organisation), ("key", pinned.pinned))
        noted = Said(wording.KEY_NOTES[pinned.note], values, noted.context)
    return noted.with_note(wording.SEALED) if sealed else noted


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    allow_sample: bool = False,
    replace: bool = False,
    backup: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[FileOutcome]:
    """Bring each workbook into ``store``; a file needing a confirmation waits (NotConfirmed)."""
    from desktop.importing import NotConfirmed, import_workbook

    before_write = _backup(store, "before-import", backup)

    def take(path: Path) -> tuple[Said, Any]:
        done = import_workbook(store, path, allow_sample, before_write, replace)
        text = said(wording.IMPORTED[done.outcome], review=done.review_id, answers=done.answers)
        return _noted(text, done.edited, done.signature, done.sealed), done

    return each_file(paths, take, progress, cancelled, waits=NotConfirmed)


def merge_files(
    store: Store,
    paths: Sequence[Path],
    *,
    coalition_id: str | None = None,
    name: str = "",
    sample: bool = False,
    backup: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MergeOutcome:
    """Add each member workbook to a coalition: ``coalition_id``, or the one called ``name``
    (made, as a sample coalition when ``sample``, once a first file has passed its checks)."""
    from desktop.importing import add_member_workbook

    before_write = _backup(store, "before-merge", backup)
    if coalition_id is None:
        coalition_id = store.find_coalition(name, sample=sample)
    else:
        sample = store.get(coalition_id).sample

    def create() -> str:
        nonlocal coalition_id
        coalition_id = store.coalition(name, sample=sample)
        return coalition_id

    def take(path: Path) -> tuple[Said, Any]:
        done = add_member_workbook(store, coalition_id or create, path, before_write, sample)
        text = said(wording.MERGED[done.outcome], organisation=done.organisation)
        return _noted(text, done.edited, done.signature, done.sealed, done.pinned), done

    files = each_file(paths, take, progress, cancelled)
    count = len(store.contributions(coalition_id)) if coalition_id is not None else 0
    return MergeOutcome(coalition_id, files, count)


def check_files(
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    lead_secret: bytes | None = None,
) -> list[FileOutcome]:
    """What importing each file would say; reads no database and writes nothing.

    A sealed package is opened with ``lead_secret``, the coalition lead's key.
    """
    from desktop.importing import is_sample
    from exports.xlsx_reader import read_workbook
    from forms.loader import load_form

    def take(path: Path) -> tuple[Said, Any]:
        if path.suffix.lower() in wording.REPORT_SUFFIXES:  # its signature is beside it
            from exports.detached_signature import verify_file

            if not path.is_file():
                from exports.xlsx_package import inspect_package

                inspect_package(path)  # says there is no such file, as for a workbook
            return _noted(said(wording.CHECKED["report"]), False, verify_file(path)), None
        contents = read_workbook(path, load_form, lead_secret)
        if contents.review_id:
            text = said(wording.CHECKED["review"], review=contents.review_id,
                        answers=len(contents.answers))  # fmt: skip
        else:
            text = said(wording.CHECKED["template"], answers=len(contents.answers))
        text = _noted(text, contents.edited_after_export, contents.signature, contents.sealed)
        if is_sample(contents):
            text = text.with_note(wording.SAMPLE_FILE)
        return text, contents

    return each_file(paths, take, progress, cancelled)

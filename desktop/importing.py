"""Importing workbooks into the database: each file all or nothing.

Each file is read and checked whole before anything is written; the caller's
``before_write`` (the backup made before an import or a merge) runs only when
a file is about to change the database, so a refused file leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store import ReviewNotFound, Store
from forms.errors import UserError
from forms.review import Review, restore_withheld

if TYPE_CHECKING:
    from exports.xlsx_reader import WorkbookContents

BeforeWrite = Callable[[], object] | None


class SampleRefused(UserError):
    """A workbook exported from the sample (a workshop) offered to a real review."""

    def __init__(self, path: Path, target: str) -> None:
        self.path = path
        super().__init__(
            f"{path}: this is a SAMPLE workbook from a workshop; it cannot be {target}"
        )


def import_workbook(
    store: Store, path: Path, allow_sample: bool = False, before_write: BeforeWrite = None
) -> tuple[str, str, int]:
    """Read ``path`` and bring it into ``store``; returns (review id, outcome, answer count).

    Raises ImportProblems (listing every problem) and writes nothing when the file is bad.
    A sample workbook is refused (SampleRefused) unless it updates the sample review
    it came from or ``allow_sample`` says the database is a workshop's own.
    """
    from exports.xlsx_reader import read_workbook

    contents = read_workbook(path, store.form)
    answers = contents.answers
    current = _existing(store, contents.review_id)
    if contents.sample and not allow_sample and not (current is not None and current.sample):
        raise SampleRefused(path, "imported among real reviews")
    keep: set[str] = set()
    if contents.confidential_withheld and current is not None:
        form = store.form(current.form_version)
        answers, keep = restore_withheld(form, answers, current.answers)
    review_id, outcome = store.import_review(
        contents.review_id,
        contents.form_version,
        contents.revision,
        answers,
        sample=contents.sample,
        keep=keep,
        before_write=before_write,
    )
    return review_id, outcome, len(contents.answers)


def _existing(store: Store, review_id: str | None) -> Review | None:
    if not review_id:
        return None
    try:
        return store.get(review_id)
    except ReviewNotFound:  # not in the database yet
        return None


def add_member_workbook(
    store: Store,
    coalition: str | Callable[[], str],
    path: Path,
    before_write: BeforeWrite = None,
    sample: bool | None = None,
) -> tuple[str, str]:
    """Read ``path`` and keep it as a contribution of the coalition; returns (name, outcome).

    ``coalition`` is the coalition's id, or a function that creates it, called
    only once a file has passed its checks (``sample`` then says whether it is
    a sample coalition). A filled template has no review id: its answers'
    digest stands in for one, so the same file sent twice is still recognised.
    Raises ImportProblems for a bad file, and SampleRefused for a sample
    workbook offered to a coalition that is not a sample.
    """
    contents = read_member_workbook(store, path)
    if sample is None:
        if callable(coalition):
            raise TypeError("a coalition still to create needs its sample flag")
        sample = store.get(coalition).sample
    if contents.sample and not sample:
        raise SampleRefused(path, "merged into a real coalition review")
    return _add_member(store, coalition, path, contents, before_write)


def read_member_workbook(store: Store, path: Path) -> WorkbookContents:
    """Read and check a member's workbook (ImportProblems when it is refused)."""
    from exports.xlsx_reader import read_workbook

    return read_workbook(path, store.form)


def _add_member(
    store: Store,
    coalition: str | Callable[[], str],
    path: Path,
    contents: WorkbookContents,
    before_write: BeforeWrite,
) -> tuple[str, str]:
    from forms.review import answers_digest

    answers = contents.answers
    member_id = contents.review_id or f"template-{answers_digest(answers)[:16]}"
    name = answers.get("profile.organisation") or path.stem
    if callable(coalition):
        if before_write is not None:
            before_write()
        coalition = coalition()
    outcome = store.add_contribution(
        coalition, member_id, name, contents.revision, answers, path.name, before_write
    )
    return name, outcome

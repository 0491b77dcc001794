"""Importing workbooks into the database: each file all or nothing.

Each file is read and checked whole before anything is written; the caller's
``before_write`` (the backup made before an import or a merge) runs only when
a file is about to change the database, so a refused file leaves no trace.
Nothing a file says of itself is taken on its word: a sample file is known by
its marks as well as by its flag, a file edited after its export is said to
be, and a file that would replace a review's organisation or most of its
answers waits for a confirmation (``replace``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop.member_keys import KeyNote, Pinned, check_and_pin
from desktop.operations import wording
from desktop.store import ReplaceNeeded, ReviewNotFound, Store
from exports.signing import Signature, Verdict
from forms.errors import UserError
from forms.replacement import organisation_key
from forms.review import Review, restore_withheld
from forms.withheld_rows import keep_withheld_rows

if TYPE_CHECKING:
    from exports.xlsx_reader import WorkbookContents

BeforeWrite = Callable[[], object] | None


class SampleRefused(UserError):
    """A workbook exported from the sample (a workshop) offered to a real review.

    ``phrase`` is what is said after the file's name (a phrase of
    :mod:`desktop.operations.wording`, so that the window can translate it).
    """

    def __init__(self, path: Path, phrase: str) -> None:
        self.path = path
        self.phrase = phrase
        super().__init__(f"{path}: {phrase}")


class OwnExport(UserError):
    """A coalition's own export offered to it as a member's contribution."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: this is the coalition's own export; it cannot be one of its contributions"
        )


class NothingToImport(UserError):
    """A blank questionnaire with no answer in it: it would make an empty review."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: the questionnaire is blank (no answer in it): nothing to import")


class NotConfirmed(UserError):
    """A file that would replace a review in a way a person must confirm first."""

    def __init__(self, path: Path, needed: ReplaceNeeded, edited: bool) -> None:
        self.path = path
        self.review_id = needed.review_id
        self.reasons = needed.reasons
        self.edited = edited
        note = " (and the file was edited by hand after export)" if edited else ""
        super().__init__(f"{path}: not applied: {needed}{note}")


class Imported(NamedTuple):
    """What importing one file did."""

    review_id: str
    outcome: str  # created, updated, unchanged or older
    answers: int  # how many answers the file holds
    edited: bool  # an export edited by hand after it was written
    signature: Signature = Signature(Verdict.UNSIGNED)  # who signed it, as the file says
    sealed: bool = False  # it came as a sealed package for the coalition lead


class Merged(NamedTuple):
    """What adding one member's file to a coalition did."""

    organisation: str
    outcome: str  # added, duplicate, older, updated or replaced
    edited: bool
    signature: Signature = Signature(Verdict.UNSIGNED)
    sealed: bool = False
    # What the member keys pinned in the database say of the file (desktop.member_keys).
    pinned: Pinned = Pinned(KeyNote.NONE)


def is_sample(contents: WorkbookContents) -> bool:
    """Whether a workbook is workshop material: by its flags, or by the sample's marks."""
    from forms.sample import looks_like_sample

    return contents.sample or looks_like_sample(contents.answers, contents.review_id)


def import_workbook(
    store: Store,
    path: Path,
    allow_sample: bool = False,
    before_write: BeforeWrite = None,
    replace: bool = False,
) -> Imported:
    """Read ``path`` and bring it into ``store``.

    Raises ImportProblems (listing every problem) and writes nothing when the file is bad.
    A sample workbook is refused (SampleRefused) unless it updates the sample review
    it came from or ``allow_sample`` says the database is a workshop's own. A file
    that would change a review's organisation or remove many of its answers raises
    NotConfirmed unless ``replace`` confirms it.
    """
    from exports.xlsx_reader import read_workbook

    contents = read_workbook(path, store.form, store.lead_secret())
    answers = contents.answers
    if not answers and contents.review_id is None:
        raise NothingToImport(path)
    current = _existing(store, contents.review_id)
    sample = is_sample(contents)
    if sample and not allow_sample and not (current is not None and current.sample):
        raise SampleRefused(path, wording.SAMPLE_NOT_IMPORTED)
    keep: set[str] = set()
    if current is not None:
        form = store.form(current.form_version)
        # What a workbook cannot hold (the logo), or this one has no sheet for, stays as it is.
        keep = {ref.key for ref in form.refs() if not ref.field.in_workbook}
        keep |= contents.not_carried
        if contents.confidential_withheld:
            answers, withheld = restore_withheld(form, answers, current.answers)
            keep |= withheld
        # Rows that never leave this computer were in no export: the review keeps them.
        answers = keep_withheld_rows(form, answers, current.answers)
    try:
        review_id, outcome = store.import_review(
            contents.review_id,
            contents.form_version,
            contents.revision,
            answers,
            sample=sample,
            keep=keep,
            before_write=before_write,
            replace=replace,
        )
    except ReplaceNeeded as needed:
        raise NotConfirmed(path, needed, contents.edited_after_export) from None
    return Imported(
        review_id,
        outcome,
        len(contents.answers),
        contents.edited_after_export,
        contents.signature,
        contents.sealed,
    )


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
) -> Merged:
    """Read ``path`` and keep it as a contribution of the coalition.

    ``coalition`` is the coalition's id, or a function that creates it, called
    only once a file has passed its checks (``sample`` then says whether it is
    a sample coalition). The member is known by its review id, or for a filled
    blank questionnaire by the template's id and the organisation
    (forms.merge.member_identity): a file sent again replaces the earlier one.
    Raises ImportProblems for a bad file, SampleRefused for a sample workbook
    offered to a coalition that is not a sample, and OwnExport for the
    coalition's own export.
    """
    contents = read_member_workbook(store, path)
    if not contents.answers:
        raise NothingToImport(path)
    if sample is None:
        if callable(coalition):
            raise TypeError("a coalition still to create needs its sample flag")
        sample = store.get(coalition).sample
    if is_sample(contents) and not sample:
        raise SampleRefused(path, wording.SAMPLE_NOT_MERGED)
    if isinstance(coalition, str) and contents.review_id == coalition:
        raise OwnExport(path)
    return _add_member(store, coalition, path, contents, before_write)


def read_member_workbook(store: Store, path: Path) -> WorkbookContents:
    """Read and check a member's workbook (ImportProblems when it is refused)."""
    from exports.xlsx_reader import read_workbook

    return read_workbook(path, store.form, store.lead_secret())


def _add_member(
    store: Store,
    coalition: str | Callable[[], str],
    path: Path,
    contents: WorkbookContents,
    before_write: BeforeWrite,
) -> Merged:
    from forms.merge import member_identity

    answers = contents.answers
    organisation = answers.get(organisation_key(answers), "")
    name = organisation or path.stem
    member = member_identity(contents.review_id, contents.template_id, organisation, answers)
    if callable(coalition):
        if before_write is not None:
            before_write()
        coalition = coalition()
    with store.db.atomic():  # the contribution and the key it pins, or neither
        outcome = store.add_contribution(
            coalition, member, name, contents.revision, answers, path.name, before_write,
            contents.edited_after_export,
        )  # fmt: skip
        pinned = check_and_pin(store, name, contents.signature, path.name)
    return Merged(
        name, outcome, contents.edited_after_export, contents.signature, contents.sealed, pinned
    )

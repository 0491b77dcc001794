"""A new review that follows an earlier one: from a review here, or from its workbook.

What is carried is the definition's to say (:mod:`forms.carry_over`): the
profile, each objective's rating as the rating at the last review, and the
earlier recommendations as rows to follow up. The review is created in one
transaction; a sample review (or a sample workbook) starts a sample review,
so that workshop material never becomes a real submission.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from desktop.importing import is_sample
from desktop.operations.wording import EDITED
from desktop.store import Store
from forms.carry_over import CarriedOver, carry_over
from forms.errors import UserError
from forms.review import Review
from forms.said import QT_TRANSLATE_NOOP, Said, problem, said
from forms.versions import CURRENT_VERSION

# What the command line and the window say a review started from another carries.
STARTED = QT_TRANSLATE_NOOP(
    "Outcome",
    "started from {earlier}. Carried over: answers {answered}, ratings at the last review"
    " {ratings}, recommendations to follow up {rows}",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Outcome",
    "earlier recommendations not carried, as they name no objective (or its table is full):"
    " {count}; you will find them in {earlier}",
)
NOTHING_TO_CARRY = QT_TRANSLATE_NOOP(
    "Problems", "{file}: it holds no answer a new review could start from"
)


class Started(NamedTuple):
    """A review made from an earlier one, and what it took from it."""

    review: Review
    carried: CarriedOver
    #: The earlier review's name: "country — organisation".
    earlier: str
    #: The workbook it came from was edited by hand after its export.
    edited: bool = False

    def said(self) -> list[Said]:
        """What was carried, in the words of the command line and the window."""
        carried = self.carried
        started = said(
            STARTED,
            earlier=self.earlier,
            answered=carried.answered,
            ratings=carried.ratings,
            rows=carried.rows,
        )
        lines = [said(EDITED, said=started) if self.edited else started]
        if carried.left_out:
            lines.append(said(LEFT_OUT, count=carried.left_out, earlier=self.earlier))
        return lines


def start_from_review(store: Store, review_id: str, given: Mapping[str, Any]) -> Started:
    """Create a review following the stored review ``review_id``, with ``given`` answers on top.

    ``given`` holds what the person typed (a country, an organisation, a
    language); it wins over what is carried.
    """
    earlier = store.get(review_id)
    form = store.form(CURRENT_VERSION)
    carried = carry_over(form, earlier.answers)
    # A coalition's next review is a coalition's too: its members' files are merged into it.
    review = store.create({**carried.answers, **given}, sample=earlier.sample, kind=earlier.kind)
    return Started(review, carried, earlier.name)


def start_from_workbook(store: Store, path: Path, given: Mapping[str, Any]) -> Started:
    """Create a review following the review a workbook holds (an export or a filled
    questionnaire, of this form version or an earlier one).

    The file is read and checked as an import reads it; a file refused says why
    (ImportProblems) and nothing is created.
    """
    from exports.xlsx_reader import read_workbook

    contents = read_workbook(path, store.form)
    form = store.form(CURRENT_VERSION)
    carried = carry_over(form, contents.answers)
    if not carried.answers:
        raise UserError(problem(NOTHING_TO_CARRY, file=path))
    earlier = Review(contents.review_id or "", contents.form_version, contents.answers).name
    kind = contents.kind if contents.kind in ("review", "coalition") else "review"
    review = store.create({**carried.answers, **given}, sample=is_sample(contents), kind=kind)
    return Started(review, carried, earlier, contents.edited_after_export)


def start_from(store: Store, source: str, given: Mapping[str, Any]) -> Started:
    """Start from ``source``: a workbook's path (``.xlsx``), or a review id or its prefix."""
    path = Path(source)
    if path.suffix.lower() in (".xlsx", ".xlsm") or path.is_file():
        return start_from_workbook(store, path, given)
    return start_from_review(store, store.resolve_id(source), given)

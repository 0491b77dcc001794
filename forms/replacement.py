"""What a file would destroy if it replaced a stored review, told before it is applied.

A workbook that claims a review already in the database replaces its answers.
When it would also change the organisation that wrote the review, or remove
more than a few of its answers, it may be another organisation's file given
the same id, or a damaged or tampered one: it is applied only once a person
has confirmed it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from forms.role_keys import role_keys
from forms.roles import Role
from forms.safe_text import folded

#: Answers a file may remove without a question (a person clearing a few cells).
REMOVALS_ALLOWED = 5


class Risk(NamedTuple):
    """One reason to confirm: ``kind`` is ``organisation`` (``before``/``after`` names) or
    ``removals`` (``removed`` of ``total`` answers)."""

    kind: str
    before: str = ""
    after: str = ""
    removed: int = 0
    total: int = 0

    def __str__(self) -> str:
        if self.kind == "organisation":
            return f"the organisation changes from {self.before!r} to {self.after or 'none'!r}"
        return f"{self.removed} of its {self.total} answers would be removed"


def organisation_key(*answers: Mapping[str, Any]) -> str:
    """The key of the organisation's name among ``answers`` (its form's, whichever version)."""
    keys = role_keys(Role.ORGANISATION)
    return next((k for k in keys if any(k in a for a in answers)), keys[0])


def replacement_risks(
    current: Mapping[str, Any], incoming: Mapping[str, Any], removed: Collection[str]
) -> list[Risk]:
    """Why replacing ``current`` by ``incoming`` (removing ``removed``) needs a confirmation."""
    risks = []
    key = organisation_key(current, incoming)
    before, after = current.get(key), incoming.get(key)
    if before and folded(before) != folded(after):
        risks.append(Risk("organisation", str(before), str(after or "")))
    if len(removed) > REMOVALS_ALLOWED:
        risks.append(Risk("removals", removed=len(removed), total=len(current)))
    return risks

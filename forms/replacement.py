"""What a file would destroy if it replaced a stored review, told before it is applied.

A workbook that claims a review already in the database replaces its answers.
When it would also change the organisation that wrote the review, or remove
more than a few of its answers, it may be another organisation's file given
the same id, or a damaged or tampered one: it is applied only once a person
has confirmed it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

#: Answers a file may remove without a question (a person clearing a few cells).
REMOVALS_ALLOWED = 5
ORGANISATION = "profile.organisation"


def _same_name(first: Any, second: Any) -> bool:
    def norm(value: Any) -> str:
        return " ".join(str(value or "").split()).casefold()

    return norm(first) == norm(second)


def replacement_risks(
    current: Mapping[str, Any], incoming: Mapping[str, Any], removed: Collection[str]
) -> list[str]:
    """Why replacing ``current`` by ``incoming`` (removing ``removed``) needs a confirmation."""
    risks = []
    before, after = current.get(ORGANISATION), incoming.get(ORGANISATION)
    if before and not _same_name(before, after):
        risks.append(f"the organisation changes from {before!r} to {after or 'none'!r}")
    if len(removed) > REMOVALS_ALLOWED:
        risks.append(f"{len(removed)} of its {len(current)} answers would be removed")
    return risks

"""The mark carried by the id of every review of the workshop sample.

Sample reviews (the one a workshop opens, the practice files of a merge) are
given ids whose last group is :data:`SAMPLE_NODE`. A file exported from one is
then recognised as practice material by its id, even when its ``sample`` flag
cell has been edited. Kept apart from :mod:`forms.sample`, which reads YAML:
creating a review needs only this.
"""

from __future__ import annotations

import uuid

#: The last group of a sample review's id ("5a3b1e": SAMPLE, in hexadecimal letters).
SAMPLE_NODE = "5a3b1e5a3b1e"


def sample_id(base: uuid.UUID | None = None) -> str:
    """A review id for the sample: random (or ``base``), with the sample's last group."""
    text = str(base or uuid.uuid4())
    return f"{text[: -len(SAMPLE_NODE)]}{SAMPLE_NODE}"


def is_sample_id(review_id: str | None) -> bool:
    """Whether ``review_id`` carries the sample's mark."""
    return bool(review_id) and str(review_id).lower().endswith(f"-{SAMPLE_NODE}")

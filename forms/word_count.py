"""How long a review is, in words: what submissions with a word limit are measured in.

A word is a run of characters between spaces holding at least one letter or
digit, in any script: "l’État" is one word, "—" none, and Arabic vowel marks
do not split a word.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.review import free_texts, shareable_answers
from forms.schema import Form


def count_words(text: str) -> int:
    """The words of ``text``."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def review_words(form: Form, answers: Mapping[str, Any]) -> int:
    """The words a shared copy of the review holds: every text answer and text cell,
    without what stays confidential."""
    shared, _ = shareable_answers(form, answers)
    return sum(count_words(text) for _key, text in free_texts(form, shared))

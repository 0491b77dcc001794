"""Looking for personal data left in the free text of a review before it is shared.

Consultation participants and the migrants they speak of must not be
identifiable from a shared report. The check looks for what can be recognised
without guessing: e-mail addresses and telephone numbers. Names cannot be
told from other words, so the form asks never to write them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.review import free_texts, shareable_answers
from forms.schema import Form

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Digits with the separators telephone numbers are written with.
PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{6,}\d(?!\w)")
#: Digit groups that look like a telephone number but are dates, periods or figures.
NOT_PHONE = re.compile(
    r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$"
    r"|^\d{4}\s*[-/]\s*\d{4}$|^\d{1,2}(?:[ .]\d{3}){2,}$|^\d{4}(?: \d{4})+$"
)


@dataclass(frozen=True)
class Finding:
    """Something that looks like personal data: the answer it is in, its kind and a hint.

    ``key`` names the answer or table cell (``methodology.consultations[2].place``);
    ``kind`` is ``email`` or ``phone``; ``hint`` shows it partly masked.
    """

    key: str
    kind: str
    hint: str


def personal_data(
    form: Form, answers: Mapping[str, Any], include_confidential: bool = False
) -> list[Finding]:
    """Likely personal data in what an export would share, in the order of the form."""
    shared, _ = shareable_answers(form, answers, include_confidential)
    findings = []
    for key, text in free_texts(form, shared):
        for match in EMAIL.finditer(text):
            findings.append(Finding(key, "email", _mask(match.group())))
        for match in PHONE.finditer(EMAIL.sub(" ", text)):
            number = match.group().strip()
            digits = sum(c.isdigit() for c in number)
            if 8 <= digits <= 15 and not NOT_PHONE.match(number):
                findings.append(Finding(key, "phone", _mask(number)))
    return findings


def _mask(text: str) -> str:
    """Enough of ``text`` to find it again, not enough to read it out: ``am…@ex…org``."""
    if "@" in text:
        user, _, domain = text.partition("@")
        return f"{user[:2]}…@{domain[:2]}…{domain[-3:]}"
    return f"{text[:3]}…{text[-2:]}"

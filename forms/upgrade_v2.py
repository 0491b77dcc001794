"""The upgrade of answers from form version 1 to version 2 (the 2026-2030 cycle).

What changed, and what the upgrade does with a version-1 answer:

- The Progress Declaration paragraphs are keyed by edition: ``pd51`` becomes
  ``pd2022_51``. Version 1 listed the 2022 declaration only, so a review that
  links any paragraph cites the 2022 edition (``profile.declaration_edition``).
- An objective's recommendations were lines of one text (``recommendations``);
  they are now rows of a table (``state_recommendations``: the workbook has a
  sheet of key recommendations named ``recommendations`` already). Each line
  the report printed as an entry becomes a row whose recommendation is that
  line; its other columns stay to be filled in.
- Every other answer keeps its key and value: version 2 adds questions (the
  forum of the cycle, the implementation framework, the rating at the last
  review, follow-up, human rights mechanisms, more about pledges and
  recommendations) and asks none of version 1's differently.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.schema import Form

FROM_VERSION = 1
#: Version 1's field of an objective linking the declaration's paragraphs.
_PARAGRAPHS = "pd_paragraphs"
#: Version 1's recommendations of an objective: one per line; version 2's table of them.
_RECOMMENDATIONS = "recommendations"
_RECOMMENDATION_ROWS = "state_recommendations"
#: The column of version 2's recommendation rows that holds the text.
_RECOMMENDATION = "recommendation"
_EDITION_KEY = "profile.declaration_edition"
_EDITION = "imrf2022"


def paragraph_key(key: str) -> str:
    """Version 2's key of version 1's paragraph ``pd51``: ``pd2022_51``."""
    return f"pd2022_{key[2:]}" if key.startswith("pd") and key[2:].isdigit() else key


def recommendation_rows(text: str, max_rows: int | None) -> list[dict[str, Any]]:
    """The rows of one recommendation each that version 1's lines become.

    Lines beyond the table's last row stay together in that row, so that
    nothing is dropped.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if max_rows is not None and len(lines) > max_rows:
        lines = [*lines[: max_rows - 1], "\n".join(lines[max_rows - 1 :])]
    return [{_RECOMMENDATION: line} for line in lines]


def upgrade(answers: Mapping[str, Any], form: Form) -> dict[str, Any]:
    """``answers`` of a version-1 review, as version 2 (``form``) asks them."""
    upgraded: dict[str, Any] = {}
    cites_paragraphs = False
    for key, value in answers.items():
        owner, _, name = key.partition(".")
        if name == _PARAGRAPHS and isinstance(value, list):
            upgraded[key] = [paragraph_key(str(choice)) for choice in value]
            cites_paragraphs = cites_paragraphs or bool(value)
        elif name == _RECOMMENDATIONS and isinstance(value, str):
            table = f"{owner}.{_RECOMMENDATION_ROWS}"
            ref = form.ref(table)
            rows = recommendation_rows(value, ref.field.max_rows if ref else None)
            if rows:
                upgraded[table] = rows
        else:
            upgraded[key] = value
    if cites_paragraphs and _EDITION_KEY not in upgraded:
        upgraded[_EDITION_KEY] = _EDITION
    return upgraded

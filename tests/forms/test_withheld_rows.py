"""Rows that never leave this computer: testimonies without consent, unnamed endorsers."""

from __future__ import annotations

import json

import pytest

from forms.errors import DefinitionError
from forms.loader import parse_form
from forms.merge import Contribution, consolidate
from forms.privacy import personal_data
from forms.review import check_answers, resolve, shareable_answers
from forms.withheld_rows import keep_withheld_rows, row_withheld, without_withheld_rows
from forms.word_count import review_words
from tests.forms.test_carry_over import _definition, _objective_field

QUOTED = {"title": "Amina at the border", "summary": "She was sent back twice.", "consent": True}
UNQUOTED = {"title": "A night in the yard", "summary": "He asked us not to publish it."}
REFUSED = {"title": "Told at the clinic", "summary": "Refused, call amina@example.org.",
           "consent": False}  # fmt: skip
NAMED = {"organisation": "Red de Apoyo", "role": "endorsing"}
UNNAMED = {"organisation": "Colectivo Frontera", "role": "endorsing", "unnamed": True}


def _answers() -> dict:
    return {
        "profile.country": "Chile",
        "profile.organisation": "Red Andina",
        "obj13.testimonies": [QUOTED, UNQUOTED, REFUSED],
        "obj08.testimonies": [UNQUOTED],
        "endorsements.entries": [NAMED, UNNAMED],
    }


def test_the_definition_says_which_column_decides(form):
    testimonies = resolve(form, "obj13.testimonies").field
    assert [c.key for c in testimonies.columns if c.shares_row] == ["consent"]
    assert testimonies.keeps_rows_back and not testimonies.withheld_note
    endorsements = resolve(form, "endorsements.entries").field
    assert [c.key for c in endorsements.columns if c.withholds_row] == ["unnamed"]
    assert endorsements.withheld_note.get("en") == "Organisations that asked not to be named"
    check_answers(form, _answers())  # the rows are valid answers


def test_a_row_without_consent_or_asking_not_to_be_named_stays(form):
    testimonies = resolve(form, "obj13.testimonies").field
    endorsements = resolve(form, "endorsements.entries").field
    assert not row_withheld(testimonies, QUOTED)
    assert row_withheld(testimonies, UNQUOTED), "no answer is no consent"
    assert row_withheld(testimonies, REFUSED)
    assert not row_withheld(endorsements, NAMED)
    assert row_withheld(endorsements, UNNAMED)


def test_no_option_lets_them_out(form):
    answers = _answers()
    for include in (False, True):
        shared, withheld = shareable_answers(form, answers, include_confidential=include)
        assert shared["obj13.testimonies"] == [QUOTED]
        assert "obj08.testimonies" not in shared, "a table left without rows is unanswered"
        assert shared["endorsements.entries"] == [NAMED]
        assert withheld
    shown, kept_back = without_withheld_rows(form, answers)
    assert shown["obj13.testimonies"] == [QUOTED]
    assert kept_back == {"obj13.testimonies": 2, "obj08.testimonies": 1,
                         "endorsements.entries": 1}  # fmt: skip
    assert answers["obj13.testimonies"] == [QUOTED, UNQUOTED, REFUSED], "the review is unchanged"


def test_the_merge_the_privacy_check_and_the_word_count_never_see_them(form):
    answers = _answers()
    member = Contribution("4a0e8b7e-56b1-4c3f-9a55-0d1f9e2a7c11", "Red Andina", 1, answers)
    for include in (False, True):
        merged = consolidate(form, [member], include_confidential=include)
        rows = merged.rows.get("endorsements.entries", [])
        assert [r["organisation"] for r in rows] == ["Red de Apoyo"]
        assert [r["title"] for r in merged.rows["obj13.testimonies"]] == ["Amina at the border"]
        assert "obj08.testimonies" not in merged.rows
        assert not personal_data(form, answers, include_confidential=include)
    words = review_words(form, answers)
    assert words == review_words(form, shareable_answers(form, answers)[0])
    consented = {**answers, "obj08.testimonies": [{**UNQUOTED, "consent": True}]}
    assert review_words(form, consented) == words + 5 + 7, "its title and summary count"


def test_importing_the_own_export_keeps_them_where_they_stood(form):
    current = _answers()
    incoming, _ = shareable_answers(form, current)
    incoming["obj13.testimonies"] = [{**QUOTED, "place": "Arica"}]
    kept = keep_withheld_rows(form, incoming, current)
    assert kept["obj13.testimonies"] == [{**QUOTED, "place": "Arica"}, UNQUOTED, REFUSED]
    assert kept["obj08.testimonies"] == [UNQUOTED], "a table the export had no rows of"
    assert kept["endorsements.entries"] == [NAMED, UNNAMED]
    assert keep_withheld_rows(form, kept, current) == kept, "never twice"
    # A row kept back that was also typed into the workbook is there once.
    typed = {**incoming, "obj08.testimonies": [UNQUOTED]}
    assert keep_withheld_rows(form, typed, current)["obj08.testimonies"] == [UNQUOTED]


def _column(data: dict, field: str, column: str) -> dict:
    return next(c for c in _objective_field(data, field)["columns"] if c["key"] == column)


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda d: _column(d, "testimonies", "title").update(shares_row=True),
         "shares_row is for a yes/no column of a table"),
        (lambda d: _objective_field(d, "confidential").update(withholds_row=True),
         "withholds_row is for a yes/no column of a table"),
        (lambda d: _column(d, "testimonies", "consent").update(withholds_row=True),
         "either 'shares_row' or 'withholds_row'"),
        (lambda d: _column(d, "testimonies", "consent").update(shares_row="yes"),
         "'shares_row' must be true or false"),
        (lambda d: _objective_field(d, "sources").update(withheld_note={"en": "Kept"}),
         "withheld_note is for a table with a shares_row or withholds_row column"),
    ],
)  # fmt: skip
def test_the_definition_checks_what_keeps_rows_back(edit, says):
    with pytest.raises(DefinitionError, match=says):
        parse_form(json.dumps(_definition(edit)), "shadow-review-v2")

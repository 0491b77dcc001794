"""Sensitive categories: declared in the definition, and a form that asks none of them."""

from __future__ import annotations

import json

import pytest

from forms.errors import DefinitionError
from forms.loader import parse_form
from forms.review import check_answers, validate
from forms.sensitive import sensitive_choices, without_sensitive
from tests.forms.test_carry_over import _definition


def test_the_definition_marks_the_categories_that_can_put_people_at_risk(form):
    assert [c.label.get("en") for c in sensitive_choices(form)] == [
        "Another gender identity",
        "Migrants in an irregular situation",
    ]


def test_a_form_without_them_keeps_every_question_and_the_other_categories(form):
    asked = without_sensitive(form)
    assert list(asked.answer_keys()) == list(form.answer_keys())
    consultations = asked.ref("methodology.consultations").field
    assert [c.key for c in consultations.column("gender").choices] == [
        "women", "men", "undisclosed",
    ]  # fmt: skip
    assert "irregular" not in [c.key for c in consultations.column("migration_status").choices]
    assert not sensitive_choices(asked)
    assert "other" in [c.key for c in form.ref("methodology.consultations").field.column(
        "gender").choices], "the form itself is unchanged"  # fmt: skip
    # What such a questionnaire gathers is a review of the whole form, whose totals add up.
    row = {"place": "Arica", "format": "focus_group", "participants": 6,
           "gender": {"women": 3, "men": 2, "undisclosed": 1}}  # fmt: skip
    answers = check_answers(form, {"methodology.consultations": [row]})
    assert not [p for p in validate(form, answers) if "consultations" in p.key]


def test_a_form_without_sensitive_choices_is_itself(form):
    asked = without_sensitive(form)
    assert without_sensitive(asked) is asked


def _gender_choice(data: dict) -> dict:
    return next(c for c in data["choice_lists"]["gender"] if c["key"] == "other")


def test_sensitive_is_true_or_false():
    with pytest.raises(DefinitionError, match="'sensitive' must be true or false"):
        parse_form(
            json.dumps(_definition(lambda d: _gender_choice(d).update(sensitive="yes"))),
            "shadow-review-v2",
        )

"""Answers of form version 1 carried over to version 2, every question walked."""

from __future__ import annotations

import pytest

from forms.errors import InvalidValue
from forms.loader import load_form
from forms.review import check_answers
from forms.upgrade_v2 import paragraph_key, recommendation_rows
from forms.upgrades import upgrade_answers
from forms.versions import CURRENT_VERSION
from tests.support import every_field_answers


@pytest.fixture(scope="module")
def v1():
    return load_form(1)


@pytest.fixture(scope="module")
def v2():
    return load_form(2)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_every_answer_of_version_1_is_kept_in_version_2(v1, v2):
    answers = every_field_answers(v1)
    upgraded = upgrade_answers(answers, 1, load_form, 2)
    assert check_answers(v2, upgraded)  # nothing version 2 cannot hold
    for ref in v1.refs():
        key, value = ref.key, answers[ref.key]
        if ref.field.key == "recommendations":  # lines of a text, now rows of a table
            rows = upgraded[f"{ref.owner}.state_recommendations"]
            assert [row["recommendation"] for row in rows] == _lines(value)
            continue
        target = v2.ref(key)
        assert target is not None, f"{key}: no place in version 2"
        if ref.field.key == "pd_paragraphs":
            assert upgraded[key] == [f"pd2022_{choice[2:]}" for choice in value]
            labels = [ref.field.choice(c).label.get("en") for c in value]
            carried = [target.field.choice(c).label.get("en") for c in upgraded[key]]
            assert [label.split(":")[0] for label in labels] == [
                label.split(" (2022)")[0] for label in carried
            ], "the same paragraph numbers"
        else:
            assert target.field.type == ref.field.type, key
            assert upgraded[key] == value, key
    added = set(upgraded) - set(answers)
    tables = {f"{item.key}.state_recommendations" for item in v1.objectives.items}
    assert added == {"profile.declaration_edition", *tables}
    assert not {f"{item.key}.recommendations" for item in v1.objectives.items} & set(upgraded)
    assert upgraded["profile.declaration_edition"] == "imrf2022", "version 1 listed 2022's only"


def test_the_current_version_is_2_and_1_upgrades_to_it(v2):
    assert CURRENT_VERSION == 2
    assert upgrade_answers({}, 1, load_form) == {}


def test_a_review_citing_no_paragraph_gets_no_edition():
    upgraded = upgrade_answers({"profile.country": "Chile"}, 1, load_form)
    assert upgraded == {"profile.country": "Chile"}


def test_more_recommendations_than_rows_stay_together_in_the_last():
    rows = recommendation_rows("a\n\n b \nc\nd", max_rows=3)
    assert rows == [{"recommendation": "a"}, {"recommendation": "b"},
                    {"recommendation": "c\nd"}]  # fmt: skip


def test_a_longest_version_1_recommendation_fits_its_row(v1):
    limit = v1.ref("obj01.recommendations").field.max_length
    upgraded = upgrade_answers({"obj01.recommendations": "x" * limit}, 1, load_form)
    assert upgraded["obj01.state_recommendations"] == [{"recommendation": "x" * limit}]


def test_only_version_1_paragraph_keys_are_renamed():
    assert paragraph_key("pd51") == "pd2022_51"
    assert paragraph_key("pd2022_51") == "pd2022_51"


def test_an_answer_the_next_version_cannot_hold_is_refused_whole():
    with pytest.raises(InvalidValue):
        upgrade_answers({"obj01.rating": "excellent"}, 1, load_form)


def test_answers_are_never_taken_back_to_an_earlier_version():
    with pytest.raises(ValueError):
        upgrade_answers({}, 2, load_form, 1)

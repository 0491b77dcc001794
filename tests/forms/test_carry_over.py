"""A review started from an earlier one: what the definition says it carries, and nothing else."""

from __future__ import annotations

import copy
import json

import pytest

from forms.carry_over import carry_over
from forms.errors import DefinitionError
from forms.loader import load_form, parse_form
from forms.review import check_answers
from forms.roles import Role
from forms.sample import sample_answers
from forms.upgrades import upgrade_answers
from forms.versions import CURRENT_VERSION, compiled_name
from tests.support import every_field_answers


@pytest.fixture(scope="module")
def v2():
    return load_form(CURRENT_VERSION)


def earlier_review(form) -> dict:
    """A review of the last cycle: profile, ratings, recommendations, follow-ups."""
    return {
        "profile.country": "Veridia",
        "profile.organisation": "Migrant Rights Network",
        "profile.language": "fr",
        "profile.contact_email": "contact@example.org",
        "profile.review_date": "2026-03-15",
        "profile.executive_summary": "What 2026 found.",
        "profile.period_start": "2022-01-01",
        "framework.icrmw": "not_ratified",
        "framework.consultation_details": "We were invited late.",
        "obj13.rating": "limited",
        "obj13.previous_rating": "none",
        "obj13.assessment": "Children are still detained.",
        "obj13.confidential": True,
        "obj13.state_recommendations": [
            {"recommendation": "End the detention of children.", "deadline": "2027-12-31"},
            {"recommendation": "Open alternatives to detention.", "status": "reiterated"},
        ],
        "obj13.follow_up": [
            {"recommendation": "Close the Harbour centre.", "made_in": "Our review of 2022",
             "status": "implemented"},
            {"recommendation": "Give detainees a lawyer.", "made_in": "Our review of 2022",
             "status": "partly", "evidence": "Only in the capital."},
            {"recommendation": "Open  alternatives to DETENTION.", "status": "not_implemented",
             "made_in": "Our review of 2022"},
        ],
        "obj05.rating": "not_assessed",
        "obj15.rating": "moderate",
        "recommendations.entries": [
            {"recommendation": "Adopt a firewall.", "objectives": ["obj15", "obj16"]},
            {"recommendation": "Fund the ombudsperson.", "objectives": []},
            {"recommendation": "Ratify the Migrant Workers Convention."},
        ],
    }  # fmt: skip


def test_the_profile_and_framework_are_carried_the_findings_are_not(v2):
    carried = carry_over(v2, earlier_review(v2)).answers
    assert carried["profile.country"] == "Veridia"
    assert carried["profile.organisation"] == "Migrant Rights Network"
    assert carried["profile.language"] == "fr"
    assert carried["profile.contact_email"] == "contact@example.org"
    assert carried["framework.icrmw"] == "not_ratified"
    # What belongs to the earlier review alone starts empty.
    for key in (
        "profile.executive_summary", "profile.review_date", "profile.period_start",
        "framework.consultation_details", "obj13.assessment", "obj13.rating",
        "obj13.state_recommendations", "recommendations.entries",
    ):  # fmt: skip
        assert key not in carried, key


def test_each_rating_becomes_the_rating_at_the_last_review(v2):
    earlier = earlier_review(v2)
    result = carry_over(v2, earlier)
    assert result.answers[v2.item_key(v2.objectives.item("obj13"), Role.PREVIOUS_RATING)] == (
        "limited"
    )  # the earlier rating, not the earlier review's own previous rating
    assert result.answers["obj05.previous_rating"] == "not_assessed"
    assert result.answers["obj15.previous_rating"] == "moderate"
    assert "obj01.previous_rating" not in result.answers  # unrated then: nothing invented
    assert result.ratings == 3


def test_recommendations_become_rows_to_follow_up(v2):
    result = carry_over(v2, earlier_review(v2))
    rows = result.answers["obj13.follow_up"]
    texts = [row["recommendation"] for row in rows]
    # The follow-ups not settled keep where they were made; the implemented one is done with.
    assert "Close the Harbour centre." not in texts
    assert {"recommendation": "Give detainees a lawyer.", "made_in": "Our review of 2022"} in rows
    # The earlier review's own recommendations name it; one followed up and reiterated is
    # once, whatever its case and spacing, with where it was first made.
    assert [t.casefold().split() for t in texts].count(
        ["open", "alternatives", "to", "detention."]
    ) == 1
    assert {
        "recommendation": "Open  alternatives to DETENTION.",
        "made_in": "Our review of 2022",
    } in rows
    made = {row["recommendation"]: row.get("made_in") for row in rows}
    assert made["End the detention of children."] == "Migrant Rights Network (2026-03-15)"
    # Nothing of the earlier follow-up's status or evidence: the new review says what is true now.
    assert all(set(row) <= {"recommendation", "made_in"} for row in rows)
    # A key recommendation goes to the first objective it names.
    assert [r["recommendation"] for r in result.answers["obj15.follow_up"]] == ["Adopt a firewall."]
    assert "obj16.follow_up" not in result.answers
    assert result.rows == len(rows) + 1
    assert result.left_out == 2  # the two key recommendations that name no objective


def test_confidential_objectives_stay_confidential(v2):
    carried = carry_over(v2, earlier_review(v2)).answers
    assert carried["obj13.confidential"] is True
    assert "obj15.confidential" not in carried  # an unticked box is carried as nothing


def test_what_is_carried_is_a_valid_review(v2):
    for earlier in (earlier_review(v2), sample_answers(v2), every_field_answers(v2)):
        carried = carry_over(v2, earlier).answers
        assert check_answers(v2, carried) == carried


def test_a_full_table_keeps_its_limit_and_says_what_it_left(v2):
    earlier = {
        "obj13.state_recommendations": [{"recommendation": f"Do {n}."} for n in range(250)],
    }
    result = carry_over(v2, earlier)
    limit = v2.ref("obj13.follow_up").field.max_rows
    assert len(result.answers["obj13.follow_up"]) == limit
    assert result.left_out == 250 - limit


def test_a_version_1_review_carries_once_upgraded(v2):
    v1 = load_form(1)
    answers = {
        "profile.country": "Veridia",
        "profile.organisation": "Network",
        "obj13.rating": "limited",
        "obj13.recommendations": "End the detention of children.\nOpen alternatives.",
    }
    upgraded = upgrade_answers(answers, 1, load_form, CURRENT_VERSION)
    assert check_answers(v1, answers)
    result = carry_over(v2, upgraded)
    assert result.answers["obj13.previous_rating"] == "limited"
    assert [r["recommendation"] for r in result.answers["obj13.follow_up"]] == [
        "End the detention of children.",
        "Open alternatives.",
    ]


def test_answers_of_the_wrong_shape_are_passed_over(v2):
    earlier = {
        "obj01.follow_up": 5,
        "obj01.state_recommendations": ["a line, not a row", {"recommendation": "Do it."}],
        "recommendations.entries": [{"recommendation": "Act.", "objectives": "obj02"}],
    }
    carried = carry_over(v2, earlier).answers
    assert carried["obj01.follow_up"] == [{"recommendation": "Do it."}]
    assert carried["obj02.follow_up"] == [{"recommendation": "Act."}]


def test_an_empty_earlier_review_carries_nothing(v2):
    result = carry_over(v2, {})
    assert result.answers == {} and result.rows == result.ratings == result.answered == 0


def _definition(edit) -> dict:
    from importlib import resources

    raw = json.loads(
        resources.files("forms.definitions").joinpath(compiled_name(CURRENT_VERSION)).read_text()
    )
    data = copy.deepcopy(raw)
    edit(data)
    return data


def _objective_field(data: dict, key: str) -> dict:
    section = next(s for s in data["sections"] if s["key"] == "objectives")
    return next(f for f in section["item_fields"] if f["key"] == key)


def _carried_from(column: dict, source: str) -> None:
    column.pop("carried", None)
    column["carried_from"] = source


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda d: _objective_field(d, "previous_rating").update(carried_from="nothing"),
         "'nothing' is not a field of the section"),
        (lambda d: _objective_field(d, "previous_rating").update(carried_from="evidence_strength"),
         "do not fit"),
        (lambda d: _objective_field(d, "previous_rating").update(carried=True),
         "either 'carried' or 'carried_from'"),
        (lambda d: _objective_field(d, "follow_up").update(carried_from=["sources_nope"]),
         "not a table it can take rows from"),
        (lambda d: _objective_field(d, "follow_up")["columns"][0].update(max_length=100),
         "does not fit it"),
        (lambda d: _carried_from(_objective_field(d, "follow_up")["columns"][0], "nope"),
         "no source table has 'nope'"),
        (lambda d: _objective_field(d, "sources")["columns"][0].update(carried=True),
         "is carried, its table is not"),
        (lambda d: _objective_field(d, "rating").update(carried_origin=True),
         "carried_origin is for a text column"),
    ],
)  # fmt: skip
def test_the_definition_checks_what_it_carries(edit, says):
    with pytest.raises(DefinitionError, match=says):
        parse_form(json.dumps(_definition(edit)), "shadow-review-v2")  # JSON is YAML

"""Validation and completeness of a filled review."""

from __future__ import annotations

import pytest

from forms.errors import InvalidValue, UnknownKey
from forms.review import check_answers, completeness, resolve, validate
from tests.support import every_field_answers

PROFILE = {
    "profile.country": "Veridia",
    "profile.organisation": "Network",
    "profile.language": "en",
}


def codes(problems):
    return {(p.key, p.code) for p in problems}


def test_empty_review_misses_the_required_profile(form):
    assert codes(validate(form, {})) == {
        ("profile.country", "required"),
        ("profile.organisation", "required"),
        ("profile.language", "required"),
    }


def test_a_started_objective_needs_its_rating(form):
    answers = {**PROFILE, "obj07.assessment": "Observed on the ground."}
    assert codes(validate(form, answers)) == {("obj07.rating", "required")}
    answers["obj07.rating"] = "limited"
    assert validate(form, answers) == []


def test_table_rows_need_their_required_columns(form):
    answers = {
        **PROFILE,
        "pledges.entries": [{"made_by": "Ministry"}, {"pledge": "P", "status": "fulfilled"}],
    }
    assert codes(validate(form, answers)) == {
        ("pledges.entries[1].pledge", "required"),
        ("pledges.entries[1].status", "required"),
    }


def test_disaggregation_cannot_exceed_participants(form):
    row = {
        "place": "Dakar",
        "format": "workshop",
        "participants": 10,
        "gender": {"women": 8, "men": 4},
    }
    problems = validate(form, {**PROFILE, "methodology.consultations": [row]})
    assert codes(problems) == {("methodology.consultations[1].gender", "total_exceeded")}
    assert "add up to 12, more than the 10 participants" in problems[0].message
    row["participants"] = 12
    assert validate(form, {**PROFILE, "methodology.consultations": [row]}) == []


def test_disaggregation_short_of_participants_is_flagged(form):
    row = {"place": "Dakar", "format": "workshop", "participants": 40}
    row["gender"] = {"women": 20, "men": 19}
    problems = validate(form, {**PROFILE, "methodology.consultations": [row]})
    assert codes(problems) == {("methodology.consultations[1].gender", "total_short")}
    assert "add up to 39, fewer than the 40 participants" in problems[0].message
    row["gender"]["undisclosed"] = 1
    assert validate(form, {**PROFILE, "methodology.consultations": [row]}) == []


def test_period_order_and_length(form):
    wrong = {**PROFILE, "profile.period_start": "2025-01-01", "profile.period_end": "2024-01-01"}
    assert codes(validate(form, wrong)) == {("profile.period_end", "date_order")}
    assert not validate(form, wrong)[0].warning, "an end before the start is an error"
    long = {**PROFILE, "profile.period_start": "2020-02-29", "profile.period_end": "2024-03-01"}
    assert codes(validate(form, long)) == {("profile.period_end", "period_too_long")}
    # Four years is a convention of the Universal Periodic Review, not a GCM rule.
    assert validate(form, long)[0].warning
    four = {**PROFILE, "profile.period_start": "2022-01-01", "profile.period_end": "2025-12-31"}
    assert validate(form, four) == []


def test_invalid_and_unknown_answers_are_reported(form):
    answers = {**PROFILE, "obj01.rating": "excellent", "obj99.rating": "limited"}
    assert codes(validate(form, answers)) == {
        ("obj01.rating", "invalid"),
        ("obj99.rating", "unknown_key"),
    }


def test_every_field_answered_is_valid_and_complete(form):
    answers = every_field_answers(form)
    assert validate(form, answers) == []
    done = completeness(form, answers)
    assert done.overall.percent == 100
    assert all(p.percent == 100 for p in done.sections.values())


def test_completeness_counts_per_section_and_item(form):
    empty = completeness(form, {})
    assert empty.overall.answered == 0 and empty.overall.percent == 0
    objective_fields = [f for f in form.objectives.item_fields if f.counts_for_completeness]
    answers = {"obj05.rating": "limited", "obj05.confidential": True, "obj05.indicators": [{}]}
    done = completeness(form, answers)
    assert done.owners["obj05"].answered == 1
    assert done.owners["obj05"].total == len(objective_fields)
    assert done.owners["obj06"].answered == 0
    assert done.sections["objectives"].total == 23 * len(objective_fields)
    assert "confidential" not in {f.key for f in objective_fields}
    assert "indicators" not in {f.key for f in objective_fields}


def test_check_answers_stops_at_the_first_bad_entry(form):
    with pytest.raises(UnknownKey, match="obj24"):
        check_answers(form, {"obj01.rating": "limited", "obj24.rating": "limited"})
    with pytest.raises(InvalidValue):
        check_answers(form, {"obj01.rating": "limited", "obj02.rating": 3})
    assert check_answers(form, {"obj01.assessment": "  "}) == {"obj01.assessment": None}


def test_resolve_gives_helpful_hints(form):
    assert resolve(form, "gp03.assessment").item.key == "gp03"
    with pytest.raises(UnknownKey, match="'nothing' is no section or item"):
        resolve(form, "nothing.rating")
    with pytest.raises(UnknownKey, match=r"obj01 has: .*rating"):
        resolve(form, "obj01.score")


def test_badly_formed_email_is_a_problem_but_can_be_saved(form):
    answers = {**PROFILE, "profile.contact_email": "someone@"}
    assert check_answers(form, answers)["profile.contact_email"] == "someone@"
    assert codes(validate(form, answers)) == {("profile.contact_email", "format")}


def test_side_by_side_fields_of_the_objective_page(form):
    assert form.objectives.partner_of("assessment") == ("official_claim", "assessment")
    assert form.objectives.partner_of("rating") is None

"""The trend of an objective: its rating against its rating at the last review, on the scale.

The scale measures progress since the review before: a lower rating is less
progress, not a worse situation, and the trend says only higher, same, lower.
"""

from __future__ import annotations

import pytest

from forms.trend import Trend, rating_trend, trend_counts


@pytest.mark.parametrize(
    ("before", "now", "trend"),
    [
        ("limited", "moderate", Trend.HIGHER),
        ("regression", "substantial", Trend.HIGHER),
        ("moderate", "moderate", Trend.SAME),
        ("moderate", "none", Trend.LOWER),
        ("not_assessed", "moderate", None),  # off the scale: no trend rather than a wrong one
        ("moderate", "not_assessed", None),
        (None, "moderate", None),
        ("moderate", None, None),
    ],
)
def test_trend_on_the_rating_scale(form, before, now, trend):
    item = form.objectives.item("obj07")
    answers = {"obj07.previous_rating": before, "obj07.rating": now}
    assert rating_trend(form, {k: v for k, v in answers.items() if v}, item) is trend


def test_trends_are_counted_over_the_objectives(form):
    answers = {
        "obj01.previous_rating": "none", "obj01.rating": "limited",
        "obj02.previous_rating": "limited", "obj02.rating": "limited",
        "obj03.previous_rating": "moderate", "obj03.rating": "limited",
        "obj04.previous_rating": "moderate", "obj04.rating": "substantial",
        "obj05.rating": "limited",
    }  # fmt: skip
    counts = trend_counts(form, answers)
    assert counts == {Trend.HIGHER: 2, Trend.SAME: 1, Trend.LOWER: 1}


def test_a_form_without_previous_ratings_has_no_trend():
    from forms.loader import load_form

    v1 = load_form(1)
    answers = {"obj07.previous_rating": "limited", "obj07.rating": "moderate"}
    assert rating_trend(v1, answers, v1.objectives.item("obj07")) is None

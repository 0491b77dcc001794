"""The trend of each objective: its rating against its rating at the last review.

Both are choices of the rating list; the trend compares their places on the
progress scale (the choices not marked ``scale: false``), so that "not
assessed" at either review gives no trend rather than a wrong one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from forms.merge import rating_scale
from forms.roles import Role
from forms.schema import Form, Item


class Trend(StrEnum):
    """How an objective's rating stands against its rating at the last review.

    The rating scale itself measures progress since the review before, so a
    trend says whether the rating is higher, the same or lower, not whether the
    situation is better: "substantial" then "moderate" progress is progress.
    """

    HIGHER = "higher"
    SAME = "same"
    LOWER = "lower"


#: The order the trends are counted and listed in.
TRENDS = (Trend.HIGHER, Trend.SAME, Trend.LOWER)


def has_previous_rating(form: Form) -> bool:
    """Whether the form asks each objective's rating at the last review."""
    return form.role_ref(Role.PREVIOUS_RATING) is not None


def rating_trend(form: Form, answers: Mapping[str, Any], item: Item) -> Trend | None:
    """``item``'s trend, or None when either rating is missing or off the scale."""
    if not has_previous_rating(form):
        return None
    scale = rating_scale(form)
    now = answers.get(form.item_key(item, Role.RATING))
    before = answers.get(form.item_key(item, Role.PREVIOUS_RATING))
    if now not in scale or before not in scale:
        return None
    step = scale.index(now) - scale.index(before)
    return Trend.HIGHER if step > 0 else Trend.LOWER if step < 0 else Trend.SAME


def trend_counts(
    form: Form, answers: Mapping[str, Any], items: tuple[Item, ...] | None = None
) -> Counter[Trend]:
    """How many objectives (of ``items``, by default all) have each trend."""
    counted: Counter[Trend] = Counter()
    for item in form.objectives.items if items is None else items:
        found = rating_trend(form, answers, item)
        if found is not None:
            counted[found] += 1
    return counted

"""Fictional member organisations' reviews for practising a coalition merge at workshops.

Deterministic for a given count: the same N gives the same files. The set has
varied ratings close to a shared view on most objectives, a few objectives on
which members strongly disagree, one exact duplicate of another member's file
and one older revision of a member's review.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from typing import Any

from forms.merge import rating_scale
from forms.roles import Role
from forms.sample import sample_country
from forms.sample_marks import sample_id
from forms.schema import Form

#: How many objectives members rate at the two ends of the scale (strong disagreement).
CONTESTED = 3

#: The name of the SAMPLE coalition review the practice files are merged into.
PRACTICE_COALITION = "SAMPLE – Veridia Practice Coalition"

KINDS = [
    "Migrant Workers' Collective", "Women on the Move Association", "Diaspora Forum",
    "Legal Aid Clinic for Migrants", "Returnees' Network", "Youth Migration Observatory",
    "Faith Community Shelter", "Domestic Workers' Union", "Refugee Support Centre",
    "Seasonal Workers' Committee",
]  # fmt: skip
PLACES = [
    "Port Meridian", "Valmont", "Kessara", "Qasr Layla", "Northbridge", "Lower Aldea",
    "Saint-Ombre", "Marisol", "Tamar Oasis", "Eastgate",
]  # fmt: skip
OBSERVATIONS = {
    "regression": "In {place} we document a clear deterioration since the last review: {concern}.",
    "none": "Nothing has changed for the people we accompany in {place}; {concern}.",
    "limited": "Some steps were announced, but in {place} few migrants benefit: {concern}.",
    "moderate": "Measures reach part of the migrants we work with in {place}, though {concern}.",
    "substantial": "In {place} the change is visible: most people we accompany say {concern}.",
    "not_assessed": "We could not gather enough evidence in {place} to judge this objective.",
}
CONCERNS = {
    "regression": "more people are detained or turned away than two years ago",
    "none": "the same barriers remain for those without papers",
    "limited": "information is only in the official language and offices are far away",
    "moderate": "undocumented migrants are still left out",
    "substantial": "services are open to them whatever their status",
    "not_assessed": "",
}


@dataclass(frozen=True)
class MemberFile:
    """One file to write: a member's review, its revision and a file name."""

    file_name: str
    review_id: str
    revision: int
    answers: dict[str, Any]


def file_names(count: int) -> list[str]:
    """The names of a set of ``count`` files, in order: the members', the duplicate's,
    then the older draft's."""
    members = [f"member-{number:03d}.xlsx" for number in range(1, count - 1)]
    return [
        *members,
        f"member-{count - 1:03d}-duplicate.xlsx",
        f"member-{count:03d}-older-draft.xlsx",
    ]


def member_files(form: Form, count: int, seed: int = 2026) -> list[MemberFile]:
    """``count`` files (at least 3): distinct members, then a duplicate and an older revision."""
    if count < 3:
        raise ValueError("a practice set needs at least 3 files")
    rng = random.Random(seed)
    scale = rating_scale(form)
    rating = form.role_field(Role.RATING)
    all_ratings = [c.key for c in rating.choices]
    contested = {item.key for item in rng.sample(list(form.objectives.items), CONTESTED)}
    # Elsewhere members share a view, a step apart at most: no strong disagreement.
    shared = {item.key: rng.randrange(len(scale) - 1) for item in form.objectives.items}
    first_objective = form.objectives.items[0]  # the one the older draft differs on
    names = file_names(count)
    members: list[MemberFile] = []
    country = sample_country()
    for number in range(count - 2):
        place = PLACES[number % len(PLACES)]
        name = f"{KINDS[number % len(KINDS)]} of {place}"
        if number >= len(KINDS):
            name += f" ({number // len(KINDS) + 1})"
        answers: dict[str, Any] = {
            form.role_key(Role.COUNTRY): country,
            form.role_key(Role.ORGANISATION): name,
            form.role_key(Role.ORGANISATION_KIND): "organisation",
            form.role_key(Role.LANGUAGE): "en",
        }
        for item in form.objectives.items:
            if rng.random() < 0.2 and item is not first_objective:
                continue  # members do not cover every objective
            if item.key in contested:
                key = scale[0] if number % 2 == 0 else scale[-1]
            elif rng.random() < 0.05:
                key = all_ratings[-1]
            else:
                key = scale[shared[item.key] + rng.choice((0, 0, 1))]
            answers[form.item_key(item, Role.RATING)] = key
            answers[form.item_key(item, Role.ASSESSMENT)] = OBSERVATIONS[key].format(
                place=place, concern=CONCERNS[key]
            )
        answers["endorsements.entries"] = [
            {"organisation": name, "role": "endorsing", "country": country}
        ]
        answers["methodology.consultations"] = [
            {
                "place": place,
                "format": rng.choice(["workshop", "focus_group", "interviews"]),
                "participants": (total := rng.randrange(8, 60)),
                "gender": {"women": total // 2, "men": total - total // 2},
            }
        ]
        review_id = sample_id(uuid.UUID(int=rng.getrandbits(128), version=4))
        members.append(MemberFile(names[number], review_id, 2, answers))
    first = members[0]
    older = dict(first.answers)
    key = form.item_key(first_objective, Role.ASSESSMENT)
    older[key] = "Draft: " + older.get(key, "to be completed")
    again = members[min(1, len(members) - 1)]  # with 3 files there is one member only
    members.append(MemberFile(names[-2], again.review_id, again.revision, again.answers))
    members.append(MemberFile(names[-1], first.review_id, 1, older))
    return members

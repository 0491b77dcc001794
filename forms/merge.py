"""Combining member organisations' reviews into a coalition view, keeping who said what.

Nothing is averaged away: per objective the distribution of ratings, their
median on the progress scale and how far apart they are, and every
organisation's own assessment with its name. Consultations, participation,
pledges and endorsements are combined with the organisation each came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from forms.review import shareable_answers
from forms.roles import Role
from forms.safe_text import folded
from forms.schema import Field, Form

#: A spread of this many steps or more on the rating scale counts as strong disagreement.
DISAGREEMENT_STEPS = 2


@dataclass(frozen=True)
class Contribution:
    """One member organisation's review as received (a snapshot, never edited).

    ``review_id`` is the member's identity (see :func:`member_identity`);
    ``edited`` tells that the file was edited by hand after its export.
    """

    review_id: str
    organisation: str
    revision: int
    answers: Mapping[str, Any]
    source: str = ""
    received: str = ""
    edited: bool = False


def member_identity(
    review_id: str | None, template_id: str | None, organisation: str, answers: Mapping[str, Any]
) -> str:
    """Who a contribution comes from, so that a file sent again replaces the earlier one.

    A member's export is its review id. A filled blank questionnaire is the
    template's own id together with the organisation that filled it: the same
    blank file is often sent to every member. A questionnaire written before
    templates had ids is known by the organisation alone, or when it names
    none, by its answers.
    """
    import hashlib

    if review_id:
        return review_id
    if organisation.strip():
        name = hashlib.sha256(folded(organisation).encode("utf-8")).hexdigest()[:16]
        return f"template-{template_id or 'none'}-{name}"
    from forms.review import answers_digest

    return f"template-{answers_digest(answers)[:16]}"


@dataclass(frozen=True)
class Voice:
    """What one organisation (``member``: its identity) said about one objective."""

    organisation: str
    rating: str | None
    assessment: str
    member: str = ""
    #: Its rating of the objective at the last review, where it gave one.
    previous: str | None = None


@dataclass(frozen=True)
class ObjectiveView:
    """The consolidated picture of one objective across the contributions."""

    key: str
    counts: dict[str, int]
    median: str | None
    spread: int
    voices: tuple[Voice, ...]

    @property
    def rated(self) -> int:
        return sum(self.counts.values())

    @property
    def disagreement(self) -> bool:
        """True when organisations are two or more steps apart on the scale."""
        return self.spread >= DISAGREEMENT_STEPS


class Member(NamedTuple):
    """Who contributed: identity, organisation, and whether the file was edited after export."""

    identity: str
    organisation: str
    edited: bool


@dataclass
class Consolidation:
    """Everything combined from the contributions, with provenance."""

    contributors: list[str]
    objectives: dict[str, ObjectiveView]
    participation: dict[str, dict[str, int]] = field(default_factory=dict)
    participation_by_organisation: dict[str, dict[str, dict[str, int]]] = field(
        default_factory=dict
    )
    #: The members' rows of every table (the objectives' too), per key, each naming its
    #: member under MEMBER_KEY.
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Each contribution's member, in order: two organisations of the same name
    #: stay two members.
    members: list[Member] = field(default_factory=list)
    #: Answers to questions asked once that every member gave alike (the country,
    #: the period): what the coalition's report may say for all of them.
    shared: dict[str, Any] = field(default_factory=dict)
    #: The long texts of questions asked once (a member's methodology), per key:
    #: (organisation, text) for each member that wrote one, in the members' order.
    texts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def objectives_assessed(self) -> dict[str, int]:
        """How many objectives each member (by identity) rated or assessed."""
        counts = dict.fromkeys((member.identity for member in self.members), 0)
        for view in self.objectives.values():
            for voice in view.voices:
                counts[voice.member] = counts.get(voice.member, 0) + 1
        return counts


#: The key, in a coalition's gathered table rows, of the member each row comes from.
MEMBER_KEY = "_organisation"


def rating_scale(form: Form) -> list[str]:
    """The rating keys that form the progress scale, worst first."""
    rating = form.role_field(Role.RATING)
    return [c.key for c in rating.choices if c.extra.get("scale", True)]


def median_rating(ratings: Iterable[str], scale: list[str]) -> str | None:
    """The median of ratings on the scale (the lower middle for an even count)."""
    positions = sorted(scale.index(r) for r in ratings if r in scale)
    if not positions:
        return None
    return scale[positions[(len(positions) - 1) // 2]]


def consolidate(
    form: Form, contributions: Iterable[Contribution], include_confidential: bool = False
) -> Consolidation:
    """Combine ``contributions``; confidential answers stay out unless included."""
    members = list(contributions)
    visible = [(c, _visible(form, c.answers, include_confidential)) for c in members]
    scale = rating_scale(form)
    rating_field = form.role_field(Role.RATING)
    earlier = form.role_field(Role.PREVIOUS_RATING) if form.role_ref(Role.PREVIOUS_RATING) else None
    objectives = {}
    for item in form.objectives.items:
        voices = []
        counts = {c.key: 0 for c in rating_field.choices}
        for member, answers in visible:
            rating = answers.get(form.item_key(item, Role.RATING))
            assessment = answers.get(form.item_key(item, Role.ASSESSMENT)) or ""
            previous = answers.get(f"{item.key}.{earlier.key}") if earlier else None
            if rating in counts:
                counts[rating] += 1
            if rating or assessment:
                voices.append(
                    Voice(member.organisation, rating, assessment, member.review_id, previous)
                )
        positions = [scale.index(v.rating) for v in voices if v.rating in scale]
        objectives[item.key] = ObjectiveView(
            key=item.key,
            counts=counts,
            median=median_rating((v.rating for v in voices if v.rating), scale),
            spread=max(positions) - min(positions) if positions else 0,
            voices=tuple(voices),
        )
    result = Consolidation(
        [m.organisation for m in members],
        objectives,
        members=[Member(m.review_id, m.organisation, m.edited) for m in members],
    )
    result.shared = _shared(form, [answers for _member, answers in visible])
    for ref in form.refs():
        if ref.item is None and ref.field.type == "longtext":
            said = [(m.organisation, a[ref.key]) for m, a in visible if a.get(ref.key)]
            if said:
                result.texts[ref.key] = said
    for ref in form.refs():
        # A member's sources are numbered for its own texts' citations: they stay its own.
        if ref.field.type != "table" or ref.field.role is Role.SOURCES:
            continue
        rows = []
        for member, answers in visible:
            for row in answers.get(ref.key) or []:
                rows.append({**row, MEMBER_KEY: member.organisation})
        if rows:
            result.rows[ref.key] = rows
        for column in ref.field.columns:
            if column.type == "counts":
                _participation(result, ref.key, column, visible)
    return result


def _shared(form: Form, answered: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The answers to single questions that every member gave, and gave alike."""
    shared: dict[str, Any] = {}
    for ref in form.refs():
        if ref.item is not None or ref.field.type in ("table", "longtext"):
            continue
        values = [answers.get(ref.key) for answers in answered]
        if not values or any(v is None or v == "" for v in values):
            continue
        if len({folded(v) if isinstance(v, str) else repr(v) for v in values}) == 1:
            shared[ref.key] = values[0]
    return shared


def _visible(form: Form, answers: Mapping[str, Any], include: bool) -> Mapping[str, Any]:
    return shareable_answers(form, answers, include)[0]


def _participation(
    result: Consolidation,
    table_key: str,
    column: Field,
    visible: list[tuple[Contribution, Mapping[str, Any]]],
) -> None:
    totals = {c.key: 0 for c in column.choices}
    for member, answers in visible:
        own = {c.key: 0 for c in column.choices}
        for row in answers.get(table_key) or []:
            for key, count in (row.get(column.key) or {}).items():
                own[key] = own.get(key, 0) + count
                totals[key] = totals.get(key, 0) + count
        if any(own.values()):
            by_org = result.participation_by_organisation.setdefault(column.key, {})
            previous = by_org.get(member.organisation, {})
            by_org[member.organisation] = {k: previous.get(k, 0) + n for k, n in own.items()}
    if any(totals.values()):
        result.participation[column.key] = totals

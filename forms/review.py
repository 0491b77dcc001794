"""A filled review as plain data, its validation and its completeness.

No Qt, no I/O: the store in :mod:`desktop.store` persists these objects and
the exporters read them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from forms.errors import InvalidValue, UnknownKey
from forms.role_keys import role_keys
from forms.roles import Role
from forms.schema import TEXT_TYPES, Field, FieldRef, Form, Section
from forms.values import check_value, format_problem, is_blank
from forms.withheld_rows import without_withheld_rows


@dataclass
class Review:
    """One shadow review: its identity, the form version it follows and its answers.

    ``answers`` maps answer keys (``profile.country``, ``obj05.rating``) to
    checked values; a key that is absent is unanswered.
    """

    id: str
    form_version: int
    answers: dict[str, Any] = field(default_factory=dict)
    created: str = ""
    updated: str = ""
    revision: int = 0
    sample: bool = False
    kind: str = "review"

    def get(self, key: str, default: Any = None) -> Any:
        """The answer under ``key``, or ``default``."""
        return self.answers.get(key, default)

    @property
    def country(self) -> str:
        return self._played(Role.COUNTRY)

    @property
    def organisation(self) -> str:
        return self._played(Role.ORGANISATION)

    def _played(self, role: Role) -> str:
        """The answer of the field playing ``role`` (in whichever shipped version has it)."""
        for key in role_keys(role):
            value = self.answers.get(key)
            if value:
                return str(value)
        return ""

    @property
    def name(self) -> str:
        """How a person tells the review apart: "country — organisation" (empty if neither)."""
        return " — ".join(part for part in (self.country, self.organisation) if part)


@dataclass(frozen=True)
class Problem:
    """Something to fix in a review: the answer key it concerns, a code and a message.

    ``key`` may point inside a table row, e.g. ``methodology.consultations[2].place``.
    Codes: ``unknown_key``, ``invalid``, ``required``, ``format``, ``total_exceeded``,
    ``total_short``, ``date_order``, ``period_too_long`` (a warning: the four years of
    ``max_years`` are a convention of the Universal Periodic Review, not a GCM rule).
    ``message`` is in English; ``params`` hold what an interface needs to say it in another
    language: the field's label (a Text) for ``required`` and the two totals, then the sum
    and the total; the value for ``format``; the number of years for ``period_too_long``.
    """

    key: str
    code: str
    message: str
    params: tuple[Any, ...] = field(default=(), compare=False)
    # Something to look at that may stand (a period longer than usual), not an error.
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


def resolve(form: Form, key: str) -> FieldRef:
    """The field an answer key names; raise UnknownKey with a hint otherwise."""
    ref = form.ref(key)
    if ref is not None:
        return ref
    owner = key.partition(".")[0]
    known_owners = {r.owner for r in form.refs()}
    if owner not in known_owners:
        raise UnknownKey(f"{key!r} is not a question of the form ({owner!r} is no section or item)")
    fields = sorted({r.field.key for r in form.refs() if r.owner == owner})
    raise UnknownKey(f"{key!r} is not a question of the form ({owner} has: {', '.join(fields)})")


def check_answers(form: Form, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Check a set of changes before saving: every key known, every value allowed.

    Returns the normalised values (``None`` for answers to clear). Raises
    UnknownKey or InvalidValue on the first bad entry, so that nothing is saved.
    """
    checked = {}
    for key, value in changes.items():
        ref = resolve(form, key)
        checked[key] = check_value(ref.field, value, key)
    return checked


def validate(form: Form, answers: Mapping[str, Any]) -> list[Problem]:
    """Every problem in ``answers``, in the order of the form.

    A required field is required always in a section of its own (the profile),
    and once an item has been started in an item section (a rated objective
    needs its rating); a required table column is required in each row.
    """
    problems: list[Problem] = []
    for key in answers:
        if form.ref(key) is None:
            problems.append(Problem(key, "unknown_key", "not a question of this form"))
    for section in form.sections:
        for owner in section.answer_owners():
            started = not section.has_items or any(
                not is_blank(answers.get(f"{owner}.{f.key}")) for f in section.item_fields
            )
            for fld in section.owner_fields():
                key = f"{owner}.{fld.key}"
                value = answers.get(key)
                problems.extend(_field_problems(fld, key, value, required=started))
            problems.extend(_rule_problems(section, owner, answers))
    return problems


def _field_problems(fld: Field, key: str, value: Any, required: bool) -> list[Problem]:
    if is_blank(value):
        if fld.required and required:
            return [Problem(key, "required", f"{fld.label} is required", (fld.label,))]
        return []
    try:
        value = check_value(fld, value, key)
    except InvalidValue as err:
        return [Problem(err.key, "invalid", err.detail)]
    problems = []
    format_message = format_problem(fld, value)
    if format_message:
        problems.append(Problem(key, "format", format_message, (value,)))
    if fld.type != "table":
        return problems
    for index, row in enumerate(value, start=1):
        for column in fld.columns:
            where = f"{key}[{index}].{column.key}"
            cell = row.get(column.key)
            cell_format = format_problem(column, cell)
            if cell_format:
                problems.append(Problem(where, "format", cell_format, (cell,)))
            if column.required and is_blank(cell):
                problems.append(
                    Problem(where, "required", f"{column.label} is required", (column.label,))
                )
            if column.type == "counts" and column.total and cell:
                problems.extend(_total_problems(column, where, cell, row.get(column.total)))
    return problems


def _total_problems(column: Field, where: str, cell: Any, total: Any) -> list[Problem]:
    """Counts that add up to more, or fewer, than the total they break down."""
    if not isinstance(total, int) or not isinstance(cell, dict):
        return []
    counted = sum(cell.values())
    if counted > total:
        code, message = "total_exceeded", f"more than the {total} participants"
    elif counted < total:
        code, message = "total_short", f"fewer than the {total} participants"
    else:
        return []
    return [
        Problem(
            where,
            code,
            f"{column.label} add up to {counted}, {message}",
            (column.label, counted, total),
        )
    ]


def _rule_problems(section: Section, owner: str, answers: Mapping[str, Any]) -> list[Problem]:
    problems = []
    for rule in section.rules:
        if rule.rule != "date_order":
            continue
        start_key = f"{owner}.{rule.params['start']}"
        end_key = f"{owner}.{rule.params['end']}"
        start, end = _as_date(answers.get(start_key)), _as_date(answers.get(end_key))
        if start is None or end is None:
            continue
        if end < start:
            problems.append(
                Problem(end_key, "date_order", "the end of the period is before its start")
            )
            continue
        max_years = rule.params.get("max_years")
        if max_years and _add_years(start, max_years) < end:
            problems.append(
                Problem(
                    end_key,
                    "period_too_long",
                    f"the period is longer than the {max_years} years submissions usually cover",
                    (max_years,),
                    warning=True,
                )
            )
    return problems


def _as_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Progress:
    """How many of the counted questions of a part of the review are answered."""

    answered: int
    total: int

    @property
    def ratio(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def percent(self) -> int:
        """Whole percent, rounded down so that 100 means truly complete."""
        return int(self.ratio * 100 + 1e-9)

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.answered + other.answered, self.total + other.total)


@dataclass(frozen=True)
class Completeness:
    """Completeness of a review: overall, per section and per owner (item or section)."""

    overall: Progress
    sections: dict[str, Progress]
    owners: dict[str, Progress]


def completeness(form: Form, answers: Mapping[str, Any]) -> Completeness:
    """Count answered questions. Booleans and optional questions do not count."""
    sections: dict[str, Progress] = {}
    owners: dict[str, Progress] = {}
    overall = Progress(0, 0)
    for section in form.sections:
        counted = [f for f in section.owner_fields() if f.counts_for_completeness]
        section_progress = Progress(0, 0)
        for owner in section.answer_owners():
            done = sum(1 for f in counted if not is_blank(answers.get(f"{owner}.{f.key}")))
            progress = Progress(done, len(counted))
            owners[owner] = progress
            section_progress = section_progress + progress
        sections[section.key] = section_progress
        overall = overall + section_progress
    return Completeness(overall, sections, owners)


def answers_digest(answers: Mapping[str, Any]) -> str:
    """A SHA-256 of the answers in a canonical form: equal answers give equal digests."""
    import hashlib
    import json

    canonical = json.dumps(answers, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def confidential_keys(form: Form, answers: Mapping[str, Any]) -> set[str]:
    """The answer keys that stay out of shared exports unless explicitly included.

    These are confidential or personal fields (contacts) and every answer of an
    item whose confidential flag is set (an objective marked confidential).
    """
    hidden: set[str] = set()
    for ref in form.refs():
        section = ref.section
        flag = section.confidential_flag
        flagged = bool(flag and answers.get(f"{ref.owner}.{flag}"))
        if ref.field.confidential or ref.field.personal or (flagged and ref.field.key != flag):
            hidden.add(ref.key)
    return hidden


def shareable_answers(
    form: Form, answers: Mapping[str, Any], include_confidential: bool = False
) -> tuple[dict[str, Any], bool]:
    """``answers`` as an export may hold them, and whether something was left out.

    Rows that never leave this computer (see :mod:`forms.withheld_rows`) are left
    out whatever the options; unless ``include_confidential``, so are
    :func:`confidential_keys` and, inside tables, confidential or personal columns
    (such as the contact of an endorsing organisation).
    """
    shown, kept_back = without_withheld_rows(form, answers)
    if include_confidential:
        return shown, bool(kept_back)
    hidden = confidential_keys(form, shown)
    shared = {k: v for k, v in shown.items() if k not in hidden}
    withheld = bool(kept_back) or len(shared) < len(shown)
    for ref in form.refs():
        rows = shared.get(ref.key)
        if ref.field.type != "table" or not rows:
            continue
        private = {c.key for c in ref.field.columns if c.confidential or c.personal}
        if private and any(private & row.keys() for row in rows):
            withheld = True
            shared[ref.key] = [{k: v for k, v in row.items() if k not in private} for row in rows]
    return shared, withheld


def free_texts(form: Form, answers: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every text a person wrote: (answer key, text), table cells as ``key[row].column``."""
    for ref in form.refs():
        value = answers.get(ref.key)
        if not value:
            continue
        if ref.field.type in TEXT_TYPES and isinstance(value, str):
            yield ref.key, value
        elif ref.field.type == "table" and isinstance(value, list):
            for number, row in enumerate(value, start=1):
                for column in ref.field.columns:
                    cell = row.get(column.key)
                    if column.type in TEXT_TYPES and isinstance(cell, str) and cell:
                        yield f"{ref.key}[{number}].{column.key}", cell


def restore_withheld(
    form: Form, incoming: Mapping[str, Any], current: Mapping[str, Any]
) -> tuple[dict[str, Any], set[str]]:
    """Bring a shared copy (confidential content left out) back over the ``current`` answers.

    Returns the answers to save, where table rows that match a current row in every
    shared column get its confidential columns back, and the keys to keep as they are
    (the confidential answers the copy never held).
    """
    answers = dict(incoming)
    for ref in form.refs():
        rows = answers.get(ref.key)
        if ref.field.type != "table" or not rows:
            continue
        private = {c.key for c in ref.field.columns if c.confidential or c.personal}
        if not private:
            continue
        before = current.get(ref.key) or []
        restored = []
        for row in rows:
            match: dict[str, Any] = next(
                (
                    old
                    for old in before
                    if {k: v for k, v in old.items() if k not in private} == row
                ),
                {},
            )
            merged = {**row, **{k: v for k, v in match.items() if k in private}}
            restored.append({c.key: merged[c.key] for c in ref.field.columns if c.key in merged})
        answers[ref.key] = restored
    return answers, confidential_keys(form, current)

"""What a review started from an earlier one takes from it.

The definition says what is carried, so that a new form version decides it
with its questions:

- ``carried: true`` on a field: the new review starts with the earlier
  review's answer to it (the country, the organisation, the conventions
  ratified);
- ``carried_from: rating`` on a field: it starts with the earlier review's
  answer to another field of the same section or item (the rating at the
  last review is the last review's rating);
- ``carried_from: [...]`` on a table: it starts with rows made from the
  earlier review's rows of the tables named, those of the same item, or
  ``section.field`` tables asked once, whose rows go to the item their
  column of items names first (a key recommendation on objective 13 is
  followed up under objective 13). A row holding a ``settled`` choice (a
  recommendation implemented) is done with and is not carried again;
- on a carried table's columns, ``carried`` or ``carried_from`` name the
  source row's column, and ``carried_origin`` marks the column given the
  earlier review's name where the row does not say where it comes from.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from forms.roles import Role
from forms.schema import TEXT_TYPES, FieldRef, Form, Section
from forms.schema import Field as FormField
from forms.values import is_blank


@dataclass(frozen=True)
class CarriedOver:
    """The answers a new review starts with, and what they hold."""

    answers: dict[str, Any]
    #: Answers taken as they were: the profile, the framework, the objectives' flags.
    answered: int
    #: Ratings of the earlier review, now each objective's rating at the last review.
    ratings: int
    #: Rows made in the new review's tables: the recommendations to follow up.
    rows: int
    #: Rows that had nowhere to go: naming no item, or beyond a full table.
    left_out: int


def carry_over(form: Form, earlier: Mapping[str, Any]) -> CarriedOver:
    """The answers a review of ``form`` starts with when it follows ``earlier``'s answers.

    ``earlier`` holds answers of the same form version (an older review is
    upgraded first). Nothing is invented: an answer the earlier review does not
    hold is left empty.
    """
    answers: dict[str, Any] = {}
    answered = ratings = rows = left_out = 0
    routed: dict[str, set[int]] = {}  # the rows of each source table that were placed
    origin = _origin(form, earlier)
    for ref in form.refs():
        fld = ref.field
        if not fld.carried_from:
            continue
        if fld.type != "table":
            value = next((v for v in (earlier.get(k) for k in _sources(ref)) if _answered(v)), None)
            if value is None:
                continue
            answers[ref.key] = value
            if fld.role is Role.PREVIOUS_RATING:
                ratings += 1
            else:
                answered += 1
            continue
        made = _rows(form, ref, earlier, origin, routed)
        kept = made[: fld.max_rows] if fld.max_rows else made
        left_out += len(made) - len(kept)
        if kept:
            answers[ref.key] = kept
            rows += len(kept)
    left_out += _unplaced(form, earlier, routed)
    return CarriedOver(answers, answered, ratings, rows, left_out)


def _sources(ref: FieldRef) -> Iterator[str]:
    """The earlier review's answer keys a field of ``ref`` is carried from."""
    for source in ref.field.carried_from:
        yield source if "." in source else f"{ref.owner}.{source}"


def _answered(value: Any) -> bool:
    """Whether ``value`` is worth carrying: an unticked box is what a new review has anyway."""
    return not is_blank(value) and value is not False


def _unplaced(form: Form, earlier: Mapping[str, Any], routed: dict[str, set[int]]) -> int:
    """How many rows of tables asked once would be carried but name no item to go to."""
    waiting: dict[str, set[int]] = {}
    for ref in form.refs():
        if ref.field.type != "table" or ref.item is None:
            continue
        for source in _sources(ref):
            source_ref = form.ref(source)
            if source_ref is None or source_ref.item is not None:
                continue
            for index, _row in _candidates(source_ref, ref.field, earlier):
                waiting.setdefault(source, set()).add(index)
    return sum(len(rows - routed.get(source, set())) for source, rows in waiting.items())


def _source_rows(
    form: Form, ref: FieldRef, earlier: Mapping[str, Any]
) -> list[tuple[str, int, dict[str, Any]]]:
    """The earlier rows that would carry into ``ref``'s table: (source key, index, row).

    A row of a table asked once is offered to the item its column of items
    names first; a row holding a settled choice is not offered.
    """
    offered = []
    for source in _sources(ref):
        source_ref = form.ref(source)
        if source_ref is None:
            continue
        by_item = _item_column(source_ref.field, ref.section) if source_ref.item is None else None
        if source_ref.item is None and ref.item is not None and by_item is None:
            continue
        for index, row in _candidates(source_ref, ref.field, earlier):
            if by_item is not None:
                named = row.get(by_item.key) or []
                named = [named] if isinstance(named, str) else named
                if not named or (ref.item is not None and named[0] != ref.item.key):
                    continue
            offered.append((source, index, row))
    return offered


def _candidates(
    source: FieldRef, table: FormField, earlier: Mapping[str, Any]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of the earlier ``source`` table that ``table`` could take: (index, row).

    Not a row holding a settled choice, nor one with nothing ``table`` carries.
    """
    for index, row in enumerate(_table_rows(earlier.get(source.key))):
        carried = isinstance(row, dict) and not _settled(source.field, row)
        if carried and _carried_values(table, row):
            yield index, row


def _rows(
    form: Form,
    ref: FieldRef,
    earlier: Mapping[str, Any],
    origin: str,
    routed: dict[str, set[int]],
) -> list[dict[str, Any]]:
    """The new rows of ``ref``'s table, each carried once.

    Rows are the same when they carry the same texts, whatever their case,
    spacing and origin: a recommendation followed up and reiterated is one row,
    the first met (the oldest, with where it was first made).
    """
    made: list[dict[str, Any]] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    origins = {c.key for c in ref.field.columns if c.carried_origin}
    for source, index, row in _source_rows(form, ref, earlier):
        values = _carried_values(ref.field, row)
        signature = tuple(
            sorted(
                (k, " ".join(str(v).casefold().split()))
                for k, v in values.items()
                if k not in origins
            )
        )
        routed.setdefault(source, set()).add(index)
        if signature in seen:
            continue
        seen.add(signature)
        for column in ref.field.columns:
            if column.carried_origin and column.key not in values and origin:
                values[column.key] = origin[: column.max_length]
        made.append(values)
    return made


def _table_rows(value: Any) -> list[Any]:
    """A table's rows, or none when the answer is not a table's."""
    return value if isinstance(value, list) else []


def _carried_values(table: FormField, row: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``row`` that ``table``'s columns take."""
    values = {}
    for column in table.columns:
        for source in column.carried_from:
            if _answered(row.get(source)):
                values[column.key] = row[source]
                break
    return values


def _settled(table: FormField, row: Mapping[str, Any]) -> bool:
    """Whether ``row`` holds a choice that says it is done with."""
    for column in table.columns:
        if column.type == "choice":
            choice = column.choice(row.get(column.key) or "")
            if choice is not None and choice.settled:
                return True
    return False


def _item_column(table: FormField, items: Section) -> FormField | None:
    """The column of ``table`` whose choices are the items of ``items``, if any."""
    for column in table.columns:
        if column.choice_list == items.key and column.type in ("choice", "multichoice"):
            return column
    return None


def _origin(form: Form, earlier: Mapping[str, Any]) -> str:
    """The earlier review's name, as a carried row records where it comes from."""
    organisation = str(earlier.get(form.role_key(Role.ORGANISATION)) or "").strip()
    day = next(
        (
            str(earlier[k])
            for k in (form.role_key(Role.REVIEW_DATE), form.role_key(Role.PERIOD_END))
            if earlier.get(k)
        ),
        "",
    )
    return f"{organisation} ({day})" if organisation and day else organisation or day


# -- checks of the definition (called by the loader) ---------------------------------


def carried_problem(sections: tuple[Section, ...]) -> tuple[str, str] | None:
    """Where and why the definition's carrying cannot work, or None when it can."""
    by_key = {s.key: s for s in sections}
    for section in sections:
        for fld in section.owner_fields():
            where = f"{section.key}.{fld.key}"
            if fld.type != "table":
                for source in fld.carried_from:
                    other = section.field(source) if "." not in source else None
                    if other is None or other.type == "table":
                        return where, f"carried_from {source!r} is not a field of the section"
                    if not _fits(other, fld):
                        return where, f"the answers of {source!r} do not fit this field"
                continue
            sources = []
            for source in fld.carried_from:
                table = _source_table(by_key, section, source)
                if table is None:
                    return where, f"carried_from {source!r} is not a table it can take rows from"
                sources.append(table)
            for column in fld.columns:
                if column.carried_from and not sources:
                    return where, f"column {column.key!r} is carried, its table is not"
                for source in column.carried_from:
                    found = [t.column(source) for t in sources if t.column(source) is not None]
                    if not found:
                        return where, f"column {column.key!r}: no source table has {source!r}"
                    if not all(f is not None and _fits(f, column) for f in found):
                        return where, f"column {column.key!r}: {source!r} does not fit it"
    return None


def _source_table(by_key: dict[str, Section], section: Section, source: str) -> FormField | None:
    """The table ``source`` names for a carried table of ``section``, if it can give rows."""
    if "." not in source:
        table = section.field(source)
        return table if table is not None and table.type == "table" else None
    owner, key = source.split(".", 1)
    other = by_key.get(owner)
    if other is None or other.has_items or not section.has_items:
        return None
    table = other.field(key)
    if table is None or table.type != "table" or _item_column(table, section) is None:
        return None
    return table


def _fits(source: FormField, target: FormField) -> bool:
    """Whether every answer ``source`` can hold is one ``target`` takes."""
    if source.type in TEXT_TYPES and target.type in TEXT_TYPES:
        return (source.max_length or 0) <= (target.max_length or 0)
    return source.type == target.type and source.choice_list == target.choice_list

"""The form definition as plain dataclasses: what a shadow review asks.

A :class:`Form` has sections. A section either holds fields of its own (the
profile, the methodology) or a list of items that all share the same fields
(the ten guiding principles, the 23 objectives). Every answer lives under a
key: ``<section>.<field>`` for the former, ``<item>.<field>`` for the latter,
for example ``profile.country`` or ``obj05.rating``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from forms.roles import Role
from forms.text import Text

FIELD_TYPES = frozenset(
    {
        "text", "longtext", "choice", "multichoice", "date", "number", "boolean", "counts",
        "table", "image",
    }
)  # fmt: skip
#: Field types whose value is one of, or a set of, the keys of a choice list.
CHOICE_TYPES = frozenset({"choice", "multichoice", "counts"})
TEXT_TYPES = frozenset({"text", "longtext"})
#: Field types a workbook cell or a printed answer box cannot hold: pictures.
PICTURE_TYPES = frozenset({"image"})
#: The longest text an answer may have: what a spreadsheet cell holds.
TEXT_LIMIT = 32767


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice field: a stable key and its translated label."""

    key: str
    label: Text
    help: Text = field(default_factory=Text)
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def color(self) -> str | None:
        """A ``#rrggbb`` colour for charts and tiles, if the definition gives one."""
        return self.extra.get("color")

    @property
    def former_labels(self) -> tuple[str, ...]:
        """Labels the choice had in earlier wordings, in any language (to read old files)."""
        former: dict[str, list[str]] = self.extra.get("former_labels") or {}
        return tuple(label for labels in former.values() for label in labels)

    @property
    def sensitive(self) -> bool:
        """Whether the category can put people at risk: questionnaires may leave it out."""
        return bool(self.extra.get("sensitive", False))

    @property
    def settled(self) -> bool:
        """Whether a row holding this choice is done with: a new review does not carry it."""
        return bool(self.extra.get("settled", False))


@dataclass(frozen=True)
class Field:
    """One question. ``columns`` is set for tables, ``choices`` for choice-like types."""

    key: str
    type: str
    label: Text
    help: Text = field(default_factory=Text)
    required: bool = False
    optional: bool = False
    confidential: bool = False
    personal: bool = False
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    max_rows: int | None = None
    format: str | None = None
    total: str | None = None
    #: A table's column whose value groups its rows in the report (a recommendation's addressee).
    group_by: str | None = None
    #: A long text whose every line is an entry of a numbered list (recommendations).
    listing: bool = False
    choice_list: str | None = None
    choices: tuple[Choice, ...] = ()
    columns: tuple[Field, ...] = ()
    #: The name of the workbook sheet the field gets (a table, several choices of items),
    #: where its label is too long for a sheet's tab; empty: the label.
    sheet: Text = field(default_factory=Text)
    #: What the field stands for beyond its question (see :mod:`forms.roles`), or None.
    role: Role | None = None
    #: Where the report prints the answer: in its section (""), on the ``cover``, in the
    #: ``front`` matter (after the contents), in the ``back`` matter (at the end), or
    #: ``none`` (what only the application needs, such as the language).
    report: str = ""
    #: The label the report prints, where the question's own would read as a question.
    report_label: Text = field(default_factory=Text)
    #: What a review started from an earlier one takes from it (see :mod:`forms.carry_over`):
    #: keys of the earlier review's fields of the same section or item (for a table, also
    #: ``section.field`` tables asked once), or for a column, the source row's column.
    carried_from: tuple[str, ...] = ()
    #: A column given the name of the review a carried row comes from, where the row has none.
    carried_origin: bool = False
    #: A yes/no column without which its row never leaves this computer (consent to quote).
    shares_row: bool = False
    #: A yes/no column that, ticked, keeps its row on this computer (do not name us).
    withholds_row: bool = False
    #: Printed in the short submission version of the report too (the executive summary).
    short_report: bool = False
    #: For a table whose rows may be kept back: what exports print with the number kept back
    #: ("Organisations that asked not to be named"); empty: they say nothing.
    withheld_note: Text = field(default_factory=Text)

    @property
    def in_workbook(self) -> bool:
        """Whether the workbook (and the printed questionnaire) asks this question."""
        return self.type not in PICTURE_TYPES

    def report_text(self, lang: str) -> str:
        """The field's label as the report prints it."""
        return (self.report_label or self.label).get(lang)

    def choice(self, key: str) -> Choice | None:
        """The choice with ``key``, or None."""
        for choice in self.choices:
            if choice.key == key:
                return choice
        return None

    def column(self, key: str) -> Field | None:
        """The table column with ``key``, or None."""
        for column in self.columns:
            if column.key == key:
                return column
        return None

    @property
    def keeps_rows_back(self) -> bool:
        """Whether some rows of this table never leave this computer (forms.withheld_rows)."""
        return any(c.shares_row or c.withholds_row for c in self.columns)

    @property
    def counts_for_completeness(self) -> bool:
        """Whether answering this field makes the review more complete."""
        return not self.optional and self.type != "boolean"


@dataclass(frozen=True)
class Item:
    """One repeated unit of an item section: a guiding principle or an objective."""

    key: str
    title: Text
    number: int
    paragraph: int | None = None
    group: str | None = None


@dataclass(frozen=True)
class Group:
    """A titled group of items, such as an IMRF round-table cluster of objectives."""

    key: str
    title: Text
    items: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """A check across fields, e.g. that a period's end follows its start."""

    rule: str
    params: dict[str, Any] = field(hash=False, compare=False, default_factory=dict)


@dataclass(frozen=True)
class Section:
    """A part of the review: either ``fields`` of its own or ``items`` sharing ``item_fields``."""

    key: str
    title: Text
    help: Text = field(default_factory=Text)
    fields: tuple[Field, ...] = ()
    item_label: Text = field(default_factory=Text)
    item_fields: tuple[Field, ...] = ()
    items: tuple[Item, ...] = ()
    groups: tuple[Group, ...] = ()
    confidential_flag: str | None = None
    rules: tuple[Rule, ...] = ()
    side_by_side: tuple[tuple[str, ...], ...] = ()
    #: The name of the section's workbook sheet, where its title is too long for a
    #: sheet's tab; empty: the title.
    sheet: Text = field(default_factory=Text)
    #: The section's heading in the report, where its title suits the form only.
    report_title: Text = field(default_factory=Text)

    @property
    def has_items(self) -> bool:
        """True for sections of repeated items (principles, objectives)."""
        return bool(self.items)

    def item(self, key: str) -> Item | None:
        """The item with ``key``, or None."""
        for item in self.items:
            if item.key == key:
                return item
        return None

    def field(self, key: str) -> Field | None:
        """The field with ``key`` (own or item field), or None."""
        for candidate in self.item_fields if self.has_items else self.fields:
            if candidate.key == key:
                return candidate
        return None

    def partner_of(self, key: str) -> tuple[str, ...] | None:
        """The side-by-side group that ``key`` belongs to, if any."""
        for group in self.side_by_side:
            if key in group:
                return group
        return None

    def answer_owners(self) -> tuple[str, ...]:
        """The key prefixes of this section's answers: item keys, or the section key."""
        return tuple(item.key for item in self.items) if self.has_items else (self.key,)

    def owner_fields(self) -> tuple[Field, ...]:
        """The fields every answer owner of this section has."""
        return self.item_fields if self.has_items else self.fields


@dataclass(frozen=True)
class FieldRef:
    """Where an answer key points: its section, its item (if any) and its field."""

    key: str
    section: Section
    item: Item | None
    field: Field

    @property
    def owner(self) -> str:
        """The part of the key before the dot: an item key or the section key."""
        return self.key.split(".", 1)[0]


@dataclass(frozen=True)
class Form:
    """A whole versioned form definition."""

    key: str
    version: int
    languages: tuple[str, ...]
    title: Text
    subtitle: Text
    sections: tuple[Section, ...]
    choice_lists: dict[str, tuple[Choice, ...]] = field(hash=False, compare=False)
    _index: dict[str, FieldRef] = field(default_factory=dict, hash=False, compare=False, repr=False)
    _roles: dict[Role, FieldRef] = field(
        default_factory=dict, hash=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        index: dict[str, FieldRef] = {}
        for section in self.sections:
            items: tuple[Item | None, ...] = section.items or (None,)
            for item in items:
                owner = item.key if item else section.key
                for fld in section.owner_fields():
                    key = f"{owner}.{fld.key}"
                    index[key] = FieldRef(key, section, item, fld)
        object.__setattr__(self, "_index", index)
        roles: dict[Role, FieldRef] = {}
        for ref in index.values():  # the first objective's ref for a role of each objective
            if ref.field.role is not None:
                roles.setdefault(ref.field.role, ref)
        object.__setattr__(self, "_roles", roles)

    def role_ref(self, role: Role) -> FieldRef | None:
        """The field playing ``role``: for a role of each objective, the first objective's."""
        return self._roles.get(role)

    def role_key(self, role: Role) -> str:
        """The answer key of the field asked once that plays ``role`` (``profile.country``).

        The loader checks that the roles code relies on are played: asking for
        one a definition does not give is a programming error.
        """
        ref = self.role_ref(role)
        assert ref is not None and ref.item is None, f"no field plays {role}"
        return ref.key

    def role_field(self, role: Role) -> Field:
        """The field that plays ``role`` (for a role of each objective: its item field)."""
        ref = self.role_ref(role)
        assert ref is not None, f"no field plays {role}"
        return ref.field

    def item_key(self, item: Item, role: Role) -> str:
        """The answer key of ``item``'s field playing ``role`` (``obj05.rating``)."""
        return f"{item.key}.{self.role_field(role).key}"

    def section(self, key: str) -> Section | None:
        """The section with ``key``, or None."""
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def ref(self, key: str) -> FieldRef | None:
        """Resolve an answer key such as ``obj05.rating``; None when it names nothing."""
        return self._index.get(key)

    def answer_keys(self) -> Iterator[str]:
        """Every answer key of the form, in the order of the form."""
        return iter(self._index)

    def refs(self) -> Iterator[FieldRef]:
        """Every answer key resolved, in the order of the form."""
        return iter(self._index.values())

    @property
    def objectives(self) -> Section:
        """The objectives section (the core of the review)."""
        section = self.section("objectives")
        assert section is not None  # guaranteed by the loader
        return section

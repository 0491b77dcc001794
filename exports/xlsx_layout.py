"""The stable workbook layout, derived from the form definition (see docs/excel-format.md).

Each section gets a sheet with one row per answer owner (the profile is one
row, objectives are 23 rows) and one column per field; each table field gets a
sheet of its own with one row per table row. Row 1 holds the machine keys.

Two layouts exist, told apart by the ``layout`` key of ``_meta``:

- **1** (the first workbooks sent out, still read): labels on row 2, answers
  from row 3; every sheet has an ``id`` column naming each row's owner; several
  choices are one cell of labels separated by ``;``.
- **2** (written now): labels on row 2, the labels of each option or category
  on row 3, what to write on row 4, answers from row 5. Item sheets show each
  item's number and title; a table owned by the section has no ``id`` column
  and one owned by items takes the item from a drop-down; several choices
  spread over one Yes/No column per option (``<field>.<choice>``), and those
  of items (objectives) get a sheet of their own named after the field.

Counts spread over one column per category (``gender.women``) in both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forms.schema import Field, Form, Section
from forms.sheet_names import sheet_name_problem
from forms.text import Text

KEY_ROW = 1
LABEL_ROW = 2
ID_COLUMN = "id"
#: The key of the column that shows an item's number and title (never read as an answer).
TITLE_COLUMN = "_title"
META_SHEET = "_meta"
LISTS_SHEET = "_lists"
COVER_SHEET = "cover"
#: The cover's tab in each language (layout 2); layout 1 named it ``cover``.
COVER_TABS = Text({"en": "Cover", "fr": "Couverture", "es": "Portada", "ar": "الغلاف"})
#: The layout this version writes; the layouts it reads.
LAYOUT_VERSION = 2
LAYOUT_VERSIONS = (1, 2)
#: Field types spread over one column per choice (in layout 2, several choices too).
_SPREAD = {1: frozenset({"counts"}), 2: frozenset({"counts", "multichoice"})}


@dataclass(frozen=True)
class HeaderRows:
    """Where a layout puts its labels, the labels of options, the guidance and the answers."""

    options: int | None
    guidance: int | None
    first_data: int


HEADER_ROWS = {
    1: HeaderRows(options=None, guidance=None, first_data=3),
    2: HeaderRows(options=3, guidance=4, first_data=5),
}


@dataclass(frozen=True)
class Column:
    """One answer column of a sheet: its machine key, the field and, if spread, the choice."""

    key: str
    field: Field
    choice: str | None = None  # the category of a counts field, the option of several choices


@dataclass(frozen=True)
class SheetLayout:
    """One answer sheet: its name, the section, the table field (if any) and its columns."""

    name: str
    section: Section
    table: Field | None
    columns: tuple[Column, ...]
    version: int = LAYOUT_VERSION
    tabs: Text = field(default_factory=Text)

    def tab(self, lang: str) -> str:
        """The sheet's name as its tab shows it in ``lang`` (layout 1: its key)."""
        return self.tabs.get(lang) if self.version >= 2 and self.tabs else self.name

    def known_names(self) -> tuple[str, ...]:
        """Every name the sheet may have: its key, and its tab in every language."""
        return (self.name, *self.tabs.values.values())

    @property
    def owners(self) -> tuple[str, ...]:
        """The ``id`` values of the rows of a section sheet (item or section keys)."""
        return self.section.answer_owners()

    @property
    def rows(self) -> HeaderRows:
        return HEADER_ROWS[self.version]

    @property
    def first_data_row(self) -> int:
        return self.rows.first_data

    @property
    def has_id_column(self) -> bool:
        """Whether each row names its owner: always in layout 1, for several owners in 2."""
        return self.version == 1 or len(self.owners) > 1

    @property
    def has_title_column(self) -> bool:
        """Whether each row shows its item's number and title (item sheets of layout 2)."""
        return self.version >= 2 and self.table is None and self.section.has_items

    @property
    def keys(self) -> tuple[str, ...]:
        """The machine keys of row 1, in order."""
        lead = (ID_COLUMN,) if self.has_id_column else ()
        title = (TITLE_COLUMN,) if self.has_title_column else ()
        return (*lead, *title, *(c.key for c in self.columns))


def _columns(fields: tuple[Field, ...], version: int) -> tuple[Column, ...]:
    columns: list[Column] = []
    for fld in fields:
        if fld.type == "table":
            continue
        if fld.type in _SPREAD[version]:
            columns.extend(Column(f"{fld.key}.{c.key}", fld, c.key) for c in fld.choices)
        else:
            columns.append(Column(fld.key, fld))
    return tuple(columns)


def workbook_layout(form: Form, version: int = LAYOUT_VERSION) -> tuple[SheetLayout, ...]:
    """Every answer sheet of the workbook in ``version``, in order; names are machine keys."""
    sheets: list[SheetLayout] = []
    for section in form.sections:
        fields = tuple(f for f in section.owner_fields() if f.in_workbook)
        # In layout 2 the several-choice questions of items get a grid of their own.
        apart = tuple(
            f for f in fields if version >= 2 and section.has_items and f.type == "multichoice"
        )
        own = _columns(tuple(f for f in fields if f not in apart), version)
        tables = [f for f in fields if f.type == "table"]
        section_tabs = section.sheet or section.title
        if own:
            sheets.append(SheetLayout(section.key, section, None, own, version, section_tabs))
        for grid in apart:
            columns = _columns((grid,), version)
            sheets.append(
                SheetLayout(grid.key, section, None, columns, version, grid.sheet or grid.label)
            )
        for table in tables:
            alone = not own and len(tables) == 1
            name = section.key if alone else table.key
            tabs = section_tabs if alone else table.sheet or table.label
            columns = _columns(table.columns, version)
            sheets.append(SheetLayout(name, section, table, columns, version, tabs))
    _check_names(form, sheets)
    return tuple(sheets)


def _check_names(form: Form, sheets: list[SheetLayout]) -> None:
    """Every sheet's key and tab (in every language) is a sheet name, and unique."""
    reserved = {META_SHEET, LISTS_SHEET, COVER_SHEET}
    for lang in (None, *form.languages):
        names = [s.name if lang is None else s.tab(lang) for s in sheets]
        taken = {n.casefold() for n in reserved | ({COVER_TABS.get(lang)} if lang else set())}
        folded = [n.casefold() for n in names]
        problems = [p for p in map(sheet_name_problem, names) if p]
        if problems or len(set(folded)) != len(folded) or taken & set(folded):
            raise ValueError(f"sheet names must be unique and short: {names} {problems}")

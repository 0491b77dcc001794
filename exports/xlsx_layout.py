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

from dataclasses import dataclass

from forms.schema import Field, Form, Section

KEY_ROW = 1
LABEL_ROW = 2
ID_COLUMN = "id"
#: The key of the column that shows an item's number and title (never read as an answer).
TITLE_COLUMN = "_title"
META_SHEET = "_meta"
LISTS_SHEET = "_lists"
COVER_SHEET = "cover"
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
        fields = section.owner_fields()
        # In layout 2 the several-choice questions of items get a grid of their own.
        apart = tuple(
            f for f in fields if version >= 2 and section.has_items and f.type == "multichoice"
        )
        own = _columns(tuple(f for f in fields if f not in apart), version)
        tables = [f for f in fields if f.type == "table"]
        if own:
            sheets.append(SheetLayout(section.key, section, None, own, version))
        for grid in apart:
            sheets.append(SheetLayout(grid.key, section, None, _columns((grid,), version), version))
        for table in tables:
            name = section.key if not own and len(tables) == 1 else table.key
            sheets.append(
                SheetLayout(name, section, table, _columns(table.columns, version), version)
            )
    names = [s.name for s in sheets]
    if len(names) != len(set(names)) or any(
        n in (META_SHEET, LISTS_SHEET, COVER_SHEET) or len(n) > 31 for n in names
    ):
        raise ValueError(f"sheet names must be unique and short: {names}")
    return tuple(sheets)

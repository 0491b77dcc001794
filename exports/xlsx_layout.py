"""The stable workbook layout, derived from the form definition (see docs/excel-format.md).

Each section gets a sheet with one row per answer owner (the profile is one
row, objectives are 23 rows) and one column per field; each table field gets a
sheet of its own with one row per table row, tied to its owner by the ``id``
column. Row 1 holds the machine keys, row 2 the labels, answers start on row 3.
Counts spread over one column per category (``gender.women``).
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.schema import Field, Form, Section

KEY_ROW = 1
LABEL_ROW = 2
FIRST_DATA_ROW = 3
ID_COLUMN = "id"
META_SHEET = "_meta"
LISTS_SHEET = "_lists"
COVER_SHEET = "cover"


@dataclass(frozen=True)
class Column:
    """One column of an answer sheet: its machine key, the field and, for counts, the category."""

    key: str
    field: Field
    choice: str | None = None  # the category of a counts field


@dataclass(frozen=True)
class SheetLayout:
    """One answer sheet: its name, the section, the table field (if any) and its columns."""

    name: str
    section: Section
    table: Field | None
    columns: tuple[Column, ...]

    @property
    def owners(self) -> tuple[str, ...]:
        """The ``id`` values of the rows of a section sheet (item or section keys)."""
        return self.section.answer_owners()


def _columns(fields: tuple[Field, ...]) -> tuple[Column, ...]:
    columns: list[Column] = []
    for fld in fields:
        if fld.type == "table":
            continue
        if fld.type == "counts":
            columns.extend(Column(f"{fld.key}.{c.key}", fld, c.key) for c in fld.choices)
        else:
            columns.append(Column(fld.key, fld))
    return tuple(columns)


def workbook_layout(form: Form) -> tuple[SheetLayout, ...]:
    """Every answer sheet of the workbook, in order; sheet names are machine keys."""
    sheets: list[SheetLayout] = []
    for section in form.sections:
        fields = section.owner_fields()
        own = _columns(fields)
        tables = [f for f in fields if f.type == "table"]
        if own:
            sheets.append(SheetLayout(section.key, section, None, own))
        for table in tables:
            name = section.key if not own and len(tables) == 1 else table.key
            sheets.append(SheetLayout(name, section, table, _columns(table.columns)))
    names = [s.name for s in sheets]
    if len(names) != len(set(names)) or any(
        n in (META_SHEET, LISTS_SHEET, COVER_SHEET) or len(n) > 31 for n in names
    ):
        raise ValueError(f"sheet names must be unique and short: {names}")
    return tuple(sheets)

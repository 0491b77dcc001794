"""Reading a filled template or an export back into answers, refusing anything unsafe.

Before openpyxl sees a file, its package is checked as it is decompressed
(:mod:`exports.xlsx_package`): sizes, compression, encryption and active
content of every part, and how far each sheet really goes. openpyxl then reads
every sheet to its last cell (never trusting the ``<dimension>`` a sheet
declares) and parses the XML through defusedxml. The metadata is checked as
strictly as the answers: the review id must be a UUID, numbers are bounded,
and the answers are compared with the digest written at export, so that a
workbook edited by hand after its export is told as such. Every problem is
reported with its sheet and cell, at most 50 per file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from exports.import_problems import SHEET_MISSING, ImportProblems
from exports.sealed_package import is_package, unseal
from exports.signing import Signature, Verdict, verify
from exports.xlsx_layout import (
    ID_COLUMN,
    KEY_ROW,
    LAYOUT_VERSIONS,
    META_SHEET,
    TITLE_COLUMN,
    SheetLayout,
    workbook_layout,
)
from exports.xlsx_owners import OwnerNames
from exports.xlsx_package import Package, cell_name, column_letters, inspect_package
from forms.errors import DefinitionError, InvalidValue, UnknownKey, UserError
from forms.review import answers_digest, check_answers
from forms.said import QT_TRANSLATE_NOOP, Said, problem
from forms.schema import Field, Form
from forms.sensitive import without_sensitive
from forms.text import Text
from forms.upgrades import needs_upgrade, upgrade_answers
from forms.values import NOT_A_COUNT, check_value, comparable, parse_value
from forms.versions import CURRENT_VERSION

__all__ = ["ImportProblems", "WorkbookContents", "read_workbook", "sheet_bounds"]

# Revisions and form versions a file may give (a review is never saved a billion times).
MAX_REVISION = 10**9
MAX_FORM_VERSION = 999
# Room a person may use beside the answers (notes in columns without a key, blank rows).
SPARE_COLUMNS = 50
SPARE_ROWS = 1000
# Rows of a table with no limit of its own in the definition, per owner.
TABLE_ROWS = 1000
KINDS = ("review", "coalition", "template")
# What the numbers and identifiers of the _meta sheet are, as a problem names them.
_META_NAMES = {
    "form_version": QT_TRANSLATE_NOOP("Problems", "form version"),
    "revision": QT_TRANSLATE_NOOP("Problems", "revision"),
    "layout": QT_TRANSLATE_NOOP("Problems", "layout version"),
    "review_id": QT_TRANSLATE_NOOP("Problems", "review id"),
    "template_id": QT_TRANSLATE_NOOP("Problems", "template id"),
}


def _meta_name(key: str) -> Said:
    """What the ``_meta`` row ``key`` holds, in words to translate."""
    return problem(_META_NAMES.get(key, key.replace("_", " ")))


# Marks people put in a Yes/No cell to say yes, besides the words of every language.
TICKS = ("✓", "✔", "☑", "☒", "X")
# How a Yes/No option column of several choices is read.
_TICK = Field("option", "boolean", Text({"en": "option"}))
_DIGEST = re.compile(r"[0-9a-f]{64}")

FormLoader = Callable[[int], Form]


@dataclass
class WorkbookContents:
    """What a workbook holds: its metadata and the answers, checked against the form.

    ``edited_after_export`` is True for an export (not a blank template) whose
    answers no longer match the digest written when it was exported: they were
    changed by hand since, or the digest is missing.
    """

    path: Path
    form_version: int
    review_id: str | None
    revision: int
    sample: bool
    confidential_withheld: bool
    edited_after_export: bool
    kind: str = "review"
    # The form version the file was written against; ``form_version`` is the one its
    # answers are given in (the current one: an earlier version's are upgraded).
    written_in: int = 0
    template_id: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    # Answer keys the file has no place for (a sheet of optional questions added to the
    # form after it was made): an import keeps what the review already holds there.
    not_carried: frozenset[str] = frozenset()
    # Whether the file is signed, by whom, and whether it changed after (exports.signing).
    signature: Signature = field(default_factory=lambda: Signature(Verdict.UNSIGNED))
    # Whether it came sealed for the coalition lead (exports.sealed_package).
    sealed: bool = False

    @property
    def unchanged_since_export(self) -> bool:
        return not self.edited_after_export


def sheet_bounds(layout: SheetLayout) -> tuple[int, int]:
    """The last row and column an answer sheet can use: the answers, and room for notes."""
    owners = len(layout.owners)
    per_owner = 1 if layout.table is None else (layout.table.max_rows or TABLE_ROWS)
    last_header = layout.first_data_row - 1
    return last_header + owners * per_owner + SPARE_ROWS, len(layout.keys) + SPARE_COLUMNS


def canonical_uuid(text: str) -> str | None:
    """``text`` as a canonical lower-case UUID when it is one, whole; otherwise None."""
    if len(text) != 36:
        return None
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        return None
    canonical = str(parsed)
    return canonical if canonical == text.lower() else None


_LOADING = threading.Lock()


def _open(path: Path, content: bytes | None = None) -> Any:
    """The workbook opened read-only by openpyxl, its sheets' declared sizes never read.

    openpyxl reads each sheet's ``<dimension>`` as it opens the workbook, and
    fails on one it cannot parse; what a sheet claims is never used here, so
    its sheets are opened as :class:`_UnsizedSheet`, which skips that step.
    """
    import openpyxl
    import openpyxl.reader.excel as excel
    import openpyxl.xml

    # openpyxl warns about parts it drops (odd sheet entries, unsupported
    # extensions); what a review needs is checked here and reported in full.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        unsafe = QT_TRANSLATE_NOOP(
            "Problems", "refused: safe XML parsing (defusedxml) is not available"
        )
        raise ImportProblems(path, [problem(unsafe)])
    with _LOADING:
        plain = excel.ReadOnlyWorksheet
        excel.ReadOnlyWorksheet = _unsized_sheet_class()
        try:
            source = path if content is None else io.BytesIO(content)
            return openpyxl.load_workbook(source, read_only=True, data_only=False, keep_links=False)
        except Exception as err:  # openpyxl raises many kinds on malformed parts
            raise _unreadable(path, err) from err
        finally:
            excel.ReadOnlyWorksheet = plain


@cache
def _unsized_sheet_class() -> type:
    from openpyxl.cell.read_only import EMPTY_CELL
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
    from openpyxl.xml.functions import iterparse  # defusedxml's (checked in _open)

    class _RowsParser(WorkSheetParser):  # type: ignore[misc]
        """A sheet's parser that reads its rows and nothing else.

        openpyxl's own also builds the sheet's drop-downs, merged cells, print
        and protection settings on the way, which the answers do not need.
        """

        def parse(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
            for _, element in iterparse(self.source):
                if element.tag == ROW_TAG:
                    row = self.parse_row(element)
                    element.clear()
                    yield row

    class _UnsizedSheet(ReadOnlyWorksheet):  # type: ignore[misc]
        """A read-only sheet that never reads the size its file declares, and only its rows."""

        def _get_size(self) -> None:
            self._max_row = self._max_column = None

        def _cells_by_row(
            self,
            min_col: int,
            min_row: int,
            max_col: int | None,
            max_row: int | None,
            values_only: bool = False,
        ) -> Iterator[tuple[Any, ...]]:
            """Each row from ``min_row``, rows the file leaves out given as empty ones."""
            filler = None if values_only else EMPTY_CELL
            empty = (filler,) * (max_col + 1 - min_col) if max_col is not None else ()
            counter = min_row
            with self._get_source() as source:
                parser = _RowsParser(
                    source,
                    self._shared_strings,
                    data_only=self.parent.data_only,
                    epoch=self.parent.epoch,
                    date_formats=self.parent._date_formats,
                    timedelta_formats=self.parent._timedelta_formats,
                )
                for index, row in parser.parse():
                    if max_row is not None and index > max_row:
                        break
                    while counter < index:
                        counter += 1
                        yield empty
                    if counter <= index:
                        counter += 1
                        yield self._get_row(row, min_col, max_col, values_only)

    return _UnsizedSheet


def _unreadable(path: Path, err: Exception) -> ImportProblems:
    """The refusal of a file whose parts cannot be parsed (or that tries an XML attack)."""
    chain: list[str] = []
    cause: BaseException | None = err
    while cause is not None and len(chain) < 10:
        chain.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if any("Entities" in n or "DTD" in n or "Defused" in n for n in chain):
        reason = problem(
            QT_TRANSLATE_NOOP(
                "Problems", "refused: the file declares XML entities (possible XML attack)"
            )
        )
    else:
        detail = " ".join(str(err).split())[:200]
        unreadable = QT_TRANSLATE_NOOP(
            "Problems", "cannot be read as a workbook ({kind}: {detail})"
        )
        reason = problem(unreadable, kind=type(err).__name__, detail=detail)
    return ImportProblems(path, [reason])


def read_workbook(
    path: Path | str, form_loader: FormLoader, lead_secret: bytes | None = None
) -> WorkbookContents:
    """Read and check ``path``; raise ImportProblems listing everything wrong with it.

    A sealed package (:mod:`exports.sealed_package`) is opened with the
    coalition lead's private key ``lead_secret`` and the workbook inside read;
    it is never written to the disk.
    """
    path = Path(path)
    content = None
    if is_package(path):
        content = unseal(path, lead_secret)
    package = inspect_package(path, content)
    book = _open(path, content)
    try:
        contents = _Reader(path, book, form_loader, package).read()
        contents.sealed = content is not None
        return contents
    except UserError:
        raise
    except Exception as err:  # read-only sheets are parsed lazily, while rows are read
        raise _unreadable(path, err) from err
    finally:
        book.close()


def _filled(cell: Any) -> bool:
    return getattr(cell, "value", None) not in (None, "")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


class _Meta:
    """The ``_meta`` sheet: each key's value and the cell that holds it."""

    def __init__(self, rows: dict[str, tuple[str, int]]) -> None:
        self.rows = rows

    def get(self, key: str) -> str:
        return self.rows.get(key, ("", 0))[0]

    def cell(self, key: str) -> str:
        row = self.rows.get(key, ("", 0))[1]
        return f"{META_SHEET}!B{row}" if row else META_SHEET


class _Reader:
    def __init__(self, path: Path, book: Any, form_loader: FormLoader, package: Package) -> None:
        self.path = path
        self.book = book
        self.form_loader = form_loader
        self.package = package
        self.problems = package.findings  # formulas found in cells, listed with the rest
        self.sheet_name = ""  # the sheet being read, as its tab names it
        self.not_carried: set[str] = set()

    def read(self) -> WorkbookContents:
        meta = self.meta()
        version = self.number(meta, "form_version", 1, MAX_FORM_VERSION, required=True)
        if version is None:
            raise ImportProblems(self.path, self.problems)
        try:
            form = self.form_loader(version)
        except DefinitionError:
            unknown = QT_TRANSLATE_NOOP(
                "Problems", "form version {version} is not known to this version of the application"
            )
            raise ImportProblems(self.path, [problem(unknown, version=version)]) from None
        if meta.get("form") not in ("", form.key):
            not_ours = QT_TRANSLATE_NOOP("Problems", "this is not a {form} workbook")
            raise ImportProblems(self.path, [problem(not_ours, form=form.key)])
        revision = self.number(meta, "revision", 0, MAX_REVISION) or 0
        layout_version = self.number(meta, "layout", LAYOUT_VERSIONS[0], LAYOUT_VERSIONS[-1])
        if layout_version is None:
            raise ImportProblems(self.path, self.problems)
        review_id = self.identifier(meta, "review_id")
        template_id = self.identifier(meta, "template_id")
        kind = meta.get("kind") or ("review" if review_id else "template")
        if kind not in KINDS:
            phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {value} is not a kind of workbook")
            self.problems.add(problem(phrase, where=meta.cell("kind"), value=repr(kind)))
        digest = meta.get("sha256").lower()
        if digest and not _DIGEST.fullmatch(digest):
            phrase = QT_TRANSLATE_NOOP("Problems", "{where}: the digest is not a SHA-256")
            self.problems.add(problem(phrase, where=meta.cell("sha256")))
        flags = {key: meta.get(key) for key in ("sample", "confidential", "sensitive")}
        for key, allowed in (("sample", ("", "yes", "no")),
                             ("confidential", ("", "withheld", "included", "none")),
                             ("sensitive", ("", "asked", "left_out"))):  # fmt: skip
            if flags[key] not in allowed:
                phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {value} is not a {flag} flag")
                shown = repr(flags[key][:40])
                self.problems.add(problem(phrase, where=meta.cell(key), value=shown, flag=key))
        answers: dict[str, Any] = {}
        self.owner_names = OwnerNames(form)
        language = meta.get("language")
        self.language = language if language in form.languages else "en"
        # A template made without the sensitive categories has no columns for them.
        asked = without_sensitive(form) if flags["sensitive"] == "left_out" else form
        for layout in workbook_layout(asked, layout_version):
            self.sheet(layout, answers)
        try:
            checked = check_answers(form, answers)
        except InvalidValue as err:
            phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {problem}")
            self.problems.add(problem(phrase, where=err.key, problem=err.detail_said))
            checked = {}
        except UnknownKey as err:
            self.problems.add(str(err))
            checked = {}
        if self.problems:
            raise ImportProblems(self.path, self.problems)
        clean = {k: v for k, v in checked.items() if v is not None}
        digest_matches = digest == answers_digest(clean)
        # The signature covers the answers as read here, before any upgrade.
        signature = verify({key: meta.get(key) for key in meta.rows}, answers_digest(clean))
        written_in = version
        if needs_upgrade(version):
            clean, version = self.upgraded(clean, form), CURRENT_VERSION
        properties = self.package.properties
        return WorkbookContents(
            path=self.path,
            form_version=version,
            written_in=written_in,
            review_id=review_id,
            revision=revision,
            # The flag cell is one of two places: the document property is the other.
            sample="yes" in (flags["sample"], properties.get("gcm_sample", "").strip().lower()),
            confidential_withheld=flags["confidential"] == "withheld",
            edited_after_export=kind != "template" and not digest_matches,
            kind=kind,
            template_id=template_id or canonical_uuid(properties.get("gcm_template_id", "")),
            answers=clean,
            not_carried=frozenset(self.not_carried),
            signature=signature,
        )

    def number(
        self, meta: _Meta, key: str, low: int, high: int, required: bool = False
    ) -> int | None:
        """A whole number of ``_meta`` within [low, high]; a problem, and None, otherwise."""
        text = meta.get(key)
        if not text and not required:
            return low
        if text.endswith(".0"):  # a spreadsheet that took the text for a number
            text = text[:-2]
        if text.isascii() and text.isdigit() and len(text) <= len(str(high)):
            number = int(text)
            if low <= number <= high:
                return number
        shown = repr(text[:40]) if text else problem(QT_TRANSLATE_NOOP("Problems", "missing"))
        phrase = QT_TRANSLATE_NOOP(
            "Problems", "{where}: the {what} ({value}) is not a whole number from {low} to {high}"
        )
        self.problems.add(
            problem(
                phrase, where=meta.cell(key), what=_meta_name(key), value=shown, low=low, high=high
            )
        )
        return None

    def identifier(self, meta: _Meta, key: str) -> str | None:
        """A UUID of ``_meta`` (the whole cell, never a part of one), or None when blank."""
        text = meta.get(key)
        if not text:
            return None
        canonical = canonical_uuid(text)
        if canonical is None:
            phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {value} is not a {what} (a UUID)")
            self.problems.add(
                problem(phrase, where=meta.cell(key), value=repr(text[:40]), what=_meta_name(key))
            )
        return canonical

    def find_sheet(self, layout: SheetLayout) -> str | None:
        """The name of ``layout``'s sheet in the file: its key, or its tab in any language."""
        present: dict[str, str] = {comparable(n): n for n in self.book.sheetnames}
        for candidate in layout.known_names():
            if comparable(candidate) in present:
                return present[comparable(candidate)]
        return None

    def rows(self, name: str, max_col: int | None = None) -> Any:
        """Every row of sheet ``name`` from the key row, whatever its ``<dimension>`` says."""
        # Opened as _UnsizedSheet: no declared size limits what is read.
        return self.book[name].iter_rows(min_row=KEY_ROW, max_col=max_col)

    def upgraded(self, answers: dict[str, Any], form: Form) -> dict[str, Any]:
        """Answers of an earlier form version as the current form asks them.

        The questions the earlier version did not ask are not carried by the
        file: an import keeps what a review already holds there.
        """
        try:
            upgraded = upgrade_answers(answers, form.version, self.form_loader)
        except (InvalidValue, UnknownKey) as err:
            phrase = QT_TRANSLATE_NOOP(
                "Problems",
                "the answers of form version {version} cannot be carried over ({problem})",
            )
            problems = [problem(phrase, version=form.version, problem=str(err))]
            raise ImportProblems(self.path, problems) from None
        current = self.form_loader(CURRENT_VERSION)
        asked = set(form.answer_keys())
        self.not_carried |= {
            key for key in current.answer_keys() if key not in asked and key not in upgraded
        }
        return upgraded

    def meta(self) -> _Meta:
        if META_SHEET not in self.book.sheetnames:
            raise ImportProblems(self.path, [problem(SHEET_MISSING, sheet=repr(META_SHEET))])
        rows: dict[str, tuple[str, int]] = {}
        for number, row in enumerate(self.rows(META_SHEET, max_col=2), start=KEY_ROW):
            key = _text(row[0].value) if row else ""
            if key and key not in rows:
                rows[key] = (_text(row[1].value if len(row) > 1 else ""), number)
        return _Meta(rows)

    def out_of_bounds(self, layout: SheetLayout, row_number: int, cells: tuple[Any, ...]) -> bool:
        """Whether a row holds a value where the sheet has no room (told as a problem)."""
        last_row, last_column = sheet_bounds(layout)
        if row_number > last_row:
            where = next((i for i, c in enumerate(cells) if _filled(c)), None)
            if where is None:
                return False
            phrase = QT_TRANSLATE_NOOP(
                "Problems", "{where}: a value beyond row {row}, the last this sheet has room for"
            )
            cell = f"{self.sheet_name}!{cell_name(where + 1, row_number)}"
            self.problems.add(problem(phrase, where=cell, row=last_row))
            return True
        beyond = next((i for i, c in enumerate(cells[last_column:]) if _filled(c)), None)
        if beyond is None:
            return False
        phrase = QT_TRANSLATE_NOOP(
            "Problems", "{where}: a value beyond column {column}, the last this sheet has room for"
        )
        cell = f"{self.sheet_name}!{cell_name(last_column + beyond + 1, row_number)}"
        self.problems.add(problem(phrase, where=cell, column=column_letters(last_column)))
        return True

    def sheet(self, layout: SheetLayout, answers: dict[str, Any]) -> None:
        name = self.find_sheet(layout)
        if name is None and all(c.field.optional for c in layout.columns):
            # Optional questions added to the form after the file was made: not a fault.
            fields = (
                (layout.table,) if layout.table is not None else (c.field for c in layout.columns)
            )
            self.not_carried.update(f"{o}.{f.key}" for f in fields for o in layout.owners)
            return
        if name is None:
            self.problems.add(problem(SHEET_MISSING, sheet=repr(layout.tab(self.language))))
            return
        self.sheet_name = name
        rows = self.rows(name)
        header = next(rows, ())
        positions = {_text(c.value): i for i, c in enumerate(header) if _text(c.value)}
        wanted = [key for key in layout.keys if key != TITLE_COLUMN]
        missing = [key for key in wanted if key not in positions]
        if layout.version >= 2 and missing == [ID_COLUMN] and len(layout.owners) == 1:
            missing = []
        if missing:
            phrase = QT_TRANSLATE_NOOP(
                "Problems", "{where}: the key column {column} is missing from row 1"
            )
            self.problems.add(problem(phrase, where=name, column=repr(missing[0])))
            return
        seen: set[str] = set()
        tables: dict[str, list[dict[str, Any]]] = {}
        answer_positions = [positions[c.key] for c in layout.columns]
        for row_number, cells in enumerate(rows, start=KEY_ROW + 1):
            if row_number < layout.first_data_row:
                continue
            if self.out_of_bounds(layout, row_number, cells):
                break  # the rest of the sheet is not read: it is no review's
            # A row without an answer is no entry: blank, notes only, or only its owner.
            if not any(i < len(cells) and _filled(cells[i]) for i in answer_positions):
                continue
            owner = self.owner(layout, positions, cells, row_number)
            if owner is None:
                continue
            if layout.table is None:
                if owner in seen:
                    where = f"{name}!{cell_name(positions[ID_COLUMN] + 1, row_number)}"
                    phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {owner} appears twice")
                    self.problems.add(problem(phrase, where=where, owner=owner))
                    continue
                seen.add(owner)
            values = self.values(layout, positions, cells, row_number, owner)
            if layout.table is None:
                for key, value in values.items():
                    answers[f"{owner}.{key}"] = value
            elif values:
                tables.setdefault(owner, []).append(values)
        if layout.table is not None:
            for owner, table_rows in tables.items():
                answers[f"{owner}.{layout.table.key}"] = table_rows

    def owner(
        self, layout: SheetLayout, positions: dict[str, int], cells: tuple[Any, ...], row: int
    ) -> str | None:
        """The owner a row of answers belongs to; None, with a problem told, when unknown."""
        index = positions.get(ID_COLUMN)
        raw = None
        if index is not None and index < len(cells):
            raw = getattr(cells[index], "value", None)
        if raw is None or _text(raw) == "":
            if len(layout.owners) == 1:
                return layout.owners[0]  # a table of the section: the row needs no id
            assert index is not None
            where = f"{self.sheet_name}!{cell_name(index + 1, row)}"
            what = (layout.section.item_label.get(self.language) or "item").lower()
            phrase = QT_TRANSLATE_NOOP(
                "Problems",
                "{where}: the {what} this row is about is missing (choose it from the list)",
            )
            self.problems.add(problem(phrase, where=where, what=what))
            return None
        owner = self.owner_names.find(layout.section, raw)
        if owner is None:
            assert index is not None
            where = f"{self.sheet_name}!{cell_name(index + 1, row)}"
            phrase = QT_TRANSLATE_NOOP("Problems", "{where}: unknown id {value}")
            self.problems.add(problem(phrase, where=where, value=repr(_text(raw)[:60])))
        return owner

    def values(
        self,
        layout: SheetLayout,
        positions: dict[str, int],
        cells: tuple[Any, ...],
        row_number: int,
        owner: str,
    ) -> dict[str, Any]:
        """The answers of one row, by field key; each value that breaks a rule is told."""
        values: dict[str, Any] = {}
        for column in layout.columns:
            index = positions[column.key]
            item = cells[index] if index < len(cells) else None
            raw = getattr(item, "value", None)
            if raw is None or raw == "":
                continue
            if getattr(item, "data_type", None) == "f":
                continue  # told by the package check, with every other formula
            coordinate = f"{self.sheet_name}!{cell_name(index + 1, row_number)}"
            fld = column.field
            try:
                if column.choice is not None and fld.type == "multichoice":
                    if self.convert(_TICK, raw, f"{owner}.{column.key}"):
                        values.setdefault(fld.key, []).append(column.choice)
                    continue
                value = self.convert(fld, raw, f"{owner}.{column.key}")
            except InvalidValue as err:
                phrase = QT_TRANSLATE_NOOP("Problems", "{where}: {problem}")
                self.problems.add(problem(phrase, where=coordinate, problem=err.detail_said))
                continue
            if column.choice is not None:
                values.setdefault(fld.key, {})[column.choice] = value
            elif value is not None:
                values[fld.key] = value
        spread = {c.field.key: c.field for c in layout.columns if c.field.type == "multichoice"}
        for fld in spread.values():
            if column_choices := values.get(fld.key):
                order = [c.key for c in fld.choices]
                values[fld.key] = sorted(set(column_choices), key=order.index)
        return values

    @staticmethod
    def convert(fld: Any, raw: Any, key: str) -> Any:
        """A cell's value as an answer of ``fld`` (counts columns give one count)."""
        kind = fld.type
        if isinstance(raw, dt.datetime | dt.date):
            day = raw.date() if isinstance(raw, dt.datetime) else raw
            if kind == "date":
                return day.isoformat()
            raw = day.isoformat()
        if (
            kind in ("number", "counts")
            and isinstance(raw, int | float)
            and not isinstance(raw, bool)
        ):
            if isinstance(raw, float) and raw.is_integer():
                raw = int(raw)
            if kind == "counts":
                if not isinstance(raw, int) or raw < 0:
                    raise InvalidValue(key, problem(NOT_A_COUNT, value=repr(raw)))
                return raw
            return raw
        if kind == "counts":
            text = _text(raw)
            if not text.isdigit():
                raise InvalidValue(key, problem(NOT_A_COUNT, value=repr(text)))
            return int(text)
        if isinstance(raw, bool):
            raw = "yes" if raw else "no"
        if kind == "boolean" and isinstance(raw, str) and raw.strip() in TICKS:
            return True
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = raw if isinstance(raw, str) else str(raw)
        if kind in ("text", "longtext"):
            return check_value(fld, text, key)
        return parse_value(fld, text, key)

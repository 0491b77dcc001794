"""Reading a filled template or an export back into answers, refusing anything unsafe.

Before openpyxl sees a file, the zip container is checked: that it is a zip
at all, not truncated or corrupt, and not a zip bomb (total size, number of
parts and compression ratio are capped). openpyxl parses the XML through
defusedxml, which refuses entity declarations. Formulas are refused as
answers. Every problem found is reported with its sheet and cell.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.xlsx_layout import (
    FIRST_DATA_ROW,
    ID_COLUMN,
    KEY_ROW,
    META_SHEET,
    SheetLayout,
    workbook_layout,
)
from forms.errors import DefinitionError, InvalidValue, UnknownKey, UserError
from forms.review import answers_digest, check_answers
from forms.schema import Form
from forms.values import check_value, parse_value

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 5000
MAX_RATIO = 150
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")

FormLoader = Callable[[int], Form]


class ImportProblems(UserError):
    """A workbook that cannot be imported; ``problems`` lists every reason, one per line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{path}: {problems[0]}{more}")

    def lines(self) -> list[str]:
        """One line per problem, each naming the file."""
        return [f"{self.path}: {problem}" for problem in self.problems]


@dataclass
class WorkbookContents:
    """What a workbook holds: its metadata and the answers, checked against the form."""

    path: Path
    form_version: int
    review_id: str | None
    revision: int
    sample: bool
    confidential_withheld: bool
    unchanged_since_export: bool
    answers: dict[str, Any] = field(default_factory=dict)


def check_container(path: Path) -> None:
    """Refuse files that are not a sound, reasonably sized xlsx zip, before parsing anything."""
    if not path.is_file():
        raise ImportProblems(path, ["no such file"])
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportProblems(path, [f"the file is larger than {MAX_FILE_BYTES // 2**20} MB"])
    if not zipfile.is_zipfile(path):
        raise ImportProblems(path, ["not an xlsx workbook (it is not a zip file)"])
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise ImportProblems(path, [f"refused: more than {MAX_PARTS} parts in the file"])
            total = sum(p.file_size for p in parts)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise ImportProblems(
                    path, [f"refused: it would unpack to {total // 2**20} MB (a zip bomb?)"]
                )
            for part in parts:
                if part.file_size > 2**20 and part.file_size > MAX_RATIO * max(
                    part.compress_size, 1
                ):
                    raise ImportProblems(
                        path,
                        [f"refused: {part.filename} is compressed suspiciously well (a zip bomb?)"],
                    )
            names = {p.filename for p in parts}
            missing = [name for name in REQUIRED_PARTS if name not in names]
            if missing:
                raise ImportProblems(path, [f"not an xlsx workbook ({missing[0]} is missing)"])
            broken = archive.testzip()
            if broken is not None:
                raise ImportProblems(path, [f"the file is damaged ({broken} fails its checksum)"])
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        UnicodeDecodeError,  # a part's name flagged as UTF-8 that is not
    ) as err:
        detail = " ".join(str(err).split())[:200]
        raise ImportProblems(path, [f"the file is damaged or truncated ({detail})"]) from err


def _open(path: Path) -> Any:
    import openpyxl
    import openpyxl.xml

    # openpyxl warns about parts it drops (odd sheet entries, unsupported
    # extensions); what a review needs is checked here and reported in full.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImportProblems(path, ["refused: safe XML parsing (defusedxml) is not available"])
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as err:  # openpyxl raises many kinds on malformed parts
        raise _unreadable(path, err) from err


def _unreadable(path: Path, err: Exception) -> ImportProblems:
    """The refusal of a file whose parts cannot be parsed (or that tries an XML attack)."""
    chain: list[str] = []
    cause: BaseException | None = err
    while cause is not None and len(chain) < 10:
        chain.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if any("Entities" in n or "DTD" in n or "Defused" in n for n in chain):
        reason = "refused: the file declares XML entities (possible XML attack)"
    else:
        detail = " ".join(str(err).split())[:200]
        reason = f"cannot be read as a workbook ({type(err).__name__}: {detail})"
    return ImportProblems(path, [reason])


def read_workbook(path: Path | str, form_loader: FormLoader) -> WorkbookContents:
    """Read and check ``path``; raise ImportProblems listing everything wrong with it."""
    path = Path(path)
    check_container(path)
    book = _open(path)
    try:
        return _Reader(path, book, form_loader).read()
    except UserError:
        raise
    except Exception as err:  # read-only sheets are parsed lazily, while rows are read
        raise _unreadable(path, err) from err
    finally:
        book.close()


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


class _Reader:
    def __init__(self, path: Path, book: Any, form_loader: FormLoader) -> None:
        self.path = path
        self.book = book
        self.form_loader = form_loader
        self.problems: list[str] = []

    def read(self) -> WorkbookContents:
        meta = self.meta()
        try:
            version = int(meta.get("form_version", ""))
        except ValueError:
            raise ImportProblems(
                self.path, [f"{META_SHEET}: the form version is missing"]
            ) from None
        try:
            form = self.form_loader(version)
        except DefinitionError:
            raise ImportProblems(
                self.path,
                [f"form version {version} is not known to this version of the application"],
            ) from None
        if meta.get("form") not in (None, "", form.key):
            raise ImportProblems(self.path, [f"this is not a {form.key} workbook"])
        answers: dict[str, Any] = {}
        for layout in workbook_layout(form):
            self.sheet(layout, answers)
        try:
            checked = check_answers(form, answers)
        except (InvalidValue, UnknownKey) as err:
            self.problems.append(str(err))
            checked = {}
        if self.problems:
            raise ImportProblems(self.path, self.problems)
        clean = {k: v for k, v in checked.items() if v is not None}
        try:
            revision = int(meta.get("revision") or 0)
        except ValueError:
            revision = 0
        return WorkbookContents(
            path=self.path,
            form_version=version,
            review_id=meta.get("review_id") or None,
            revision=revision,
            sample=meta.get("sample") == "yes",
            confidential_withheld=meta.get("confidential") == "withheld",
            unchanged_since_export=meta.get("sha256") == answers_digest(clean),
            answers=clean,
        )

    def meta(self) -> dict[str, str]:
        if META_SHEET not in self.book.sheetnames:
            raise ImportProblems(self.path, [f"the sheet {META_SHEET!r} is missing"])
        meta = {}
        for row in self.book[META_SHEET].iter_rows(min_row=1, max_col=2, values_only=True):
            if row and row[0]:
                meta[_text(row[0])] = _text(row[1] if len(row) > 1 else "")
        return meta

    def sheet(self, layout: SheetLayout, answers: dict[str, Any]) -> None:
        from openpyxl.utils import get_column_letter

        name = layout.name
        if name not in self.book.sheetnames:
            self.problems.append(f"the sheet {name!r} is missing")
            return
        rows = self.book[name].iter_rows(min_row=KEY_ROW)
        header = next(rows, ())
        positions = {_text(c.value): i for i, c in enumerate(header) if _text(c.value)}
        wanted = [ID_COLUMN, *(c.key for c in layout.columns)]
        missing = [key for key in wanted if key not in positions]
        if missing:
            self.problems.append(f"{name}: the key column {missing[0]!r} is missing from row 1")
            return
        owners = set(layout.owners)
        seen: set[str] = set()
        tables: dict[str, list[dict[str, Any]]] = {}
        for row_number, cells in enumerate(rows, start=KEY_ROW + 1):
            if row_number < FIRST_DATA_ROW:
                continue
            if all(getattr(c, "value", None) in (None, "") for c in cells):
                continue

            def cell(key: str, cells: tuple[Any, ...] = cells) -> Any:
                index = positions[key]
                return cells[index] if index < len(cells) else None

            where = f"{name}!{get_column_letter(positions[ID_COLUMN] + 1)}{row_number}"
            owner = _text(getattr(cell(ID_COLUMN), "value", None))
            if owner not in owners:
                self.problems.append(f"{where}: unknown id {owner!r}")
                continue
            if layout.table is None:
                if owner in seen:
                    self.problems.append(f"{where}: {owner} appears twice")
                    continue
                seen.add(owner)
            values: dict[str, Any] = {}
            for column in layout.columns:
                item = cell(column.key)
                coordinate = f"{name}!{get_column_letter(positions[column.key] + 1)}{row_number}"
                raw = getattr(item, "value", None)
                if raw is None or raw == "":
                    continue
                if getattr(item, "data_type", None) == "f":
                    self.problems.append(f"{coordinate}: a formula is not accepted as an answer")
                    continue
                try:
                    value = self.convert(column.field, raw, f"{owner}.{column.key}")
                except InvalidValue as err:
                    self.problems.append(f"{coordinate}: {err.detail}")
                    continue
                if column.choice is not None:
                    values.setdefault(column.field.key, {})[column.choice] = value
                elif value is not None:
                    values[column.field.key] = value
            if layout.table is None:
                for key, value in values.items():
                    answers[f"{owner}.{key}"] = value
            elif values:
                tables.setdefault(owner, []).append(values)
        if layout.table is not None:
            for owner, table_rows in tables.items():
                answers[f"{owner}.{layout.table.key}"] = table_rows

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
                    raise InvalidValue(key, f"{raw!r} is not a count (0 or more)")
                return raw
            return raw
        if kind == "counts":
            text = _text(raw)
            if not text.isdigit():
                raise InvalidValue(key, f"{text!r} is not a count (0 or more)")
            return int(text)
        if isinstance(raw, bool):
            raw = "yes" if raw else "no"
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = raw if isinstance(raw, str) else str(raw)
        if kind in ("text", "longtext"):
            return check_value(fld, text, key)
        return parse_value(fld, text, key)

"""Fuzzing the workbook importer with mutated valid workbooks (hypothesis, bounded).

Whatever the damage, reading either gives answers the form accepts or refuses
the file with a UserError; importing into a database either takes the file
whole or leaves the database exactly as it was (its file byte for byte).
Nothing else may happen: no other exception, no hang.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sqlite3
import struct
import threading
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

from desktop.importing import import_workbook
from desktop.store import Store
from exports.xlsx_reader import WorkbookContents, read_workbook
from exports.xlsx_writer import write_workbook
from forms.errors import UserError
from forms.loader import load_form
from forms.review import Review, check_answers
from tests.support import every_field_answers


def fuzz(cases: int) -> settings:
    """Hypothesis settings for ``cases`` mutations, with no time limit per case.

    No explain phase: it traces every line while shrinking (sys.settrace before Python
    3.12), which made each step of shrinking a failure about seven times slower.
    """
    return settings(
        max_examples=cases,
        deadline=None,
        database=None,
        phases=[phase for phase in Phase if phase is not Phase.explain],
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


#: Cases per run, kept to ~20 s for CI; GCM_REVIEW_FUZZ_SCALE=20 runs twenty times more.
SCALE = int(os.environ.get("GCM_REVIEW_FUZZ_SCALE", "1"))
CASES = {
    "bytes": 150 * SCALE,
    "xml": 150 * SCALE,
    "cells": 25 * SCALE,
    "headers": 150 * SCALE,
    "header_imports": 40 * SCALE,
    "meta": 60 * SCALE,
    "dims": 60 * SCALE,
}
SEEN: dict[str, list[str]] = {kind: [] for kind in CASES}
#: A read or an import taking longer than this is a hang (a sound one takes ~0.05 s).
HANG_SECONDS = 60  # far beyond any read (a few ms); generous for a loaded machine
REVIEW_ID = "11111111-2222-4333-8444-555555555555"


class Workbook(bytes):
    """The bytes of the valid workbook, shown briefly when a failing case is reported."""

    def __repr__(self) -> str:
        return f"<valid workbook, {len(self)} bytes>"


class Database(bytes):
    """The bytes of a database holding the valid workbook's review, shown briefly."""

    def __repr__(self) -> str:
        return f"<seeded database, {len(self)} bytes>"


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> Workbook:
    form = load_form()
    answers = every_field_answers(form)
    review = Review(REVIEW_ID, 1, answers, revision=2)
    path = write_workbook(form, review, tmp_path_factory.mktemp("fuzz") / "valid.xlsx")
    return Workbook(path.read_bytes())


class Contents(WorkbookContents):
    """What the valid workbook reads as, shown briefly when a failing case is reported."""

    def __repr__(self) -> str:
        return f"<the valid workbook's contents, {len(self.answers)} answers>"


@pytest.fixture(scope="module")
def valid_contents(valid, tmp_path_factory) -> Contents:
    """What the valid workbook reads as (the answers every harmless mutation must give)."""
    path = tmp_path_factory.mktemp("fuzz-read") / "valid.xlsx"
    path.write_bytes(valid)
    form = load_form()
    return Contents(**vars(read_workbook(path, lambda _version: form)))


@pytest.fixture(scope="module")
def seeded(valid, tmp_path_factory) -> Database:
    """A database with a review of its own and the valid workbook imported: something to damage."""
    folder = tmp_path_factory.mktemp("seed")
    path = folder / "valid.xlsx"
    path.write_bytes(valid)
    db = folder / "reviews.db"
    with Store(db) as store:
        store.create({"profile.country": "Mali", "profile.organisation": "AME"})
        assert import_workbook(store, path)[1] == "created"
    assert not db.with_name(db.name + "-wal").exists(), "closing checkpoints the WAL"
    return Database(db.read_bytes())


class _Hang(BaseException):
    """Raised by the alarm: not an Exception, so no ``except Exception`` takes it for a refusal."""


@contextlib.contextmanager
def _no_hang(what: str) -> Iterator[None]:
    """Fail (an AssertionError) when the body takes longer than HANG_SECONDS (POSIX only)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield  # pragma: no cover - Windows has no SIGALRM; only the main thread takes signals
        return

    def alarm(_signum: int, _frame: Any) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    except _Hang:
        raise AssertionError(f"{what} took more than {HANG_SECONDS} s (a hang)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _read(path: Path) -> WorkbookContents | None:
    """Read ``path`` as the import does: its contents, or None when it is refused.

    Anything but a one-line UserError, or answers the form does not accept, fails the test.
    """
    form = load_form()
    try:
        with _no_hang(f"reading {path.name}"):
            contents = read_workbook(path, lambda _version: form)
    except UserError as err:
        assert str(err).strip() and "\n" not in str(err), "a one-line message"
        return None
    check_answers(form, contents.answers)  # what was read is what the form accepts
    return contents


def _outcome(path: Path) -> str:
    """Read ``path`` as the import does: "read" or "refused"; anything else fails the test."""
    return "refused" if _read(path) is None else "read"


@fuzz(CASES["bytes"])
@given(data=st.data())
def test_flipped_bytes(valid, tmp_path, data):
    damaged = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 12))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    path = tmp_path / "f.xlsx"
    path.write_bytes(bytes(damaged))
    SEEN["bytes"].append(_outcome(path))


XML_NOISE = st.sampled_from(
    ["<", ">", "&", "&amp;", '"', "</c>", "<c r='A1'><v>1</v></c>",
     "<!DOCTYPE x [<!ENTITY a 'b'>]>", "=SUM(A1)", "\x00", "é", "ع", "9" * 40,
     "<si><t>yes</t></si>", ""]
)  # fmt: skip


@fuzz(CASES["xml"])
@given(data=st.data())
def test_mutated_xml_in_a_sound_zip(valid, tmp_path, data):
    source = zipfile.ZipFile(io.BytesIO(valid))
    names = [n for n in source.namelist() if n.endswith((".xml", ".rels"))]
    victim = data.draw(st.sampled_from(names))
    text = source.read(victim).decode("utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = min(len(text), start + data.draw(st.integers(0, 60)))
        noise = data.draw(st.one_of(XML_NOISE, st.text(max_size=20)))
        text = text[:start] + noise + text[end:]
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            payload = text.encode("utf-8", "surrogatepass") if name == victim else source.read(name)
            target.writestr(name, payload)
    SEEN["xml"].append(_outcome(path))


# -- the zip container's headers ----------------------------------------------------------
#: Where each field sits: (struct format, offset in a local file header, in a central entry).
HEADER_FIELDS = {
    "flags": ("<H", 6, 8),
    "method": ("<H", 8, 10),
    "crc": ("<I", 14, 16),
    "compressed": ("<I", 18, 20),
    "uncompressed": ("<I", 22, 24),
}
LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_ENTRY = b"PK\x01\x02"
END_OF_CENTRAL = b"PK\x05\x06"
SIZES = st.one_of(
    st.sampled_from([0, 1, 2, 16, 0xFFFFFFFF, 0xFFFFFFFE, 0x7FFFFFFF]),
    st.integers(0, 0xFFFFFFFF),
)
METHODS = st.one_of(st.sampled_from([0, 8, 12, 14, 99]), st.integers(0, 0xFFFF))
#: Encrypted, sizes in a data descriptor, UTF-8 names (any other bits come from random flags).
FLAG_BITS = st.sampled_from([1 << 0, 1 << 3, 1 << 11])


def _headers(archive: bytes) -> list[tuple[int, int]]:
    """(offset of the local file header, offset of the central entry) of every part."""
    end = archive.rindex(END_OF_CENTRAL)
    count, _size, at = struct.unpack_from("<HII", archive, end + 10)
    found = []
    for _ in range(count):
        assert archive[at : at + 4] == CENTRAL_ENTRY
        name_length, extra_length, comment_length = struct.unpack_from("<3H", archive, at + 28)
        (local,) = struct.unpack_from("<I", archive, at + 42)
        assert archive[local : local + 4] == LOCAL_HEADER
        found.append((local, at))
        at += 46 + name_length + extra_length + comment_length
    return found


def _recompressed(archive: bytes, names: set[str], method: int) -> bytes:
    """The workbook with the parts ``names`` compressed for real with ``method``."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            kind = method if info.filename in names else info.compress_type
            target.writestr(info.filename, source.read(info), compress_type=kind)
    return out.getvalue()


def _header_value(field: str, old: int, data: st.DataObject) -> int:
    if field in ("compressed", "uncompressed"):
        return data.draw(st.one_of(SIZES, st.integers(-64, 64).map(lambda d: (old + d) % 2**32)))
    if field == "method":
        return data.draw(METHODS)
    if field == "flags":
        return data.draw(
            st.one_of(FLAG_BITS.map(lambda bit: old | bit), FLAG_BITS, st.integers(0, 0xFFFF))
        )
    return data.draw(
        st.one_of(
            st.just(0), st.integers(0, 31).map(lambda b: old ^ 1 << b), st.integers(0, 2**32 - 1)
        )
    )


def _damaged_headers(valid: bytes, data: st.DataObject) -> bytes:
    """The valid workbook with parts really recompressed and/or its headers' fields changed."""
    archive = valid
    recompress = data.draw(st.sampled_from([None, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]))
    if recompress is not None:
        names = zipfile.ZipFile(io.BytesIO(valid)).namelist()
        chosen = data.draw(
            st.one_of(st.just(set(names)), st.sets(st.sampled_from(names), min_size=1))
        )
        archive = _recompressed(valid, chosen, recompress)
    damaged = bytearray(archive)
    headers = _headers(archive)
    for _ in range(data.draw(st.integers(0 if recompress else 1, 4))):
        local, central = data.draw(st.sampled_from(headers))
        field = data.draw(st.sampled_from(sorted(HEADER_FIELDS)))
        fmt, in_local, in_central = HEADER_FIELDS[field]
        where = data.draw(st.sampled_from(["local", "central", "both"]))
        old = struct.unpack_from(fmt, damaged, central + in_central)[0]
        value = _header_value(field, old, data)
        if where in ("local", "both"):
            struct.pack_into(fmt, damaged, local + in_local, value)
        if where in ("central", "both"):
            struct.pack_into(fmt, damaged, central + in_central, value)
    return bytes(damaged)


@fuzz(CASES["headers"])
@given(data=st.data())
def test_mutated_zip_headers(valid, tmp_path, data):
    path = tmp_path / "h.xlsx"
    path.write_bytes(_damaged_headers(valid, data))
    SEEN["headers"].append(_outcome(path))


# -- the metadata sheet -------------------------------------------------------------------
META_KEYS = ("revision", "form_version", "review_id", "sha256", "sample")
#: 31 to 81 digits, drawn in parts that are quick to shrink.
HUGE = st.builds(
    lambda digit, power, low: digit * 10**power + low,
    st.integers(1, 9),
    st.integers(30, 80),
    st.integers(0, 10**6),
)
META_VALUES = st.one_of(
    st.none(),
    st.just(""),
    HUGE,
    HUGE.map(lambda n: -n),
    HUGE.map(str),
    HUGE.map(lambda n: f"-{n}"),
    st.integers(-(10**12), -1),
    st.integers(-(10**12), -1).map(str),
    st.integers(0, 10**9 + 10),
    st.integers(0, 12).map(str),
    st.floats(),
    st.floats(allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(
        ["NaN", "nan", "-nan", "inf", "-Infinity", "1e309", "1e9", "2.5", "1_000", " 7 ", "0x10",
         "+5", "٣", "１２", "²", "yes", "no", "True", "withheld", "9" * 4000, "9" * 5000,
         REVIEW_ID.upper(), "{" + REVIEW_ID + "}", "urn:uuid:" + REVIEW_ID,
         REVIEW_ID.replace("-", ""), REVIEW_ID + " ", "../../etc/passwd",
         "'; DROP TABLE reviews; --"]
    ),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=50),
    st.sampled_from(["x" * 100_000, "9" * 100_000, "é" * 100_000, "ع" * 100_000, "🌍" * 100_000]),
    st.uuids().map(str),
)  # fmt: skip


@fuzz(CASES["meta"])
@given(data=st.data())
def test_mutated_numeric_metadata(valid, tmp_path, data):
    book = openpyxl.load_workbook(io.BytesIO(valid))
    rows = {row[0].value: row[1] for row in book["_meta"].iter_rows(min_col=1, max_col=2)}
    for key in data.draw(st.sets(st.sampled_from(META_KEYS), min_size=1)):
        rows[key].value = data.draw(META_VALUES, label=key)
    path = tmp_path / "m.xlsx"
    book.save(path)
    contents = _read(path)
    SEEN["meta"].append("refused" if contents is None else "read")
    if contents is None:
        return
    revision = contents.revision
    assert isinstance(revision, int) and not isinstance(revision, bool), revision
    assert 0 <= revision <= 10**9, f"an unbounded revision: {str(revision)[:40]}"
    review_id = contents.review_id
    assert review_id is None or _canonical_uuid(review_id), f"review id {review_id[:60]!r}"


def _canonical_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID written the one way str(uuid.UUID) writes it."""
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


# -- the worksheets' dimensions -----------------------------------------------------------
DIMENSION = re.compile(r"<dimension\b[^>]*/>")
WORKSHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")
XML_TEXT = st.characters(blacklist_categories=("Cc", "Cs", "Cn"))
CELL_REF = st.builds(
    "{}{}".format, st.integers(1, 16384).map(get_column_letter), st.integers(1, 1048576)
)
REFS = st.one_of(
    st.sampled_from(
        ["A1", "A1:A1", "A1:XFD1048576", "B2:C3", "garbage", "", "A0", "XFE1", "A1:A0", "Z9:A1",
         "A1:A1048577", "A1:XFD1", "A1:A1048576", "-1", "A1:B2:C3", "é", "A1 B2", "$A$1:$B$2"]
    ),
    CELL_REF,
    st.builds("{}:{}".format, CELL_REF, CELL_REF),
    st.text(XML_TEXT, max_size=20),
)  # fmt: skip
#: Refs written without escaping: the XML breaks, and the file may be refused.
BREAKING_REFS = ['A1"', "A1<", "&"]


@fuzz(CASES["dims"])
@given(data=st.data())
def test_mutated_dimensions(valid, valid_contents, tmp_path, data):
    source = zipfile.ZipFile(io.BytesIO(valid))
    sheets = [name for name in source.namelist() if WORKSHEET.fullmatch(name)]
    # None removes the element; in one case out of ten, one sheet's also breaks the XML.
    refs = {name: data.draw(st.one_of(st.none(), REFS, REFS), label=name) for name in sheets}
    broken = None
    if data.draw(st.integers(0, 9), label="break the XML") == 9:
        broken = data.draw(st.sampled_from(sheets))
        refs[broken] = data.draw(st.sampled_from(BREAKING_REFS))
    path = tmp_path / "d.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            payload = source.read(name)
            if name in refs:
                text = payload.decode("utf-8")
                assert DIMENSION.search(text), name
                ref = refs[name]
                if ref is None:
                    element = ""
                elif name == broken:
                    element = f'<dimension ref="{ref}"/>'
                else:
                    element = f"<dimension ref={quoteattr(ref)}/>"
                template = element.replace("\\", "\\\\")  # backslashes kept as they are
                payload = DIMENSION.sub(template, text, count=1).encode("utf-8")
            target.writestr(name, payload)
    contents = _read(path)
    SEEN["dims"].append("refused" if contents is None else "read")
    if contents is None:
        assert broken is not None, "a dimension is never trusted: a sound file with any ref is read"
        return
    assert contents.answers == valid_contents.answers, "the same answers, whatever the dimensions"
    for name in ("form_version", "review_id", "revision", "sample", "unchanged_since_export"):
        assert getattr(contents, name) == getattr(valid_contents, name), name


# -- importing: whole or not at all, the database file byte for byte ---------------------
CELL_VALUES = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(["=1+1", "=HYPERLINK(\"x\")", "limited", "Limited progress", "yes",
                     "2025-13-45", "kw05; kw99", "x" * 40000]),
)  # fmt: skip


def _dump(db: Path) -> tuple[list, list, list]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("reviews", "answers", "contributions")
        )
    finally:
        conn.close()


def _files(db: Path) -> dict[str, bytes]:
    """The bytes of the database file and of its write-ahead log, if there is one."""
    wal = db.with_name(db.name + "-wal")
    return {p.name: p.read_bytes() for p in (db, wal) if p.exists()}


def _seeded_db(seeded: bytes, folder: Path) -> Path:
    db = folder / "reviews.db"
    db.write_bytes(seeded)
    db.chmod(0o600)
    return db


def _import(db: Path, path: Path) -> tuple[str, str] | None:
    """Open the Store, import ``path``, close: (review id, outcome), or None when refused."""
    with Store(db) as store, _no_hang(f"importing {path.name}"):
        try:
            imported = import_workbook(store, path)  # (review id, outcome, ...)
        except UserError as err:
            assert str(err).strip() and "\n" not in str(err), "a one-line message"
            return None
    return imported[0], imported[1]


def _holds(stored: dict[str, Any], read: dict[str, Any]) -> bool:
    """Every answer read is in the database (table rows may have withheld columns back)."""
    for key, value in read.items():
        have = stored.get(key)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            if not isinstance(have, list) or len(have) != len(value):
                return False
            if any(
                any(old.get(k) != v for k, v in row.items())
                for old, row in zip(have, value, strict=True)
            ):
                return False
        elif have != value:
            return False
    return True


@fuzz(CASES["cells"])
@given(data=st.data())
def test_edited_cells_are_imported_whole_or_not_at_all(valid, seeded, tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("cells")
    path = folder / "c.xlsx"
    path.write_bytes(valid)
    book = openpyxl.load_workbook(path)
    for _ in range(data.draw(st.integers(1, 6))):
        sheet = book[data.draw(st.sampled_from(book.sheetnames))]
        row = data.draw(st.integers(1, max(3, sheet.max_row + 1)))
        column = data.draw(st.integers(1, max(2, sheet.max_column + 1)))
        target = sheet.cell(row=row, column=column)
        if not isinstance(target, MergedCell):  # typed into a merged label: its first cell
            target.value = data.draw(CELL_VALUES)
    book.save(path)
    db = _seeded_db(seeded, folder)
    before, files = _dump(db), _files(db)
    imported = _import(db, path)
    if imported is None:
        assert _files(db) == files, "a refused file leaves no trace: the same bytes"
        SEEN["cells"].append("refused")
        return
    review_id, outcome = imported
    after = _dump(db)
    if outcome in ("unchanged", "older"):
        assert _files(db) == files, f"{outcome}: nothing written"
    else:
        grown = {"created": 1, "updated": 0}[outcome]
        assert len(after[0]) == len(before[0]) + grown, f"taken whole ({outcome})"
        contents = _read(path)
        assert contents is not None and contents.review_id in (None, review_id)
        with Store(db) as store:
            assert _holds(store.get(review_id).answers, contents.answers), "taken whole"
    SEEN["cells"].append("read")


@fuzz(CASES["header_imports"])
@given(data=st.data())
def test_mutated_zip_headers_are_imported_whole_or_not_at_all(
    valid, seeded, tmp_path_factory, data
):
    folder = tmp_path_factory.mktemp("headers")
    path = folder / "h.xlsx"
    path.write_bytes(_damaged_headers(valid, data))
    db = _seeded_db(seeded, folder)
    files = _files(db)
    imported = _import(db, path)
    # Read, the parts are the valid workbook's (their checksums hold): already imported.
    assert imported is None or imported == (REVIEW_ID, "unchanged"), imported
    assert _files(db) == files, "a refused (or unchanged) file leaves no trace: the same bytes"
    SEEN["header_imports"].append("refused" if imported is None else "read")


def test_fuzzing_covered_both_outcomes():
    """Runs last in this module: the mutations reached refusals and successful reads."""
    for kind, cases in CASES.items():
        outcomes = SEEN[kind]
        if not outcomes:
            pytest.skip("run with the fuzz tests above")
        assert len(outcomes) >= cases // 2, kind
    assert "refused" in SEEN["bytes"] + SEEN["xml"]
    for kind in ("cells", "headers", "header_imports", "meta"):
        assert {"read", "refused"} <= set(SEEN[kind]), kind
    assert "read" in SEEN["dims"]

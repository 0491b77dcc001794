"""Issue 15, the command line: imports and merges a coalition can trust.

Each test runs the ``gcm-review`` script of the venv as a subprocess on a
workbook made hostile or edited by hand: parts of the xlsx zip rewritten with
``zipfile`` (every entry copied, one part's XML replaced), headers patched
byte by byte, or cells changed with openpyxl. The contract: each problem is a
line ``error: FILE: WHERE: reason`` on stderr (WHERE a ``SHEET!CELL`` or a zip
part), exit code 2, never a traceback; a refused file leaves the database
byte-identical and makes no backup. The workbooks every test starts from are
made once per module.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import openpyxl
import pytest

from desktop import __version__
from desktop.store import Store
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample_contributions import member_files
from tests.support import real_answers
from tests.workbook_cells import FIRST_ROW, sheet_of
from tests.workbook_surgery import (
    add_to_sheet_data,
    edit,
    patch_headers,
    rewrite,
    set_dimension,
    sheet_part,
    with_entity,
)

#: Practice files carry the sample's fictional country: a real member's file does not.
REAL_COUNTRY = {"profile.country": "Chile"}

SCRIPT = Path(sys.executable).parent / "gcm-review"
DB = "reviews.db"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REAL_ORGANISATION = "Réseau Migrations et Droits"


# -- running the command -------------------------------------------------------
class Result(NamedTuple):
    code: int
    out: str
    err: str


def gcm(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 60, memory_kb: int = 0
) -> Result:
    """Run ``gcm-review`` with ``args``; ``memory_kb`` caps its virtual memory (ulimit -v)."""
    argv = [str(SCRIPT), *(str(a) for a in args)]
    if memory_kb:
        argv = ["bash", "-c", f'ulimit -v {memory_kb} && exec "$0" "$@"', *argv]
    done = subprocess.run(
        argv, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})}, check=False
    )
    return Result(
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
    )


def problem(result: Result, path: Path, *words: str, where: str | None = None) -> str:
    """The ``error: FILE: ...`` line for ``path`` saying all ``words`` (and naming ``where``).

    The command must have exited with code 2 and printed no traceback. Words
    are looked for case-insensitively in the line with the file's path taken
    out (a temporary folder may be named after the test).
    """
    assert "Traceback" not in result.err and "MemoryError" not in result.err, result.err[-3000:]
    assert result.code == 2, result._replace(err=result.err[-3000:])
    for line in result.err.splitlines():
        if not line.startswith(f"error: {path}: "):
            continue
        rest = line.replace(str(path), "FILE").lower()
        if where is not None and f"file: {where.lower()}:" not in rest:
            continue
        if all(word.lower() in rest for word in words):
            return line
    raise AssertionError(
        f"no line 'error: {path}: {where or '...'}: ...' saying {words!r}:\n{result.err[-3000:]}"
    )


def said(result: Result, path: Path) -> str:
    """Everything the command printed, lower case, with the file's path taken out."""
    return (result.out + result.err).replace(str(path), "FILE").lower()


def answer_count(result: Result) -> int:
    """The number of answers ``check`` reports for its single file."""
    assert result.code == 0, result
    match = re.search(r"(\d+) answers", result.out)
    assert match, result.out
    return int(match[1])


# -- the database ----------------------------------------------------------------
def put_db(folder: Path, data: bytes) -> Path:
    db = folder / DB
    db.write_bytes(data)
    return db


def state(db: Path) -> tuple[str, list[str]]:
    """The bytes of the database (their sha256) and the names in its backups folder."""
    backups = db.parent / "backups"
    names = sorted(p.name for p in backups.iterdir()) if backups.is_dir() else []
    return hashlib.sha256(db.read_bytes()).hexdigest(), names


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored(db: Path, review_id: str, key: str) -> Any:
    rows = query(db, "SELECT value FROM answers WHERE review_id = ? AND key = ?", review_id, key)
    return json.loads(rows[0][0]) if rows else None


def answers_in(db: Path, review_id: str) -> int:
    return query(db, "SELECT count(*) FROM answers WHERE review_id = ?", review_id)[0][0]


def coalitions(db: Path) -> list[str]:
    return [row[0] for row in query(db, "SELECT id FROM reviews WHERE kind = 'coalition'")]


def contributions(db: Path) -> list[tuple[str, dict[str, Any]]]:
    """(review id, answers) of every contribution kept in the database."""
    rows = query(db, "SELECT review_id, answers FROM contributions ORDER BY received")
    return [(rid, json.loads(answers)) for rid, answers in rows]


def column_of(sheet: Any, key: str) -> int:
    for cell in sheet[1]:
        if cell.value == key:
            return cell.column
    raise AssertionError(f"no column {key!r} in {sheet.title}")


def row_of(sheet: Any, owner: str) -> int:
    if "id" not in [c.value for c in sheet[1]]:
        return FIRST_ROW  # a sheet of the section alone: its one row
    for row in range(FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == owner:
            return row
    raise AssertionError(f"no row {owner!r} in {sheet.title}")


def put(book: Any, sheet: str, owner: str, key: str, value: Any) -> None:
    """Set the answer ``owner.key`` on an answer sheet (found by row 1 keys and column A)."""
    ws = sheet_of(book, sheet)
    ws.cell(row=row_of(ws, owner), column=column_of(ws, key)).value = value


def set_meta(book: Any, key: str, value: str) -> None:
    ws = book["_meta"]
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == key:
            ws.cell(row=row, column=2).value = value
            return
    raise AssertionError(f"no {key!r} in _meta")


def rating_labels() -> dict[str, str]:
    """The English label of each rating, by key."""
    rating = load_form().objectives.field("rating")
    assert rating is not None
    return {c.key: c.label.get("en") for c in rating.choices}


# -- the workbooks every test starts from ----------------------------------------------
class Books(NamedTuple):
    sample_db: bytes  # a database holding the sample review (gcm-review demo)
    sample_id: str
    sample: Path  # its export
    real_db: bytes  # a database holding one real, fully answered review
    real_id: str
    real: Path  # its export
    other: Path  # an export of another real review, in neither database
    other_id: str


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> Books:
    folder = tmp_path_factory.mktemp("books")
    env = {"HOME": str(folder), "XDG_DATA_HOME": str(folder / "data")}
    form = load_form()

    sample_db = folder / "sample" / DB
    made = gcm("demo", "--db", sample_db, env=env)
    assert made.code == 0, made.err
    sample_id = made.out.strip()
    sample = folder / "sample.xlsx"
    assert gcm("export", sample_id, "--xlsx", sample, "--db", sample_db, env=env).code == 0

    real_db = folder / "real" / DB
    real_db.parent.mkdir()
    answers = {**real_answers(form), "profile.organisation": REAL_ORGANISATION}
    with Store(real_db) as store:
        real_id = store.create(answers).id
    real = folder / "real.xlsx"
    assert gcm("export", real_id, "--xlsx", real, "--db", real_db, env=env).code == 0

    member = member_files(form, 3)[0]
    other_id = str(uuid.uuid4())
    other = write_workbook(
        form,
        Review(other_id, form.version, {**member.answers, **REAL_COUNTRY}, revision=2),
        folder / "other.xlsx",
        "en",
        __version__,
    )

    # What the tests rewrite must be sound as it is: a copy made with zipfile, a
    # round trip through openpyxl, and the export itself all pass the check.
    copied = rewrite(real, folder / "copied.xlsx")
    saved = edit(real, folder / "saved.xlsx", lambda book: None)
    for path in (sample, real, other, copied, saved):
        checked = gcm("check", path, env=env)
        assert checked.code == 0 and "ok" in checked.out, checked
    return Books(
        sample_db.read_bytes(), sample_id, sample, real_db.read_bytes(), real_id, real, other,
        other_id,
    )  # fmt: skip


# -- case 1: a stale <dimension> hides no answer, and no formula -------------------------
def test_case1_stale_dimension_keeps_every_answer(books, tmp_path):
    part = sheet_part(books.sample, "objectives")
    stale = rewrite(
        books.sample, tmp_path / "stale.xlsx", {part: lambda x: set_dimension(x, "A1:M10")}
    )
    expected = answer_count(gcm("check", books.sample))
    assert answer_count(gcm("check", stale)) == expected, "every answer is read"

    db = put_db(tmp_path, books.sample_db)
    count = answers_in(db, books.sample_id)
    imported = gcm("import", stale, "--db", db)
    assert imported.code == 0, imported
    assert "already up to date" in said(imported, stale)
    assert answers_in(db, books.sample_id) == count, "no answer removed"


@pytest.mark.parametrize("dimension", ["as-written", "A1:M10"])
def test_case1_dde_formula_below_the_declared_range_is_refused(books, tmp_path, dimension):
    def change(xml: bytes) -> bytes:
        if dimension != "as-written":
            xml = set_dimension(xml, dimension)
        return add_to_sheet_data(
            xml, '<row r="40"><c r="B40"><f>cmd|\' /c calc\'!A0</f><v>0</v></c></row>'
        )

    part = sheet_part(books.sample, "objectives")
    dde = rewrite(books.sample, tmp_path / "dde.xlsx", {part: change})
    problem(gcm("check", dde), dde, "formula", where="Objectives!B40")


# -- case 2: a part compressed with another method, its size a lie ------------------------
@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA], ids=["bzip2", "lzma"])
def test_case2_another_compression_method_is_refused_fast(books, tmp_path, method):
    part = sheet_part(books.real, "objectives")
    lying = rewrite(
        books.real,
        tmp_path / "lying.xlsx",
        {part: lambda xml: b"\0" * 50_000_000},
        methods={part: method},
    )
    patch_headers(lying, part, size=100)
    with zipfile.ZipFile(lying) as archive:
        info = archive.getinfo(part)
        assert info.compress_type == method and info.file_size == 100
        assert lying.stat().st_size < 200_000

    started = time.monotonic()
    result = gcm("check", lying, memory_kb=2_000_000, timeout=60)
    elapsed = time.monotonic() - started
    problem(result, lying, "compress", where=part)
    assert elapsed < 20, f"took {elapsed:.1f} s"


# -- case 3: encryption, a revision of 30 digits, one bad file in a batch ------------------
def encrypted_copy(src: Path, dst: Path) -> tuple[Path, str]:
    part = sheet_part(src, "objectives")
    rewrite(src, dst)
    patch_headers(dst, part, flags=0x1)
    with zipfile.ZipFile(dst) as archive:
        assert archive.getinfo(part).flag_bits & 0x1
    return dst, part


def test_case3_an_encrypted_part_is_refused(books, tmp_path):
    locked, part = encrypted_copy(books.real, tmp_path / "locked.xlsx")
    problem(gcm("check", locked), locked, "encrypt", where=part)


def test_case3_a_revision_of_30_digits_is_refused(books, tmp_path):
    huge = edit(books.real, tmp_path / "huge.xlsx", lambda b: set_meta(b, "revision", "9" * 30))
    problem(gcm("check", huge), huge, "revision")


def test_case3_a_refused_file_does_not_stop_the_next_one(books, tmp_path):
    bad, _ = encrypted_copy(books.real, tmp_path / "bad.xlsx")
    good = books.other
    db = tmp_path / DB
    result = gcm("import", bad, good, "--db", db)
    problem(result, bad, "encrypt")
    assert query(db, "SELECT count(*) FROM reviews WHERE id = ?", books.other_id) == [(1,)]
    assert query(db, "SELECT count(*) FROM reviews WHERE id = ?", books.real_id) == [(0,)]


# -- case 4: formulas anywhere, macros, external links, entities ---------------------------
def formula_in(sheet: str, cell: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        try:
            target = sheet_of(book, sheet)
        except KeyError:
            target = book.create_sheet(sheet)
        target[cell] = "=1+1"

    return change


@pytest.mark.parametrize(
    ("sheet", "cell"),
    [
        ("cover", "C3"),
        ("_meta", "C5"),
        ("_lists", "A30"),
        ("notes", "B2"),
        ("objectives", "O5"),  # a column whose key (row 1) is empty: room for notes
        ("objectives", "C60"),  # below the used range
    ],
    ids=["cover", "meta", "lists", "extra-sheet", "column-without-key", "below-used-range"],
)
def test_case4_a_formula_anywhere_is_refused(books, tmp_path, sheet, cell):
    book = edit(books.real, tmp_path / "formula.xlsx", formula_in(sheet, cell))
    with zipfile.ZipFile(book) as archive:
        assert b"<f>1+1</f>" in archive.read(sheet_part(book, sheet))
    opened = openpyxl.load_workbook(book)
    if cell.startswith("O"):
        assert sheet_of(opened, sheet)["O1"].value is None, "no key above the cell"
    tab = sheet_of(opened, sheet).title  # the sheet as its tab names it in the message
    problem(gcm("check", book), book, "formula", where=f"{tab}!{cell}")


def test_case4_a_renamed_xlsm_is_refused(books, tmp_path):
    override = (
        '<Override PartName="/xl/vbaProject.bin"'
        ' ContentType="application/vnd.ms-office.vbaProject"/>'
    )
    macro = rewrite(
        books.real,
        tmp_path / "macro.xlsx",
        {"[Content_Types].xml": lambda x: x.replace(b"</Types>", override.encode() + b"</Types>")},
        add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)},
    )
    problem(gcm("check", macro), macro, "macro")


def test_case4_an_external_link_is_refused(books, tmp_path):
    link_type = f"{REL}/externalLink"
    relationship = (
        f'<Relationship Type="{link_type}" Target="externalLinks/externalLink1.xml" Id="rIdX1"/>'
    )
    content_type = (
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
    )
    link = (
        f'<externalLink xmlns="{MAIN}" xmlns:r="{REL}"><externalBook r:id="rId1">'
        '<sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>'
    )
    link_rels = (
        f'<Relationships xmlns="{PACKAGE_REL}"><Relationship Id="rId1" TargetMode="External"'
        f' Type="{REL}/externalLinkPath" Target="file:///C:/secret/book.xlsx"/></Relationships>'
    )
    external = rewrite(
        books.real,
        tmp_path / "external.xlsx",
        {
            "xl/_rels/workbook.xml.rels": lambda x: x.replace(
                b"</Relationships>", relationship.encode() + b"</Relationships>"
            ),
            "[Content_Types].xml": lambda x: x.replace(
                b"</Types>", content_type.encode() + b"</Types>"
            ),
        },
        add={
            "xl/externalLinks/externalLink1.xml": link.encode(),
            "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels.encode(),
        },
    )
    problem(gcm("check", external), external, "external")


@pytest.mark.parametrize("part", ["_rels/.rels", "docProps/app.xml", "xl/theme/theme1.xml"])
def test_case4_entity_declarations_are_refused(books, tmp_path, part):
    hostile = rewrite(books.real, tmp_path / "entities.xlsx", {part: with_entity})
    with zipfile.ZipFile(hostile) as archive:
        assert b"<!ENTITY" in archive.read(part)
    problem(gcm("check", hostile), hostile, "entit", where=part)


# -- case 5: unbounded sheets -------------------------------------------------------------
def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


@pytest.mark.parametrize(
    ("count", "last_words"),
    [(1_000_000, "beyond"), (5_000, "more problems")],
    ids=["a-million-rows", "five-thousand-rows"],
)
def test_case5_unknown_rows_give_at_most_fifty_problems(books, tmp_path, count, last_words):
    """A million rows end at the first row no workbook has; within it, 50 problems are listed."""
    keys = ["id", "citation", "link"]
    letters = "ABC"
    header = "".join(inline(f"{c}1", k) for c, k in zip(letters, keys, strict=True))
    labels = "".join(inline(f"{c}2", k.title()) for c, k in zip(letters, keys, strict=True))
    # Rows with only an owner are no entries: the first rows give a citation too.
    cited = '<c r="B{0}" t="inlineStr"><is><t>a citation</t></is></c>'
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>nobody{n}</t></is></c>'
        f"{cited.format(n) if n < 5005 else ''}</row>"
        for n in range(5, count + 5)
    )
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row><row r="2">{labels}</row>'
        f"{rows}</sheetData></worksheet>"
    ).encode()
    part = sheet_part(books.real, "sources")
    big = rewrite(books.real, tmp_path / "many.xlsx", {part: lambda _: xml})
    with zipfile.ZipFile(big) as archive:
        info = archive.getinfo(part)
        assert info.file_size < 100 * 2**20 and info.file_size < 100 * info.compress_size

    result = gcm("check", big, timeout=120)
    problem(result, big)
    lines = [line for line in result.err.splitlines() if str(big) in line]
    assert len(lines) <= 51, f"{len(lines)} lines"
    assert last_words in lines[-1].replace(str(big), "FILE").lower(), lines[-1]


def test_case5_a_cell_beyond_the_columns_of_the_form_is_refused(books, tmp_path):
    def change(xml: bytes) -> bytes:
        changed, count = re.subn(
            rb'(<row r="5"[^>]*>.*?)(</row>)',
            lambda m: m[1] + inline("XFD5", "x").encode() + m[2],
            xml,
            count=1,
            flags=re.DOTALL,
        )
        assert count == 1
        return changed

    part = sheet_part(books.real, "objectives")
    wide = rewrite(books.real, tmp_path / "wide.xlsx", {part: change})
    problem(gcm("check", wide, timeout=60), wide, "beyond", where="Objectives!XFD5")


# -- case 6: metadata to be trusted ----------------------------------------------------------
@pytest.mark.parametrize("review_id", ["ce59", "../../etc/passwd", "%"])
@pytest.mark.parametrize("command", ["check", "import"])
def test_case6_a_review_id_that_is_no_id_is_refused(books, tmp_path, command, review_id):
    bad = edit(books.other, tmp_path / "bad-id.xlsx", lambda b: set_meta(b, "review_id", review_id))
    db = put_db(tmp_path, books.real_db)
    before = state(db)
    problem(gcm(command, bad, "--db", db), bad, "review id")
    assert state(db) == before, "the database is unchanged and no backup was made"


def tamper(book: Any) -> None:
    """Another organisation and another rating for every rated objective; _meta kept."""
    labels = list(rating_labels().values())
    put(book, "profile", "profile", "organisation", "Someone Else Entirely")
    sheet = sheet_of(book, "objectives")
    column = column_of(sheet, "rating")
    for row in range(3, sheet.max_row + 1):
        if not str(sheet.cell(row=row, column=1).value or "").startswith("obj"):
            continue
        cell = sheet.cell(row=row, column=column)
        if cell.value:  # an objective left out of the export (confidential) stays empty
            cell.value = next(label for label in labels if label != cell.value)


def test_case6_an_export_edited_by_hand_needs_replace(books, tmp_path):
    tampered = edit(books.real, tmp_path / "tampered.xlsx", tamper)
    db = put_db(tmp_path, books.real_db)
    before = state(db)

    refused = gcm("import", tampered, "--db", db)
    problem(refused, tampered, "--replace")
    assert "edited by hand after export" in said(refused, tampered)
    assert state(db) == before, "the database is unchanged and no backup was made"

    applied = gcm("import", "--replace", tampered, "--db", db)
    assert applied.code == 0 and "Traceback" not in applied.err, applied
    assert "edited by hand after export" in said(applied, tampered)
    assert stored(db, books.real_id, "profile.organisation") == "Someone Else Entirely"
    assert state(db)[1], "a backup was made before the change"
    sheet = sheet_of(openpyxl.load_workbook(tampered), "objectives")
    keys = {label: key for key, label in rating_labels().items()}
    column = column_of(sheet, "rating")
    for row in range(3, sheet.max_row + 1):
        owner = sheet.cell(row=row, column=1).value
        if owner and sheet.cell(row=row, column=column).value:
            rating = keys[sheet.cell(row=row, column=column).value]
            assert stored(db, books.real_id, f"{owner}.rating") == rating, owner


def test_case6_a_newer_file_with_three_answers_needs_replace(books, tmp_path):
    form = load_form()
    db = put_db(tmp_path, books.real_db)
    revision = query(db, "SELECT revision FROM reviews WHERE id = ?", books.real_id)[0][0]
    answers = {
        "profile.country": stored(db, books.real_id, "profile.country"),
        "profile.organisation": REAL_ORGANISATION,
        "obj01.rating": "limited",
    }
    short = write_workbook(
        form,
        Review(books.real_id, form.version, answers, revision=revision + 5),
        tmp_path / "short.xlsx",
        "en",
        __version__,
    )
    before = state(db)
    problem(gcm("import", short, "--db", db), short, "--replace")
    assert state(db) == before, "the database is unchanged and no backup was made"


@pytest.mark.parametrize("command", ["merge", "import"])
def test_case6_a_sample_export_relabelled_real_is_refused(books, tmp_path, command):
    relabelled = edit(
        books.sample, tmp_path / "relabelled.xlsx", lambda b: set_meta(b, "sample", "no")
    )
    db = put_db(tmp_path, books.real_db)
    before = state(db)
    extra = ["--coalition", "Réseau national"] if command == "merge" else []
    problem(gcm(command, relabelled, *extra, "--db", db), relabelled, "sample")
    assert state(db) == before, "the database is unchanged and no backup was made"
    assert coalitions(db) == []


# -- case 7: merging corrected files, namesakes and the coalition's own export ------------------
def member_workbook(path: Path, answers: dict[str, Any], review_id: str | None = None) -> Path:
    form = load_form()
    review = Review(review_id or str(uuid.uuid4()), form.version, answers, revision=2)
    return write_workbook(form, review, path, "en", __version__)


def test_case7a_a_corrected_member_file_replaces_the_one_received(tmp_path):
    member = member_files(load_form(), 3)[0]
    answers = {**member.answers, **REAL_COUNTRY}  # a real member, not workshop practice
    key = next(k for k in answers if k.startswith("obj") and k.endswith(".assessment"))
    path = member_workbook(tmp_path / "member.xlsx", answers, str(uuid.uuid4()))
    db = tmp_path / DB
    first = gcm("merge", path, "--coalition", "Réseau", "--db", db)
    assert first.code == 0, first

    corrected = "Corrected after the workshop: the figures were checked again."
    edit(path, path, lambda b: put(b, "objectives", key.split(".")[0], "assessment", corrected))
    second = gcm("merge", path, "--coalition", "Réseau", "--db", db)
    assert second.code == 0, second
    assert "replaced by its corrected file" in second.out.replace(str(path), "FILE").lower()
    kept = contributions(db)
    assert len(kept) == 1, kept
    assert kept[0][1][key] == corrected


def test_case7b_a_corrected_template_replaces_the_one_received(tmp_path):
    labels = rating_labels()
    template = tmp_path / "questionnaire.xlsx"
    assert gcm("template", "-o", template).code == 0

    def fill(book: Any) -> None:
        put(book, "profile", "profile", "organisation", "Collectif des Travailleurs Saisonniers")
        put(book, "profile", "profile", "country", "Senegal")
        for owner, rating in (("obj01", "limited"), ("obj02", "none"), ("obj03", "moderate")):
            put(book, "objectives", owner, "rating", labels[rating])

    filled = edit(template, tmp_path / "filled.xlsx", fill)
    db = tmp_path / DB
    first = gcm("merge", filled, "--coalition", "Réseau", "--db", db)
    assert first.code == 0, first
    edit(filled, filled, lambda b: put(b, "objectives", "obj02", "rating", labels["regression"]))
    second = gcm("merge", filled, "--coalition", "Réseau", "--db", db)
    assert second.code == 0, second
    kept = contributions(db)
    assert len(kept) == 1, f"one contribution, not {len(kept)}"
    assert kept[0][1]["obj02.rating"] == "regression"


def test_case7c_namesakes_are_each_credited_with_their_own_objectives(tmp_path):
    name = "Association Solidarité Migrants"
    base = {"profile.country": "Senegal", "profile.organisation": name}
    first = {**base, **{f"obj0{n}.rating": "limited" for n in (1, 2, 3)}}
    second = {**base, **{f"obj{n:02d}.rating": "moderate" for n in (5, 6, 7, 8, 9)}}
    first_id, second_id = str(uuid.uuid4()), str(uuid.uuid4())
    files = [
        member_workbook(tmp_path / "first.xlsx", first, first_id),
        member_workbook(tmp_path / "second.xlsx", second, second_id),
    ]
    db = tmp_path / DB
    merged = gcm("merge", *files, "--coalition", "Réseau", "--db", db)
    assert merged.code == 0, merged
    [coalition] = coalitions(db)
    export = tmp_path / "coalition.xlsx"
    exported = gcm("export", coalition, "--xlsx", export, "--db", db)
    assert exported.code == 0, exported

    sheet = openpyxl.load_workbook(export, read_only=True)["contributions"]
    rows = list(sheet.iter_rows(values_only=True))
    keys = list(rows[0])
    assessed = {
        row[keys.index("review_id")]: row[keys.index("objectives_assessed")]
        for row in rows[2:]
        if row[keys.index("review_id")]
    }
    assert assessed == {first_id: 3, second_id: 5}


def test_case7d_the_coalitions_own_export_is_refused(books, tmp_path):
    db = tmp_path / DB
    merged = gcm("merge", books.other, "--coalition", "Réseau", "--db", db)
    assert merged.code == 0, merged
    [coalition] = coalitions(db)
    own = tmp_path / "coalition.xlsx"
    assert gcm("export", coalition, "--xlsx", own, "--db", db).code == 0
    before = state(db)
    problem(gcm("merge", own, "--coalition", "Réseau", "--db", db), own, "own export")
    assert state(db) == before, "the database is unchanged and no backup was made"


# -- case 8: small practice sets ------------------------------------------------------------
@pytest.mark.parametrize("count", [3, 4, 5])
def test_case8_small_practice_sets(tmp_path, count):
    folder = tmp_path / "practice"
    result = gcm("demo", "--contributions", str(count), "-o", folder, "--db", tmp_path / DB)
    assert result.code == 0 and "Traceback" not in result.err, result
    assert len(list(folder.glob("*.xlsx"))) == count

"""Importing workbooks from the command line: each file all or nothing, the database safe."""

from __future__ import annotations

import sqlite3
import zipfile

import openpyxl
import pytest

from desktop.cli import main
from desktop.store import Store
from forms.versions import CURRENT_VERSION
from tests.desktop.test_cli import gcm_review, run
from tests.workbook_cells import answer_cell, sheet_of


def dump(db):
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("SELECT * FROM reviews ORDER BY id").fetchall(),
            conn.execute("SELECT review_id, key, value FROM answers ORDER BY 1, 2").fetchall(),
        )
    finally:
        conn.close()


def set_answer(book, sheet_name: str, key: str, owner: str, value) -> None:
    """Type ``value`` into the answer ``key`` of ``owner`` in a sheet, as a person would."""
    answer_cell(sheet_of(book, sheet_name), key, owner).value = value


def set_revision(book, revision: int) -> None:
    """Give a workbook's metadata a newer revision, as a later export would."""
    for row in book["_meta"].iter_rows():
        if row[0].value == "revision":
            row[1].value = str(revision)


@pytest.fixture
def exported(capsys, tmp_path):
    """A database with a real (not sample) review holding every answer, and its full export."""
    from tests.support import real_answers

    db = tmp_path / "source.db"
    with Store(db) as store:
        review_id = store.create(real_answers(store.form(CURRENT_VERSION))).id
    path = tmp_path / "sample.xlsx"
    code, _, _ = run(
        capsys, "export", review_id, "--xlsx", str(path), "--include-confidential", "--db", str(db)
    )
    assert code == 0
    return db, review_id, path


def test_import_check_reimport_and_update(capsys, tmp_path, exported):
    source_db, review_id, path = exported
    target = tmp_path / "coalition.db"
    with Store(source_db) as source:
        count = len(source.get(review_id).answers)
    code, out, _ = run(capsys, "check", str(path), "--db", str(target))
    assert code == 0 and f"ok, review {review_id}, {count} answers" in out
    assert not target.exists() or dump(target) == ([], [])
    code, out, _ = run(capsys, "import", str(path), "--db", str(target))
    assert code == 0 and f"imported as a new review {review_id}" in out
    with Store(source_db) as source, Store(target) as copy:
        assert copy.get(review_id).answers == source.get(review_id).answers
    before = dump(target)
    code, out, _ = run(capsys, "import", str(path), "--db", str(target))
    assert code == 0 and "already up to date: nothing changed" in out
    assert dump(target) == before

    book = openpyxl.load_workbook(path)
    set_answer(book, "objectives", "gaps", "obj01", "Edited offline in a spreadsheet")
    book.save(path)
    code, out, _ = run(capsys, "import", str(path), "--db", str(target))
    assert code == 0 and "updated review" in out
    with Store(target) as copy:
        review = copy.get(review_id)
    assert review.get("obj01.gaps") == "Edited offline in a spreadsheet"
    assert review.revision == 2


def test_confidential_answers_are_kept_when_a_shared_copy_comes_back(capsys, tmp_path, exported):
    source_db, review_id, _ = exported
    shared = tmp_path / "shared.xlsx"
    run(capsys, "export", review_id, "--xlsx", str(shared), "--db", str(source_db))
    book = openpyxl.load_workbook(shared)
    set_revision(book, 5)
    set_answer(book, "objectives", "gaps", "obj02", "A member's correction")
    book.save(shared)
    code, out, _ = run(capsys, "import", str(shared), "--db", str(source_db))
    assert code == 0 and "updated review" in out
    with Store(source_db) as store:
        review = store.get(review_id)
    assert review.get("obj02.gaps") == "A member's correction" and review.revision == 5
    assert review.get("obj13.assessment"), "withheld answers were not wiped"
    assert review.get("profile.contact_email")
    contacts = [row.get("contact") for row in review.get("endorsements.entries")]
    assert all(contacts), "endorsement contacts left out of the copy are kept here"


def hostile_files(tmp_path, good):
    text = tmp_path / "not-a-workbook.xlsx"
    text.write_text("=cmd|' /C calc'!A0")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:5000])
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(good.read_bytes())
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (40 * 2**20))
    formula = tmp_path / "formula.xlsx"
    book = openpyxl.load_workbook(good)
    sheet_of(book, "objectives")["C6"] = "=1+1"
    book.save(formula)
    corrupt = tmp_path / "corrupt.xlsx"
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        part = archive.getinfo("xl/worksheets/sheet3.xml")
    data[part.header_offset + 30 + len(part.filename) + part.compress_size // 2] ^= 0xFF
    corrupt.write_bytes(bytes(data))
    entities = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(entities, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/workbook.xml":
                content = content.replace(
                    b"<workbook", b'<!DOCTYPE x [<!ENTITY e "boom">]><workbook', 1
                )
            target.writestr(name, content)

    def edited(name, change):
        path = tmp_path / name
        book = openpyxl.load_workbook(good)
        change(book)
        book.save(path)
        return path

    def newer(book):
        for row in book["_meta"].iter_rows():
            if row[0].value == "form_version":
                row[1].value = str(CURRENT_VERSION + 1)

    def drop_sheet(book):
        book.remove(sheet_of(book, "principles"))

    def drop_column(book):
        sheet_of(book, "objectives")["E1"] = None

    def bad_label(book):
        sheet_of(book, "objectives")["E5"] = "Excellent progress"

    def too_long(book):
        sheet_of(book, "objectives")["D5"] = "x" * 30001

    return {
        text: "not an xlsx workbook",
        truncated: "not an xlsx workbook",
        corrupt: "damaged",
        bomb: "zip bomb",
        entities: "XML entities",
        formula: "a formula is not accepted",
        edited("newer.xlsx", newer): f"form version {CURRENT_VERSION + 1} is not known",
        edited("nosheet.xlsx", drop_sheet): "the sheet 'Guiding principles' is missing",
        edited("nocolumn.xlsx", drop_column): "the key column 'rating' is missing",
        edited("label.xlsx", bad_label): "'Excellent progress' is not one of the choices",
        edited("long.xlsx", too_long): "30001 characters long",
    }


def test_hostile_files_are_refused_and_change_nothing(capsys, tmp_path, exported):
    _, _, good = exported
    target = tmp_path / "target.db"
    with Store(target) as store:
        store.create({"profile.country": "Existing"})
    before = dump(target)
    for path, message in hostile_files(tmp_path, good).items():
        code, _, err = run(capsys, "import", str(path), "--db", str(target))
        assert code == 2, path
        assert message in err and str(path) in err
        assert all(line.startswith("error: ") for line in err.splitlines())
        assert dump(target) == before


def test_several_files_each_all_or_nothing(capsys, tmp_path, exported):
    _, review_id, good = exported
    bad = tmp_path / "bad.xlsx"
    book = openpyxl.load_workbook(good)
    for row in book["_meta"].iter_rows():
        if row[0].value == "review_id":
            row[1].value = "22222222-0000-4000-8000-000000000000"
    sheet_of(book, "objectives")["E7"] = "Fantastic progress"
    book.save(bad)
    target = tmp_path / "t.db"
    code, out, err = run(capsys, "import", str(bad), str(good), "--db", str(target))
    assert code == 2
    assert "Fantastic progress" in err and f"imported as a new review {review_id}" in out
    with Store(target) as store:
        assert [s.id for s in store.list()] == [review_id]


def test_end_to_end_template_fill_and_import(tmp_path):
    blank = tmp_path / "blank.xlsx"
    db = tmp_path / "x.db"
    result = gcm_review("template", "-o", str(blank), "--lang", "fr", "--db", str(db))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(blank)
    answer_cell(sheet_of(book, "profile"), "country").value = "Mali"
    answer_cell(sheet_of(book, "profile"), "organisation").value = "Association malienne"
    book.save(blank)
    result = gcm_review("import", str(blank), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "imported as a new review" in result.stdout
    listed = gcm_review("list", "--db", str(db)).stdout
    assert "Mali" in listed and "Association malienne" in listed


def test_export_needs_a_format(capsys, tmp_path):
    code = main(["export", "abcd", "--db", str(tmp_path / "x.db")])
    assert code == 2
    expected = "give --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx and/or --package OUT.gcmpkg"
    assert expected in capsys.readouterr().err


@pytest.fixture
def sample_export(capsys, tmp_path):
    """The workshop sample (flagged SAMPLE) exported to a workbook."""
    db = tmp_path / "workshop.db"
    _, out, _ = run(capsys, "demo", "--db", str(db))
    review_id = out.strip()
    path = tmp_path / "sample.xlsx"
    assert run(capsys, "export", review_id, "--xlsx", str(path), "--db", str(db))[0] == 0
    return db, review_id, path


def test_a_sample_workbook_is_refused_among_real_reviews(capsys, tmp_path, sample_export):
    _, _, path = sample_export
    target = tmp_path / "real.db"
    with Store(target) as store:
        store.create({"profile.country": "Ghana", "profile.organisation": "Network"})
    before = dump(target)
    code, out, err = run(capsys, "import", str(path), "--db", str(target))
    assert code == 2 and out == ""
    assert err.strip() == (
        f"error: {path}: this is a SAMPLE workbook from a workshop; it cannot be imported "
        "among real reviews"
    )
    assert dump(target) == before


def test_a_sample_workbook_updates_the_sample_it_came_from(capsys, sample_export):
    db, review_id, path = sample_export
    book = openpyxl.load_workbook(path)
    set_answer(book, "objectives", "gaps", "obj01", "Changed during the workshop.")
    book.save(path)
    code, out, _ = run(capsys, "import", str(path), "--db", str(db))
    assert code == 0 and f"updated review {review_id}" in out
    with Store(db) as store:
        review = store.get(review_id)
    assert review.sample and review.answers["obj01.gaps"] == "Changed during the workshop."


def test_practice_files_merge_only_into_a_sample_coalition(capsys, tmp_path):
    folder = tmp_path / "practice"
    db = tmp_path / "lead.db"
    assert run(capsys, "demo", "--contributions", "4", "-o", str(folder))[0] == 0
    files = sorted(str(p) for p in folder.glob("*.xlsx"))
    code, _, err = run(capsys, "merge", *files, "--coalition", "Alliance", "--db", str(db))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 4 and all("cannot be merged into a real coalition" in x for x in lines)
    assert not db.exists() or Store(db).list() == [], "every file refused: no coalition made"

    code, _, err = run(
        capsys, "merge", *files, "--coalition", "Alliance", "--sample", "--db", str(db)
    )
    assert code == 0 and err == ""
    with Store(db) as store:
        practice = next(s for s in store.list() if s.sample)
        # two members; the other two files are a duplicate and an older revision
        assert practice.kind == "coalition" and len(store.contributions(practice.id)) == 2


@pytest.mark.parametrize("command", ["import", "merge"])
def test_a_blank_questionnaire_is_not_taken_for_a_review(capsys, tmp_path, command):
    """Importing the blank questionnaire made a "(no country yet)" review and called it done."""
    db = tmp_path / "reviews.db"
    blank = tmp_path / "blank.xlsx"
    assert run(capsys, "template", "-o", str(blank), "--db", str(db))[0] == 0
    code, _out, err = run(capsys, command, str(blank), "--db", str(db))
    assert code == 2 and "the questionnaire is blank" in err
    assert not db.exists() or dump(db) == ([], [])


def test_a_workbook_keeps_the_logo_and_what_it_has_no_sheet_for(capsys, tmp_path, exported):
    """The logo has no cell, and a workbook made before the publication sheet has no sheet
    for the foreword: importing either keeps what the review holds there."""
    from forms.images import read_picture
    from tests.support import tiny_png

    source_db, review_id, _ = exported
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png(60, 20))
    run(capsys, "set", review_id, "publication.logo", str(logo), "--db", str(source_db))
    run(capsys, "set", review_id, "publication.foreword", "Our foreword.", "--db", str(source_db))
    older = tmp_path / "older.xlsx"
    run(capsys, "export", review_id, "--xlsx", str(older), "--include-confidential",
        "--db", str(source_db))  # fmt: skip
    book = openpyxl.load_workbook(older)
    del book[sheet_of(book, "publication").title]  # as a workbook of before that sheet
    set_revision(book, 9)
    set_answer(book, "objectives", "gaps", "obj02", "Corrected in the spreadsheet")
    book.save(older)
    code, out, err = run(capsys, "import", str(older), "--db", str(source_db))
    assert code == 0 and "updated review" in out, err
    with Store(source_db) as store:
        review = store.get(review_id)
    assert review.get("obj02.gaps") == "Corrected in the spreadsheet"
    assert review.get("publication.foreword") == "Our foreword."
    assert review.get("publication.logo") == read_picture(tiny_png(60, 20)).value()

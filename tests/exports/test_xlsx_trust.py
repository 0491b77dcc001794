"""What the reader believes of a workbook: only what it checks (metadata, digest, marks)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from exports.import_problems import MAX_LISTED, ImportProblems, ProblemList
from exports.xlsx_reader import canonical_uuid, read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample import looks_like_sample, sample_answers
from forms.sample_marks import is_sample_id, sample_id
from tests.support import real_answers
from tests.workbook_cells import sheet_of

DATA = Path(__file__).with_name("data")
REVIEW_ID = "0b3f5a52-3c1e-4d0e-9a43-7f2b8c6d1e90"


def _meta_cell(book, key):
    sheet = book["_meta"]
    for row in sheet.iter_rows(min_row=1):
        if row[0].value == key:
            return row[1]
    raise KeyError(key)


def test_a_workbook_exported_before_template_ids_still_reads_whole(tmp_path):
    contents = read_workbook(DATA / "v1-export-2026-11.xlsx", load_form)
    assert contents.review_id == REVIEW_ID and contents.revision == 3
    assert contents.kind == "review" and not contents.edited_after_export
    # Its 352 answers of form version 1, read as version 2: the edition of the declaration
    # whose paragraphs it links is one more.
    assert (contents.written_in, contents.form_version) == (1, 2)
    assert len(contents.answers) == 353 and contents.template_id is None
    assert contents.answers["profile.declaration_edition"] == "imrf2022"
    template = read_workbook(DATA / "v1-template-2026-11.xlsx", load_form)
    assert template.kind == "template" and template.template_id is None
    assert not template.answers and not template.edited_after_export


def test_every_blank_questionnaire_has_an_id_of_its_own(form, tmp_path):
    ids = {
        read_workbook(write_workbook(form, None, tmp_path / f"t{n}.xlsx"), load_form).template_id
        for n in range(3)
    }
    assert len(ids) == 3 and all(canonical_uuid(i or "") for i in ids)
    book = openpyxl.load_workbook(tmp_path / "t0.xlsx")
    props = {p.name: p.value for p in book.custom_doc_props.props}
    assert props["gcm_template_id"] == _meta_cell(book, "template_id").value


def test_an_export_changed_by_hand_is_told_and_an_unchanged_one_is_not(form, tmp_path):
    review = Review(REVIEW_ID, form.version, real_answers(form), revision=2)
    path = write_workbook(form, review, tmp_path / "e.xlsx", include_confidential=True)
    assert not read_workbook(path, load_form).edited_after_export
    book = openpyxl.load_workbook(path)
    sheet = sheet_of(book, "objectives")
    keys = [c.value for c in sheet[1]]
    sheet.cell(row=5, column=keys.index("rating") + 1, value="No progress")
    book.save(path)
    assert read_workbook(path, load_form).edited_after_export
    _meta_cell(book, "sha256").value = None  # a digest taken away verifies nothing
    sheet.cell(row=5, column=keys.index("rating") + 1, value=None)
    book.save(path)
    assert read_workbook(path, load_form).edited_after_export


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("review_id", "ce59"),
        ("review_id", "../../etc/passwd"),
        ("review_id", "%"),
        ("review_id", "x" * 100_000),
        ("review_id", REVIEW_ID + "0"),
        ("revision", "9" * 30),
        ("revision", "-3"),
        ("revision", "two"),
        ("form_version", "1" * 30),
        ("sample", "maybe"),
        ("sha256", "abc"),
        ("template_id", "not-an-id"),
    ],
)
def test_metadata_is_checked_and_the_cell_named(form, tmp_path, key, value):
    review = Review(REVIEW_ID, form.version, real_answers(form), revision=2)
    path = write_workbook(form, review, tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(path)
    target = _meta_cell(book, key)
    target.value = value
    book.save(path)
    with pytest.raises(ImportProblems) as refused:
        read_workbook(path, load_form)
    where = f"_meta!B{target.row}"
    assert any(p.startswith(f"{where}: ") for p in refused.value.problems), refused.value.problems
    assert all(len(line) < 400 for line in refused.value.lines()), "a long id is not repeated"


def test_an_id_is_taken_whole_and_in_its_canonical_form():
    assert canonical_uuid(REVIEW_ID.upper()) == REVIEW_ID
    assert canonical_uuid("{" + REVIEW_ID + "}") is None
    assert canonical_uuid(REVIEW_ID.replace("-", "")) is None
    assert canonical_uuid(REVIEW_ID[:8]) is None


def test_sample_files_are_known_by_their_marks_not_only_their_flag(form, tmp_path):
    marked = sample_id()
    assert is_sample_id(marked) and canonical_uuid(marked) == marked
    assert not is_sample_id(REVIEW_ID) and not is_sample_id(None)
    assert looks_like_sample(sample_answers(form), REVIEW_ID)
    assert looks_like_sample({}, marked)
    assert not looks_like_sample(real_answers(form), REVIEW_ID)
    review = Review(REVIEW_ID, form.version, real_answers(form), sample=True)
    path = write_workbook(form, review, tmp_path / "s.xlsx")
    book = openpyxl.load_workbook(path)
    _meta_cell(book, "sample").value = "no"  # the flag cell edited: the property remains
    book.save(path)
    assert read_workbook(path, load_form).sample


def test_problems_are_listed_within_a_bound_and_counted_beyond_it(tmp_path):
    problems = ProblemList()
    for n in range(1234):
        problems.add(f"objectives!A{n}: unknown id")
    err = ImportProblems(tmp_path / "f.xlsx", problems)
    lines = err.lines()
    assert len(lines) == MAX_LISTED + 1
    assert lines[-1].endswith(f"… and {1234 - MAX_LISTED} more problems")
    assert "\n" not in str(err) and "(and 1233 more problems)" in str(err)


def test_a_copy_of_an_old_workbook_is_untouched_by_reading(tmp_path):
    copy = tmp_path / "old.xlsx"
    shutil.copy(DATA / "v1-export-2026-11.xlsx", copy)
    before = copy.read_bytes()
    read_workbook(copy, load_form)
    assert copy.read_bytes() == before

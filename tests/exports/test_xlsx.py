"""The workbook: round trip, the blank template filled as a person would, and its safety."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from exports.xlsx_reader import ImportProblems, read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review, check_answers
from forms.sample import sample_answers
from tests.support import ARABIC, every_field_answers
from tests.workbook_cells import FIRST_ROW, answer_cell, data_row, key_column, sheet_of

TRICKY = {
    "obj01.assessment": "=SUM(A1:A9) is not a formula",
    "obj01.gaps": "+33 6 12 34 56 78",
    "obj01.evidence": "-- a dash first\r\nand a Windows line break",
    "obj01.good_practices": "@mention\tand a tab",
    "obj02.assessment": "Emoji 🌍🤝 and 𝒳, line\nbreaks\n\nand " + ARABIC,
    "obj03.assessment": ("Très long texte. " * 1200)[:20000],
    "profile.keywords": " leading and trailing spaces ",
}


def round_trip(form, answers, tmp_path, **kwargs):
    review = Review("11111111-2222-4333-8444-555555555555", form.version, answers, revision=7)
    path = write_workbook(
        form, review, tmp_path / "review.xlsx", include_confidential=True, **kwargs
    )
    return read_workbook(path, load_form)


def test_sample_review_survives_export_and_import(form, tmp_path):
    answers = check_answers(form, {**sample_answers(form), **TRICKY})
    assert answers["obj01.evidence"] == "-- a dash first\nand a Windows line break"
    contents = round_trip(form, answers, tmp_path)
    assert contents.answers == answers
    assert len(contents.answers["obj03.assessment"]) == 20000
    assert contents.review_id == "11111111-2222-4333-8444-555555555555"
    assert contents.revision == 7
    assert contents.unchanged_since_export


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_every_field_type_survives_in_every_language(form, tmp_path, lang):
    answers = every_field_answers(form)
    carried = {k: v for k, v in answers.items() if form.ref(k).field.in_workbook}
    assert round_trip(form, answers, tmp_path, lang=lang).answers == carried


def test_what_a_workbook_cannot_hold_is_named_and_kept_apart(form, tmp_path):
    """A picture has no cell: the workbook leaves it out, and no sheet asks for it."""
    from exports.xlsx_layout import workbook_layout

    pictures = [r.key for r in form.refs() if not r.field.in_workbook]
    assert pictures == ["publication.logo"]
    columns = {c.field.key for sheet in workbook_layout(form) for c in sheet.columns}
    assert "logo" not in columns


def test_text_that_looks_like_a_formula_is_stored_as_text(form, tmp_path):
    review = Review("r", form.version, TRICKY)
    path = write_workbook(form, review, tmp_path / "t.xlsx")
    sheet = sheet_of(openpyxl.load_workbook(path), "objectives")
    cell = answer_cell(sheet, "assessment", "obj01")
    assert cell.value == TRICKY["obj01.assessment"] and cell.data_type == "s"
    gaps = answer_cell(sheet, "gaps", "obj01")
    assert gaps.data_type == "s" and gaps.quotePrefix


def test_workbook_is_readable_and_carries_metadata(form, tmp_path):
    review = Review("abc", form.version, sample_answers(form), revision=3, sample=True)
    path = write_workbook(form, review, tmp_path / "s.xlsx", lang="fr", app_version="9.9")
    book = openpyxl.load_workbook(path)
    # The tabs are in the workbook's language; the hidden ones keep their keys.
    assert book.sheetnames[0] == "Couverture"
    assert {"Profil de l’examen", "Objectifs", "Consultations", "Sources", "Suivi des engagements",
            "Déclaration sur les progrès", "_meta"} <= set(book.sheetnames)  # fmt: skip
    assert book["_meta"].sheet_state == "hidden"
    objectives = sheet_of(book, "objectives")
    assert objectives.freeze_panes == f"C{FIRST_ROW}" and objectives.row_dimensions[1].hidden
    assert [objectives.cell(row=r, column=1).value for r in range(FIRST_ROW, FIRST_ROW + 23)] == [
        f"obj{n:02d}" for n in range(1, 24)
    ]
    assert any("_lists" in (v.formula1 or "") for v in objectives.data_validations.dataValidation)
    props = {p.name: p.value for p in book.custom_doc_props.props}
    assert props["gcm_review_id"] == "abc" and props["gcm_revision"] == "3"
    assert props["gcm_app_version"] == "9.9" and re.fullmatch(r"[0-9a-f]{64}", props["gcm_sha256"])
    assert props["gcm_confidential"] == "withheld"
    assert sheet_of(book, "cover")._charts, "ratings summary with a chart"


def test_confidential_answers_stay_out_unless_included(form, tmp_path):
    answers = sample_answers(form)
    review = Review("cccccccc-0000-4000-8000-000000000003", form.version, answers)
    contents = read_workbook(write_workbook(form, review, tmp_path / "c.xlsx"), load_form)
    assert "obj13.assessment" not in contents.answers
    assert "profile.contact_email" not in contents.answers
    assert contents.confidential_withheld
    assert all("contact" not in row for row in contents.answers["endorsements.entries"])
    assert len(contents.answers["endorsements.entries"]) == len(answers["endorsements.entries"])
    assert contents.answers["obj12.assessment"] == answers["obj12.assessment"]


def test_blank_french_template_filled_as_a_person_would(form, tmp_path):
    path = write_workbook(form, None, tmp_path / "vierge.xlsx", lang="fr")
    book = openpyxl.load_workbook(path)
    lists = book["_lists"]

    def dropdown_labels(sheet, key):
        keys = [c.value for c in sheet[1]]
        column = keys.index(key) + 1
        validation = next(
            v
            for v in sheet.data_validations.dataValidation
            if openpyxl.utils.get_column_letter(column) in str(v.sqref)
        )
        letter = re.search(r"\$([A-Z]+)\$1", validation.formula1).group(1)
        return column, [c.value for c in lists[letter] if c.value]

    profile = sheet_of(book, "profile")
    answer_cell(profile, "country").value = "Sénégal"
    answer_cell(profile, "organisation").value = "Réseau des migrants"
    column, languages = dropdown_labels(profile, "language")
    profile.cell(row=FIRST_ROW, column=column, value=languages[1])  # picked from the drop-down
    answer_cell(profile, "review_date").value = dt.datetime(2026, 3, 1)

    objectives = sheet_of(book, "objectives")
    row = data_row(objectives, "obj05")
    column, ratings = dropdown_labels(objectives, "rating")
    objectives.cell(row=row, column=column, value=ratings[2])
    answer_cell(objectives, "assessment", "obj05").value = "Peu de visas délivrés."
    column, yes_no = dropdown_labels(objectives, "confidential")
    assert yes_no == ["Oui", "Non"]
    objectives.cell(row=row, column=column, value="Oui")

    consultations = sheet_of(book, "consultations")
    values = {"place": "Thiès", "participants": 12, "gender.women": 7,
              "gender.men": 5, "date": dt.datetime(2025, 11, 4)}  # fmt: skip
    for key, value in values.items():
        answer_cell(consultations, key).value = value
    column, formats = dropdown_labels(consultations, "format")
    consultations.cell(row=FIRST_ROW, column=column, value=formats[1])
    book.save(path)

    answers = read_workbook(path, load_form).answers
    assert answers["profile.country"] == "Sénégal"
    assert answers["profile.language"] == "fr"
    assert answers["profile.review_date"] == "2026-03-01"
    assert answers["obj05.rating"] == "limited"
    assert answers["obj05.assessment"] == "Peu de visas délivrés."
    assert answers["obj05.confidential"] is True
    assert answers["methodology.consultations"] == [
        {
            "date": "2025-11-04",
            "place": "Thiès",
            "format": "focus_group",
            "participants": 12,
            "gender": {"women": 7, "men": 5},
        }
    ]


# -- hostile and broken files ---------------------------------------------------


def rewrite(path: Path, replace: dict[str, bytes | None]) -> None:
    """Rewrite the zip at ``path`` with some parts replaced (or dropped with None)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **replace}.items():
            if data is not None:
                archive.writestr(name, data)


@pytest.fixture
def export(form, tmp_path):
    review = Review(
        "eeeeeeee-0000-4000-8000-000000000005", form.version, sample_answers(form), revision=2
    )
    return write_workbook(form, review, tmp_path / "export.xlsx", include_confidential=True)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ImportProblems) as info:
        read_workbook(path, load_form)
    assert all(line.startswith(str(path)) for line in info.value.lines())
    return info.value.problems


def test_not_an_xlsx(tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    assert problems_of(text) == ["not an xlsx workbook (it is not a zip file)"]
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "zip but not a workbook")
    assert "not an xlsx workbook" in problems_of(other)[0]


def test_truncated_and_corrupt_files(export, tmp_path):
    data = export.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    assert re.search(r"not an xlsx|damaged|truncated", problems_of(truncated)[0])
    corrupt = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(export) as archive:
        info = archive.getinfo("xl/worksheets/sheet3.xml")
    spoiled = bytearray(data)
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    spoiled[middle] ^= 0xFF
    corrupt.write_bytes(bytes(spoiled))
    assert re.search(r"damaged", problems_of(corrupt)[0])


def test_a_part_name_that_is_not_utf8_is_damage(export, tmp_path):
    """Flipped bits can mark a part's name as UTF-8 when it is not (found by fuzzing)."""
    data = bytearray(export.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the last part's central directory entry
    data[entry + 9] |= 0x08  # general purpose flag bit 11: the name is UTF-8
    data[entry + 46] = 0xFF  # the first byte of its name: never valid UTF-8
    spoiled = tmp_path / "names.xlsx"
    spoiled.write_bytes(bytes(data))
    assert re.search(r"damaged", problems_of(spoiled)[0])


def test_what_openpyxl_warns_about_stays_out_of_the_output(export, recwarn):
    """A sheet entry openpyxl drops is reported by the checks, not by a Python warning."""
    with zipfile.ZipFile(export) as archive:
        workbook = archive.read("xl/workbook.xml")
    rewrite(export, {"xl/workbook.xml": workbook.replace(b' r:id="rId7"', b"")})
    assert "is missing" in " ".join(problems_of(export)), "the sheet it dropped is missing"
    assert [str(w.message) for w in recwarn if issubclass(w.category, UserWarning)] == []


def test_zip_bomb_is_refused_before_parsing(export):
    rewrite(export, {"xl/media/padding.bin": b"\0" * (60 * 2**20)})
    assert "zip bomb" in problems_of(export)[0]


def test_xml_entity_attack_is_refused(export):
    with zipfile.ZipFile(export) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    attack = workbook.replace(
        "<workbook",
        '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><workbook',
        1,
    )
    rewrite(export, {"xl/workbook.xml": attack.encode()})
    assert "XML entities" in problems_of(export)[0]


def edit(path: Path, change) -> Path:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def cell_of(book, sheet: str, key: str, row: int = FIRST_ROW):
    return sheet_of(book, sheet).cell(row=row, column=key_column(sheet_of(book, sheet), key))


def test_newer_form_version_is_refused(export):
    def newer(book):
        for row in book["_meta"].iter_rows():
            if row[0].value == "form_version":
                row[1].value = "99"

    assert problems_of(edit(export, newer)) == [
        "form version 99 is not known to this version of the application"
    ]


def test_missing_sheet_and_key_column(export):
    def damage(book):
        book.remove(sheet_of(book, "pledges"))
        cell_of(book, "objectives", "rating", row=1).value = None

    problems = problems_of(edit(export, damage))
    assert "the sheet 'Pledges follow-up' is missing" in problems  # as its tab is named
    assert "Objectives: the key column 'rating' is missing from row 1" in problems


def test_every_bad_value_is_listed_with_its_cell(export):
    def damage(book):
        cell_of(book, "objectives", "rating", row=6).value = "Fantastic progress"
        cell_of(book, "objectives", "assessment", row=7).value = "x" * 30001
        cell_of(book, "objectives", "gaps", row=8).value = '=HYPERLINK("http://evil")'
        cell_of(book, "objectives", "id", row=9).value = "obj99"
        cell_of(book, "consultations", "participants").value = "many"

    problems = problems_of(edit(export, damage))
    assert any(
        re.match(r"Objectives![A-Z]+6: 'Fantastic progress' is not one of", p) for p in problems
    )
    assert any(p.startswith("Objectives!") and "30001 characters long" in p for p in problems)
    assert any(
        re.match(r"Objectives![A-Z]+8: a formula is not accepted \(in any cell", p)
        for p in problems
    )
    assert "Objectives!A9: unknown id 'obj99'" in problems
    assert any(p.startswith("Consultations!") and "'many' is not a number" in p for p in problems)
    assert len(problems) >= 5


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_the_coalition_sheets_say_every_column_in_the_workbooks_language(form, tmp_path, lang):
    """Not review_id, source, objectives_assessed: each column's name in the language."""
    import openpyxl

    from exports.xlsx_layout import KEY_ROW, LABEL_ROW
    from exports.xlsx_writer import write_workbook
    from forms.merge import Contribution
    from forms.review import Review
    from forms.sample import sample_answers

    review_id = "44444444-0000-4000-8000-000000000000"
    member = Contribution(
        organisation="Red Andina", review_id=review_id, revision=2, source="red.xlsx",
        answers=sample_answers(form), edited=False,
    )  # fmt: skip
    coalition = Review(review_id, form.version, sample_answers(form), kind="coalition")
    path = write_workbook(
        form, coalition, tmp_path / f"c-{lang}.xlsx", lang, contributions=[member]
    )
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        keys = [c.value for c in sheet[KEY_ROW]]
        if "organisation" not in keys or ("review_id" not in keys and "rating" not in keys):
            continue
        labels = [c.value for c in sheet[LABEL_ROW]]
        assert all(labels), sheet.title
        assert not set(labels) & set(keys), (sheet.title, labels)


def test_a_workbook_written_before_a_tab_was_respelled_still_imports(form, tmp_path):
    """French tabs now say "Profil de l’examen": a file with "Profil de l'examen" (and any
    other older spelling of apostrophes and spaces) still gives every answer back."""
    import openpyxl

    from forms.review import Review
    from forms.sample import sample_answers

    review = Review("55555555-0000-4000-8000-000000000000", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "fr.xlsx", "fr", include_confidential=True)
    book = openpyxl.load_workbook(path)
    renamed = 0
    for sheet in book.worksheets:
        if "’" in sheet.title:
            sheet.title = sheet.title.replace("’", "'")
            renamed += 1
    assert renamed
    book.save(path)
    assert (
        read_workbook(path, load_form).answers
        == read_workbook(
            write_workbook(form, review, tmp_path / "again.xlsx", "fr", include_confidential=True),
            load_form,
        ).answers
    )


def _cover_trend(form, answers) -> dict[str, int]:
    from exports.report_texts import text
    from forms.review import shareable_answers
    from forms.trend import TRENDS, trend_counts

    counts = trend_counts(form, shareable_answers(form, answers)[0])
    return {text(f"trend_{t}", "en"): counts[t] for t in TRENDS}


def test_the_cover_counts_the_trend_since_the_last_review(form, tmp_path):
    from exports.report_texts import text

    review = Review("sample-id", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "sample.xlsx")
    cover = openpyxl.load_workbook(path).worksheets[0]
    cells = [(row[0].value, row[1].value) for row in cover.iter_rows(max_col=2)]
    at = cells.index((text("trend", "en"), None))
    expected = _cover_trend(form, review.answers)
    assert sum(expected.values()) >= 5
    assert dict(cells[at + 1 : at + 4]) == expected
    assert cells[at + 4][0].startswith("Compared with the last review: ")
    # A review with no rating at the last review has no trend to count.
    plain = {k: v for k, v in review.answers.items() if not k.endswith(".previous_rating")}
    bare = write_workbook(form, Review("x", form.version, plain), tmp_path / "plain.xlsx")
    values = [
        c.value for row in openpyxl.load_workbook(bare).worksheets[0].iter_rows() for c in row
    ]
    assert text("trend", "en") not in values


def test_libreoffice_shows_the_trend_on_the_cover(form, tmp_path):
    """The cover as LibreOffice Calc prints it: the trend counts beside their words."""
    import shutil
    import subprocess
    import tempfile

    from tests.pdf_text import lines_of, pdf_words

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (libreoffice-calc-nogui) is not installed")
    review = Review("sample-id", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "sample.xlsx")
    profile = "-env:UserInstallation=file://" + tempfile.mkdtemp(prefix="lo-profile-")
    subprocess.run(
        [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"),
         str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    lines = [
        " ".join(w.text for w in ln) for ln in lines_of(pdf_words(tmp_path / "lo" / "sample.pdf"))
    ]
    for word, count in _cover_trend(form, review.answers).items():
        assert f"{word} {count}" in lines, (word, count)

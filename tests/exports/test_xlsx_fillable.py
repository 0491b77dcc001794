"""The workbook explains itself and takes what a person types (cases 1 to 8 below).

Each test opens the file as a spreadsheet program would show it (openpyxl,
not our reader) and then, where it matters, fills it and reads it back.
The same workbook filled in LibreOffice is in tests/desktop/test_libreoffice_filling.py.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from exports.xlsx_layout import HEADER_ROWS, LAYOUT_VERSION, TITLE_COLUMN, workbook_layout
from exports.xlsx_reader import ImportProblems, read_workbook
from exports.xlsx_writer import CREATOR, write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample import sample_answers
from tests.workbook_cells import FIRST_ROW, answer_cell, data_row, key_column, sheet_of
from tests.workbook_surgery import sheet_part

DATA = Path(__file__).parent / "data"
ROWS = HEADER_ROWS[LAYOUT_VERSION]
TABLE_SHEETS = ("consultations", "sources", "indicators", "pledges", "recommendations",
                "endorsements")  # fmt: skip
LANGUAGES = ("en", "fr", "es", "ar")


@pytest.fixture(scope="module")
def blanks(tmp_path_factory):
    """The blank questionnaire in every language, as files."""
    folder = tmp_path_factory.mktemp("blanks")
    form = load_form()
    return {
        lang: write_workbook(form, None, folder / f"blank-{lang}.xlsx", lang) for lang in LANGUAGES
    }


def _shown(sheet, row: int, col: int):
    """What a spreadsheet applies to a cell: its own style, or else its column's."""
    if (row, col) in sheet._cells:
        return sheet.cell(row=row, column=col)
    return sheet.column_dimensions[get_column_letter(col)]


def _validation(sheet, cell):
    for validation in sheet.data_validations.dataValidation:
        if cell.coordinate in validation.sqref:
            return validation
    return None


# -- case 1: rows say what they are ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_case1_item_rows_show_number_and_title_and_every_column_says_what_to_write(
    form, blanks, lang
):
    book = openpyxl.load_workbook(blanks[lang])
    for section in ("principles", "objectives"):
        sheet = sheet_of(book, section)
        title = key_column(sheet, TITLE_COLUMN)
        items = form.section(section).items
        shown = [sheet.cell(row=data_row(sheet, i.key), column=title).value for i in items]
        assert shown == [f"{i.number}. {i.title.get(lang)}" for i in items]
        cell = sheet.cell(row=FIRST_ROW, column=title)
        assert cell.protection.locked and cell.alignment.wrap_text
    objectives = sheet_of(book, "objectives")
    assessment = form.objectives.field("assessment")
    guidance = objectives.cell(row=ROWS.guidance, column=key_column(objectives, "assessment"))
    assert assessment.help.get(lang) in guidance.value
    cover = " ".join(
        str(c.value) for row in sheet_of(book, "cover").iter_rows() for c in row if c.value
    )
    assert {"en": "How to fill", "fr": "Comment remplir", "es": "Cómo completar",
            "ar": "كيفية ملء"}[lang] in cover  # fmt: skip


def test_case1_every_drop_down_cell_has_an_input_prompt(blanks):
    book = openpyxl.load_workbook(blanks["fr"])
    count = 0
    for layout in workbook_layout(load_form()):
        for validation in sheet_of(book, layout.name).data_validations.dataValidation:
            if validation.type == "list":
                count += 1
                assert validation.showInputMessage and validation.prompt, (layout.name, validation)
                # Excel shows at most 32 characters of a title: a longer label opens the prompt.
                assert len(validation.promptTitle or "") <= 32
    assert count >= 15


# -- case 2: no hidden ids ------------------------------------------------------------------


def test_case2_rows_of_lists_need_no_id_and_the_objective_is_chosen_from_a_list(form, blanks):
    path = blanks["en"]
    book = openpyxl.load_workbook(path)
    for name in ("consultations", "pledges", "recommendations", "endorsements"):
        keys = [c.value for c in sheet_of(book, name)[1]]
        assert "id" not in keys, f"{name} asks for no owner"
    answer_cell(sheet_of(book, "consultations"), "place", index=2).value = "Kisumu"
    answer_cell(
        sheet_of(book, "recommendations"), "recommendation"
    ).value = "Repeal the detention law."
    answer_cell(sheet_of(book, "endorsements"), "organisation").value = "Kisumu Migrants Forum"
    sources = sheet_of(book, "sources")
    owner = sources.cell(row=FIRST_ROW, column=1)
    validation = _validation(sources, owner)
    assert validation is not None and validation.type == "list"
    owner.value = "5. " + form.objectives.item("obj05").title.get("en")  # picked from the list
    answer_cell(sources, "citation").value = "Labour ministry, annual report 2025"
    sources.cell(row=FIRST_ROW + 1, column=1).value = "7"  # only an owner: no entry
    sources.cell(row=FIRST_ROW + 3, column=1).value = "obj09"  # by key, as layout 1 did
    answer_cell(sources, "citation", index=3).value = "Court ruling 12/2025"
    book.save(path.with_name("filled.xlsx"))
    answers = read_workbook(path.with_name("filled.xlsx"), load_form).answers
    assert answers["methodology.consultations"] == [{"place": "Kisumu"}]
    assert answers["recommendations.entries"][0]["recommendation"] == "Repeal the detention law."
    assert answers["endorsements.entries"] == [{"organisation": "Kisumu Migrants Forum"}]
    assert answers["obj05.sources"] == [{"citation": "Labour ministry, annual report 2025"}]
    assert answers["obj09.sources"] == [{"citation": "Court ruling 12/2025"}]
    assert "obj07.sources" not in answers


def test_case2_a_source_without_its_objective_is_named_by_its_cell(blanks, tmp_path):
    book = openpyxl.load_workbook(blanks["en"])
    answer_cell(sheet_of(book, "sources"), "citation", index=4).value = "A report"
    book.save(tmp_path / "orphan.xlsx")
    with pytest.raises(ImportProblems) as info:
        read_workbook(tmp_path / "orphan.xlsx", load_form)
    assert f"Sources!A{FIRST_ROW + 4}: the objective this row is about is missing" in str(
        info.value
    )


def test_case2_a_layout_1_questionnaire_filled_without_ids_imports(tmp_path):
    """Workbooks already sent out (layout 1, answers from row 3) keep importing."""
    book = openpyxl.load_workbook(DATA / "v1-template-2026-11.xlsx")
    consultations = sheet_of(book, "consultations")
    keys = [c.value for c in consultations[1]]
    consultations.cell(row=3, column=keys.index("place") + 1, value="Thiès")  # no id
    objectives = sheet_of(book, "objectives")
    keys = [c.value for c in objectives[1]]
    row = next(r for r in range(3, 30) if objectives.cell(row=r, column=1).value == "obj05")
    objectives.cell(
        row=row, column=keys.index("key_ways") + 1, value="Climate change; Pandemic recovery"
    )
    book.save(tmp_path / "v1.xlsx")
    answers = read_workbook(tmp_path / "v1.xlsx", load_form).answers
    assert answers["methodology.consultations"] == [{"place": "Thiès"}]
    assert answers["obj05.key_ways"] == ["kw01", "kw02"]


# -- case 3: several choices without typing labels -------------------------------------------


def test_case3_several_choices_are_one_yes_no_column_per_option(form, blanks, tmp_path):
    book = openpyxl.load_workbook(blanks["es"])
    grid = sheet_of(book, "key_ways")
    row = data_row(grid, "obj05")
    for choice in ("kw02", "kw07"):
        cell = grid.cell(row=row, column=key_column(grid, f"key_ways.{choice}"))
        validation = _validation(grid, cell)
        assert validation is not None and validation.type == "list"
        cell.value = "Sí"
    grid.cell(row=row, column=key_column(grid, "key_ways.kw09")).value = "x"
    grid.cell(row=row, column=key_column(grid, "key_ways.kw10")).value = "No"
    option = grid.cell(row=ROWS.options, column=key_column(grid, "key_ways.kw02")).value
    assert option == form.objectives.field("key_ways").choice("kw02").label.get("es")
    recommendations = sheet_of(book, "recommendations")
    answer_cell(recommendations, "recommendation").value = "Regularise workers."
    answer_cell(recommendations, "objectives.obj06").value = "Sí"
    book.save(tmp_path / "ticked.xlsx")
    answers = read_workbook(tmp_path / "ticked.xlsx", load_form).answers
    assert answers["obj05.key_ways"] == ["kw02", "kw07", "kw09"]
    assert answers["recommendations.entries"] == [
        {"recommendation": "Regularise workers.", "objectives": ["obj06"]}
    ]


def test_case3_an_export_ticks_what_was_chosen_and_reads_back(form, tmp_path):
    answers = sample_answers(form)
    review = Review("aaaaaaaa-1111-4111-8111-000000000017", form.version, answers, revision=3)
    path = write_workbook(form, review, tmp_path / "e.xlsx", "fr", include_confidential=True)
    grid = sheet_of(openpyxl.load_workbook(path), "pd_paragraphs")
    owner = next(
        k for k in (i.key for i in form.objectives.items) if answers.get(f"{k}.pd_paragraphs")
    )
    row = data_row(grid, owner)
    ticked = [
        c.value.split(".")[1]
        for c in grid[1]
        if c.value
        and c.value.startswith("pd_paragraphs.")
        and grid.cell(row=row, column=c.column).value == "Oui"
    ]
    assert ticked == answers[f"{owner}.pd_paragraphs"]
    assert read_workbook(path, load_form).answers == review.answers


# -- case 4: typed text stays text ---------------------------------------------------------


def test_case4_every_free_text_cell_is_formatted_as_text_down_to_new_rows(form, blanks):
    book = openpyxl.load_workbook(blanks["en"])
    for layout in workbook_layout(form):
        sheet = sheet_of(book, layout.name)
        for column in layout.columns:
            if column.field.type not in ("text", "longtext"):
                continue
            col = key_column(sheet, column.key)
            letter = get_column_letter(col)
            assert _shown(sheet, FIRST_ROW, col).number_format == "@", (layout.name, column.key)
            # Rows a person adds below the written ones: the column's own format.
            assert sheet.column_dimensions[letter].number_format == "@", (layout.name, column.key)


# -- case 5: rows grow with their text --------------------------------------------------------


def test_case5_no_answer_row_has_a_fixed_height(form, tmp_path):
    review = Review("aaaaaaaa-1111-4111-8111-000000000018", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "s.xlsx", include_confidential=True)
    blank = write_workbook(form, None, tmp_path / "b.xlsx")
    for file in (path, blank):
        for layout in workbook_layout(form):
            with zipfile.ZipFile(file) as archive:
                xml = archive.read(sheet_part(file, layout.name)).decode()
            for number, attributes in re.findall(r'<row r="(\d+)"([^>]*)>', xml):
                if int(number) >= FIRST_ROW:
                    assert 'customHeight="1"' not in attributes, (file.name, layout.name, number)
    summary = answer_cell(sheet_of(openpyxl.load_workbook(path), "profile"), "executive_summary")
    height = sheet_of(openpyxl.load_workbook(path), "profile").row_dimensions[summary.row].height
    assert height and height >= 45, "a long answer opens on several lines"
    with open(path, "rb") as handle:
        assert handle.read(4) == b"PK\x03\x04"


# -- case 6: Arabic reads right to left, in Arabic ---------------------------------------------


def test_case6_arabic_sheets_are_right_to_left_with_no_english_header(blanks):
    book = openpyxl.load_workbook(blanks["ar"])
    for name in book.sheetnames:
        sheet = sheet_of(book, name)
        if sheet.sheet_state == "hidden":
            continue
        assert sheet.sheet_view.rightToLeft, name
        visible = [c.value for row in sheet.iter_rows(min_row=2, max_row=4) for c in row]
        assert "id" not in visible, name
    # "5. …" reads right to left too, though it starts with a number.
    title = sheet_of(book, "objectives").cell(
        row=FIRST_ROW, column=key_column(sheet_of(book, "objectives"), TITLE_COLUMN)
    )
    assert title.alignment.readingOrder == 2
    english = openpyxl.load_workbook(blanks["en"])
    assert not sheet_of(english, "objectives").sheet_view.rightToLeft


# -- case 7: it prints --------------------------------------------------------------------------


def test_case7_every_answer_sheet_prints_landscape_with_repeated_headers(form, blanks):
    book = openpyxl.load_workbook(blanks["en"])
    for layout in workbook_layout(form):
        sheet = sheet_of(book, layout.name)
        assert sheet.page_setup.orientation == "landscape", layout.name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, layout.name
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth >= 1
        assert sheet.print_title_rows.replace("$", "") == f"2:{ROWS.guidance}", layout.name
        assert sheet.print_options.gridLines, layout.name
    assert sheet_of(book, "principles").page_setup.fitToWidth == 1
    cover = sheet_of(book, "cover")
    assert cover.page_setup.fitToHeight == 1 and cover.page_setup.fitToWidth == 1


# -- case 8: protected, in one face, aligned, explained, and named -------------------------------


def test_case8_labels_and_keys_are_locked_and_answers_open(form, blanks):
    book = openpyxl.load_workbook(blanks["en"])
    for layout in workbook_layout(form):
        sheet = sheet_of(book, layout.name)
        assert sheet.protection.sheet and not sheet.protection.password, layout.name
        for col in range(1, sheet.max_column + 1):
            for row in (1, 2, ROWS.guidance):
                assert sheet.cell(row=row, column=col).protection.locked, (layout.name, row, col)
        for column in layout.columns:
            col = key_column(sheet, column.key)
            assert not _shown(sheet, FIRST_ROW, col).protection.locked, (layout.name, column.key)
            letter = get_column_letter(col)
            assert not sheet.column_dimensions[letter].protection.locked, (layout.name, letter)
    assert not sheet_of(book, "pledges").protection.insertRows, "rows can be added to the lists"


def test_case8_every_written_cell_names_its_font_and_sits_at_the_top(form, tmp_path):
    review = Review("aaaaaaaa-1111-4111-8111-000000000019", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "s.xlsx", include_confidential=True)
    book = openpyxl.load_workbook(path)
    for layout in workbook_layout(form):
        sheet = sheet_of(book, layout.name)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name, (layout.name, cell.coordinate)
                if cell.row >= FIRST_ROW and cell.value is not None:
                    assert cell.alignment.vertical == "top", (layout.name, cell.coordinate)


def test_case8_a_refused_choice_says_what_is_allowed_in_the_workbook_language(form, blanks):
    sheet = sheet_of(openpyxl.load_workbook(blanks["fr"]), "objectives")
    validation = _validation(sheet, answer_cell(sheet, "rating", "obj01"))
    assert validation.showErrorMessage and validation.errorTitle
    rating = form.objectives.field("rating")
    assert "Choisissez" in validation.error
    assert all(c.label.get("fr") in validation.error for c in rating.choices)


def test_case8_the_workbook_has_a_title_a_subject_and_the_application_as_creator(form, tmp_path):
    review = Review("aaaaaaaa-1111-4111-8111-000000000020", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "s.xlsx", "es")
    properties = openpyxl.load_workbook(path).properties
    assert properties.creator == CREATOR and properties.creator != "openpyxl"
    assert properties.title.startswith(form.title.get("es"))
    assert "Republic of Veridia" in properties.title
    assert properties.subject and properties.language == "es"


def test_numbers_are_written_as_each_language_groups_thousands(blanks):
    for lang, limit in (("en", "30,000"), ("fr", "30\u202f000"), ("es", "30\u00a0000"),
                        ("ar", "30000")):  # fmt: skip
        sheet = sheet_of(openpyxl.load_workbook(blanks[lang]), "objectives")
        guidance = sheet.cell(row=ROWS.guidance, column=key_column(sheet, "assessment")).value
        assert limit in guidance, (lang, guidance)


def test_a_number_cell_refuses_what_is_not_a_number_within_range(form, blanks):
    sheet = sheet_of(openpyxl.load_workbook(blanks["fr"]), "consultations")
    validation = _validation(sheet, answer_cell(sheet, "participants"))
    assert validation is not None and validation.type in ("whole", "decimal")
    assert validation.showErrorMessage and validation.errorTitle == "Pas un nombre"


def test_the_blank_cover_draws_no_empty_chart_and_an_export_draws_one(form, blanks, tmp_path):
    assert not sheet_of(openpyxl.load_workbook(blanks["en"]), "cover")._charts
    review = Review("aaaaaaaa-1111-4111-8111-000000000021", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "s.xlsx")
    assert sheet_of(openpyxl.load_workbook(path), "cover")._charts


@pytest.mark.parametrize("claimed", ["1", "3", "two"])
def test_a_layout_the_file_does_not_have_is_refused_not_misread(form, tmp_path, claimed):
    review = Review("aaaaaaaa-1111-4111-8111-000000000022", form.version, sample_answers(form))
    path = write_workbook(form, review, tmp_path / "s.xlsx", include_confidential=True)
    book = openpyxl.load_workbook(path)
    for row in book["_meta"].iter_rows():
        if row[0].value == "layout":
            row[1].value = claimed
    book.save(tmp_path / "claimed.xlsx")
    with pytest.raises(ImportProblems) as info:
        read_workbook(tmp_path / "claimed.xlsx", load_form)
    said = str(info.value)
    assert ("is missing" in said) if claimed == "1" else ("the layout" in said), said

"""The workbook in LibreOffice: saved again whole, and filled by typing as a member does.

Typing goes through LibreOffice's own API: a free-text cell is formatted as
text, where typing stores what is typed as text (``setString``); choices are
typed (``setFormula``) as picked from the cell's own list. Every text must
arrive as typed, whatever it starts with, and a row of a list with no id and
a 4-line answer that makes its row grow must come back too.
"""

from __future__ import annotations

import openpyxl
import pytest

from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.libreoffice import needs_libreoffice, resave, type_into, typed
from tests.support import ARABIC, real_answers
from tests.workbook_cells import FIRST_ROW, coordinate, sheet_of

pytestmark = needs_libreoffice
REVIEW_ID = "7e1f0c2a-5b3d-4e8f-9a6c-2d4b8e0f1a17"
TYPED_TEXTS = {
    "obj01": "- first point",
    "obj02": "+254 700 000 000",
    "obj03": "=SUM(A1:A3) is what the ministry claims",
    "obj04": "@partners said so",
    "obj06": "-first",
    "obj07": "+33612345678",
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_template_and_an_export_saved_again_by_libreoffice_import_whole(form, tmp_path, lang):
    review = Review(REVIEW_ID, form.version, real_answers(form), revision=5)
    export = write_workbook(form, review, tmp_path / "export.xlsx", lang, include_confidential=True)
    contents = read_workbook(resave(export, tmp_path / "saved"), load_form)
    assert contents.answers == review.answers and not contents.edited_after_export
    blank = write_workbook(form, None, tmp_path / "blank.xlsx", lang)
    template = read_workbook(resave(blank, tmp_path / "saved-blank"), load_form)
    assert template.kind == "template" and template.answers == {}
    assert template.template_id == read_workbook(blank, load_form).template_id


def test_a_questionnaire_typed_into_in_libreoffice_arrives_as_typed(form, tmp_path):
    blank = write_workbook(form, None, tmp_path / "blank.xlsx", "en")
    four_lines = f"{ARABIC}\n- {ARABIC}\n+ {ARABIC}\n= {ARABIC}"
    gaps = {coordinate(blank, "objectives", "gaps", owner): {"text": text}
            for owner, text in TYPED_TEXTS.items()}  # fmt: skip
    assessment = coordinate(blank, "objectives", "assessment", "obj05")
    rating = coordinate(blank, "objectives", "rating", "obj05")
    tick = coordinate(blank, "key_ways", "key_ways.kw03", "obj05")
    source_owner = f"A{FIRST_ROW + 1}"  # the second row of the list: the first stays blank
    cells = {
        "profile": {coordinate(blank, "profile", "country"): {"text": "Kenya"},
                    coordinate(blank, "profile", "organisation"):
                        {"text": "Kisumu Migrants Forum"}},
        "objectives": {**gaps, assessment: {"text": four_lines}, rating: {"pick": 2}},
        "key_ways": {tick: {"pick": 0}},
        "consultations": {coordinate(blank, "consultations", "place"):
                              {"text": "- Kisumu, lakeside hall"}},
        "recommendations": {
            coordinate(blank, "recommendations", "recommendation"):
                {"text": "=End detention of children"},
            coordinate(blank, "recommendations", "objectives.obj13"): {"pick": 0},
        },
        "sources": {source_owner: {"pick": 11},
                    coordinate(blank, "sources", "citation", index=1):
                        {"text": "@ministry report 2025"}},
    }  # fmt: skip
    filled = type_into(blank, tmp_path / "filled.xlsx", cells)
    report = typed(filled)
    assert set(report["types"].values()) == {"TEXT"}, report["types"]
    assert not any(report["locked"].values()), "every answer cell is open to typing"
    texts = [f"{sheet}!{ref}" for sheet, entries in cells.items()
             for ref, entry in entries.items() if "text" in entry]  # fmt: skip
    assert len(texts) == 12
    for where in texts:
        assert report["formats"][where] == "@", f"{where}: formatted as text, typing keeps text"
    assert report["picked"][f"objectives!{rating}"] == "Limited progress"
    assert report["picked"][f"sources!{source_owner}"].startswith("12. ")

    contents = read_workbook(filled, load_form)
    answers = contents.answers
    for owner, text in TYPED_TEXTS.items():
        assert answers[f"{owner}.gaps"] == text, owner
    assert answers["obj05.assessment"] == four_lines
    assert answers["obj05.rating"] == "limited"
    assert answers["obj05.key_ways"] == ["kw03"]
    assert answers["profile.country"] == "Kenya"
    assert answers["methodology.consultations"] == [{"place": "- Kisumu, lakeside hall"}]
    assert answers["recommendations.entries"] == [
        {"recommendation": "=End detention of children", "objectives": ["obj13"]}
    ]
    assert answers["obj12.sources"] == [{"citation": "@ministry report 2025"}]
    # The row of the 4-line answer grew with it (LibreOffice saves the height it shows).
    book = openpyxl.load_workbook(filled)
    row = int("".join(c for c in assessment if c.isdigit()))
    assert sheet_of(book, "objectives").row_dimensions[row].height >= 4 * 14, (
        "the row shows 4 lines"
    )

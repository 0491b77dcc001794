"""Questionnaires without the sensitive categories, made and filled as users do.

``gcm-review template --leave-out-sensitive`` writes a blank workbook and a printed
questionnaire that show no category which can put participants at risk; the
workbook, filled in LibreOffice, imports into a review whose breakdowns add up.
"""

from __future__ import annotations

import openpyxl
import pytest

from desktop.store import Store
from exports.report_texts import EXPORT_LANGUAGES
from forms.loader import load_form
from forms.sensitive import sensitive_choices
from tests.desktop.test_cli_new_from import gcm
from tests.exports.test_blank_form import pdf_text, words
from tests.libreoffice import needs_libreoffice, type_into
from tests.workbook_cells import coordinate
from tests.workbook_surgery import edit


def _labels(lang: str) -> list[str]:
    return [c.label.get(lang) for c in sensitive_choices(load_form())]


def _cells(path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value]


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_the_blank_workbook_and_questionnaire_can_leave_them_out(tmp_path, lang):
    db = tmp_path / "reviews.db"
    for option in ((), ("--leave-out-sensitive",)):
        book, paper = tmp_path / f"blank{len(option)}.xlsx", tmp_path / f"blank{len(option)}.pdf"
        done = gcm(db, "template", "-o", str(book), "--lang", lang, *option)
        assert done.returncode == 0, done.stderr
        done = gcm(db, "template", "-o", str(paper), "--pdf", "--lang", lang, *option)
        assert done.returncode == 0, done.stderr
        cells, printed = _cells(book), words(pdf_text(paper))
        found = [label for label in _labels(lang) if any(label in cell for cell in cells)]
        shown = [label for label in _labels(lang) if words(label) in printed]
        if option:
            assert found == shown == [], "the option leaves them out of both"
        else:
            assert found == shown == _labels(lang), "asked by default"


@needs_libreoffice
def test_a_workbook_without_them_filled_in_libreoffice_imports_with_its_totals(tmp_path):
    db = tmp_path / "reviews.db"
    blank = tmp_path / "blank.xlsx"
    assert (
        gcm(db, "template", "-o", str(blank), "--lang", "fr", "--leave-out-sensitive").returncode
        == 0
    )
    cells = {
        coordinate(blank, "profile", "country"): "Sénégal",
        coordinate(blank, "profile", "organisation"): "Collectif Saint-Louis",
    }
    sheet = "consultations"
    typed = {
        coordinate(blank, sheet, key): value
        for key, value in (("place", "Thiès"), ("participants", "6"), ("gender.women", "3"),
                           ("gender.men", "2"), ("gender.undisclosed", "1"))
    }  # fmt: skip
    filled = type_into(blank, tmp_path / "filled.xlsx", {"profile": cells, sheet: typed})
    done = gcm(db, "import", str(filled))
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        (summary,) = store.list()
        (row,) = store.get(summary.id).answers["methodology.consultations"]
    assert row["participants"] == 6
    assert row["gender"] == {"women": 3, "men": 2, "undisclosed": 1}


def test_a_flag_other_than_asked_or_left_out_is_refused_in_one_line(tmp_path):
    db = tmp_path / "reviews.db"
    blank = tmp_path / "blank.xlsx"
    assert gcm(db, "template", "-o", str(blank)).returncode == 0

    def change(book) -> None:
        meta = book["_meta"]
        for row in meta.iter_rows():
            if row[0].value == "sensitive":
                row[1].value = "hidden‮"

    damaged = edit(blank, tmp_path / "damaged.xlsx", change)
    done = gcm(db, "import", str(damaged))
    assert done.returncode == 2
    assert "is not a sensitive flag" in done.stderr and "_meta!B" in done.stderr
    if db.exists():
        with Store(db) as store:
            assert not store.list(), "nothing imported"

"""Workbooks as LibreOffice leaves them: re-saved, and filled by typing into cells.

What is checked is what users do: a blank questionnaire filled in LibreOffice
keeps its template id (a corrected one sent again replaces the first), an
export saved again without a change is not "edited", and one whose rating was
retyped is.
"""

from __future__ import annotations

import sqlite3

from desktop.importing import add_member_workbook, import_workbook
from desktop.store import Store
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.libreoffice import needs_libreoffice, resave, type_into
from tests.support import real_answers
from tests.workbook_cells import coordinate

pytestmark = needs_libreoffice
REVIEW_ID = "5d2c9e47-1b0a-4f63-8e25-9c7d3a1b6f08"


def test_a_questionnaire_filled_in_libreoffice_keeps_its_id_and_a_correction_replaces_it(
    form, tmp_path
):
    blank = write_workbook(form, None, tmp_path / "blank.xlsx", "fr")
    template_id = read_workbook(blank, load_form).template_id
    organisation = coordinate(blank, "profile", "organisation")
    country = coordinate(blank, "profile", "country")
    rating = coordinate(blank, "objectives", "rating", "obj05")
    first = type_into(
        blank,
        tmp_path / "filled.xlsx",
        {"profile": {organisation: "Collectif Saint-Louis", country: "Sénégal"},
         "objectives": {rating: "Progrès limités"}},
    )  # fmt: skip
    read = read_workbook(first, load_form)
    assert read.template_id == template_id, "the id survives LibreOffice"
    assert read.answers["obj05.rating"] == "limited" and not read.edited_after_export
    corrected = type_into(
        first, tmp_path / "corrected.xlsx", {"objectives": {rating: "Aucun progrès"}}
    )
    db = tmp_path / "coalition.db"
    with Store(db) as store:
        coalition = store.coalition("Plateforme")
        assert add_member_workbook(store, coalition, first).outcome == "added"
        assert add_member_workbook(store, coalition, corrected).outcome == "replaced"
        (member,) = store.contributions(coalition)
    assert member.answers["obj05.rating"] == "none"
    # Another member filling a copy of the same blank file is another contribution.
    other = type_into(blank, tmp_path / "other.xlsx", {"profile": {organisation: "Caritas Thiès"}})
    with Store(db) as store:
        assert add_member_workbook(store, coalition, other).outcome == "added"
        assert len(store.contributions(coalition)) == 2


def test_an_export_saved_again_by_libreoffice_is_not_edited_and_a_retyped_one_is(form, tmp_path):
    review = Review(REVIEW_ID, form.version, real_answers(form), revision=4)
    export = write_workbook(form, review, tmp_path / "export.xlsx", "es", include_confidential=True)
    saved = resave(export, tmp_path / "saved")
    contents = read_workbook(saved, load_form)
    assert not contents.edited_after_export and contents.answers == review.answers
    rating = coordinate(export, "objectives", "rating", "obj02")
    retyped = type_into(export, tmp_path / "retyped.xlsx", {"objectives": {rating: "Retroceso"}})
    assert read_workbook(retyped, load_form).edited_after_export
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        import_workbook(store, saved)
        done = import_workbook(store, retyped)
    assert done.outcome == "updated" and done.edited
    conn = sqlite3.connect(db)
    try:
        (value,) = conn.execute(
            "SELECT value FROM answers WHERE review_id = ? AND key = 'obj02.rating'", [REVIEW_ID]
        ).fetchone()
    finally:
        conn.close()
    assert value == '"regression"'

"""Importing a review's own export again keeps the rows no export holds.

An unconsented testimony and an unnamed endorser are in no workbook; the workbook
exported, edited in LibreOffice and imported again, or imported as it is with
``gcm-review import``, must not take them out of the review.
"""

from __future__ import annotations

from pathlib import Path

from desktop.importing import import_workbook
from desktop.store import Store
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from tests.desktop.test_cli_new_from import gcm
from tests.libreoffice import needs_libreoffice, type_into
from tests.workbook_cells import coordinate

QUOTED = {"title": "Quoted at the crossing", "summary": "Told with consent.", "consent": True}
KEPT = {"title": "Kept at the clinic", "summary": "Refused.", "consent": False}
LATE = {"title": "Night yard", "summary": "Nobody asked yet."}
ANSWERS = {
    "profile.country": "Chile",
    "profile.organisation": "Red Andina de Migraciones",
    "obj13.testimonies": [KEPT, QUOTED, LATE],
    "obj08.testimonies": [LATE],
    "endorsements.entries": [
        {"organisation": "Red de Apoyo Mutuo"},
        {"organisation": "Colectivo Escondido", "unnamed": True},
    ],
}


def _made(db: Path) -> str:
    with Store(db) as store:
        return store.create(ANSWERS).id


def test_gcm_review_import_of_the_own_export_keeps_every_row(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = _made(db)
    workbook = tmp_path / "export.xlsx"
    done = gcm(db, "export", review_id, "--xlsx", str(workbook), "--include-confidential")
    assert done.returncode == 0, done.stderr
    assert b"Kept at the clinic" not in workbook.read_bytes()
    done = gcm(db, "import", str(workbook))
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        answers = store.get(review_id).answers
    for key in ("obj13.testimonies", "obj08.testimonies", "endorsements.entries"):
        assert answers[key] == ANSWERS[key], key


@needs_libreoffice
def test_a_workbook_edited_in_libreoffice_keeps_the_rows_it_never_held(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = _made(db)
    with Store(db) as store:
        exported = write_workbook(load_form(), store.get(review_id), tmp_path / "e.xlsx", "es")
    place = coordinate(exported, "testimonies", "place", index=0)  # the only row it holds
    edited = type_into(exported, tmp_path / "edited.xlsx", {"testimonies": {place: "Arica"}})
    with Store(db) as store:
        import_workbook(store, edited)
        answers = store.get(review_id).answers
    assert answers["obj13.testimonies"] == [KEPT, {**QUOTED, "place": "Arica"}, LATE]
    assert answers["obj08.testimonies"] == [LATE]
    assert [r["organisation"] for r in answers["endorsements.entries"]] == [
        "Red de Apoyo Mutuo",
        "Colectivo Escondido",
    ]

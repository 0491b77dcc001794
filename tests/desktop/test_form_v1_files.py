"""Files written with form version 1 open and import with every answer kept.

The database and workbooks of ``tests/data/form-v1`` were made by the
application before form version 2 (see its README); ``answers.json`` says
what they hold.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.operations.workbooks import import_files
from desktop.store import Store
from forms.loader import load_form

DATA = Path(__file__).resolve().parents[1] / "data" / "form-v1"
EXPECTED = json.loads((DATA / "answers.json").read_text(encoding="utf-8"))


@pytest.fixture
def database(tmp_path) -> Path:
    """A copy of the version-1 database (opening it may upgrade it)."""
    copy = tmp_path / "reviews.db"
    shutil.copy(DATA / "reviews.db", copy)
    return copy


def test_every_review_of_a_version_1_database_is_there_whole(database):
    with Store(database, check=True) as store:
        found = {s.id: s for s in store.list(archived=None)}
        assert set(found) == set(EXPECTED["reviews"])
        for review_id, expected in EXPECTED["reviews"].items():
            review = store.get(review_id)
            assert review.answers == expected["answers"], review_id
            assert (review.kind, review.revision, review.sample) == (
                expected["kind"], expected["revision"], expected["sample"],
            )  # fmt: skip
            assert found[review_id].archived == expected["archived"]
        coalition = EXPECTED["reviews"][EXPECTED["coalition"]]
        held = [
            {"review_id": c.review_id, "organisation": c.organisation, "revision": c.revision,
             "answers": dict(c.answers)}
            for c in store.contributions(EXPECTED["coalition"])
        ]  # fmt: skip
        assert held == coalition["contributions"]
        assert len(held) == 4


def test_a_version_1_export_imports_with_every_answer_it_holds(tmp_path):
    """Every answer but the pictures, which a workbook never holds."""
    form = load_form(1)
    pictures = {ref.key for ref in form.refs() if ref.field.type == "image"}
    every = EXPECTED["reviews"][EXPECTED["every_field"]]["answers"]
    with Store(tmp_path / "reviews.db") as store:
        (outcome,) = import_files(store, [DATA / "every-field.xlsx"])
        assert outcome.taken, outcome.reasons
        review = store.get(EXPECTED["every_field"])
        assert pictures and not pictures & set(review.answers)
        assert review.answers == {k: v for k, v in every.items() if k not in pictures}


def test_a_version_1_questionnaire_filled_in_libreoffice_imports_as_typed(tmp_path):
    with Store(tmp_path / "reviews.db") as store:
        (outcome,) = import_files(store, [DATA / "filled-template.xlsx"])
        assert outcome.taken, outcome.reasons
        (summary,) = store.list()
        answers = store.get(summary.id).answers
    for key, value in EXPECTED["filled_template"].items():
        assert answers[key] == value, key

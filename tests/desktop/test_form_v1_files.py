"""Files written with form version 1 open and import with every answer kept.

The database and workbooks of ``tests/data/form-v1`` were made by the
application before form version 2 (see its README); ``answers.json`` says
what they hold, in version 1. Opened or imported now, they hold the same
answers as version 2 asks them (tests/forms/test_upgrades.py walks every
question of version 1 through the upgrade).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.operations.workbooks import import_files
from desktop.store import Store
from forms.loader import load_form
from forms.upgrades import upgrade_answers
from forms.versions import CURRENT_VERSION

DATA = Path(__file__).resolve().parents[1] / "data" / "form-v1"
EXPECTED = json.loads((DATA / "answers.json").read_text(encoding="utf-8"))


def in_current(answers: dict) -> dict:
    """Version 1's ``answers`` as the current form version asks them."""
    return upgrade_answers(answers, 1, load_form)


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
            assert review.form_version == CURRENT_VERSION
            assert review.answers == in_current(expected["answers"]), review_id
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
        assert held == [
            {**member, "answers": in_current(member["answers"])}
            for member in coalition["contributions"]
        ]
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
        assert review.answers == in_current({k: v for k, v in every.items() if k not in pictures})


def test_a_version_1_questionnaire_filled_in_libreoffice_imports_as_typed(tmp_path):
    with Store(tmp_path / "reviews.db") as store:
        (outcome,) = import_files(store, [DATA / "filled-template.xlsx"])
        assert outcome.taken, outcome.reasons
        (summary,) = store.list()
        answers = store.get(summary.id).answers
    for key, value in in_current(EXPECTED["filled_template"]).items():
        assert answers[key] == value, key


def test_a_backup_of_the_version_1_database_is_kept_before_its_upgrade(database):
    from desktop.backups import list_backups

    with Store(database):
        pass
    (backup,) = list_backups(database)
    assert backup.reason == "before-upgrade"
    with closing(sqlite3.connect(backup.path)) as copy:
        versions = {row[0] for row in copy.execute("SELECT form_version FROM reviews")}
        kept = dict(copy.execute("SELECT key, value FROM answers WHERE review_id = ?",
                                 [EXPECTED["every_field"]]).fetchall())  # fmt: skip
    assert versions == {1}, "the backup holds the reviews as version 1 had them"
    every = EXPECTED["reviews"][EXPECTED["every_field"]]["answers"]
    assert {k: json.loads(v) for k, v in kept.items()} == every
    with Store(database) as store:  # opened again: nothing more to upgrade, no new backup
        assert {s.id for s in store.list(archived=None)} == set(EXPECTED["reviews"])
    assert len(list_backups(database)) == 1


def test_a_version_1_export_read_again_after_the_upgrade_changes_nothing(database):
    """Same answers, same revision: the member's file is a duplicate, the review unchanged."""
    every = EXPECTED["every_field"]
    with Store(database) as store:
        before = store.get(every)
        (outcome,) = import_files(store, [DATA / "every-field.xlsx"])
        assert outcome.taken, outcome.reasons
        after = store.get(every)
    assert after.revision == before.revision and after.answers == before.answers

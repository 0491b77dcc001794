"""The SQLite store: round trips, atomic saves, migrations and refusals."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from desktop import migrations
from desktop.sqlite_engine import sqlite
from desktop.store import ReviewNotFound, Store, StoreError
from forms.errors import InvalidValue, UnknownKey
from forms.versions import CURRENT_VERSION
from tests.support import ARABIC, every_field_answers


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "reviews.db") as opened:
        yield opened


def test_every_field_type_survives_a_round_trip(tmp_path, form):
    answers = every_field_answers(form)
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review_id = store.create(answers).id
    with Store(path) as reopened:
        review = reopened.get(review_id)
    assert review.answers == answers
    assert list(review.answers) == list(form.answer_keys()), "answers come back in form order"
    assert review.form_version == form.version


def test_new_review_has_uuid_timestamps_and_revision(store):
    review = store.create({"profile.country": "Veridia"})
    assert uuid.UUID(review.id).version == 4
    assert review.created == review.updated and review.created.endswith("Z")
    assert review.revision == 1 and review.kind == "review" and not review.sample


def test_database_settings(store):
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_save_bumps_revision_only_on_change(store):
    review = store.create({})
    assert store.save(review.id, {"obj01.rating": "limited", "obj01.assessment": ARABIC}) == 2
    assert store.save(review.id, {"obj01.rating": "limited"}) == 2
    assert store.save(review.id, {"obj01.rating": "moderate"}) == 3
    after = store.get(review.id)
    assert after.revision == 3 and after.updated > review.updated
    assert after.answers == {"obj01.assessment": ARABIC, "obj01.rating": "moderate"}


def test_blank_values_clear_answers(store):
    review = store.create({"obj01.assessment": "text", "obj01.key_ways": ["kw01"]})
    store.save(review.id, {"obj01.assessment": "   ", "obj01.key_ways": []})
    assert store.get(review.id).answers == {}


def answers_table(store):
    return store.db.execute("SELECT review_id, key, value FROM answers ORDER BY 1, 2").fetchall()


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"obj01.assessment": "new", "obj01.rating": "excellent"}, InvalidValue),
        ({"obj01.assessment": "new", "obj99.rating": "limited"}, UnknownKey),
        ({"obj01.assessment": "new", "profile.country": "x" * 1000}, InvalidValue),
    ],
)
def test_a_bad_value_saves_nothing(store, changes, error):
    review = store.create({"obj01.assessment": "old"})
    before = answers_table(store)
    with pytest.raises(error):
        store.save(review.id, changes)
    assert answers_table(store) == before
    assert store.get(review.id).revision == 1


def test_a_failure_inside_the_transaction_rolls_everything_back(store):
    review = store.create({"obj01.assessment": "old"})
    store.db.execute(
        "CREATE TRIGGER no_gaps BEFORE INSERT ON answers WHEN NEW.key = 'obj01.gaps'"
        " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    before = answers_table(store)
    with pytest.raises(sqlite.IntegrityError):
        store.save(review.id, {"obj01.assessment": "new", "obj01.gaps": "gap"})
    assert answers_table(store) == before
    assert store.get(review.id).revision == 1
    assert not store.db.conn.in_transaction


def test_ids_and_prefixes(store, monkeypatch):
    fixed = iter(
        [
            uuid.UUID("aaaa1111-0000-4000-8000-000000000000"),
            uuid.UUID("aaaa2222-0000-4000-8000-000000000000"),
        ]
    )
    monkeypatch.setattr("uuid.uuid4", lambda: next(fixed))
    first, second = store.create({}).id, store.create({}).id
    assert store.resolve_id("aaaa1") == first
    assert store.resolve_id("AAAA2222") == second
    assert store.resolve_id(first.upper()) == first
    with pytest.raises(ReviewNotFound, match="several reviews"):
        store.resolve_id("aaaa")
    with pytest.raises(ReviewNotFound, match="no review with id 'aaa'"):
        store.resolve_id("aaa")  # too short to be a prefix
    with pytest.raises(ReviewNotFound):
        store.resolve_id("aa%_")  # LIKE wildcards are taken literally
    with pytest.raises(ReviewNotFound, match="no review with id 'nope'"):
        store.get("nope")


def test_list_shows_country_organisation_and_completeness(store, form):
    full = store.create(every_field_answers(form))
    store.create({"profile.country": "Veridia", "profile.organisation": "Network"}, sample=True)
    summaries = {s.id: s for s in store.list()}
    assert summaries[full.id].percent == 100
    sample = next(s for s in summaries.values() if s.sample)
    assert (sample.country, sample.organisation, sample.percent) == ("Veridia", "Network", 0)


def test_the_list_of_reviews_needs_no_form_definition(tmp_path, form):
    """Each write records the review's completeness: listing reads the database alone."""
    from forms.review import completeness

    loads: list[int] = []

    def loader(version: int):
        loads.append(version)
        return form

    answers = every_field_answers(form)
    counted = next(
        key
        for key in answers
        if completeness(form, {k: v for k, v in answers.items() if k != key}).overall.percent < 100
    )
    path = tmp_path / "reviews.db"
    with Store(path, form_loader=loader) as store:
        edited = store.create(answers).id
        store.save(edited, {counted: None})
        imported, _ = store.import_review(None, form.version, 1, answers)
        empty = store.create({}).id
    with Store(path, form_loader=loader) as reopened:
        loads.clear()
        percents = {s.id: s.percent for s in reopened.list()}
        assert loads == [], "listing loaded the form definition"
        expected = completeness(form, reopened.get(edited).answers).overall.percent
    assert percents == {edited: expected, imported: 100, empty: 0} and expected < 100


def test_reviews_written_before_completeness_was_recorded_get_it_when_listed(tmp_path, form):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review_id = store.create(every_field_answers(form)).id
        # As a version that did not record completeness left it:
        store.db.execute("ALTER TABLE reviews DROP COLUMN percent")
        store.db.execute("ALTER TABLE reviews DROP COLUMN percent_basis")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_review_percent'")
    with Store(path) as store:
        assert [s.percent for s in store.list()] == [100]
    with Store(path, form_loader=_no_form) as store:
        assert [s.percent for s in store.list()] == [100], "recorded by the first listing"
        assert store.db.execute("SELECT percent FROM reviews").fetchone()[0] == 100
    assert review_id


def test_a_changed_definition_has_the_completeness_worked_out_again(tmp_path, form, monkeypatch):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        store.create(every_field_answers(form))
        store.db.execute("UPDATE reviews SET percent = 3")  # not what the answers give
    with Store(path, form_loader=_no_form) as store:
        assert [s.percent for s in store.list()] == [3], "the recorded figure is trusted"
    # The definition of version 1 changes (a question added, say): its fingerprint too.
    monkeypatch.setattr("desktop.store.definition_stamp", lambda version: f"{version}:changed")
    with Store(path) as store:
        assert [s.percent for s in store.list()] == [100]
        basis = store.db.execute("SELECT percent_basis FROM reviews").fetchone()[0]
        assert basis == f"{CURRENT_VERSION}:changed"


def _no_form(version: int):
    raise AssertionError(f"form {version} loaded")


def test_delete_removes_the_answers(store):
    review = store.create({"obj01.assessment": "text"})
    store.delete(review.id)
    assert answers_table(store) == []
    with pytest.raises(ReviewNotFound):
        store.get(review.id)


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite.IntegrityError):
        store.db.execute(
            "INSERT INTO answers (review_id, key, value, updated) VALUES ('x', 'k', '1', 'now')"
        )


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review_id = store.create({"profile.country": "Veridia"}).id
        applied = migrations.applied_names(store.db.conn)
    for _ in range(2):
        with Store(path) as store:
            assert migrations.applied_names(store.db.conn) == applied
            assert store.get(review_id).country == "Veridia"
    assert applied == sorted(migrations.known_names())


def test_the_record_of_migrations_is_the_one_sqlite_utils_keeps(tmp_path):
    from sqlite_utils import Database, Migrations

    with Store(tmp_path / "reviews.db") as store:
        recorded = Migrations(migrations.MIGRATION_SET).applied(Database(store.db.conn))
        assert [m.name for m in recorded] == migrations.applied_names(store.db.conn)


def test_an_up_to_date_database_opens_without_sqlite_utils(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "reviews.db"
    Store(path).close()
    code = (
        "import sys; from desktop.store import Store;"
        f"Store({str(path)!r}).list(); print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "reviews.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('gcm-review', 'm999_future', 'later')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)


def test_files_that_are_not_review_databases_are_refused(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all" * 100)
    with pytest.raises(StoreError, match=r"notes\.db: not a review database"):
        Store(text)
    assert text.read_text() == "not a database at all" * 100
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (n)")
    conn.close()
    with pytest.raises(StoreError, match="holds other tables"):
        Store(other)
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_missing_folders_are_created(tmp_path):
    with Store(tmp_path / "a" / "b" / "reviews.db") as store:
        assert store.list() == []


def test_a_full_disk_refuses_the_save_and_loses_nothing(tmp_path):
    """SQLite's own "database or disk is full", made real with a page limit."""
    from desktop.connection import WriteError

    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review = store.create({"profile.country": "Mali", "obj01.gaps": "kept"})
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(WriteError, match=r"could not be written \(the disk is full\)"):
            store.save(review.id, {f"obj{n:02d}.assessment": "x" * 20000 for n in range(1, 24)})
        assert not store.db.conn.in_transaction
        assert store.get(review.id).answers == {"profile.country": "Mali", "obj01.gaps": "kept"}
        assert store.get(review.id).revision == review.revision
    with Store(path) as store:
        assert store.integrity_problem() is None
        assert store.get(review.id).get("obj01.gaps") == "kept"


def test_a_full_disk_on_the_command_line_is_one_line(tmp_path, monkeypatch, capsys):
    from desktop import cli
    from desktop.connection import Connection

    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review = store.create({"profile.country": "Mali"})
    original = Connection.__init__

    def limited(self, conn, where=None):
        original(self, conn, where)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(Connection, "__init__", limited)
    code = cli.main(["set", review.id, "obj01.gaps", "y" * 30000, "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "could not be written (the disk is full)" in err and str(path) in err

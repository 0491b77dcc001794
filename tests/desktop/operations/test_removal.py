"""Deleting a review keeps it in a backup and can be undone; archiving hides it from the list."""

from __future__ import annotations

import pytest

from desktop.backups import list_backups
from desktop.operations.removal import archive_review, delete_review, undo_delete
from desktop.store import ReviewNotFound, Store, StoreError
from tests.support import real_answers


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "reviews.db") as opened:
        yield opened


def _everything(store: Store, review_id: str):
    review = store.get(review_id)
    return review.answers, review.revision, review.created, review.kind, review.sample


def test_a_deleted_review_is_in_a_backup_and_comes_back_as_it_was(store, form):
    review = store.create(real_answers(form))
    store.save(review.id, {"profile.keywords": "labour, detention"})
    before = _everything(store, review.id)
    kept = store.create({"profile.country": "Chile", "profile.organisation": "Red"})

    removed = delete_review(store, review.id)
    assert [s.id for s in store.list()] == [kept.id]
    with pytest.raises(ReviewNotFound):
        store.get(review.id)
    assert removed.backup is not None and removed.backup.is_file()
    assert [b.reason for b in list_backups(store.path)] == ["before-delete"]
    with Store(removed.backup) as backup:
        assert backup.get(review.id).answers == before[0], "the backup holds it"

    undo_delete(store, removed)
    assert _everything(store, review.id) == before
    with pytest.raises(StoreError):
        undo_delete(store, removed)  # it is back already: nothing is written twice


def test_a_coalition_comes_back_with_its_contributions(store, form, tmp_path):
    from desktop.importing import add_member_workbook
    from exports.xlsx_writer import write_workbook

    coalition = store.coalition("Coalition Sahel")
    member = store.create(real_answers(form))
    path = tmp_path / "member.xlsx"
    write_workbook(form, store.get(member.id), path)
    add_member_workbook(store, coalition, path)
    contributions = store.contributions(coalition)
    assert contributions

    removed = delete_review(store, coalition)
    assert store.contributions(coalition) == []
    undo_delete(store, removed)
    assert store.contributions(coalition) == contributions


def test_an_archived_review_leaves_the_list_and_comes_back(store):
    one = store.create({"profile.country": "Mali", "profile.organisation": "A"})
    two = store.create({"profile.country": "Niger", "profile.organisation": "B"})
    archive_review(store, one.id)
    assert [s.id for s in store.list()] == [two.id]
    assert [(s.id, s.archived) for s in store.list(archived=True)] == [(one.id, True)]
    assert store.get(one.id).answers["profile.country"] == "Mali", "kept, just put away"
    archive_review(store, one.id, archived=False)
    assert {s.id for s in store.list()} == {one.id, two.id}


def test_an_unknown_review_changes_nothing(store):
    store.create({"profile.country": "Mali", "profile.organisation": "A"})
    with pytest.raises(ReviewNotFound):
        delete_review(store, "no-such-review")
    assert list_backups(store.path) == [], "no backup for nothing"
    assert len(store.list()) == 1

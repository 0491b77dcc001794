"""The autosave: debounced, off the UI thread, in order, never losing a change."""

from __future__ import annotations

import threading

import pytest

from desktop.store import Store, StoreError
from desktop.ui.autosave import ReviewSession, SaveStatus
from forms.errors import InvalidValue


@pytest.fixture
def setup(qtbot, tmp_path):
    path = tmp_path / "reviews.db"
    store = Store(path)
    review = store.create({"profile.country": "Veridia"})
    sessions = []

    def make(delay_ms=50):
        session = ReviewSession(path, review, store.form(review.form_version), delay_ms)
        sessions.append(session)
        return session

    yield store, review, make
    for session in sessions:
        session.close()
    store.close()


def wait_saved(qtbot, session):
    qtbot.waitUntil(
        lambda: session.status is SaveStatus.SAVED and not session.has_unsaved_changes,
        timeout=5000,
    )


def test_edits_are_saved_after_a_pause_in_one_transaction(qtbot, setup):
    store, review, make = setup
    session = make(delay_ms=80)
    statuses = []
    session.status_changed.connect(statuses.append)
    for count in range(1, 30):
        session.set_value("obj01.assessment", "x" * count)
    session.set_value("obj01.rating", "limited")
    assert session.status is SaveStatus.SAVING
    wait_saved(qtbot, session)
    saved = store.get(review.id)
    assert saved.get("obj01.assessment") == "x" * 29
    assert saved.revision == review.revision + 1, "all edits of one pause are one save"
    assert statuses == [SaveStatus.SAVING, SaveStatus.SAVED]
    assert session.revision == saved.revision


def test_flush_saves_at_once(qtbot, setup):
    store, review, make = setup
    session = make(delay_ms=60_000)
    session.set_value("obj02.gaps", "Pending")
    assert session.flush()
    assert store.get(review.id).get("obj02.gaps") == "Pending"


def test_invalid_values_are_refused_before_anything_is_queued(setup):
    _store, _review, make = setup
    session = make()
    with pytest.raises(InvalidValue):
        session.set_value("obj01.rating", "excellent")
    assert not session.has_unsaved_changes


def test_typing_never_waits_for_the_disk(qtbot, setup, monkeypatch):
    store, review, make = setup
    session = make(delay_ms=10)
    release = threading.Event()
    entered = threading.Event()
    original = Store.save

    def slow_save(self, review_id, changes):
        entered.set()
        release.wait(10)
        return original(self, review_id, changes)

    monkeypatch.setattr(Store, "save", slow_save)
    session.set_value("obj03.gaps", "first")
    qtbot.waitUntil(lambda: entered.is_set() or None, timeout=3000)
    # The saver thread is stuck in the disk write; the UI thread carries on.
    for count in range(200):
        session.set_value("obj03.evidence", f"typing {count}")
    assert session.value("obj03.evidence") == "typing 199"
    assert session.status is SaveStatus.SAVING
    release.set()
    wait_saved(qtbot, session)
    saved = store.get(review.id)
    assert (saved.get("obj03.gaps"), saved.get("obj03.evidence")) == ("first", "typing 199")


def test_a_failed_save_is_kept_and_retried(qtbot, setup, monkeypatch):
    store, review, make = setup
    monkeypatch.setattr("desktop.ui.autosave.RETRY_MS", 50)
    session = make(delay_ms=10)
    original = Store.save
    failures = []

    def failing_once(self, review_id, changes):
        if not failures:
            failures.append(changes)
            raise StoreError("disk full")
        return original(self, review_id, changes)

    monkeypatch.setattr(Store, "save", failing_once)
    messages = []
    session.save_failed.connect(messages.append)
    session.set_value("obj04.gaps", "keep me")
    qtbot.waitUntil(lambda: messages == ["disk full"], timeout=3000)
    assert session.has_unsaved_changes
    wait_saved(qtbot, session)
    assert store.get(review.id).get("obj04.gaps") == "keep me"


def test_clearing_an_answer_is_saved(qtbot, setup):
    store, review, make = setup
    session = make()
    session.set_value("profile.country", "")
    wait_saved(qtbot, session)
    assert "profile.country" not in store.get(review.id).answers

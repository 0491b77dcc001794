"""File › New review… › Start from an earlier review, and the trend it brings to the overview."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.ui import new_review_dialog
from desktop.ui.new_review_dialog import WORKBOOK, NewReviewDialog

V1 = Path(__file__).resolve().parents[2] / "data" / "form-v1"

EARLIER = {
    "profile.country": "Sénégal",
    "profile.organisation": "Réseau Migrations",
    "profile.language": "fr",
    "profile.review_date": "2026-03-01",
    "obj05.rating": "limited",
    "obj13.rating": "moderate",
    "obj15.rating": "substantial",
    "obj13.state_recommendations": [{"recommendation": "Fermer les centres de rétention."}],
}


def choose(dialog: NewReviewDialog, data) -> None:
    """Pick the start-from entry holding ``data`` (a review id, or the workbook entry)."""
    combo = dialog.start_from
    for index in range(combo.count()):
        held = combo.itemData(index)
        if held == data or getattr(held, "id", None) == data:
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
            return
    raise AssertionError(f"{data} is not offered")


@pytest.fixture
def accept_with(monkeypatch):
    """Make New review… answer its dialog with ``fill(dialog)``, then accept it."""

    def patch(fill):
        def run(dialog):
            fill(dialog)
            assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(NewReviewDialog, "exec", run)

    return patch


def test_a_review_starts_from_one_in_the_database(window, qtbot, accept_with):
    earlier = window.store.create(EARLIER)

    def fill(dialog):
        choose(dialog, earlier.id)
        # The names come from the earlier review; the person may still change them.
        assert dialog.inputs["country"].text() == "Sénégal"
        assert dialog.inputs["organisation"].text() == "Réseau Migrations"

    accept_with(fill)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.creating.last_started is not None, timeout=10000)
    review = window.session.review
    assert review.id != earlier.id
    assert review.answers["obj13.previous_rating"] == "moderate"
    assert review.answers["obj13.follow_up"] == [
        {
            "recommendation": "Fermer les centres de rétention.",
            "made_in": "Réseau Migrations (2026-03-01)",
        }
    ]
    assert review.answers["profile.language"] == "fr"  # the earlier review's, not the window's
    said = window.creating.last_started.informativeText()
    assert "ratings at the last review 3, recommendations to follow up 1" in said
    assert "status" in said

    # The overview shows the trend once the new ratings are given: in words, with a mark.
    window.store.save(review.id, {"obj13.rating": "limited", "obj15.rating": "substantial"})
    dashboard = window.editor.dashboard
    dashboard.update_answers(window.store.get(review.id).answers)
    tile = dashboard.tile("obj13")
    assert "rated lower than at the last review (Moderate progress)" in tile.accessibleName()
    assert "rated the same as at the last review" in dashboard.tile("obj15").accessibleName()
    assert "the last review" not in dashboard.tile("obj05").accessibleName()  # unrated
    assert dashboard.trend_label.isVisible()
    assert dashboard.trend_label.text() == (
        "Compared with the last review: ▲ rated higher: 0 · = rated the same: 1 · ▼ rated lower: 1"
    )


def test_a_review_starts_from_a_workbook(window, qtbot, accept_with, monkeypatch, tmp_path):
    window.store.create(EARLIER)  # picked first, then the workbook: its names are the file's
    source = shutil.copy(V1 / "filled-template.xlsx", tmp_path / "2022.xlsx")
    monkeypatch.setattr(
        new_review_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), "")
    )

    def fill(dialog):
        choose(dialog, window.store.list()[0].id)
        choose(dialog, WORKBOOK)
        assert "2022.xlsx" in dialog.start_from.currentText()
        assert dialog.answers() == {}  # nothing typed: all from the workbook
        assert dialog.source() == str(source)

    accept_with(fill)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.creating.last_started is not None, timeout=20000)
    answers = window.session.review.answers
    assert answers["profile.organisation"] == "Forum des migrants de Dakar"
    assert answers["obj13.previous_rating"] == "regression"
    assert answers["obj13.follow_up"][0]["recommendation"] == (
        "Mettre fin à la rétention des enfants"
    )


def test_names_follow_the_review_chosen_but_not_over_what_was_typed(window, qtbot, form):
    first = window.store.create(EARLIER)
    second = window.store.create(
        {**EARLIER, "profile.country": "Mali", "profile.organisation": "AME"}
    )
    dialog = NewReviewDialog(form, "en", window, earlier=window.store.list())
    qtbot.addWidget(dialog)
    # A screen reader meets the list under its label, and is told what it carries.
    assert "its ratings (as the ratings at the last review)" in (
        dialog.start_from.accessibleDescription()
    )
    choose(dialog, first.id)
    dialog.inputs["organisation"].setText("Notre réseau")
    choose(dialog, second.id)
    assert dialog.inputs["country"].text() == "Mali"
    assert dialog.inputs["organisation"].text() == "Notre réseau"
    assert dialog.source() == second.id
    given = dialog.answers()
    assert given == {"profile.country": "Mali", "profile.organisation": "Notre réseau"}
    # Another source takes away the names a review put in, never what was typed.
    choose(dialog, None)
    assert dialog.inputs["country"].text() == ""
    assert dialog.inputs["organisation"].text() == "Notre réseau"


def test_choosing_no_workbook_leaves_a_blank_review(window, qtbot, monkeypatch, form):
    monkeypatch.setattr(new_review_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    dialog = NewReviewDialog(form, "en", window, earlier=window.store.list())
    qtbot.addWidget(dialog)
    choose(dialog, WORKBOOK)
    assert dialog.source() is None and dialog.start_from.currentIndex() == 0
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_damaged_workbook_is_said_and_nothing_is_made(
    window, qtbot, accept_with, monkeypatch, tmp_path
):
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")
    monkeypatch.setattr(
        new_review_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), "")
    )
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        window, "show_error", lambda summary, detail: errors.append((summary, detail))
    )
    accept_with(lambda dialog: choose(dialog, WORKBOOK))
    window.new_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    ((summary, detail),) = errors
    assert summary == "The review could not be created."
    assert "damaged.xlsx" in detail
    assert window.store.list() == [] and window.session is None

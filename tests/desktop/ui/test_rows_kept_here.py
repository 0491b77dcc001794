"""The window says which rows no export holds: a testimony without consent, an unnamed endorser."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import Store
from desktop.ui.table_editor import TableEditor
from tests.desktop.ui.conftest import wait_saved
from tests.desktop.ui.keys import type_text


def test_a_testimony_is_kept_here_until_consent_is_ticked(window, qtbot, db_path, open_review):
    editor = open_review()
    editor.show_page("obj13")
    table = editor.page("obj13").editor("obj13.testimonies")
    assert isinstance(table, TableEditor)
    assert not table.kept_note.isVisibleTo(table)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_text(table.cell_editors["title"].focus_widget(), "Amina at the border")
    assert table.kept_note.isVisibleTo(table), "no answer is no consent"
    assert table.kept_note.text().endswith(": 1")
    assert table.detail.title().endswith("never exported")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_text(table.cell_editors["title"].focus_widget(), "The night yard")
    consent = table.cell_editors["consent"]
    consent.box.click()
    assert table.kept_note.text().endswith(": 1"), "the second row may be exported"
    assert not table.detail.title().endswith("never exported")
    table.table.setCurrentCell(0, 0)
    table.cell_editors["consent"].box.click()
    assert not table.kept_note.isVisibleTo(table)
    table.cell_editors["consent"].box.click()  # taken back
    assert table.kept_note.text().endswith(": 1")
    wait_saved(qtbot, window)
    with Store(db_path) as store:
        (review,) = store.list()
        rows = store.get(review.id).answers["obj13.testimonies"]
    assert [(r["title"], r.get("consent")) for r in rows] == [
        ("Amina at the border", False),
        ("The night yard", True),
    ]


def test_an_organisation_that_asks_not_to_be_named_is_said_to_stay_here(window, open_review):
    editor = open_review(
        {
            "profile.country": "Chile",
            "profile.organisation": "Red Andina",
            "endorsements.entries": [
                {"organisation": "Red de Apoyo"},
                {"organisation": "Colectivo Frontera", "unnamed": True},
            ],
        }
    )
    editor.show_page("endorsements")
    table = editor.page("endorsements").editor("endorsements.entries")
    assert table.kept_note.isVisibleTo(table)
    assert table.kept_note.text().endswith(": 2")
    assert not table.detail.title().endswith("never exported")
    table.table.setCurrentCell(1, 0)
    assert table.detail.title() == "Row 2 of 2 · never exported"

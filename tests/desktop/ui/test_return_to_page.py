"""Reopening a review returns to the page it was left on, in this session and the next."""

from __future__ import annotations

from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.page_ids import OVERVIEW
from desktop.ui.settings import PAGES_KEPT, Settings
from tests.support import real_answers


def test_a_review_reopens_on_the_page_it_was_left_on(window, form):
    review = window.store.create(real_answers(form))
    assert window.open_review(review.id)
    assert window.editor.current_page == OVERVIEW
    window.editor.show_page("obj05")
    assert window.close_review()
    assert window.open_review(review.id)
    assert window.editor.current_page == "obj05"


def test_the_page_is_remembered_from_one_session_to_the_next(qtbot, tmp_path, form):
    settings = Settings(tmp_path / "settings.ini")
    settings.tour_seen = True
    with Store(tmp_path / "reviews.db") as store:
        review_id = store.create(real_answers(form)).id
        first = MainWindow(store, settings=settings)
        qtbot.addWidget(first)
        assert first.open_review(review_id)
        first.editor.show_page("profile")
        first.close()
        second = MainWindow(store, settings=Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(second)
        assert second.open_review(review_id)
        assert second.editor.current_page == "profile"
        second.close()


def test_only_the_latest_reviews_are_remembered_and_a_damaged_entry_is_ignored(tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    for number in range(PAGES_KEPT + 5):
        settings.remember_page(f"review-{number}", "obj01")
    assert settings.last_page("review-0") is None
    assert settings.last_page(f"review-{PAGES_KEPT + 4}") == "obj01"
    settings._store.setValue("reviews/last_pages", "{not json")
    assert settings.last_page("review-1") is None

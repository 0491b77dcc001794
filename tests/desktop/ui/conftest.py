"""Fixtures that open the real main window on a real database file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store import Store
from desktop.ui.autosave import SaveStatus
from desktop.ui.main_window import MainWindow


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


@pytest.fixture
def window(qtbot, db_path) -> Iterator[MainWindow]:
    store = Store(db_path)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    store.close()


@pytest.fixture
def open_review(window, qtbot):
    """Create a review in the window's database and open it; returns the editor."""

    def opener(answers=None):
        review = window.store.create(
            answers
            or {
                "profile.country": "Sénégal",
                "profile.organisation": "Réseau Migrations",
                "profile.language": "fr",
            }
        )
        assert window.open_review(review.id)
        return window.editor

    return opener


def wait_saved(qtbot, window, timeout: int = 5000) -> None:
    """Wait until the status bar says everything is saved."""
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.status is SaveStatus.SAVED
            and not window.session.has_unsaved_changes
        ),
        timeout=timeout,
    )


@pytest.fixture
def every_field_window(qtbot, db_path, form):
    """A window in a language with a review of every field open (answers in that language's
    review), shown; closed at the end. Call it with the language."""
    from tests.support import every_field_answers

    opened: list[tuple[Store, MainWindow]] = []

    def opener(lang: str) -> MainWindow:
        store = Store(db_path)
        window = MainWindow(store, lang=lang)
        qtbot.addWidget(window)
        window.show()
        opened.append((store, window))
        review = store.create({**every_field_answers(form), "profile.language": lang})
        assert window.open_review(review.id)
        return window

    yield opener
    for store, window in opened:
        window.close_review()
        window.close()
        store.close()

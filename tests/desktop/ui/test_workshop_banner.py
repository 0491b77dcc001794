"""A workshop copy is marked in the window itself, not only in the title bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.support import real_answers


def test_the_sample_shows_a_banner_in_the_window_and_a_real_review_does_not(window, qtbot, form):
    assert window.title.banner.isHidden()
    window.workshop_jobs.open_sample()
    qtbot.waitUntil(lambda: window.workshop is not None and window.session is not None,
                    timeout=30000)  # fmt: skip
    banner = window.title.banner
    assert banner.isVisible() and "WORKSHOP COPY" in banner.text()
    assert banner.accessibleName() == banner.text()
    qtbot.waitUntil(
        lambda: (
            banner.mapTo(window, QPoint(0, 0)).y() + banner.height()
            <= window.editor.mapTo(window, QPoint(0, 0)).y()
        )
    )  # above the page, never over it
    assert window.close_review()
    assert banner.isHidden()
    assert window.open_review(window.store.create(real_answers(form)).id)
    assert banner.isHidden()


def test_a_workshop_window_shows_the_banner_on_the_start_screen(qtbot, tmp_path):
    from desktop.store import Store
    from desktop.ui.main_window import MainWindow

    with Store(tmp_path / "workshop.db") as store:
        window = MainWindow(store, workshop_mode=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.title.banner.isVisible()
        window.close()

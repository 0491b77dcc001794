"""Training mode in the window: sample files refused, the workshop reset, the guided tour."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.navigator import OVERVIEW
from desktop.ui.settings import Settings
from desktop.ui.tour import Tour
from tests.desktop.ui.conftest import wait_saved
from tests.desktop.ui.keys import type_text


def _sample_workbook(form, path):
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample import sample_answers

    review = Review("44444444-0000-4000-8000-000000000000", 1, sample_answers(form), sample=True)
    return write_workbook(form, review, path)


def _answer_dialog(button: QMessageBox.StandardButton) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_a_sample_file_is_refused_by_the_import_of_the_window(window, qtbot, tmp_path, form):
    sample = _sample_workbook(form, tmp_path / "workshop.xlsx")
    window.jobs.import_files([sample])
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=20000)
    done, refused = window.jobs.last_import
    assert done == []
    assert refused == [
        f"{sample}: this is a SAMPLE workbook from a workshop; it cannot be imported among"
        " real reviews"
    ]
    assert window.store.list() == []
    for box in window.findChildren(QMessageBox):
        box.close()


def test_a_sample_file_is_refused_by_a_real_coalition(window, qtbot, tmp_path, form):
    sample = _sample_workbook(form, tmp_path / "workshop.xlsx")
    coalition = window.store.coalition("Sahel network")
    window.open_review(coalition)
    window.jobs.merge_files([sample])
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=20000)
    done, refused = window.jobs.last_import
    assert done == [] and len(refused) == 1 and "SAMPLE" in refused[0]
    assert window.store.contributions(coalition) == []
    for box in window.findChildren(QMessageBox):
        box.close()


def test_reset_restores_a_fresh_sample_copy(window, qtbot):
    assert not window.reset_action.isEnabled(), "nothing to reset outside a workshop"
    window.workshop_jobs.open_sample()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=10000)
    assert window.reset_action.isEnabled()
    first = window.workshop
    original = window.session.answers["obj01.gaps"]
    type_text(window.editor.page("obj01").editor("obj01.gaps").focus_widget(), " (changed)")
    wait_saved(qtbot, window)

    _answer_dialog(QMessageBox.StandardButton.Cancel)
    window.workshop_jobs.reset_workshop()
    assert window.workshop is first, "cancelled: nothing happens"

    _answer_dialog(QMessageBox.StandardButton.Reset)
    window.workshop_jobs.reset_workshop()
    qtbot.waitUntil(
        lambda: window.editor is not None and window.workshop not in (None, first), timeout=10000
    )
    assert not first.folder.exists(), "the old copy is deleted"
    assert window.session.answers["obj01.gaps"] == original
    assert window.store.list() == [], "the real database was never touched"


def test_reset_in_demo_mode_starts_the_whole_database_again(qtbot, tmp_path, form):
    from forms.sample import sample_answers

    with Store(tmp_path / "workshop.db") as store:
        sample = store.create(sample_answers(form), sample=True)
        store.create({"profile.country": "Extra", "profile.organisation": "Made in the workshop"})
        put_away = store.create({"profile.country": "Archived", "profile.organisation": "Too"})
        store.set_archived(put_away.id)  # archived in the workshop: started again all the same
        window = MainWindow(store, workshop_mode=True)
        qtbot.addWidget(window)
        window.show()
        window.open_review(sample.id)
        assert window.reset_action.isEnabled()
        _answer_dialog(QMessageBox.StandardButton.Reset)
        window.workshop_jobs.reset_workshop()
        summaries = store.list(archived=None)
        assert len(summaries) == 1 and summaries[0].sample and summaries[0].id != sample.id
        assert window.session is not None and window.session.review_id == summaries[0].id
        window.close()


def _tour(window) -> Tour:
    tour = window.tour
    assert isinstance(tour, Tour) and tour.isVisible()
    return tour


def test_the_tour_starts_once_and_comes_back_from_help(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    with Store(tmp_path / "reviews.db") as store:
        review = store.create({"profile.country": "Mali", "profile.organisation": "AME"})
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.open_review(review.id)
        qtbot.waitUntil(lambda: window.tour is not None)
        tour = _tour(window)
        seen = []
        for _ in range(len(tour.steps)):
            seen.append((window.editor.current_page, tour.title.text(), tour.highlight))
            assert tour.card.geometry().intersects(window.rect())
            qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
        pages = [page for page, _, _ in seen]
        assert pages[0] == OVERVIEW and pages[1] == "obj01" and pages[2] == OVERVIEW
        assert [title for _, title, _ in seen] == [
            "The list of pages", "An objective", "The overview", "Export and share",
        ]  # fmt: skip
        navigator = window.editor.navigator
        assert seen[0][2].contains(navigator.mapTo(window, navigator.rect().center()))
        assert all(area is not None and not area.isEmpty() for _, _, area in seen)
        assert window.tour is None
        assert settings.tour_seen

        window.close_review()
        window.open_review(review.id)
        QApplication.processEvents()
        assert window.tour is None

        window.tour_action.trigger()
        tour = _tour(window)
        qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)
        assert not tour.isVisible(), "Escape skips the tour"
        window.close()


def test_a_skipped_tour_is_not_offered_again(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    with Store(tmp_path / "reviews.db") as store:
        review = store.create({"profile.country": "Mali", "profile.organisation": "AME"})
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.show()
        window.open_review(review.id)
        qtbot.waitUntil(lambda: window.tour is not None)
        qtbot.mouseClick(_tour(window).skip_button, Qt.MouseButton.LeftButton)
        assert settings.tour_seen and Settings(settings.path).tour_seen
        window.close()


def test_the_tour_from_help_opens_the_sample_when_nothing_is_open(window, qtbot):
    window.tour_action.trigger()
    qtbot.waitUntil(lambda: window.tour is not None, timeout=10000)
    assert window.workshop is not None, "the tour walks through a throw-away sample"
    _tour(window).close()
    window.close_review()

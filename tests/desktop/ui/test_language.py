"""The window in French, Spanish and Arabic: catalogues loaded, layout mirrored, choice kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from desktop.store import Store
from desktop.ui.app import interface_language
from desktop.ui.language import INTERFACE_LANGUAGES, install_language
from desktop.ui.language_dialog import LanguageDialog
from desktop.ui.language_switch import switch_language
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.desktop.ui.conftest import wait_saved
from tests.desktop.ui.keys import type_text
from tests.support import every_field_answers

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture
def speak(qapp):
    """Install an interface language for one test; English again afterwards."""
    yield lambda lang: install_language(qapp, lang)
    install_language(qapp, "en")


@pytest.fixture
def review_db(tmp_path, form):
    path = tmp_path / "reviews.db"
    with Store(path) as store:
        review = store.create(every_field_answers(form))
    return path, review.id


def _open(qtbot, store: Store, review_id: str, lang: str, **kw) -> MainWindow:
    window = MainWindow(store, lang=lang, **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_review(review_id)
    return window


def test_the_window_in_arabic_is_right_to_left(qtbot, speak, review_db, form):
    speak("ar")
    path, review_id = review_db
    with Store(path) as store:
        window = _open(qtbot, store, review_id, "ar")
        assert QApplication.layoutDirection() == RTL
        assert window.layoutDirection() == RTL
        editor = window.editor
        navigator_x = editor.navigator.mapTo(window, editor.navigator.rect().center()).x()
        page_x = editor.stack.mapTo(window, editor.stack.rect().center()).x()
        assert navigator_x > page_x, "the list of pages is on the right"
        editor.show_page("obj05")
        page = editor.page("obj05")
        assert page.title_label.text().endswith(form.objectives.item("obj05").title.get("ar"))
        inputs = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
        inputs += page.findChildren(QTextEdit)
        assert inputs and all(w.layoutDirection() == RTL for w in inputs)
        claim = page.rows["obj05.official_claim"]
        assessment = page.rows["obj05.assessment"]
        assert (
            claim.mapTo(window, claim.rect().topLeft()).x()
            > assessment.mapTo(window, assessment.rect().topLeft()).x()
        ), "side by side pairs read from the right"
        menus = [a.text() for a in window.menuBar().actions()]
        assert all(any("\u0600" <= ch <= "\u06ff" for ch in m) for m in menus), menus
        window.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_start_screen_reads_in_both_directions(qtbot, speak, review_db, lang):
    """The latest review is selected (Enter opens it); the title starts at the reading side."""
    speak(lang)
    path, review_id = review_db
    with Store(path) as store:
        store.create({"profile.country": "Mali"})
        window = MainWindow(store, lang=lang)
        qtbot.addWidget(window)
        latest = store.list()[0].id
        assert window.start.selected_id() == latest and window.start.open_button.isEnabled()
        title_side = window.start.title.alignment() & Qt.AlignmentFlag.AlignRight
        assert bool(title_side) == (lang == "ar"), "the title starts where the reading does"
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.start.open_requested) as opened:
            window.start.open_button.click()
        assert opened.args == [latest] and latest != review_id
        window.close()


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_french_and_spanish_stay_left_to_right(qtbot, speak, review_db, lang):
    speak(lang)
    path, review_id = review_db
    with Store(path) as store:
        window = _open(qtbot, store, review_id, lang)
        assert window.layoutDirection() == LTR
        file_menu = window.menuBar().actions()[0].text()
        assert file_menu == {"fr": "&Fichier", "es": "&Archivo"}[lang]
        window.close()


def test_changing_the_language_keeps_the_review_and_the_page(
    qtbot, speak, review_db, tmp_path, form
):
    speak("en")
    path, review_id = review_db
    settings = Settings(tmp_path / "settings.ini")
    settings.language = "en"
    settings.tour_seen = True
    with Store(path) as store:
        window = _open(qtbot, store, review_id, "en", settings=settings)
        window.editor.show_page("obj07")
        box = window.editor.page("obj07").editor("obj07.gaps").focus_widget()
        type_text(box, " — noted")
        window.language_actions["fr"].trigger()
        assert settings.language == "fr" and Settings(settings.path).language == "fr"
        assert window.session is not None and window.session.review_id == review_id
        assert window.editor.current_page == "obj07"
        page = window.editor.page("obj07")
        assert page.title_label.text().endswith(form.objectives.item("obj07").title.get("fr"))
        assert " — noted" in page.editor("obj07.gaps").value(), "nothing typed is lost"
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.language_actions["fr"].isChecked()
        wait_saved(qtbot, window)
        assert " — noted" in store.get(review_id).answers["obj07.gaps"]

        window.language_actions["ar"].trigger()
        assert window.layoutDirection() == RTL and window.editor.current_page == "obj07"
        window.language_actions["en"].trigger()
        assert window.layoutDirection() == LTR
        assert window.menuBar().actions()[0].text() == "&File"
        window.close()


def test_changing_the_language_keeps_the_workshop_copy(qtbot, speak, tmp_path):
    speak("en")
    with Store(tmp_path / "reviews.db") as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.workshop_jobs.open_sample()
        qtbot.waitUntil(lambda: window.editor is not None, timeout=10000)
        copy = window.workshop
        switch_language(window, "es")
        assert window.workshop is copy and copy.db_path.exists()
        assert window.session.review.sample
        window.close_review()
        assert not copy.folder.exists()
        window.close()


def test_the_first_start_asks_and_remembers(qtbot, speak, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    assert settings.language is None

    def choose_spanish():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LanguageDialog)
        assert [b.text() for b in dialog.buttons.values()] == list(INTERFACE_LANGUAGES.values())
        dialog.buttons["es"].click()
        dialog.accept()

    QTimer.singleShot(0, choose_spanish)
    assert interface_language(settings) == "es"
    assert Settings(settings.path).language == "es"
    assert interface_language(settings) == "es", "asked once only"


def _english_sources_with_other_translations(lang: str, form) -> set[str]:
    """English texts that the catalogues and the definition say differently in ``lang``."""
    sources = set()
    root = ET.parse(TRANSLATIONS / f"gcm_review_{lang}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if translation and translation != source and "{" not in source:
            sources.add(source.replace("&", ""))
    from tests.forms.test_translations import _texts

    for _, text in _texts(form, "form"):
        if text.get(lang) != text.get("en"):
            sources.add(text.get("en"))
    return {s for s in sources if len(s) > 3}


def _shown_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    return [t.replace("&", "").strip() for t in texts if t]


def test_no_english_is_left_in_the_french_window(qtbot, speak, review_db, form):
    """Every page, menu and dialog label: each shown text is the French one."""
    speak("fr")
    english = _english_sources_with_other_translations("fr", form)
    path, review_id = review_db
    with Store(path) as store:
        window = _open(qtbot, store, review_id, "fr")
        shown = []
        for page_id in window.editor.page_order:
            window.editor.show_page(page_id)
        shown += _shown_texts(window)
        for menu_action in window.menuBar().actions():
            shown.append(menu_action.text().replace("&", ""))
            shown += [a.text().replace("&", "") for a in menu_action.menu().actions()]
        shown.append(window.save_label.text())
        window.close_review()
        shown += _shown_texts(window.start)
        leftovers = sorted({t for t in shown if t in english})
        assert leftovers == []
        window.close()


@pytest.mark.parametrize(
    "lang, joined, among", [("ar", "أ، ب", "أ؛ ب"), ("fr", "a, b", "a\u00a0; b")]
)
def test_lists_the_window_writes_follow_the_interface_language(speak, lang, joined, among):
    """Arabic lists are joined with "، ", not a Latin comma; French puts a no-break space."""
    from desktop.ui.language import current_language, listed

    speak(lang)
    items = ["أ", "ب"] if lang == "ar" else ["a", "b"]
    assert current_language() == lang
    assert listed(items) == joined and listed(items, among_choices=True) == among

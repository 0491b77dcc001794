"""The window on a small screen (1024×600) in each language: nothing squeezed or pushed off.

Translations run longer than English (French and Spanish by a third and more): a
button narrower than its text, a menu bar that folds its last menus away, or a page
that forces the window past the screen is where a long translation crowds.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenuBar, QToolButton, QWidget

from desktop.ui.language import INTERFACE_LANGUAGES, install_language
from desktop.ui.main_window import MainWindow

SMALL = (1024, 600)


@pytest.fixture
def speak(qapp):
    yield lambda lang: install_language(qapp, lang)
    install_language(qapp, "en")


def crowded(window: QWidget, where: str) -> list[str]:
    """What the window squeezes or folds away at its present size, described."""
    QApplication.processEvents()
    found = []
    if window.width() > SMALL[0] or window.height() > SMALL[1]:
        found.append(f"{where}: the window is {window.width()}×{window.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text().strip():
            continue
        if button.width() + 1 < button.sizeHint().width():
            found.append(
                f"{where}: {button.text()!r} is {button.width()} wide for"
                f" {button.sizeHint().width()}"
            )
    for bar in window.findChildren(QMenuBar):
        folded = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
        if folded:
            found.append(f"{where}: the menu bar folds menus away")
    return found


@pytest.mark.parametrize("lang", list(INTERFACE_LANGUAGES))
def test_nothing_is_squeezed_on_a_small_screen(qtbot, db_path, every_field_window, speak, lang):
    from desktop.store import Store

    speak(lang)
    with Store(db_path.with_name("start.db")) as store:
        start = MainWindow(store, lang=lang)
        qtbot.addWidget(start)
        start.show()
        start.resize(*SMALL)
        found = crowded(start, f"{lang} start screen")
        start.close()
    window = every_field_window(lang)
    window.resize(*SMALL)
    for page in window.editor.page_order:
        window.editor.show_page(page)
        found += crowded(window, f"{lang} {page}")
    assert found == []


def test_no_interface_translation_runs_to_twice_its_english():
    """Buttons, menus, headers and hints: a translation twice as long as the English crowds
    them (French "Last edit" was "Dernière modification"). Messages of several lines and
    plural forms are left out; so are texts under eight characters, where a word or two
    decides, the phrases of outcomes and problems, read in a pane of their own, and the
    command line's lines."""
    from desktop.translation_sources import interface_texts
    from desktop.translation_status import crowds

    long = [
        f"{text.place} [{lang}] {text.texts['en']!r} → {text.texts[lang]!r}"
        for text in interface_texts()
        for lang in ("fr", "es", "ar")
        if crowds(text.place, text.texts["en"], text.texts.get(lang, ""))
    ]
    assert long == []

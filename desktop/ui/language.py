"""The interface language: Qt translation catalogues and the layout direction."""

from __future__ import annotations

# QtCore.Qt is reached only when needed: its enumerations take PySide6 some 25 ms
# to build, which an English first window can do without (bench/README.md).
from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.command_language import CATALOGUE, catalogue_path
from forms.languages import LANGUAGES, RIGHT_TO_LEFT

# The interface languages, each named in its own language.
INTERFACE_LANGUAGES: dict[str, str] = {language.code: language.name for language in LANGUAGES}
__all__ = ["CATALOGUE", "INTERFACE_LANGUAGES", "RIGHT_TO_LEFT", "catalogue_path"]

_installed: list[QTranslator] = []
# The language installed last (English until one is).
_current = ["en"]


def system_language() -> str:
    """The interface language closest to the system's, English when none matches."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def layout_direction(lang: str) -> QtCore.Qt.LayoutDirection:
    """Right to left for Arabic, left to right otherwise."""
    if lang in RIGHT_TO_LEFT:
        return QtCore.Qt.LayoutDirection.RightToLeft
    return QtCore.Qt.LayoutDirection.LeftToRight


def current_language() -> str:
    """The language the interface is shown in now."""
    return _current[0]


def listed(items: list[str], among_choices: bool = False) -> str:
    """``items`` joined as the interface language writes a list (Arabic "، ");
    ``among_choices``: items that may hold commas themselves, joined by a semicolon."""
    from forms.typography import choice_separator, list_separator  # not needed at start-up

    lang = current_language()
    return (choice_separator(lang) if among_choices else list_separator(lang)).join(items)


def install_language(app: QApplication, lang: str) -> None:
    """Translate the interface into ``lang`` and set the layout direction of every window.

    Replaces the catalogues installed before: the application's own strings
    and Qt's (standard buttons, context menus of text fields).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = lang
    if lang != "en":
        own = QTranslator(app)
        path = catalogue_path(lang)
        if path is not None and own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    if lang in RIGHT_TO_LEFT or app.isRightToLeft():  # left to right is Qt's default
        app.setLayoutDirection(layout_direction(lang))
    if lang in RIGHT_TO_LEFT:  # its wrapped labels painted where measured: see rtl_text
        from desktop.ui.rtl_text import paint_wrapped_right_to_left

        paint_wrapped_right_to_left(app)

"""The language the command line speaks: the interface language chosen, else the system's.

The window's choice (Settings › Interface language, kept in ``settings.ini``)
comes first, so that a person hears one language from both; before any
choice, the usual variables ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and
``LANG`` decide. The phrases are translated by the window's own catalogues,
read without starting Qt's application (QtCore is imported only for a
language other than English).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from forms.languages import CODES
from forms.said import Said, rendered

#: The compiled catalogue of a language, among the ``resources.translations`` files.
CATALOGUE = "gcm_review_{0}.qm"
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def catalogue_path(lang: str) -> Path | None:
    """The compiled catalogue of the application's own strings for ``lang`` (None for English).

    The translations are plain files of the ``resources.translations`` package,
    from the sources and in the frozen bundle alike.
    """
    if lang == "en":
        return None
    from importlib import resources  # when first needed: it imports zipfile and tempfile

    entry = resources.files("resources.translations").joinpath(CATALOGUE.format(lang))
    return Path(str(entry)) if entry.is_file() else None


def chosen_language(settings: Path) -> str | None:
    """The interface language kept in the settings file ``settings``, if one was chosen."""
    import configparser  # when first needed: not at the start of the window

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):  # unreadable: no choice known
        return None
    lang = parser.get("interface", "language", fallback="").strip()
    return lang if lang in CODES else None


def environment_language(env: Mapping[str, str]) -> str | None:
    """The language the locale variables of ``env`` ask for, when it is one of ours."""
    for variable in _LOCALE_VARIABLES:
        for name in env.get(variable, "").split(":"):  # LANGUAGE is a list: fr:en
            code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in CODES:
                return code
            if code in ("c", "posix"):
                return "en"
        if env.get(variable):
            return None  # set, to a language we do not speak: English, not a later variable
    return None


def command_language(env: Mapping[str, str] | None = None, settings: Path | None = None) -> str:
    """The language of the command line's messages."""
    if settings is None:
        from desktop.paths import settings_path

        settings = settings_path()
    env = os.environ if env is None else env
    return chosen_language(settings) or environment_language(env) or "en"


class Speaker:
    """Says phrases in one language, with the catalogue of the window."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translate: Callable[[str, str], str] | None = None
        self._catalogue: object = None  # the QTranslator, kept alive while it is used

    def say(self, said: Said) -> str:
        """``said`` in this language (in English where the catalogue has no translation)."""
        return rendered(said, self._translator())

    def _translator(self) -> Callable[[str, str], str]:
        if self._translate is None:
            self._translate = _english
            path = catalogue_path(self.lang)
            if path is not None:
                from PySide6.QtCore import QTranslator

                translator = QTranslator()
                if translator.load(str(path)):
                    self._catalogue = translator

                    def translate(context: str, text: str) -> str:
                        return translator.translate(context, text) or text

                    self._translate = translate
        return self._translate


def _english(_context: str, text: str) -> str:
    return text

"""Where the command line reads passphrases: an environment variable, or the terminal.

A script gives the passphrase in ``GCM_REVIEW_PASSPHRASE`` (and a new one,
for ``passphrase change``, in ``GCM_REVIEW_NEW_PASSPHRASE``); a person types
it at a prompt that does not show it. Without either, the command stops with
one line saying how to give it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from forms.errors import UserError
from forms.said import COMMAND_LINE, QT_TRANSLATE_NOOP, Said

PASSPHRASE_ENV = "GCM_REVIEW_PASSPHRASE"
NEW_PASSPHRASE_ENV = "GCM_REVIEW_NEW_PASSPHRASE"


class NoPassphrase(UserError):
    """A passphrase is needed and there is neither the variable nor a terminal to ask."""


def _line(phrase: str, **values: object) -> Said:
    return Said(phrase, tuple(values.items()), COMMAND_LINE)


def _typed(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def secret(variable: str, prompt: Said, speak: Callable[[Said], str], twice: bool = False) -> str:
    """The passphrase in ``variable``, else typed at the terminal (``twice`` to confirm it)."""
    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        needed = QT_TRANSLATE_NOOP(
            "CommandLine",
            "a passphrase is needed: give it in {variable}, or run the command in a terminal",
        )
        raise NoPassphrase(_line(needed, variable=variable))
    typed = _typed(speak(prompt) + " ")
    if twice:
        again = _typed(speak(_line(QT_TRANSLATE_NOOP("CommandLine", "The same once more:"))) + " ")
        if again != typed:
            differ = QT_TRANSLATE_NOOP(
                "CommandLine", "the two passphrases typed differ; nothing was changed"
            )
            raise NoPassphrase(_line(differ))
    return typed

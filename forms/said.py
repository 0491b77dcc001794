"""Messages said in English and translated where they are shown: a phrase and its values.

A phrase is English with named places (``{value}``, ``{where}``). The command line
prints it as it is (``str()``); the window says it in the interface language
through the catalogues, which hold the phrase under its context.
``QT_TRANSLATE_NOOP`` marks a phrase for ``pyside6-lupdate`` without importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

#: The catalogue contexts of phrases said outside the window's own code.
OUTCOME, PROBLEMS, COMMAND_LINE = "Outcome", "Problems", "CommandLine"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogues under ``context``; return it unchanged."""
    return text


class Said(NamedTuple):
    """A phrase, what fills its places (a value may be a Said itself), and its context."""

    phrase: str
    values: tuple[tuple[str, Any], ...] = ()
    context: str = OUTCOME

    def __str__(self) -> str:
        if not self.values:
            return self.phrase
        return self.phrase.format(**{key: str(value) for key, value in self.values})

    def with_note(self, note: str) -> Said:
        """This, followed by a note that holds it as ``{said}`` (a phrase of the same context)."""
        return Said(note, (("said", self),), self.context)


def said(phrase: str, **values: Any) -> Said:
    """What an operation did with a file (context ``Outcome``)."""
    return Said(phrase, tuple(values.items()))


def problem(phrase: str, **values: Any) -> Said:
    """A problem with a value or a file (context ``Problems``)."""
    return Said(phrase, tuple(values.items()), PROBLEMS)


def as_said(message: str | Said) -> Said:
    """``message`` as a Said: a text of no catalogue is its own phrase, shown as it is."""
    return message if isinstance(message, Said) else Said(message, (), "")


def rendered(
    said: Said,
    translate: Callable[[str, str], str],
    shown: Callable[[Any], Any] | None = None,
) -> str:
    """``said`` with ``translate(context, phrase)`` applied to it and to each phrase it holds;
    ``shown`` (if given) changes each value that is no phrase before it takes its place.

    A translation whose places do not match its English is not used: the English is.
    """
    if not said.context:  # a text of no catalogue
        return str(said)
    values = {
        key: rendered(value, translate, shown)
        if isinstance(value, Said)
        else (value if shown is None else shown(value))
        for key, value in said.values
    }
    phrase = translate(said.context, said.phrase) or said.phrase
    try:
        return phrase.format(**values) if values else phrase
    except (KeyError, IndexError, ValueError):  # a catalogue whose places do not match
        return str(said)

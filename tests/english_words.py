"""Whether English is left in a text meant for a French, Spanish or Arabic reader."""

from __future__ import annotations

import re

#: English words that are no words of French or Spanish: one of them in a translated
#: message means English got through.
ENGLISH = frozenset("""
    the is not cannot was were been of to and with from there it this that could has have yet
    wrote saved deleted restored archived file folder disk database review reviews backup
    backups warning invalid choice required expected damaged full read written sound
    more problems than allowed empty nothing changed lost yes row rows rated
""".split())  # fmt: skip  # noqa: SIM905
#: What a person types, which stays as it is: an option and its value.
OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*(?: [A-Z]+(?:\.[a-z]+)?)?")
#: A path or a file's name (``/tmp/x/reviews.db``, ``notes.xlsx``), which is no message.
_PATH = re.compile(r"[^\s'\"«»()]*[/\\][^\s'\"«»()]*|\S+\.(?:db|xlsx|pdf|docx|ini)\b")


def english_left(text: str, *kept: object) -> list[str]:
    """The English words of ``text``, once the values ``kept`` (paths, ids) are taken out."""
    for value in sorted((str(k) for k in kept), key=len, reverse=True):
        text = text.replace(value, " ")
    text = OPTION.sub(" ", _PATH.sub(" ", text))
    text = re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", " ", text)  # a key typed as it is: not_assessed
    text = re.sub(r"'[^'\n]*'", " ", text)  # a value quoted as typed: 'frobnicate', 'backup'
    # Whole words only: "réitérée" holds the letters of "it", not the word.
    words = (w for w in re.findall(r"[^\W\d_]+", text) if w.isascii())
    return sorted({w for w in words if w.lower() in ENGLISH})

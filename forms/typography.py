"""Punctuation by language, in one place: what joins a label to its value, the items of a list.

French puts a no-break space before ``:`` ``;`` ``?`` ``!`` and inside « »; French,
Spanish and Arabic quote with « »; Arabic has its own comma ``،``, semicolon ``؛``
and question mark ``؟``. Texts written by
translators follow the same rules (a test checks every source); text the
application puts together goes through these functions, never a literal ``": "``.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
#: What comes between a label and its value.
_COLONS = {"fr": f"{NBSP}: "}
#: What comes between the items of a list, and between choices (which may hold commas).
_LIST_SEPARATORS = {"ar": "، "}
_CHOICE_SEPARATORS = {"fr": f"{NBSP}; ", "ar": "؛ "}

#: A French ``:`` ``;`` ``?`` ``!`` after a character, without the no-break space before it
#: (``{0}:`` included; a web address's ``://`` and a time's ``10:30`` are not).
_FRENCH_TIGHT = re.compile(r"(?<=[^\s\u00a0\u202f])[:;?!](?=\s|$)|(?<=[ ])[:;?!](?=\s|$)")
_FRENCH_QUOTES = re.compile(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»")


def colon(lang: str) -> str:
    """The colon and space that join a label to its value in ``lang``."""
    return _COLONS.get(lang, ": ")


def labelled(label: str, value: str, lang: str) -> str:
    """``label`` and ``value`` as "Label: value", with the colon ``lang`` writes."""
    return f"{label}{colon(lang)}{value}"


def list_separator(lang: str) -> str:
    """What separates the items of a list in ``lang`` (", ", Arabic "، ")."""
    return _LIST_SEPARATORS.get(lang, ", ")


def choice_separator(lang: str) -> str:
    """What separates the options chosen among several (they may hold commas themselves)."""
    return _CHOICE_SEPARATORS.get(lang, "; ")


def typography_problems(text: str, lang: str) -> list[str]:
    """What ``text`` does against the punctuation of ``lang``, each said in a few words."""
    problems = []
    if lang == "fr":
        for found in _FRENCH_TIGHT.finditer(text):
            where = text[max(0, found.start() - 12) : found.end()]
            problems.append(f"no no-break space before {found.group()!r}: {where!r}")
        if _FRENCH_QUOTES.search(text):
            problems.append("« » without no-break spaces inside")
        if "°" in text:
            problems.append("a degree sign for numéro (write nº)")
    if lang in ("fr", "es") and "'" in text.replace("(')", ""):  # "(')": the key to type
        problems.append("a straight apostrophe (write ’)")
    if lang in ("fr", "es", "ar") and re.search('["“”]', text):
        problems.append("English quotation marks (write « »)")
    if lang == "ar":
        if re.search(r"[\u0600-\u06ff][^\n]*\?|\?[^\n]*[\u0600-\u06ff]", text):
            problems.append("a Latin question mark (write ؟)")
        if re.search(r"[\u0600-\u06ff] ?[,;] ?[\u0600-\u06ff]", text):
            problems.append("a Latin comma or semicolon between Arabic words (write ، or ؛)")
    return problems

"""Which texts a language still needs: missing, stale (its English changed), or official.

A translation of the form's or the fixed texts is stale when the English it was
made from has changed since: ``resources/translations/translated-from.json``
keeps, for each language, a fingerprint of the English each translation was
last written or confirmed against. An interface translation is stale when
lupdate left it unfinished (its guess for a changed English). The official
titles (the glossary's ``official`` places) are never translated here: they
are copied from the UN's own version in that language.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.translation_files import FORM, INTERFACE, Text, TextFiles, TranslationFileError
from forms.glossary import Glossary
from forms.safe_text import clean_text
from forms.typography import typography_problems

RECORD = Path("resources") / "translations" / "translated-from.json"
MISSING, STALE, DONE, OFFICIAL = "missing", "stale", "done", "official"
STATES = (MISSING, STALE, DONE, OFFICIAL)
#: The places a value fills, which a translation keeps: {0}, {file}, %n, %s, %(value)r.
_PLACES = re.compile(r"\{[^{}]*\}|%n|%\(\w+\)[rs]|%s")
#: How much longer than its English an interface text may run before it crowds its button.
_LONGEST = 2.0
#: The contexts whose texts are read in a pane or a terminal of their own, not on a button.
_READ_IN_FULL = ("Outcome", "Problems", "CommandLine")


@dataclass(frozen=True)
class TextState:
    """A text, where its translation into the language stands, and that translation."""

    text: Text
    state: str
    translation: str


def fingerprint(english: str) -> str:
    """A short fingerprint of an English text (a change of one character changes it)."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


def read_record(root: Path) -> dict[str, dict[str, str]]:
    """language → {text key → fingerprint of the English translated}."""
    path = root / RECORD
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise TranslationFileError(f"{path}: cannot be read ({err})") from err
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise TranslationFileError(f"{path}: not a record of translations")
    return data


def record_text(record: dict[str, dict[str, str]]) -> str:
    """The record as it is written: sorted, one entry a line."""
    ordered = {lang: dict(sorted(entries.items())) for lang, entries in sorted(record.items())}
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


def states(files: TextFiles, lang: str, glossary: Glossary) -> list[TextState]:
    """Every text and where its translation into ``lang`` stands."""
    record = read_record(files.root).get(lang, {})
    found = []
    for text in files.read(lang):
        current = text.texts.get(lang, "")
        if text.source == FORM and glossary.is_official(text.place):
            state = OFFICIAL
        elif current:
            made_from = record.get(text.key)
            state = STALE if made_from not in (None, fingerprint(text.english)) else DONE
        elif text.draft.get(lang):
            state, current = STALE, text.draft[lang]
        else:
            state = MISSING
        found.append(TextState(text, state, current))
    return found


def counts(found: Iterable[TextState]) -> dict[str, dict[str, int]]:
    """source → state → how many texts."""
    table: dict[str, dict[str, int]] = {}
    for entry in found:
        row = table.setdefault(entry.text.source, dict.fromkeys(STATES, 0))
        row[entry.state] += 1
    return table


def translation_problems(text: Text, translation: str, lang: str) -> list[str]:
    """Why ``translation`` cannot stand for ``text`` in ``lang`` (empty when it can)."""
    problems = []
    if clean_text(translation) != translation.replace("\r\n", "\n"):
        problems.append("it holds control characters")
    if sorted(_PLACES.findall(translation)) != sorted(_PLACES.findall(text.english)):
        places = " ".join(sorted(set(_PLACES.findall(text.english)))) or "none"
        problems.append(f"it must keep the places of the English, no more, no fewer ({places})")
    if text.source == INTERFACE and _accelerators(text.english) != _accelerators(translation):
        problems.append("it must keep one & before the letter of its keyboard shortcut")
    if "\n" in translation and "\n" not in text.english:
        problems.append("it breaks a line where the English is one line")
    problems += typography_problems(translation, lang)
    return problems


def too_long(text: Text, translation: str) -> bool:
    """Whether an interface text's translation would crowd the window (see :func:`crowds`)."""
    english, translated = text.english.replace("&", ""), translation.replace("&", "")
    return text.source == INTERFACE and crowds(text.place.split("|")[0], english, translated)


def crowds(context: str, english: str, translation: str) -> bool:
    """Whether ``translation`` (accelerator marks left out) runs to more than twice its
    English on a button, a menu or a header. Messages of several lines and plural forms are
    left out; so are texts under eight characters, where a word or two decides, and the
    contexts read in a pane or a terminal of their own."""
    return (
        context not in _READ_IN_FULL
        and len(english) >= 8
        and "\n" not in english
        and "%n" not in english
        and len(translation) > _LONGEST * len(english)
    )


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")

"""The glossary: the key terms of a shadow review and the one way each language says them.

The form definition, the interface catalogues and the report texts were
translated apart; the glossary (``forms/definitions/glossary.yaml``) is what
they agree on. For each term it gives, per language, the term itself and the
forms it takes in a sentence (plural, feminine, with an article); a text
whose English uses the term uses one of those forms in each translation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from forms.errors import DefinitionError
from forms.languages import CODES

GLOSSARY_FILE = "glossary.yaml"
#: Arabic vowel marks and the elongation stroke, ignored when matching.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


@dataclass(frozen=True)
class Term:
    """One term: its name and accepted forms in each language, and where it does not apply."""

    key: str
    note: str
    source: str
    names: Mapping[str, str]
    forms: Mapping[str, tuple[str, ...]]
    #: English texts where a form of the term means something else ("review" as a verb).
    exempt: tuple[str, ...] = ()


@dataclass(frozen=True)
class Avoided:
    """A word or phrase a language does not use here, and what it says instead."""

    words: str
    instead: str
    why: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    #: Places (patterns such as ``sections[objectives].items[*].title``) of texts quoted
    #: from official sources in each language: they stay as the UN wrote them.
    official: tuple[str, ...] = ()
    #: Per language, what its texts do not say: another country's usage, calques.
    avoid: Mapping[str, tuple[Avoided, ...]] = field(default_factory=dict)

    def avoided_in(self, text: str, lang: str) -> list[Avoided]:
        """What ``text`` (in ``lang``) says that the language avoids here (whole words)."""
        normal = _normal(text, lang)
        return [
            a
            for a in self.avoid.get(lang, ())
            if _whole_word(_normal(a.words, lang)).search(normal)
        ]

    def is_official(self, place: str) -> bool:
        return any(fnmatchcase(place, pattern) for pattern in self.official)


@cache
def load_glossary() -> Glossary:
    """The shipped glossary (read once)."""
    from forms.loader import read_yaml

    entry = resources.files("forms.definitions") / GLOSSARY_FILE
    return parse_glossary(read_yaml(entry.read_text(encoding="utf-8"), GLOSSARY_FILE))


def parse_glossary(data: Any, source: str = GLOSSARY_FILE) -> Glossary:
    """The glossary in ``data`` (its YAML); DefinitionError naming the place of a mistake."""
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise DefinitionError(f"{source}: a glossary is a mapping with a list of terms")
    terms = []
    for index, entry in enumerate(data["terms"]):
        where = f"{source}: terms[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            raise DefinitionError(f"{where}: a term is a mapping with a key")
        names, forms = {}, {}
        for lang in CODES:
            said = entry.get(lang)
            if not isinstance(said, dict) or not isinstance(said.get("term"), str):
                raise DefinitionError(f"{where} ({entry['key']}): no {lang} term")
            spelled = said.get("forms", [said["term"]])
            if not isinstance(spelled, list) or not all(isinstance(f, str) for f in spelled):
                raise DefinitionError(f"{where} ({entry['key']}): {lang} forms are a list of texts")
            names[lang] = said["term"]
            forms[lang] = tuple(_normal(f, lang) for f in spelled)
        terms.append(
            Term(
                key=entry["key"],
                note=str(entry.get("note", "")),
                source=str(entry.get("source", "")),
                names=MappingProxyType(names),
                forms=MappingProxyType(forms),
                exempt=tuple(str(e) for e in entry.get("exempt", ())),
            )
        )
    avoid: dict[str, tuple[Avoided, ...]] = {}
    for lang, entries in (data.get("avoid") or {}).items():
        if lang not in CODES or not isinstance(entries, list):
            raise DefinitionError(f"{source}: avoid.{lang}: a list of words for a language code")
        avoid[lang] = tuple(
            Avoided(str(e["words"]), str(e.get("instead", "")), str(e.get("why", "")))
            for e in entries
            if isinstance(e, dict) and "words" in e
        )
        if len(avoid[lang]) != len(entries):
            raise DefinitionError(f"{source}: avoid.{lang}: each entry names its words")
    official = tuple(str(p) for p in data.get("official", ()))
    return Glossary(tuple(terms), official, MappingProxyType(avoid))


def says(term: Term, lang: str, text: str) -> bool:
    """Whether ``text`` (in ``lang``) uses one of the term's forms in that language.

    Forms are whole words; an Arabic one may end with an attached pronoun or a plural or
    feminine ending (its forms list the attached article and conjunctions), and vowel
    marks are ignored: "صف" (a row) is not found in "صفحة" (a page).
    """
    normal = _normal(text, lang)
    return any(_whole_word(form, lang).search(normal) for form in term.forms[lang])


#: What may follow an Arabic word: attached pronouns, dual, plural and feminine endings, the
#: alef of the accusative.
_ARABIC_ENDINGS = "(?:ها|هم|هما|هن|ه|ي|ك|كم|نا|ات|ين|ون|ان|تين|تان|ة|تها|ته|ا)?"


@cache
def _whole_word(form: str, lang: str = "") -> re.Pattern[str]:
    ending = _ARABIC_ENDINGS if lang == "ar" else ""
    return re.compile(rf"(?<!\w){re.escape(form)}{ending}(?!\w)")


def _normal(text: str, lang: str) -> str:
    """``text`` as it is compared: case and apostrophe kinds and spaces alike."""
    text = text.casefold().replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return _ARABIC_MARKS.sub("", text) if lang == "ar" else text

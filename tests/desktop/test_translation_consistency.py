"""One glossary and one typography across the form, the interface, the reports and the workbook."""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.translation_sources import (
    FORM,
    INTERFACE,
    REPORT,
    WORKBOOK,
    SourceText,
    all_texts,
)
from forms.glossary import Glossary, load_glossary, parse_glossary, says
from forms.typography import typography_problems
from tests.english_words import OPTION

LANGUAGES = ("fr", "es", "ar")


#: A place a value fills: ``{0}``, ``{review}``.
PLACE = re.compile(r"\{[^{}]*\}")


def mismatches(glossary: Glossary, texts: list[SourceText]) -> list[str]:
    """Each translation that does not say a glossary term its English says."""
    found = []
    for text in texts:
        if text.source == FORM and glossary.is_official(text.place):
            continue  # quoted from the UN's own versions
        english = text.texts["en"]
        words = PLACE.sub("", english)  # "{review}" names a value, it says no word
        for term in glossary.terms:
            if english in term.exempt or not says(term, "en", words):
                continue
            for lang in LANGUAGES:
                translated = text.texts.get(lang)
                if translated and not says(term, lang, translated):
                    found.append(f"{text.source} {text.place} [{lang}] {term.key}: {translated!r}")
    return found


def test_the_three_sources_are_all_read():
    texts = all_texts()
    counts = {
        s: sum(1 for t in texts if t.source == s) for s in (FORM, REPORT, WORKBOOK, INTERFACE)
    }
    assert counts[FORM] > 250 and counts[REPORT] > 40 and counts[INTERFACE] > 250
    assert counts[WORKBOOK] > 15
    interface = [t for t in texts if t.source == INTERFACE]
    assert all(set(t.texts) == {"en", *LANGUAGES} for t in interface)  # nothing untranslated


def test_each_glossary_term_is_said_the_same_way_in_the_form_the_interface_and_the_reports():
    assert mismatches(load_glossary(), all_texts()) == []


def test_a_translation_that_strays_from_the_glossary_is_found():
    glossary = load_glossary()
    rating = next(t for t in glossary.terms if t.key == "rating")
    strays = SourceText(REPORT, "ratings_overview", {
        "en": "Ratings across the 23 objectives", "fr": "Évaluations des 23 objectifs",
        "es": "Calificaciones de los 23 objetivos", "ar": "تقديرات الأهداف الثلاثة والعشرين",
    })  # fmt: skip  # French says "assessments" where it means the ratings
    assert rating.names["fr"] == "appréciation"
    assert mismatches(parse_glossary({"terms": []}), [strays]) == []
    assert [m.split(": ")[0] for m in mismatches(glossary, [strays])] == [
        "report ratings_overview [fr] rating"
    ]


#: Two English texts a language says alike, on purpose: (language, translation).
SAID_ALIKE = {
    ("fr", "moyenne"),  # the "moderate" strength of evidence and the "medium" priority
    ("ar", "متوسطة"),
    ("fr", "faible"),  # the "weak" strength of evidence and the "low" priority
    ("fr", "annuler"),  # Cancel and Undo, as every French interface says both
    ("ar", "تراجع"),  # the "regression" rating and Undo, as Arabic interfaces say it
    ("fr", "choisir une image"),  # "Choose image" and "Choose an image"
    ("es", "elegir una imagen"),
    ("ar", "اختيار صورة"),
    ("ar", "جولة تعريفية"),  # "Guided tour" and "Take the tour"
}


def test_two_different_labels_are_never_translated_alike_unless_meant():
    """Spanish said "Idioma del informe" for both the review's and the report's language."""

    def plain(text: str) -> str:
        return re.sub(r"[\W_]+", " ", text.casefold()).strip()

    alike = []
    for lang in LANGUAGES:
        by_translation: dict[str, set[str]] = defaultdict(set)
        for text in all_texts():
            translated = text.texts.get(lang)
            if translated and len(text.texts["en"]) <= 40:
                by_translation[plain(translated)].add(plain(text.texts["en"]))
        alike += [
            (lang, said, sorted(english))
            for said, english in by_translation.items()
            if len(english) > 1 and (lang, said) not in SAID_ALIKE
        ]
    assert alike == []


def test_every_translation_follows_the_punctuation_of_its_language():
    """French no-break spaces, typographic apostrophes, Arabic comma and question mark."""
    found = [
        f"{text.source} {text.place} [{lang}]: {problem}"
        for text in all_texts()
        for lang in LANGUAGES
        for problem in typography_problems(text.texts.get(lang, ""), lang)
        if not (text.source == FORM and load_glossary().is_official(text.place))
    ]
    assert found == []


#: Latin-script words an Arabic text may hold: names of programs, formats and keys.
LATIN_IN_ARABIC = {
    "GCM", "Shadow", "Review", "PDF", "Excel", "LibreOffice", "xlsx", "docx", "pdf", "PNG",
    "JPEG", "png", "jpg", "jpeg", "Alt", "Ctrl", "Enter", "F", "c", "JSON", "SHA", "UUID",
    "VBA", "OLE", "ActiveX", "DDE", "XML", "zip", "xls", "defusedxml", "SQLite", "UTF",
    "gcmpkg", "gcmkey", "sig",
}  # fmt: skip


def test_no_english_word_is_left_in_an_arabic_text():
    """Such as the date placeholder "YYYY-MM-DD" an Arabic user was shown."""
    found = []
    for text in all_texts():
        arabic = re.sub(r"\{[^}]*\}|%n|%\(\w+\)[rs]|%s|https?://\S+", "", text.texts.get("ar", ""))
        arabic = OPTION.sub("", arabic)
        words = set(re.findall(r"[A-Za-z]+", arabic)) - LATIN_IN_ARABIC
        if words:
            found.append(f"{text.source} {text.place}: {sorted(words)}")
    assert found == []


def test_no_text_says_what_its_language_avoids_here():
    """Spain's "ordenador" where the interface says "computadora", calques such as "Se apartó,
    sin modificarla", "I prefer" counting people: the glossary's avoid list, in every source."""
    glossary = load_glossary()
    found = [
        f"{text.source} {text.place} [{lang}]: {a.words!r} (say {a.instead!r}: {a.why})"
        for text in all_texts()
        for lang in LANGUAGES
        for a in glossary.avoided_in(text.texts.get(lang, ""), lang)
    ]
    assert found == []


#: English said two ways in a language on purpose: (language, English), and why.
SAID_TWO_WAYS = {
    ("ar", "Workshop"),  # the Workshop menu (الورشة) and a workshop as a way to consult
    ("ar", "Contact"),  # a contact person's column, and the report's page of contacts
    ("ar", "File"),  # the File menu and a file's column
}


def test_the_same_english_is_said_the_same_way_everywhere():
    """ "Executive summary" was "Résumé" in the report and "Résumé analytique" on the page."""
    said: dict[tuple[str, str], set[str]] = defaultdict(set)
    for text in all_texts():
        for lang in LANGUAGES:
            if text.texts.get(lang):
                said[(lang, text.texts["en"])].add(text.texts[lang])
    two_ways = {key: ways for key, ways in said.items() if len(ways) > 1}
    assert {key: ways for key, ways in two_ways.items() if key not in SAID_TWO_WAYS} == {}

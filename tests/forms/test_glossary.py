"""The glossary file and how a text is found to use a term."""

from __future__ import annotations

import pytest

from forms.errors import DefinitionError
from forms.glossary import load_glossary, parse_glossary, says

_TERM = {
    "key": "rating",
    "en": {"term": "rating", "forms": ["rating", "ratings"]},
    "fr": {"term": "appréciation", "forms": ["appréciation", "appréciations"]},
    "es": {"term": "calificación", "forms": ["calificación", "calificaciones"]},
    "ar": {"term": "التقدير", "forms": ["تقدير", "بتقدير", "تقديرات", "بالتقديرات", "وبالتقديرات"]},
}


def test_forms_are_whole_words_in_latin_script_and_take_attached_letters_in_arabic():
    (term,) = parse_glossary({"terms": [_TERM]}).terms
    assert says(term, "en", "Ratings across the objectives")
    assert not says(term, "en", "Rerating")  # a word of its own
    assert says(term, "fr", "Reprendre l\u2019appréciation")  # either apostrophe
    assert says(term, "fr", "L'APPRÉCIATION")
    assert not says(term, "fr", "Évaluations des objectifs")
    assert says(term, "ar", "وبالتقديرات")  # conjunction and article attached
    assert says(term, "ar", "بتقديره")  # an attached pronoun
    assert says(term, "ar", "تَقْدِير")  # vowel marks ignored
    row = parse_glossary({"terms": [{**_TERM, "ar": {"term": "الصف", "forms": ["صف", "الصف"]}}]})
    assert not says(row.terms[0], "ar", "الصفحة الأولى")  # a page is not a row
    assert says(row.terms[0], "ar", "الصف 3") and not says(row.terms[0], "ar", "صفوف")


@pytest.mark.parametrize(
    "data, problem",
    [
        ([], "a list of terms"),
        ({"terms": [{"en": {"term": "x"}}]}, "with a key"),
        ({"terms": [{**_TERM, "ar": None}]}, "no ar term"),
        ({"terms": [{**_TERM, "fr": {"term": "x", "forms": "x"}}]}, "fr forms are a list"),
    ],
)
def test_a_mistake_in_the_glossary_is_named(data, problem):
    with pytest.raises(DefinitionError, match=problem):
        parse_glossary(data)


def test_the_shipped_glossary_has_every_term_in_four_languages():
    glossary = load_glossary()
    keys = [t.key for t in glossary.terms]
    assert len(keys) == len(set(keys)) >= 20
    for term in glossary.terms:
        assert all(term.names[lang] and term.forms[lang] for lang in ("en", "fr", "es", "ar"))
    assert glossary.is_official("sections[objectives].items[obj05].title")

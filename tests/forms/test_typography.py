"""Punctuation by language: separators the application writes, and the checks of translations."""

from __future__ import annotations

import pytest

from forms.typography import (
    NBSP,
    choice_separator,
    labelled,
    list_separator,
    typography_problems,
)


def test_separators_follow_each_language():
    assert labelled("Objectif 5", "Améliorer", "fr") == f"Objectif 5{NBSP}: Améliorer"
    assert labelled("Objective 5", "Enhance", "en") == "Objective 5: Enhance"
    assert list_separator("ar") == "، " and list_separator("es") == ", "
    assert choice_separator("fr") == f"{NBSP}; " and choice_separator("ar") == "؛ "


@pytest.mark.parametrize(
    "text, lang, problem",
    [
        ("Objectif 5: Améliorer", "fr", "no no-break space before ':'"),
        ("Objectif 5 : Améliorer", "fr", "no no-break space before ':'"),
        ("{0}: {1}", "fr", "no no-break space before ':'"),
        ("Voulez-vous continuer ?", "fr", "no no-break space before '?'"),
        (f"une «{NBSP}réforme» annoncée", "fr", "« »"),
        ("N° {0}", "fr", "degree sign"),
        ("l'examen", "fr", "straight apostrophe"),
        ("¿Continuar?", "es", None),
        ("Presione “Agregar fila”", "es", "quotation marks"),
        ('por ejemplo, "Foro de Examen"', "es", "quotation marks"),
        ("Presione «Agregar fila»", "es", None),
        ("هل تريد المتابعة?", "ar", "question mark"),
        ("المهاجرون, اللاجئون", "ar", "comma"),
        (f"Objectif 5{NBSP}: voir https://example.org, 10:30", "fr", None),
        (f"Voulez-vous continuer{NBSP}? «{NBSP}Oui{NBSP}» l’examen nº{NBSP}3", "fr", None),
    ],
)
def test_what_breaks_the_punctuation_of_a_language_is_found(text, lang, problem):
    found = typography_problems(text, lang)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found

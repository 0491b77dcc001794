"""Which language the command line speaks, and how it says a phrase in it."""

from __future__ import annotations

import pytest

from desktop.command_language import Speaker, chosen_language, command_language
from desktop.command_language import environment_language as language_of
from forms.os_reasons import os_reason
from forms.said import problem


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, None),  # a language not spoken here: English, said by the caller
        ({"LANGUAGE": "pt_BR:es", "LANG": "fr_FR.UTF-8"}, "es"),  # gettext's list, in order
        ({"LC_ALL": "ar_MA.UTF-8", "LANG": "fr_FR.UTF-8"}, "ar"),
        ({"LC_MESSAGES": "es_ES@euro", "LANG": "fr_FR"}, "es"),
        ({"LC_ALL": "de_DE", "LANG": "fr_FR"}, None),  # LC_ALL wins, even for German
        ({}, None),
    ],
)
def test_the_locale_variables_name_the_language(env, lang):
    assert language_of(env) == lang


def test_the_window_s_choice_is_read_from_its_own_settings_file(qapp, tmp_path):
    """The file QSettings writes, read back without Qt."""
    from desktop.ui.settings import Settings

    path = tmp_path / "settings.ini"
    Settings(path).language = "es"
    assert chosen_language(path) == "es"
    assert command_language({"LANG": "ar_EG.UTF-8"}, path) == "es"


@pytest.mark.parametrize("content", ["", "[interface]\nlanguage=klingon\n", "\x00\xff garbage ["])
def test_no_usable_choice_leaves_the_locale_to_decide(tmp_path, content):
    path = tmp_path / "settings.ini"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    assert chosen_language(path) is None
    assert command_language({"LANG": "fr_FR.UTF-8"}, path) == "fr"
    assert command_language({}, tmp_path / "none.ini") == "en"


def test_a_phrase_is_said_in_the_language_with_its_values_said_too():
    import errno

    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    said = problem("{file}: could not be written ({reason})", file="r.pdf", reason=full)
    assert Speaker("fr").say(said) == (
        "r.pdf\u00a0: le fichier n’a pas pu être écrit (le disque est plein)"
    )
    assert Speaker("ar").say(full) == "القرص ممتلئ"
    assert Speaker("en").say(said) == "r.pdf: could not be written (the disk is full)"


def test_a_phrase_no_catalogue_holds_is_said_in_english():
    assert Speaker("fr").say(problem("a phrase nobody translated {n}", n=3)) == (
        "a phrase nobody translated 3"
    )


def test_what_a_workbook_s_metadata_holds_is_named_in_the_language(form, tmp_path):
    """Before, a French reader was told of a wrong "review id" and "form version"."""
    from exports.import_problems import ImportProblems
    from exports.xlsx_layout import META_SHEET
    from exports.xlsx_reader import read_workbook
    from exports.xlsx_writer import write_workbook
    from forms.loader import load_form
    from forms.review import Review
    from tests.english_words import english_left
    from tests.workbook_surgery import edit

    written = write_workbook(form, Review("88888888-0000-4000-8000-000000000000", 1, {}),
                             tmp_path / "review.xlsx")  # fmt: skip

    def spoil(book) -> None:
        for key_cell, value_cell in book[META_SHEET].iter_rows(max_col=2):
            if key_cell.value == "review_id":
                value_cell.value = "not-an-id"
            elif key_cell.value == "revision":
                value_cell.value = "many"

    spoiled = edit(written, tmp_path / "spoiled.xlsx", spoil)
    with pytest.raises(ImportProblems) as refused:
        read_workbook(spoiled, load_form)
    said = [Speaker("fr").say(line) for line in refused.value.said_lines()]
    assert any("identifiant d’examen" in line for line in said), said
    assert any("la version ('many')" in line for line in said), said
    assert all(english_left(line, spoiled, "not-an-id", "many") == [] for line in said), said

"""Word counts, as submissions with a word limit measure a review."""

from __future__ import annotations

import pytest

from forms.word_count import count_words, review_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Children are still detained.", 4),
        ("L’État — et ses ministères — n’agit pas.", 6),  # dashes are not words
        ("Paragraph 29 (c), 2026-03-15: done.", 5),
        ("يُحتجَز الأطفال في المراكز", 4),  # vowel marks do not split a word
        ("line one\nline two\n\n- a bullet", 6),
    ],
)
def test_words_are_counted_in_every_script(text, words):
    assert count_words(text) == words


def test_a_review_counts_what_a_shared_copy_holds(form):
    answers = {
        "profile.country": "Veridia",
        "profile.contact_name": "Alex Sample",  # confidential: not in a shared copy
        "obj05.assessment": "Few regular pathways exist.",
        "obj13.assessment": "Secret testimony of detention.",
        "obj13.confidential": True,
        "obj05.state_recommendations": [
            {"recommendation": "Open a pathway.", "deadline": "2027-01-01"}
        ],
        "obj05.rating": "limited",
    }  # fmt: skip
    assert review_words(form, answers) == 1 + 4 + 3
    assert review_words(form, {}) == 0

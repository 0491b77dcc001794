"""Answers in lists and tables keep their own direction in a window laid out the other way."""

from __future__ import annotations

from desktop.ui.bidi import LRE, PDF, RLE, in_own_direction
from desktop.ui.language import install_language


def test_text_running_against_the_window_is_embedded_in_its_own_direction():
    english, arabic = "Convention No. 189 on domestic workers.", "اتفاقية العمال المنزليين."
    assert in_own_direction(english, right_to_left=True) == LRE + english + PDF
    assert in_own_direction(arabic, right_to_left=False) == RLE + arabic + PDF
    assert in_own_direction(arabic, right_to_left=True) == arabic
    assert in_own_direction(english, right_to_left=False) == english
    assert in_own_direction("2026 (12)", right_to_left=True) == "2026 (12)", "no letter: as it is"


def test_the_arabic_window_shows_english_rows_in_their_direction(qapp, window, form):
    from tests.support import real_answers

    install_language(qapp, "ar")
    try:
        assert window.open_review(window.store.create(real_answers(form)).id)
        window.editor.show_page("pledges")
        table = window.editor.page("pledges").editor("pledges.entries")
        assert table.isRightToLeft()
        texts = [table.table.item(0, c).text() for c in range(table.table.columnCount())]
        latin = [t for t in texts if any("a" <= ch.lower() <= "z" for ch in t)]
        assert latin and all(t.startswith(LRE) and t.endswith(PDF) for t in latin), texts
    finally:
        install_language(qapp, "en")

"""The window says how long a text and the whole review are, in words."""

from __future__ import annotations


def test_a_long_text_says_its_words_and_the_overview_the_review_s(window, qtbot, open_review):
    editor = open_review()
    editor.show_page("obj05")
    field = editor.page("obj05").editor("obj05.assessment")
    assert not field.words.isVisible()
    field.text.setPlainText("Peu de voies régulières — des visas refusés.")
    assert field.words.text() == "Words: 7" and field.words.isVisible()
    field.text.setPlainText("")
    assert not field.words.isVisible()
    window.store.save(window.session.review.id, {"obj05.assessment": "Peu de voies régulières."})
    dashboard = window.editor.dashboard
    dashboard.update_answers(window.store.get(window.session.review.id).answers)
    # Sénégal, Réseau Migrations: three words; the assessment four.
    assert dashboard.words_label.text() == "Words in a shared copy: 7"

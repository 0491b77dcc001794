"""The plain-text rendering used by ``gcm-review show``."""

from __future__ import annotations

from exports.text_report import render_text
from forms.review import Review
from tests.support import ARABIC, every_field_answers


def test_all_objectives_in_cluster_order(form):
    text = render_text(form, Review("id-1", form.version, every_field_answers(form)))
    positions = [
        text.index(f"Objective {item.number}: {item.title}") for item in form.objectives.items
    ]
    cluster_order = [int(k[3:]) for g in form.objectives.groups for k in g.items]
    assert sorted(range(1, 24), key=lambda n: positions[n - 1]) == cluster_order
    for group in form.objectives.groups:
        assert f"## {group.title}" in text


def test_answers_labels_and_marks(form):
    answers = {
        "profile.country": "Veridia",
        "profile.contact_email": "a@example.org",
        "obj13.rating": "regression",
        "obj13.assessment": ARABIC,
        "obj13.confidential": True,
        "obj13.sources": [{"citation": "Report A"}, {"citation": "Report B", "link": "p. 4"}],
    }
    text = render_text(form, Review("id-2", form.version, answers, sample=True))
    assert text.startswith("SAMPLE – GCM shadow review")
    assert "Rating: Regression" in text
    assert ARABIC in text
    assert "Contact e-mail [confidential]: a@example.org" in text
    assert (
        "1. Reference: Report A" in text
        and "2. Reference: Report B · Link or location: p. 4" in text
    )
    assert text.count("[confidential]") == 2
    assert "Objective 1: Collect" in text and "(not answered)" in text


def test_french_labels_take_a_no_break_space_before_their_colon(form):
    """Never a literal ": ": French writes "Objectif 5 : …" with a no-break space."""
    from forms.sample import sample_answers

    text = render_text(form, Review("s", form.version, sample_answers(form)), "fr")
    assert "Objectif 5\u00a0: " in text and "Objectif 5: " not in text
    # "Label : value" lines (a wrapped answer's next lines are indented further)
    answers = [line for line in text.splitlines() if line.startswith("    ") and line[4] != " "]
    assert answers and not [a for a in answers if ": " in a.replace("\u00a0: ", "")]


def test_the_coalition_view_is_written_in_the_language_asked(form):
    """Before, "Contributions", "ratings", "median", "ORGANISATIONS DISAGREE" and
    "not rated" stayed in English whatever the language."""
    from exports.text_report import render_consolidation
    from forms.merge import Contribution, consolidate
    from tests.english_words import english_left

    members = [
        Contribution(f"id-{n}", name, 1, {"obj05.rating": rating, "obj05.assessment": "…"})
        for n, (name, rating) in enumerate(
            [("Red Norte", "regression"), ("Red Sur", "substantial"), ("Red Este", None)]
        )
    ]
    for lang, words in (
        ("fr", ("Organisations contributrices (3)", "Médiane", "FORT DÉSACCORD")),
        ("es", ("Organizaciones que han contribuido (3)", "Mediana", "Aún sin calificar")),
        ("ar", ("المنظمات المساهمة (3)", "الوسيط", "لم يُقدَّر بعد")),
    ):
        shown = render_consolidation(form, consolidate(form, members), lang)
        assert all(word in shown for word in words), shown
        assert english_left(shown, "Red Norte", "Red Sur", "Red Este") == [], shown

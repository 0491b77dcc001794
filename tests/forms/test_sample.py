"""The sample review shipped for workshops."""

from __future__ import annotations

import re

from forms.review import completeness, validate
from forms.sample import sample_answers


def test_sample_is_valid_and_nearly_complete(form):
    answers = sample_answers(form)
    assert validate(form, answers) == []
    done = completeness(form, answers)
    assert done.overall.percent >= 95
    assert all(done.owners[item.key].percent == 100 for item in form.objectives.items)


def test_sample_is_marked_and_multilingual(form):
    answers = sample_answers(form)
    assert answers["profile.organisation"].startswith("SAMPLE")
    text = " ".join(v for v in answers.values() if isinstance(v, str))
    assert re.search(r"[éèàç]", text), "some French text"
    assert re.search(r"[\u0600-\u06ff]", text), "some Arabic text"


def test_sample_uses_every_rating(form):
    answers = sample_answers(form)
    ratings = {answers[f"{item.key}.rating"] for item in form.objectives.items}
    assert ratings == {c.key for c in form.ref("obj01.rating").field.choices}


def test_the_smallest_practice_set_has_a_member_a_duplicate_and_an_older_draft(form):
    from forms.sample_contributions import member_files

    first, duplicate, older = member_files(form, 3)
    assert duplicate.review_id == first.review_id and duplicate.answers == first.answers
    assert older.review_id == first.review_id and older.revision < first.revision


def test_the_practice_set_disagrees_on_a_few_objectives_not_on_all(form):
    """A trainer shows strong disagreement on a few objectives, against a shared view on
    the others (every one of the 23 was flagged)."""
    from forms.merge import Contribution, consolidate
    from forms.sample_contributions import CONTESTED, member_files

    for count in (12, 40):
        members = {m.review_id: m for m in member_files(form, count)}  # the last file kept
        contributions = [
            Contribution(m.review_id, m.answers["profile.organisation"], m.revision, m.answers)
            for m in members.values()
        ]
        consolidation = consolidate(form, contributions)
        flagged = [o for o in consolidation.objectives.values() if o.disagreement]
        assert len(flagged) == CONTESTED, [o.key for o in flagged]


def test_the_sample_says_the_forms_own_term_for_migrants_without_status():
    from forms.sample import _raw_answers

    texts = " ".join(str(value) for value in _raw_answers().values()).lower()
    assert "irregular migrants" not in texts
    assert "migrants in an irregular situation" in texts


def test_the_samples_invented_figures_are_not_attributed_to_real_bodies():
    """Its figures and sources are Veridia's own (fictional); no real agency vouches for them."""
    from forms.loader import load_form
    from forms.sample import sample_answers

    answers = sample_answers(load_form())
    sources = [
        str(row.get("source", "")) + " " + str(row.get("citation", ""))
        for key, value in answers.items()
        if key.endswith((".indicators", ".sources"))
        for row in value
    ]
    real = ("UNHCR", "UN DESA", "IOM", "International Organization for Migration", "World Bank")
    assert sources and not [s for s in sources if any(body in s for body in real)]
    claims = " ".join(str(v) for k, v in answers.items() if k.endswith(".official_claim"))
    assert "Champion" not in claims


def test_the_stakeholder_list_says_which_of_its_entries_paragraph_15j_names():
    from importlib import resources

    from forms.versions import CURRENT_VERSION, definition_name

    text = (resources.files("forms.definitions") / definition_name(CURRENT_VERSION)).read_text(
        encoding="utf-8"
    )
    comment = text[: text.index("  stakeholder_type:")].rsplit("\n\n", 1)[-1]
    assert "names ten" in comment and "This form adds" in comment

"""The short version of the report for submission: a few pages, in the PDF and in Word.

What it holds is what the definition marks ``short_report`` (the executive
summary, the key recommendations, the endorsements, the contact page and the
disclaimer), the ratings with their trend, and nothing of the objectives' findings.
"""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from exports.docx import build_docx
from exports.pdf import PdfOptions, build_pdf
from exports.report_texts import EXPORT_LANGUAGES, text
from forms.errors import DefinitionError
from forms.loader import parse_form
from forms.merge import Contribution, consolidate
from forms.review import Review, shareable_answers
from forms.roles import Role
from forms.sample import sample_answers
from tests.exports.test_blank_form import pdf_text, words
from tests.exports.test_docx import needs_writer, rendered
from tests.forms.test_carry_over import _definition, _objective_field

#: The most pages the short version of the sample may take, in any language.
SHORT_PAGES = 10


@pytest.fixture(scope="module")
def sample(form):
    return Review("sample-id", form.version, sample_answers(form), sample=True)


def _expected(form, sample, lang) -> tuple[list[str], list[str]]:
    """What the short report must print, and what it must not (the objectives' findings)."""
    shown, _ = shareable_answers(form, sample.answers)
    wanted = [shown["profile.executive_summary"].split("\n")[0][:80]]
    wanted += [row["recommendation"][:60] for row in shown["recommendations.entries"]]
    wanted += [row["organisation"] for row in shown["endorsements.entries"]]
    wanted += [shown["publication.disclaimer"].split("\n")[0][:60]]
    wanted += [text("short_version", lang)[:40], text("trend", lang)]
    wanted += [item.title.get(lang)[:30] for item in form.objectives.items]  # the ratings table
    assessment = form.role_field(Role.ASSESSMENT).key
    unwanted = [
        shown[key].split("\n")[0][:60]
        for key in (f"{item.key}.{assessment}" for item in form.objectives.items)
        if key in shown
    ]
    unwanted += [shown["publication.foreword"].split("\n")[0][:60]]
    return wanted, unwanted


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_the_short_pdf_holds_the_summary_ratings_and_key_recommendations(
    form, sample, tmp_path, lang
):
    short = build_pdf(form, sample, tmp_path / "short.pdf", PdfOptions(lang=lang, short=True))
    full = build_pdf(form, sample, tmp_path / "full.pdf", PdfOptions(lang=lang))
    pages = len(PdfReader(short).pages)
    assert pages <= SHORT_PAGES and pages * 4 < len(PdfReader(full).pages)
    printed = words(pdf_text(short))
    wanted, unwanted = _expected(form, sample, "en")
    if lang == "en":  # the answers are the sample's, in English; the fixed texts are checked
        assert not [w for w in wanted if words(w) not in printed]
        assert not [u for u in unwanted if words(u) in printed]
    assert words(text("short_version", lang)) in printed
    assert words(text("trend", lang)) in printed


@needs_writer
def test_the_short_word_report_as_writer_renders_it(form, sample, tmp_path):
    docx = build_docx(form, sample, tmp_path / "short.docx", PdfOptions(lang="en", short=True))
    pdf = rendered([docx], tmp_path)[docx]
    assert len(PdfReader(pdf).pages) <= SHORT_PAGES
    printed = words(pdf_text(pdf))
    wanted, unwanted = _expected(form, sample, "en")
    assert not [w for w in wanted if words(w) not in printed]
    assert not [u for u in unwanted if words(u) in printed]


def test_a_coalitions_short_report_still_credits_its_members(form, sample, tmp_path):
    members = [
        Contribution("4a0e8b7e-56b1-4c3f-9a55-0d1f9e2a7c11", "Red Andina", 1, sample.answers),
        Contribution("5b1f9c8f-67c2-4d40-8b66-1e2a0f3b8d22", "Caritas Arica", 2, sample.answers),
    ]
    coalition = Review("c", form.version, {"profile.country": "Chile"}, kind="coalition")
    pdf = build_pdf(form, coalition, tmp_path / "c.pdf", PdfOptions(short=True),
                    consolidation=consolidate(form, members))  # fmt: skip
    printed = words(pdf_text(pdf))
    assert words(text("contributors", "en")) in printed
    assert words("Red Andina") in printed and words("Caritas Arica") in printed
    assert words(text("ratings_across_members", "en")) in printed


def test_the_cover_names_the_forum_once(form, sample, tmp_path):
    """The forum chosen and its full name, when that only repeats it, make one cover line."""
    printed = pdf_text(build_pdf(form, sample, tmp_path / "r.pdf"), (1, 1))
    forum = sample.answers["profile.forum"]
    assert printed.count(forum) == 1


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda d: _objective_field(d, "assessment").update(short_report=True),
         "short_report is for a question asked once"),
        (lambda d: _objective_field(d, "sources")["columns"][0].update(short_report=True),
         "short_report is for a question, not a table column"),
        (lambda d: _objective_field(d, "sources").update(short_report="yes"),
         "'short_report' must be true or false"),
    ],
)  # fmt: skip
def test_the_definition_checks_what_the_short_report_holds(edit, says):
    with pytest.raises(DefinitionError, match=says):
        parse_form(json.dumps(_definition(edit)), "shadow-review-v2")

"""The report walked from the form definition: every question and answer, and new ones too."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from exports.pdf import PdfOptions, build_pdf
from exports.report_build import ReportOptions, build_report
from exports.report_model import Heading
from exports.report_texts import EXPORT_LANGUAGES
from forms.loader import parse_form
from forms.review import Review
from forms.schema import Field, Form
from forms.values import format_value, format_value_choice
from tests.exports.test_blank_form import pdf_text, words
from tests.support import every_field_answers

DEFINITION = (resources.files("forms.definitions") / "shadow-review-v1.yaml").read_text("utf-8")


def _expected(form: Form, answers: dict, lang: str) -> tuple[set[str], set[str]]:
    """The labels and the answers a full report prints, as the definition gives them."""
    labels: set[str] = set()
    values: set[str] = set()
    for section in form.sections:
        labels.add((section.report_title or section.title).get(lang))
    for ref in form.refs():
        fld = ref.field
        value = answers.get(ref.key)
        if fld.report == "none" or value is None:
            continue
        alone = not ref.item and [f for f in ref.section.fields if not f.report] == [fld]
        if fld.report != "cover" and fld.type != "boolean" and not alone:
            labels.add(fld.report_text(lang))  # a section's only field: its heading says it
        if fld.type == "table":
            values.update(_table_values(fld, value, lang, labels))
        elif fld.type != "boolean":  # a flag: what it flags shows, not the flag
            values.add(format_value(fld, value, lang))
    return labels, values


def _table_values(fld: Field, rows: list[dict], lang: str, labels: set[str]) -> set[str]:
    shown = [c for c in fld.columns if c.type != "counts"]
    references = all(c.type == "text" for c in shown) and not any(
        c.type == "longtext" for c in fld.columns
    )
    values = set()
    for column in fld.columns:
        if column.type == "counts":
            labels.add(column.report_text(lang))
            for row in rows:
                values.update(format_value_choice(column, key, lang) for key in row[column.key])
            continue
        if not references and column.type != "longtext":
            labels.add(column.report_text(lang))
        for row in rows:
            values.add(format_value(column, row[column.key], lang))
    return values


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_every_label_and_every_answer_is_in_the_report(form, tmp_path, lang):
    answers = every_field_answers(form)
    review = Review("every-field", form.version, answers)
    path = build_pdf(
        form, review, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang, include_confidential=True)
    )
    printed = Printed(pdf_text(path))
    labels, values = _expected(form, answers, lang)
    assert len(labels) > 40 and len(values) > 40
    missing = sorted(t for t in labels | values if not printed.shows(t))
    assert missing == []


#: Lines of extracted text a text may be spread over (a cell wrapped in a narrow column).
WINDOW = 8


class Printed:
    """What ``pdftotext`` read, to find texts in: in order, or as words close together.

    In a left-to-right page, pdftotext gives the runs of a right-to-left line in
    an order of its own, and the lines of table cells side by side interleaved:
    such a text is found by its words, within a few lines.
    """

    def __init__(self, extracted: str) -> None:
        self.flat = words(extracted)
        lines = [words(line).split() for line in extracted.splitlines()]
        self.windows = [
            Counter(word for line in lines[i : i + WINDOW] for word in line)
            for i in range(len(lines))
        ]

    def shows(self, text: str) -> bool:
        for line in text.split("\n"):
            found = words(line)
            if not found or found in self.flat:
                continue
            wanted = Counter(found.split())
            if not any(wanted <= window for window in self.windows):
                return False
        return True


def test_a_new_section_and_a_new_question_reach_the_report_through_the_definition(tmp_path):
    question = """      - key: funding
        type: text
        label:
          en: Who funded this review
"""
    section = """  - key: follow_up
    title:
      en: Follow-up since the last review
    fields:
      - key: progress
        type: longtext
        label:
          en: What changed since the last review
"""
    extended = DEFINITION.replace(
        "      - key: executive_summary\n", question + "      - key: executive_summary\n", 1
    )
    extended = extended.replace("  - key: pledges\n", section + "  - key: pledges\n", 1)
    form = parse_form(extended, source="extended.yaml")
    answers = {
        "profile.funding": "The Solidarity Fund of Veridia",
        "follow_up.progress": "The detention of children ended in March.",
        "obj02.assessment": "Limited.",
    }
    review = Review("extended", form.version, answers)
    report = build_report(form, review, ReportOptions())
    assert Heading("Follow-up since the last review", 1) in report.blocks
    printed = words(pdf_text(build_pdf(form, review, tmp_path / "extended.pdf")))
    for shown in (
        "Who funded this review", "The Solidarity Fund of Veridia",
        "Follow-up since the last review", "What changed since the last review",
        "The detention of children ended in March.",
    ):  # fmt: skip
        assert words(shown) in printed, shown


def test_the_progress_declaration_cited_is_printed(form, sample, tmp_path):
    """A profile question the report once skipped, as every other now stands in its section."""
    answer = sample.get("profile.progress_declaration")
    assert answer
    printed = words(pdf_text(build_pdf(form, sample, tmp_path / "sample.pdf")))
    assert words(answer) in printed
    label = form.ref("profile.progress_declaration").field.report_text("en")
    assert words(label) in printed


@pytest.fixture(scope="module")
def sample(form):
    from forms.sample import sample_answers

    return Review("sample-id", form.version, sample_answers(form))


def test_nothing_here_names_a_field_key(tmp_path):
    """The report's code finds fields by role or placement, not by key."""
    for name in ("report_build.py", "pdf.py"):
        source = (Path(__file__).parents[2] / "exports" / name).read_text("utf-8")
        for key in ("profile.", '"rating"', '"assessment"', '"endorsements', '"sources"'):
            assert key not in source, (name, key)


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_not_yet_rated_reads_apart_from_every_rating(form, lang):
    """ "Not assessed" is a rating; an objective nobody rated yet is something else."""
    from exports.report_texts import text
    from forms.roles import Role

    not_rated = text("not_rated", lang).casefold()
    for choice in form.role_field(Role.RATING).choices:
        label = choice.label.get(lang).casefold()
        assert label != not_rated and not not_rated.startswith(label), label


def test_categories_a_person_may_count_in_twice_say_so_under_their_totals(form):
    from exports.report_model import Line
    from exports.report_texts import text

    review = Review("every-field", form.version, every_field_answers(form))
    blocks = build_report(form, review, ReportOptions()).blocks
    notes = [
        b for b in blocks if isinstance(b, Line) and b.text == text("counted_more_than_once", "en")
    ]
    table = form.section("methodology").field("consultations")
    assert len(notes) == sum(1 for c in table.columns if c.type == "counts" and not c.total)

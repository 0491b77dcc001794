"""The report walked from the form definition: every question and answer, and new ones too."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from exports.long_dates import long_date
from exports.pdf import PdfOptions, build_pdf
from exports.report_build import ReportOptions, build_report
from exports.report_model import Heading
from exports.report_texts import EXPORT_LANGUAGES, text
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
        if section.has_items or any(not f.report for f in section.fields):
            labels.add((section.report_title or section.title).get(lang))
    for ref in form.refs():
        fld = ref.field
        value = answers.get(ref.key)
        if fld.report == "none" or value is None or fld.type == "image":
            continue  # a picture is drawn, not written (test_pdf: the logo on the cover)
        alone = not ref.item and [f for f in ref.section.fields if not f.report] == [fld]
        if fld.report != "cover" and fld.type != "boolean" and not alone:
            labels.add(fld.report_text(lang))  # a section's only field: its heading says it
        if fld.type == "table":
            values.update(_table_values(fld, value, lang, labels))
        elif fld.type == "date":
            values.add(long_date(value, lang))
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
            value = row[column.key]
            if column.type == "boolean":  # yes or no, in the report's language
                values.add(text("yes" if value else "no", lang))
            elif column.type == "date":
                values.add(long_date(value, lang))
            else:
                values.add(format_value(column, value, lang))
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

    def __init__(self, extracted: str, window: int = WINDOW) -> None:
        self.flat = words(extracted)
        lines = [words(line).split() for line in extracted.splitlines()]
        self.windows = [
            Counter(word for line in lines[i : i + window] for word in line)
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
        b for b in blocks if isinstance(b, Line) and text("counted_more_than_once", "en") in b.text
    ]
    table = form.section("methodology").field("consultations")
    several = [c.report_text("en") for c in table.columns if c.type == "counts" and not c.total]
    assert [n.text.split(":")[0] for n in notes] == several


def test_the_participants_are_broken_down_in_one_table(form, sample):
    """Gender, age, status, disability and stakeholder type: one table, not five."""
    from exports.report_model import Table
    from exports.report_texts import text

    blocks = build_report(form, sample, ReportOptions()).blocks
    tables = [b for b in blocks if isinstance(b, Table) and b.label == text("participation", "en")]
    assert len(tables) == 1
    table = form.section("methodology").field("consultations")
    counts = [c for c in table.columns if c.type == "counts"]
    names = [row[0] for row in tables[0].rows if row[0]]
    assert names == [c.report_text("en") for c in counts]
    rows = sample.get("methodology.consultations")
    women = sum((r.get("gender") or {}).get("women", 0) for r in rows)
    gender = next(c for c in counts if any(ch.key == "women" for ch in c.choices))
    assert (gender.report_text("en"), "Women", str(women)) in tables[0].rows


def _placed(form: Form, place: str) -> list[Field]:
    return [f for s in form.sections for f in s.fields if f.report == place]


def test_front_matter_opens_and_back_matter_closes_the_report_in_the_definitions_order(form):
    """A foreword and acknowledgements after the contents, a contact page and disclaimer last."""
    from exports.report_model import Answer, Contents, NewPage

    answers = every_field_answers(form)
    report = build_report(form, Review("every-field", form.version, answers), ReportOptions())
    blocks = report.blocks
    front, back = _placed(form, "front"), _placed(form, "back")
    assert front and back
    titles = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    first_section = (form.sections[0].report_title or form.sections[0].title).get("en")
    assert titles[: len(front) + 1] == [*(f.report_text("en") for f in front), first_section]
    assert titles[-len(back) :] == [f.report_text("en") for f in back]
    contents = next(i for i, b in enumerate(blocks) if isinstance(b, Contents))
    assert blocks.index(Heading(front[0].report_text("en"), 1)) == contents + 2
    closing = blocks.index(Heading(back[0].report_text("en"), 1))
    assert isinstance(blocks[closing - 1], NewPage)  # the contact page starts a page
    for fld in [*front, *back]:
        heading = blocks.index(Heading(fld.report_text("en"), 1))
        key = next(r.key for r in form.refs() if r.field is fld)
        assert blocks[heading + 1] == Answer(answers[key])


def test_the_reports_own_title_subtitle_and_logo_take_the_cover(form):
    from forms.images import picture_of
    from forms.roles import Role

    answers = every_field_answers(form)
    answers[form.role_key(Role.REPORT_TITLE)] = "Promesses et pratiques"
    answers[form.role_key(Role.REPORT_SUBTITLE)] = "Les droits des migrants, 2022–2025"
    review = Review("every-field", form.version, answers)
    report = build_report(form, review, ReportOptions(lang="fr"))
    assert report.title == answers[form.role_key(Role.REPORT_TITLE)]
    assert report.subtitle == answers[form.role_key(Role.REPORT_SUBTITLE)]
    assert report.logo is not None
    assert report.logo.data == picture_of(answers[form.role_key(Role.LOGO)]).data
    assert report.logo.description == f"Logo de {answers[form.role_key(Role.ORGANISATION)]}"
    shown = {getattr(b, "text", None) for b in report.blocks}
    assert report.title not in shown and report.subtitle not in shown  # not twice on the cover
    for role in (Role.REPORT_TITLE, Role.REPORT_SUBTITLE, Role.LOGO):
        del answers[form.role_key(role)]
    plain = build_report(form, Review("x", form.version, answers), ReportOptions(lang="fr"))
    assert (plain.title, plain.subtitle, plain.logo) == (
        form.title.get("fr"),
        form.subtitle.get("fr"),
        None,
    )


def test_french_puts_a_no_break_space_before_its_colons_everywhere(form):
    """Every "label: value" of a French report, and every French fixed text."""
    import re

    from exports.report_model import Answer, Entry
    from exports.report_texts import TEXTS

    loose = re.compile(r"(?<![\u00a0\u202f])[:;?!](?=\s|$)")
    for key, entry in TEXTS.items():
        assert not re.search(r" [:;?!]", entry["fr"]), key
        assert not loose.search(entry["fr"].replace("http:", "")), key
    review = Review("every-field", form.version, every_field_answers(form))
    report = build_report(form, review, ReportOptions(lang="fr"))
    fixed = [
        getattr(b, "text", "") if not isinstance(b, Entry) else b.details
        for b in report.blocks
        if not isinstance(b, Answer)  # a person's own text is printed as written
    ]
    shown = [t for t in fixed if ":" in t]
    assert len(shown) > 30
    for line in shown:
        assert not loose.search(line.replace("http:", "")), line


def test_key_recommendations_are_numbered_under_the_body_they_address(form):
    from exports.report_model import Entry

    rows = [
        {"recommendation": "Ratify ILO C189.", "addressed_to": "Ministry of Labour"},
        {"recommendation": "End child detention.", "addressed_to": "Ministry of Interior; Police"},
        {"recommendation": "Fund shelters.", "priority": "high"},
        {"recommendation": "Enforce employer pays.", "addressed_to": " ministry of  labour"},
        {"recommendation": "Open firewalls.", "addressed_to": "وزارة الصحة؛ وزارة الداخلية"},
    ]
    review = Review("r", form.version, {"recommendations.entries": rows})
    blocks = build_report(form, review, ReportOptions()).blocks
    start = blocks.index(Heading("Key recommendations", 1))
    shown = [
        (b.text, None) if isinstance(b, Heading) else (b.number, b.text, b.details)
        for b in blocks[start + 1 :]
        if isinstance(b, Heading | Entry)
    ]
    assert shown == [
        ("Addressed to: Ministry of Labour", None),
        (1, "Ratify ILO C189.", ""),
        (2, "Enforce employer pays.", ""),
        ("Addressed to: Ministry of Interior", None),
        (3, "End child detention.", "Addressed to: Ministry of Interior; Police"),
        ("Addressed to: وزارة الصحة", None),
        (4, "Open firewalls.", "Addressed to: وزارة الصحة؛ وزارة الداخلية"),
        ("Addressed to: not specified", None),
        (5, "Fund shelters.", "Priority: High"),
    ]


def test_an_objectives_recommendations_are_lettered_entries_under_their_label(
    form, sample, tmp_path
):
    import re

    from exports.report_model import Entry, Kind, Line

    # Objective 13 of the sample is confidential: a report that includes it.
    blocks = build_report(form, sample, ReportOptions(include_confidential=True)).blocks
    rows = sample.get("obj13.state_recommendations")
    label = Line("Recommendations to the State", Kind.LABEL)
    start = next(i for i, b in enumerate(blocks) if b == label and isinstance(blocks[i + 1], Entry)
                 and blocks[i + 1].text == rows[0]["recommendation"])  # fmt: skip
    entries = blocks[start + 1 : start + 1 + len(rows)]
    assert [(e.number, e.text, e.lettered) for e in entries] == [
        (n, row["recommendation"], True) for n, row in enumerate(rows, start=1)
    ]
    # The first says who should act, by when and how it will be seen: its line of details.
    details = entries[0].details
    for said in ("Ministry of Interior", "31\u00a0December 2027", "No child in an immigration",
                 "(h)", "Made at the last review and reiterated"):  # fmt: skip
        assert said in details, said
    options = PdfOptions(include_confidential=True)
    printed = pdf_text(build_pdf(form, sample, tmp_path / "sample.pdf", options))
    flat = re.sub(r"\s+", " ", printed)
    for mark, row in zip("abc", rows, strict=False):
        assert f"({mark}) {row['recommendation']}" in flat


def test_a_coalition_without_a_methodology_of_its_own_credits_its_members(form):
    from exports.report_model import Answer, Table
    from forms.merge import Contribution, consolidate

    def member(number: int, name: str) -> Contribution:
        answers = {
            "profile.organisation": name,
            "methodology.approach": f"{name} held workshops.",
            "methodology.consultations": [
                {"date": "2025-03-0" + str(number), "place": f"Town {number}", "participants": 10}
            ],
        }
        return Contribution(f"member-{number}", name, 1, answers)

    members = [member(1, "Red Andina"), member(2, "Collectif Sahel")]
    coalition = Review("c", form.version, {"profile.organisation": "Coalition"}, kind="coalition")
    blocks = build_report(form, coalition, ReportOptions(), consolidate(form, members)).blocks
    start = blocks.index(Heading("Methodology and participatory process", 1))
    said = [b for b in blocks[start:] if isinstance(b, Answer)][:2]
    assert [(b.label, b.text) for b in said] == [
        ("How the review was made (Red Andina)", "Red Andina held workshops."),
        ("How the review was made (Collectif Sahel)", "Collectif Sahel held workshops."),
    ]
    table = next(b for b in blocks[start:] if isinstance(b, Table))
    assert table.header[:2] == ("Organisation", "Date")
    assert [row[0] for row in table.rows] == ["Red Andina", "Collectif Sahel"]
    assert table.rows[0][1] == "1\u00a0March 2025"


def test_a_coalition_report_gives_each_members_follow_up_under_the_objective(form, tmp_path):
    """Each earlier recommendation's status and each rating then, as each member gives it."""
    import re

    from exports.pdf import build_pdf
    from forms.merge import Contribution, consolidate
    from tests.exports.test_blank_form import pdf_text

    def member(number: int, name: str, status: str) -> Contribution:
        rows = [{"recommendation": "Close the Kessara centre.", "status": status,
                 "evidence": f"{name} visited it."}]  # fmt: skip
        answers = {"obj13.rating": "limited", "obj13.previous_rating": "none",
                   "obj13.follow_up": rows}  # fmt: skip
        return Contribution(f"member-{number}", name, 1, answers)

    members = [member(1, "Red Andina", "not_implemented"), member(2, "Caritas Arica", "partly")]
    coalition = Review("c", form.version, {"profile.organisation": "Coalition"}, kind="coalition")
    pdf = build_pdf(form, coalition, tmp_path / "c.pdf", consolidation=consolidate(form, members))
    flat = re.sub(r"\s+", " ", pdf_text(pdf))
    start = flat.index("Objective 13: Use migration detention")
    part = flat[start:]  # the only objective with answers
    assert "Organisation: Red Andina" in part and "Status: Not implemented" in part
    assert "Organisation: Caritas Arica" in part and "Status: Partly implemented" in part
    assert part.index("Red Andina visited it.") < part.index("Caritas Arica visited it.")
    # Each member's rating beside its rating at the last review: the coalition's trends.
    assert "Red Andina (Limited progress · Rating at the last review: No progress)" in part

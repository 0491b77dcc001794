"""Testimonies without consent and unnamed endorsers, in every export: never there, counted.

Each report is read back as its users get it: the PDF with pdftotext, the Word
report as LibreOffice Writer renders it, the workbook with openpyxl and read
back by the importer; the coalition's report from a member's workbook.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from exports.docx import build_docx
from exports.pdf import PdfOptions, build_pdf
from exports.report_build import ReportOptions
from exports.text_report import render_text
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.merge import Contribution, consolidate
from forms.review import Review
from tests.exports.test_blank_form import pdf_text
from tests.exports.test_docx import needs_writer, rendered

SHOWN = "Quoted at the Arica crossing"
HIDDEN = ("Kept at the clinic", "Story of the night yard", "Colectivo Escondido")
UNNAMED_NOTE = {
    "en": "Organisations that asked not to be named: 2",
    "fr": "Organisations ayant demandé à ne pas être nommées : 2",  # the space: any
}


def _review(form) -> Review:
    return Review(
        "0b6f3a52-8c1d-4e2f-a9b7-5d4c3e2f1a09",
        form.version,
        {
            "profile.country": "Chile",
            "profile.organisation": "Red Andina de Migraciones",
            "obj13.rating": "limited",
            "obj13.testimonies": [
                {"title": SHOWN, "summary": "Consented account.", "consent": True,
                 "anonymised": True},
                {"title": HIDDEN[0], "summary": "Refused.", "consent": False},
                {"title": HIDDEN[1], "summary": "Nobody asked."},
            ],
            "endorsements.entries": [
                {"organisation": "Red de Apoyo Mutuo", "role": "endorsing"},
                {"organisation": HIDDEN[2], "role": "endorsing", "unnamed": True},
                {"organisation": "Otra Sin Nombre", "unnamed": True},
            ],
        },
    )  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("include_confidential", [False, True])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pdf_report_leaves_them_out_and_counts_the_unnamed(
    form, tmp_path, lang, include_confidential
):
    options = PdfOptions(lang=lang, include_confidential=include_confidential)
    said = _flat(pdf_text(build_pdf(form, _review(form), tmp_path / "r.pdf", options)))
    assert SHOWN in said and "Red de Apoyo Mutuo" in said
    assert not [h for h in HIDDEN if h in said]
    assert "Otra Sin Nombre" not in said
    assert UNNAMED_NOTE[lang] in said


@needs_writer
def test_the_word_report_leaves_them_out_as_writer_renders_it(form, tmp_path):
    options = ReportOptions(lang="en", include_confidential=True)
    docx = build_docx(form, _review(form), tmp_path / "r.docx", options)
    said = _flat(pdf_text(rendered([docx], tmp_path)[docx]))
    assert SHOWN in said and "Red de Apoyo Mutuo" in said
    assert not [h for h in HIDDEN if h in said]
    assert UNNAMED_NOTE["en"] in said


@pytest.mark.parametrize("include_confidential", [False, True])
def test_the_workbook_never_holds_them_and_its_cover_counts_the_unnamed(
    form, tmp_path, include_confidential
):
    path = write_workbook(
        form, _review(form), tmp_path / "r.xlsx", "en", include_confidential=include_confidential
    )
    book = load_workbook(path)
    cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    assert not [h for h in HIDDEN if any(h in cell for cell in cells)]
    assert "Otra Sin Nombre" not in cells
    cover = book.worksheets[0]
    counted = [(row[0].value, row[1].value) for row in cover.iter_rows(max_col=2) if row[0].value]
    assert ("Organisations that asked not to be named", 2) in counted
    read = read_workbook(path, load_form)
    assert [r["title"] for r in read.answers["obj13.testimonies"]] == [SHOWN]
    assert [r["organisation"] for r in read.answers["endorsements.entries"]] == [
        "Red de Apoyo Mutuo"
    ]


def test_a_coalition_report_credits_a_members_consented_testimony_only(form, tmp_path):
    member = write_workbook(form, _review(form), tmp_path / "member.xlsx", "en")
    read = read_workbook(member, load_form)
    contribution = Contribution(read.review_id or "", "Red Andina de Migraciones", 1, read.answers)
    coalition = Review("c0a11710-0000-4000-8000-000000000001", form.version,
                       {"profile.country": "Chile", "profile.organisation": "Plataforma"},
                       kind="coalition")  # fmt: skip
    consolidation = consolidate(form, [contribution])
    pdf = build_pdf(form, coalition, tmp_path / "c.pdf", PdfOptions(), consolidation=consolidation)
    said = _flat(pdf_text(pdf))
    assert SHOWN in said and "Red Andina de Migraciones" in said
    assert not [h for h in HIDDEN if h in said]


def test_the_text_of_the_review_marks_the_rows_no_export_holds(form):
    said = render_text(form, _review(form))
    marked = [line for line in said.splitlines() if "[never exported]" in line]
    assert len(marked) == 4
    assert all(any(h in line for h in (*HIDDEN, "Otra Sin Nombre")) for line in marked)

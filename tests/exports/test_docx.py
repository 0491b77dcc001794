"""The Word report: read back with python-docx, and rendered by LibreOffice as a person's would."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from exports.docx import build_docx
from exports.pdf import build_pdf
from exports.report_build import ReportOptions
from exports.report_texts import EXPORT_LANGUAGES
from forms.review import Review
from forms.sample import sample_answers
from tests.exports.test_blank_form import pdf_text, words
from tests.exports.test_report_build import Printed, _expected
from tests.pdf_text import pdf_words, reads_in_order
from tests.support import every_field_answers

SOFFICE = shutil.which("soffice")
needs_writer = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (libreoffice-writer-nogui) is not installed"
)


@pytest.fixture(scope="module")
def sample(form):
    return Review("sample-id", form.version, sample_answers(form))


def rendered(paths: list[Path], folder: Path) -> dict[Path, Path]:
    """Each Word file converted to PDF by LibreOffice Writer, headless."""
    assert SOFFICE is not None
    profile = "-env:UserInstallation=file://" + tempfile.mkdtemp(prefix="lo-profile-")
    done = subprocess.run(
        [SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
         *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    out = {path: folder / f"{path.stem}.pdf" for path in paths}
    missing = [p for p, pdf in out.items() if not pdf.is_file()]
    assert not missing, f"LibreOffice could not open {missing}: {done.stdout} {done.stderr}"
    return out


#: Arabic vowel marks (harakat, shadda).
_MARKS = re.compile("[\u064b-\u0652]")


def _lam_alef_free(text: str) -> str:
    """``text`` without lam, alef and hyphens, as LibreOffice's PDFs are compared.

    They give the lam-alef ligature's letters in the order they are drawn ("األ" for
    "الأ"), and a word hyphenated at a line's end comes back joined ("Nongovernmental").
    """
    text = text.translate({ord(c): None for c in "لاأإآ-\u00ad"})
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", " ", text)  # embeddings around a cell
    # Two cells' texts side by side can come out joined: Arabic, then Latin.
    return re.sub(r"(?<=[\u0600-\u06ff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u0600-\u06ff])", " ", text)


def styles_of(document) -> list[str]:
    return [p.style.name for p in document.paragraphs]


def num_format(document, paragraph) -> str:
    """The number format of the list ``paragraph`` is an entry of ("" when none)."""
    num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if num_pr is None:
        return ""
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(num_pr.numId.val)
    abstract_id = num.abstractNumId.val
    for abstract in numbering.findall(qn("w:abstractNum")):
        if int(abstract.get(qn("w:abstractNumId"))) == abstract_id:
            return abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val"))
    raise AssertionError("a list without a definition")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_headings_contents_numbering_and_tables_are_words_own(form, sample, tmp_path, lang):
    """Heading styles (the navigation pane, a TOC), a TOC field, Word numbering, Table Grid."""
    path = build_docx(form, sample, tmp_path / f"{lang}.docx", ReportOptions(lang=lang))
    document = Document(str(path))
    styles = styles_of(document)
    assert styles.count("Title") == 1 and "TOC Heading" in styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert (form.objectives.report_title or form.objectives.title).get(lang) in headings
    assert sum(1 for s in styles if s == "Heading 2") >= 23
    body = document.element.body
    fields = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(f.startswith("TOC") for f in fields)
    assert document.settings.element.find(qn("w:updateFields")) is not None
    formats = [num_format(document, p) for p in document.paragraphs]
    assert formats.count("decimal") > 80  # the findings' numbered paragraphs, the entries
    letters = "arabicAbjad" if lang == "ar" else "lowerLetter"
    assert formats.count(letters) >= 4  # an objective's recommendations
    assert not any(p.text[:3].strip().rstrip(".").isdigit() for p in document.paragraphs
                   if num_format(document, p))  # fmt: skip  # numbers are Word's, not typed
    tables = document.tables
    assert tables and all(t.style.name == "Table Grid" for t in tables)
    for table in tables:
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None
    assert document.core_properties.language == lang
    assert document.core_properties.title.startswith(form.title.get(lang))


def test_arabic_reads_right_to_left_and_english_stays_left_to_right(form, sample, tmp_path):
    path = build_docx(form, sample, tmp_path / "ar.docx", ReportOptions(lang="ar"))
    document = Document(str(path))
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    for paragraph in document.paragraphs:
        text_of = paragraph.text.strip()
        if not text_of:
            continue
        bidi = paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None
        first = next((c for c in text_of if c.isalpha()), "")
        if "\u0600" <= first <= "\u06ff":
            assert bidi, text_of
        elif first.isascii() and first:
            assert not bidi, text_of  # the sample's English answers
    for table in document.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    runs = [
        r for p in document.paragraphs for r in p.runs if "\u0600" <= (r.text or " ")[0] <= "\u06ff"
    ]
    assert runs and all(r._r.rPr.find(qn("w:rtl")) is not None for r in runs)


def docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_confidential_content_and_contacts_are_withheld_unless_included(
    form, sample, tmp_path, kind
):
    """One rule for both formats: the report model leaves them out."""
    secret = sample.get("obj13.assessment")
    contact = sample.get("endorsements.entries")[0]["contact"]
    assert secret and contact

    def printed(include: bool) -> str:
        options = ReportOptions(include_confidential=include)
        target = tmp_path / f"{include}.{kind}"
        if kind == "pdf":
            return words(pdf_text(build_pdf(form, sample, target, options)))
        return words(docx_text(build_docx(form, sample, target, options)))

    shared, full = printed(False), printed(True)
    assert words(secret[:80]) not in shared and words(contact) not in shared
    assert words(secret[:80]) in full and words(contact) in full


@needs_writer
def test_libreoffice_renders_every_label_and_answer_and_arabic_headings_in_order(form, tmp_path):
    answers = every_field_answers(form)
    review = Review("every-field", form.version, answers)
    paths = [
        build_docx(form, review, tmp_path / f"every-{lang}.docx",
                   ReportOptions(lang=lang, include_confidential=True))
        for lang in EXPORT_LANGUAGES
    ]  # fmt: skip
    pdfs = rendered(paths, tmp_path / "rendered")
    for lang, path in zip(EXPORT_LANGUAGES, paths, strict=True):
        labels, values = _expected(form, answers, lang)
        written = Printed(docx_text(path))  # the document itself holds every one
        assert sorted(t for t in labels | values if not written.shows(t)) == [], lang
        # LibreOffice's table cells come out of pdftotext further apart than reportlab's,
        # and a word with a vowel mark (shadda) comes out in two pieces: those are checked
        # in the document's own text above.
        printed = Printed(_lam_alef_free(pdf_text(pdfs[path])), window=30)
        shown = [t for t in labels | values if not _MARKS.search(t)]
        missing = sorted(t for t in shown if not printed.shows(_lam_alef_free(t)))
        assert missing == [], lang
    sample_review = Review("unmarked", form.version, sample_answers(form))
    arabic = build_docx(form, sample_review, tmp_path / "sample-ar.docx", ReportOptions(lang="ar"))
    drawn = pdf_words(rendered([arabic], tmp_path / "rendered")[arabic])
    body = [replace(w, text=_lam_alef_free(w.text)) for w in drawn]
    section = form.objectives
    checked = 0
    for item in section.items:
        if any(sample_review.get(f"{item.key}.{f.key}") for f in section.item_fields):
            heading = f"{section.item_label.get('ar')} {item.number}: {item.title.get('ar')}"
            if _MARKS.search(heading):
                continue  # a word with a shadda comes out of LibreOffice's PDF in pieces
            assert reads_in_order(body, _lam_alef_free(heading)), heading
            checked += 1
    assert checked >= 12


def test_a_review_with_nothing_on_its_cover_still_starts_the_contents_on_a_page_of_its_own(
    form, tmp_path
):
    review = Review("bare", form.version, {"obj05.rating": "limited"})
    document = Document(str(build_docx(form, review, tmp_path / "bare.docx")))
    styles = styles_of(document)
    contents = styles.index("TOC Heading")
    breaks = [
        i for i, p in enumerate(document.paragraphs)
        if any(b.get(qn("w:type")) == "page" for b in p._p.iter(qn("w:br")))
    ]  # fmt: skip
    assert breaks and breaks[0] < contents, "the cover ends with a page break"

"""The Word report: read back with python-docx, and rendered by LibreOffice as a person's would."""

from __future__ import annotations

import itertools
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
from exports.report_texts import EXPORT_LANGUAGES, text
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


def _schema_orders() -> dict[str, tuple[str, ...]]:
    """The order WordprocessingML gives the children of the property elements the report
    writes by hand, as python-docx transcribes the schema (its classes' ``_tag_seq``).

    Word declares a file whose children are out of this order corrupt and offers to
    repair it. Row properties (``w:trPr``) are left out: the schema lets them come in any
    order.
    """
    import ast
    import inspect

    import docx.oxml.section
    import docx.oxml.settings
    import docx.oxml.table
    import docx.oxml.text.font
    import docx.oxml.text.parfmt

    classes = {"CT_PPr": "w:pPr", "CT_RPr": "w:rPr", "CT_TblPr": "w:tblPr", "CT_TcPr": "w:tcPr",
               "CT_SectPr": "w:sectPr", "CT_Settings": "w:settings"}  # fmt: skip
    orders: dict[str, tuple[str, ...]] = {}
    for module in (docx.oxml.section, docx.oxml.settings, docx.oxml.table,
                   docx.oxml.text.font, docx.oxml.text.parfmt):  # fmt: skip
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for statement in node.body:
                    if isinstance(statement, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "_tag_seq" for t in statement.targets
                    ):
                        orders[classes[node.name]] = ast.literal_eval(statement.value)
    orders["w:sectPr"] = ("w:headerReference", "w:footerReference", *orders["w:sectPr"])
    assert set(orders) == set(classes.values())
    return orders


def _out_of_order(element, orders) -> list[str]:
    """Each property element under ``element`` whose children break the schema's order."""
    main = qn("w:p").split("}")[0]
    wrong = []
    for tag, order in orders.items():
        rank = {qn(t): i for i, t in enumerate(order)}
        for properties in element.iter(qn(tag)):
            # Elements of later versions' namespaces (w14:, w15:…) come where Word puts them.
            children = [c.tag for c in properties if isinstance(c.tag, str)
                        and (c.tag.startswith(main) or c.tag in rank)]  # fmt: skip
            unknown = [c for c in children if c not in rank]
            ranks = [rank[c] for c in children if c in rank]
            # headerReference and footerReference may alternate
            backwards = [(a, b) for a, b in itertools.pairwise(ranks) if b < a and a > 1]
            if unknown or backwards:
                wrong.append(f"{tag}: {[c.split('}')[1] for c in children]}")
    return wrong


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_property_element_keeps_the_schemas_order(form, sample, tmp_path, lang):
    """What Word would call unreadable content: the hand-written XML in the schema's order."""
    options = ReportOptions(lang=lang, include_confidential=True)
    document = Document(str(build_docx(form, sample, tmp_path / f"{lang}.docx", options)))
    orders = _schema_orders()
    assert _out_of_order(document.element, orders) == []
    assert _out_of_order(document.settings.element, orders) == []
    for section in document.sections:
        for part in (section.header, section.footer):
            assert _out_of_order(part._element, orders) == []


def _pictures(document) -> list[tuple[str, bytes]]:
    """(alternative text, image bytes) of each picture in the body."""
    found = []
    for inline in document.element.body.iter(qn("wp:inline")):
        description = inline.find(qn("wp:docPr")).get("descr")
        blip = next(inline.iter(qn("a:blip")))
        found.append((description, document.part.related_parts[blip.get(qn("r:embed"))].blob))
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_ratings_chart_is_a_picture_whose_alternative_text_gives_every_count(
    form, sample, tmp_path, lang
):
    import io

    from PIL import Image

    from exports.report_build import build_report
    from exports.report_model import RatingChart

    options = ReportOptions(lang=lang)
    chart = next(
        b for b in build_report(form, sample, options).blocks if isinstance(b, RatingChart)
    )
    document = Document(str(build_docx(form, sample, tmp_path / f"{lang}.docx", options)))
    described = [(d, blob) for d, blob in _pictures(document) if d and chart.bars[0][0] in d]
    assert len(described) == 1
    description, blob = described[0]
    for label, count, _colour in chart.bars:
        assert f"{label}{':' if lang != 'fr' else ' :'} {count}" in description
    image = Image.open(io.BytesIO(blob)).convert("RGB")
    assert image.width >= 1200  # sharp when printed across the page
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    for _label, count, colour in chart.bars:
        if colour and count:
            assert tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) in colours, colour
    # The labels stand at the start side, the bars after them: right to left in Arabic.
    first_bar = chart.bars[0][2]
    assert first_bar is not None
    bar = tuple(int(first_bar[i : i + 2], 16) for i in (1, 3, 5))
    top = round(image.height * 10 / (len(chart.bars) * 17 + 4))  # the first bar's middle
    bar_xs = [x for x in range(image.width) if image.getpixel((x, top)) == bar]
    band = range(max(0, top - 12), min(image.height, top + 12))
    ink = [x for x in range(image.width) if any(sum(image.getpixel((x, y))) < 200 for y in band)]
    label_ink = [x for x in ink if (x > max(bar_xs)) == (lang == "ar")]  # beyond the bar's start
    assert bar_xs and label_ink, "a bar and its label"
    if lang == "ar":
        assert max(bar_xs) < image.width * 0.75 and min(label_ink) > max(bar_xs)
    else:
        assert min(bar_xs) > image.width * 0.25 and max(label_ink) < min(bar_xs)


def test_rating_cells_on_a_dark_colour_have_white_text(form, sample, tmp_path):
    from exports.rating_chart import text_colour_on

    document = Document(str(build_docx(form, sample, tmp_path / "en.docx")))
    seen = {"#ffffff": 0, "#000000": 0}
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
                if shd is None or not cell.text.strip():
                    continue
                wanted = text_colour_on("#" + shd.get(qn("w:fill")))
                seen[wanted] += 1
                for run in (r for p in cell.paragraphs for r in p.runs):
                    colour = run.font.color.rgb
                    assert (str(colour) if colour else "000000") == wanted[1:].upper(), cell.text
    assert seen["#ffffff"] and seen["#000000"]  # the sample has both kinds


def test_headings_left_out_of_the_pdf_contents_are_left_out_of_words(form, sample, tmp_path):
    """Cluster titles keep their heading's look, at the outline level of body text (so neither
    in Word's contents nor its navigation pane, as they are not in the PDF's bookmarks)."""
    from exports.report_build import build_report
    from exports.report_model import Heading

    headings = [b for b in build_report(form, sample, ReportOptions()).blocks
                if isinstance(b, Heading)]  # fmt: skip
    out = {h.text for h in headings if not h.in_contents}
    listed = {h.text for h in headings if h.in_contents}
    assert out and listed and not out & listed
    document = Document(str(build_docx(form, sample, tmp_path / "en.docx")))
    for paragraph in document.paragraphs:
        p_pr = paragraph._p.pPr
        level = p_pr.find(qn("w:outlineLvl")) if p_pr is not None else None
        if paragraph.text in out:
            assert level is not None and level.get(qn("w:val")) == "9", paragraph.text
        elif paragraph.text in listed:
            assert level is None, paragraph.text


@needs_writer
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_opens_it_without_a_question_and_finds_its_contents_picture_and_colours(
    form, sample, tmp_path, lang
):
    """Opened in Writer through UNO, as a person opens it: no repair prompt, a table of
    contents Writer can rebuild (with the PDF's entries, not the cluster titles), the
    chart with its description, and white text on the dark rating colours."""
    import zipfile

    from exports.report_build import build_report
    from exports.report_model import Heading
    from tests.libreoffice import open_in_writer

    path = build_docx(form, sample, tmp_path / f"{lang}.docx", ReportOptions(lang=lang))
    found = open_in_writer(path)
    assert found["opened"] and found["asked"] == []
    (contents,) = found["contents"]
    entries = {line.rsplit("\t", 1)[0] for line in contents.splitlines()}
    headings = [b for b in build_report(form, sample, ReportOptions(lang=lang)).blocks
                if isinstance(b, Heading)]  # fmt: skip
    assert {h.text for h in headings if h.in_contents and h.level <= 2} <= entries
    assert not {h.text for h in headings if not h.in_contents} & entries
    assert any(text("ratings_overview", lang) in d for _, d in found["pictures"])
    white, black = 0xFFFFFF, 0x000000
    on_dark = [colours for fill, colours, _ in found["shaded"] if fill in (0xB2182B, 0x4575B4)]
    assert on_dark and all(c == [white] for c in on_dark)
    on_light = [colours for fill, colours, _ in found["shaded"] if fill == 0xFEE090]
    assert on_light and all(set(c) <= {-1, black} for c in on_light)  # -1: automatic
    # The probe tells a damaged file apart: the same document with a damaged part.
    damaged = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    damaged[start : start + 50] = bytes(b ^ 0x5A for b in damaged[start : start + 50])
    (tmp_path / "damaged.docx").write_bytes(damaged)
    broken = open_in_writer(tmp_path / "damaged.docx")
    assert not broken["opened"] or broken["asked"]


def test_title_and_subtitle_styles_neither_space_nor_slant_arabic_letters(form, sample, tmp_path):
    """Letter spacing pulls joined Arabic letters apart; Arabic has no italic."""
    path = build_docx(form, sample, tmp_path / "ar.docx", ReportOptions(lang="ar"))
    styles = Document(str(path)).styles
    for name in ("Title", "Subtitle"):
        r_pr = styles[name].element.rPr
        assert r_pr.find(qn("w:spacing")) is None, name
        italic = r_pr.find(qn("w:iCs"))
        assert italic is None or italic.get(qn("w:val")) in ("0", "false"), name


@needs_writer
def test_the_word_report_shows_the_trend_as_writer_renders_it(form, sample, tmp_path):
    """The ratings table's columns then and trend, and the counts, read back from Writer's PDF."""
    from forms.review import shareable_answers
    from forms.roles import Role
    from forms.trend import TRENDS, trend_counts
    from tests.pdf_text import lines_of

    path = build_docx(form, sample, tmp_path / "sample.docx")
    lines = [
        " ".join(w.text for w in line)
        for line in lines_of(pdf_words(rendered([path], tmp_path / "rendered")[path]))
    ]
    counts = trend_counts(form, shareable_answers(form, sample.answers)[0])
    summary = text("trend_summary", "en", *(counts[t] for t in TRENDS))
    start = next(
        n for n, line in enumerate(lines) if line.startswith("Compared with the last review")
    )
    assert " ".join(lines[start : start + 2]).startswith(summary[:60])
    assert summary.split()[-1] in " ".join(lines[start : start + 3])
    previous = form.role_field(Role.PREVIOUS_RATING).report_text("en")
    header = " ".join(lines[start + 1 : start + 6])
    assert previous.split()[0] in header and text("trend", "en") in header
    higher = text("trend_higher", "en")
    assert sum(line.endswith(higher) for line in lines) == counts[TRENDS[0]]

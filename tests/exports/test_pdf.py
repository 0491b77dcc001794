"""The PDF report, read back from real files."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from itertools import pairwise

import pytest
from pypdf import PdfReader

from exports.atomic import ExportCancelled, ExportError
from exports.pdf import PdfOptions, build_pdf
from exports.pdf_numbered import ENTRY_INDENT
from exports.report_texts import text
from forms.review import Review
from forms.roles import Role
from forms.sample import sample_answers
from tests.pdf_text import Word, is_arabic, lines_of, pdf_words, reads_in_order, unembedded_fonts
from tests.support import ARABIC

#: The left and right edges of the text frame of an A4 page (20 mm margins, 6 pt padding).
FRAME_LEFT, FRAME_RIGHT = 56.69 + 6, 595.28 - 56.69 - 6


@pytest.fixture(scope="module")
def sample(form):
    return Review("sample-id", form.version, sample_answers(form), sample=True)


@pytest.fixture(scope="module")
def sample_pdf(form, sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    build_pdf(form, sample, path)
    reader = PdfReader(path)
    reader.path = path
    return reader


def pages_text(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_objective_heading_in_cluster_order(form, sample_pdf):
    text = flat(" ".join(pages_text(sample_pdf)[2:]))
    order = [key for group in form.objectives.groups for key in group.items]
    positions = []
    for key in order:
        item = form.objectives.item(key)
        heading = f"Objective {item.number}: {item.title.get('en')}"
        positions.append(text.find(flat(heading), positions[-1] + 1 if positions else 0))
    assert -1 not in positions and positions == sorted(positions)


def _outline(reader: PdfReader) -> list:
    """Every entry of the PDF's outline (its bookmarks), in order, nested ones in place."""
    entries = []

    def walk(level):
        for entry in level:
            if isinstance(entry, list):
                walk(entry)
            else:
                entries.append(entry)

    walk(reader.outline)
    return entries


def test_contents_and_bookmarks(form, sample_pdf):
    contents = flat(" ".join(pages_text(sample_pdf)[1:4]))
    assert contents.startswith("Contents") or "Contents" in contents
    assert "Executive summary" in contents and "Objective 13: Use migration detention" in contents
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "4", str(sample_pdf.path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"Endorsements[ .]+\d+", layout), "entries carry page numbers"
    outline = [entry.title for entry in _outline(sample_pdf)]
    assert "Objectives" in outline
    assert sum(title.startswith("Objective ") for title in outline) == 23


def test_every_bookmark_and_contents_entry_leads_to_its_heading(sample_pdf):
    """Each outline entry and each line of the contents opens the page its heading is on."""
    reader = sample_pdf
    texts = [flat(t) for t in pages_text(reader)]
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    entries = _outline(reader)
    for entry in entries:
        page = reader.get_destination_page_number(entry)
        assert flat(entry.title)[:40] in texts[page], (entry.title, page)
    checked = len(entries)
    assert checked > 30
    jumps = [
        pages[a.get_object()["/Dest"][0].idnum]
        for n in range(1, 4)
        for a in reader.pages[n].get("/Annots") or []
        if "/Dest" in a.get_object()
    ]
    assert len(jumps) == checked and jumps == sorted(jumps) and jumps[0] > 1


def test_cover_sample_mark_and_metadata(sample_pdf):
    cover = flat(pages_text(sample_pdf)[0])
    assert "Republic of Veridia" in cover and "SAMPLE – Veridia Migrant Rights Network" in cover
    assert "Review period: 1 May 2022 – 31 December 2025" in cover.replace("\u00a0", " ")
    assert "SAMPLE" in flat(pages_text(sample_pdf)[5]), "watermark on every page"
    assert sample_pdf.metadata.title == "GCM shadow review – Republic of Veridia"
    assert "SAMPLE" in sample_pdf.metadata["/Keywords"], "the sample flag in the metadata"
    assert "Some confidential content was withheld" in cover


def test_french_accents_and_sections(sample_pdf, sample):
    text = flat(" ".join(pages_text(sample_pdf)))
    french = flat(sample.get("obj06.assessment"))
    assert french[:120] in text
    for heading in ("Methodology and participatory process", "Guiding principles",
                    "Pledges follow-up", "Key recommendations", "Endorsements",
                    "Ratings across the 23 objectives", "Participants by gender"):  # fmt: skip
        assert heading in text, heading


def test_confidential_content_only_on_request(form, sample, tmp_path):
    secret = flat(sample.get("obj13.assessment"))[:80]
    email = sample.get("profile.contact_email")
    default = flat(" ".join(pages_text(PdfReader(build_pdf(form, sample, tmp_path / "a.pdf")))))
    assert secret not in default and email not in default
    assert "The assessment of this objective is confidential" in default
    assert "Some confidential content was withheld" in default
    included = build_pdf(form, sample, tmp_path / "b.pdf", PdfOptions(include_confidential=True))
    text = flat(" ".join(pages_text(PdfReader(included))))
    assert secret in text and email in text
    assert "CONFIDENTIAL: this copy includes confidential content" in text
    assert "Some confidential content was withheld" not in text


def test_user_text_is_printed_literally_and_long_text_flows(form, tmp_path):
    markup = "<b>not bold</b> & <i>not italic</i> &amp; <font size=40>x</font> <br/> =SUM(A1)"
    long_text = " ".join(f"mot{n:05d}" for n in range(2500))  # 20,000 characters
    assert len(long_text) >= 19_999
    review = Review(
        "r1",
        form.version,
        {
            "profile.country": "Côte d'Ivoire",
            "obj01.rating": "limited",
            "obj01.assessment": markup,
            "obj02.rating": "none",
            "obj02.evidence": long_text,
            "obj03.rating": "moderate",
            "obj03.gaps": "x" * 400,
        },
    )
    reader = PdfReader(build_pdf(form, review, tmp_path / "m.pdf"))
    text = flat(" ".join(pages_text(reader)))
    assert markup in text
    words = re.findall(r"mot\d{5}", text)
    assert len(words) == 2500 and words[0] == "mot00000" and words[-1] == "mot02499"
    assert "".join(re.findall(r"x+", text)).count("x") >= 400
    evidence_pages = [i for i, page in enumerate(pages_text(reader)) if "mot0" in page]
    assert len(evidence_pages) >= 3, "a long answer flows across pages"


def test_empty_answers_leave_no_empty_headings(form, tmp_path):
    review = Review("r2", form.version, {"profile.country": "Chile", "obj05.rating": "limited"})
    reader = PdfReader(build_pdf(form, review, tmp_path / "e.pdf"))
    text = flat(" ".join(pages_text(reader)))
    assert "SAMPLE" not in reader.metadata["/Keywords"] and "SAMPLE" not in text
    assert "Objective 5: Enhance availability" in text
    for absent in ("Executive summary", "Guiding principles", "Evidence", "Pledges follow-up",
                   "Objective 6:", "Sources", "withheld", "Cluster 2:"):  # fmt: skip
        assert absent not in text, absent


def test_unwritable_target_leaves_nothing_behind(form, sample, tmp_path):
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"old report")
    with pytest.raises(ExportError, match="does not exist"):
        build_pdf(form, sample, tmp_path / "missing" / "r.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        build_pdf(form, sample, tmp_path)
    assert existing.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


@pytest.fixture(scope="module")
def arabic_pdf(form, sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("ar") / "sample-ar.pdf"
    return build_pdf(form, _unmarked(sample), path, PdfOptions(lang="ar"))


def _arabic_review(form, sample) -> Review:
    """The sample with every free text answer written in Arabic, long enough to wrap."""
    answers = dict(sample.answers)
    for key, value in sample.answers.items():
        ref = form.ref(key)
        if ref is not None and ref.field.type == "longtext":
            answers[key] = f"{ARABIC} {ARABIC}"
        elif ref is not None and ref.field.type == "table":
            answers[key] = [
                {k: (ARABIC if isinstance(v, str) and len(v) > 40 else v) for k, v in row.items()}
                for row in value
            ]
    return Review("arabic-id", form.version, answers)


def _unmarked(review: Review) -> Review:
    return Review(review.id, review.form_version, dict(review.answers))


def _detail_lines(form, review: Review, section_key: str) -> list[str]:
    """The line of details under each entry of a list section, as the Arabic report has it."""
    from exports.report_build import build_report
    from exports.report_model import Entry, Heading

    blocks = build_report(form, review, PdfOptions(lang="ar")).blocks
    title = form.section(section_key).title.get("ar")
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
    end = next(
        (i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading) and b.level == 1),
        len(blocks),
    )
    return [b.details for b in blocks[start:end] if isinstance(b, Entry) and b.details]


def _body(words: list[Word]) -> list[Word]:
    """The words after the cover and the contents."""
    return [w for w in words if w.page >= 3]


@pytest.mark.parametrize("written_in", ["English", "Arabic"])
def test_arabic_lines_that_wrap_start_on_their_first_line(form, sample, tmp_path, written_in):
    # Not marked as a sample: the watermark's letters would stand among the words read.
    review = _unmarked(sample) if written_in == "English" else _arabic_review(form, sample)
    path = build_pdf(form, review, tmp_path / "ar.pdf", PdfOptions(lang="ar"))
    words = pdf_words(path)
    cover = [w for w in words if w.page == 0]
    cover_lines = [line for line in lines_of(cover) if any(is_arabic(w.text) for w in line)]
    title = form.title.get("ar")
    assert reads_in_order(cover, title), "the cover's title"
    assert len(cover_lines) > 2, "the cover's title wraps"
    section = form.objectives
    body = _body(words)
    headings = [
        f"{section.item_label.get('ar')} {item.number}: {item.title.get('ar')}"
        for item in section.items
        if any(review.get(f"{item.key}.{f.key}") for f in section.item_fields)
    ]
    assert len(headings) > 15
    for heading in headings:
        assert reads_in_order(body, heading), heading
    details = _detail_lines(form, review, "recommendations") + _detail_lines(
        form, review, "pledges"
    )
    assert len(details) >= 3
    for line in details:
        assert reads_in_order(body, line), line


def test_english_paragraphs_in_an_arabic_report_are_left_aligned(arabic_pdf):
    lines = lines_of(_body(pdf_words(arabic_pdf)))
    latin = [
        line
        for line in lines
        if not any(is_arabic(w.text) for w in line)
        and line[-1].x_max - line[0].x_min > 0.5 * (FRAME_RIGHT - FRAME_LEFT)
        and all(b.x_min - a.x_max < 6 for a, b in pairwise(line))  # not table columns
    ]
    assert len(latin) > 50, "the sample's English answers"
    starts = [round(line[0].x_min, 1) for line in latin]
    # At the frame's left, or after the mark of a lettered entry, "(أ)", at the left too.
    entries = [line for line in latin if abs(line[0].x_min - FRAME_LEFT - ENTRY_INDENT) < 1.5]
    at_left = [
        x for x in starts if abs(x - FRAME_LEFT) < 1.5 or abs(x - FRAME_LEFT - ENTRY_INDENT) < 1.5
    ]
    assert len(at_left) == len(starts), sorted(set(starts))
    assert entries, "lettered entries hang their mark at the left of English text"


def _contents(words: list[Word]) -> list[list[Word]]:
    """The entries of the contents page: lines with a page number and dot leaders.

    The sample's large slanted mark is left out: where it crosses a line of the
    contents, its letters would be taken for the line's first word.
    """
    return [
        line
        for line in lines_of([w for w in words if w.page in (1, 2) and w.height < 30])
        if sum(w.text.strip(".") == "" for w in line) >= 3
    ]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_contents_entries_wrap_with_leaders_and_full_size_page_numbers(
    form, sample, tmp_path, lang
):
    path = build_pdf(form, sample, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    entries = _contents(pdf_words(path))
    assert len(entries) >= 30, "every heading has an entry with dots leading to its page"
    numbers = []
    for line in entries:
        number = line[0] if lang == "ar" else line[-1]
        assert number.text.isdigit(), [w.text for w in line]
        text = [w for w in line if w.text.strip(".")]
        assert number.height > 0.8 * min(w.height for w in text), "a page number shrunk"
        numbers.append(number)
    # Page numbers stand in one column: on the left right to left, else on the right.
    if lang == "ar":
        assert max(n.x_min for n in numbers) - min(n.x_min for n in numbers) < 1
    else:
        assert max(n.x_max for n in numbers) - min(n.x_max for n in numbers) < 1


def test_arabic_export_keeps_logical_text_in_its_metadata(form, arabic_pdf):
    reader = PdfReader(arabic_pdf)
    assert reader.metadata.title.startswith(form.title.get("ar"))
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert "الملخص التنفيذي" in titles, "bookmarks keep logical Arabic text"


def test_rows_taller_than_a_page_are_split_without_losing_text(form, tmp_path):
    long_text = " ".join(f"mot{n:05d}" for n in range(1100))
    review = Review(
        "r3",
        form.version,
        {
            "pledges.entries": [{"pledge": long_text[:5000], "status": "in_progress"}],
            "methodology.consultations": [
                {"place": "p" * 200, "format": "workshop", "languages": "wolof " * 33}
            ],
            "endorsements.entries": [{"organisation": "o " * 150, "country": "Mali"}],
            "obj01.rating": "limited",
            "obj01.official_claim": long_text[:1700],
            "obj01.assessment": long_text[1700:3400],
        },
    )
    reader = PdfReader(build_pdf(form, review, tmp_path / "t.pdf"))
    text = flat(" ".join(pages_text(reader)))
    words = set(re.findall(r"mot\d{5}", text))
    assert {w for w in re.findall(r"mot\d{5}", long_text[:5000])} <= words
    assert "In progress" in text and "Mali" in text


def test_progress_and_cancel(form, sample, tmp_path):
    seen = []
    build_pdf(
        form, sample, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total))
    )
    assert seen and seen[-1][0] == seen[-1][1] and len({t for _, t in seen}) == 1
    calls = []

    def stop_after_a_while():
        calls.append(1)
        return len(calls) > 20

    with pytest.raises(ExportCancelled):
        build_pdf(form, sample, tmp_path / "c.pdf", should_stop=stop_after_a_while)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


def test_coalition_report_credits_every_organisation(form, tmp_path):
    from forms.merge import Contribution, consolidate

    endorsement = {"endorsements.entries": [{"organisation": "Collective B"}]}
    secret = {"obj13.rating": "none", "obj13.confidential": True, "obj13.assessment": "Secret"}
    members = [
        Contribution(
            "a", "Réseau A", 1, {"obj05.rating": "regression", "obj05.assessment": "Pire."}
        ),
        Contribution("b", "Collective B", 1, {"obj05.rating": "substantial", **endorsement}),
        Contribution("c", "Union C", 1, secret),
    ]
    coalition = Review(
        "co", form.version, {"profile.organisation": "Coalition X"}, kind="coalition"
    )
    path = build_pdf(form, coalition, tmp_path / "c.pdf", consolidation=consolidate(form, members))
    text = flat(" ".join(pages_text(PdfReader(path))))
    assert "Across the member organisations" in text
    assert "Regression: 1 · Substantial progress: 1 · Median: Regression" in text
    assert "Member organisations disagree strongly on this objective." in text
    assert "Draws on: Collective B, Réseau A" in text
    assert "Réseau A (Regression)" in text and "Pire." in text
    assert "Contributing organisations" in text and "Union C" in text
    assert "Secret" not in text
    assert "Endorsements" in text and "Collective B" in text


def test_a_full_disk_leaves_the_previous_report_whole(form, sample, tmp_path, monkeypatch):
    import errno

    import exports.atomic

    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"%PDF previous report")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports.atomic.os, "fsync", full)
    with pytest.raises(ExportError, match="the disk is full"):
        build_pdf(form, sample, existing)
    assert existing.read_bytes() == b"%PDF previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"], "no temporary left"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_pages_are_numbered_out_of_the_total_and_every_font_is_embedded(
    form, sample, tmp_path, lang
):
    path = build_pdf(form, sample, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    total = len(PdfReader(path).pages)
    words = pdf_words(path)
    footers = [line for line in lines_of(words) if line[0].y_min > 780 and line[0].height <= 12]
    wanted = text("page", lang, 7, total).split()
    on_page = [line for line in footers if line[0].page == 6]
    assert len(on_page) == 1, "one footer on a body page"
    drawn = [w.text for w in on_page[0]]
    assert sorted(map(logical_word, drawn)) == sorted(map(logical_word, wanted))
    assert not [line for line in footers if line[0].page == 0], "the cover has no number"
    numbered = {line[0].page for line in footers}
    assert numbered == set(range(1, total)), "every page but the cover"
    if lang == "ar":  # the page number on the left, right to left
        assert on_page[0][0].x_min < 100
    else:
        assert on_page[0][-1].x_max > 500
    assert unembedded_fonts(path) == []


def logical_word(word: str) -> str:
    """A word as drawn or as written, compared without caring which way it was drawn."""
    return "".join(sorted(unicodedata.normalize("NFKC", word)))


def test_the_report_finds_fields_by_their_role_not_their_key(form, sample, tmp_path):
    """A definition may name its fields as it likes: the country and ratings still show."""
    from importlib import resources

    from forms.loader import parse_form
    from forms.roles import Role

    source = (resources.files("forms.definitions") / "shadow-review-v1.yaml").read_text("utf-8")
    renamed = source.replace(
        "      - key: country\n        type: text\n        role: country",
        "      - key: state\n        type: text\n        role: country",
    ).replace("      - key: rating\n", "      - key: score\n")
    other = parse_form(renamed, source="renamed.yaml")
    assert other.role_key(Role.COUNTRY) == "profile.state"
    assert other.role_field(Role.RATING).key == "score"
    answers = {
        key.replace("profile.country", "profile.state").replace(".rating", ".score"): value
        for key, value in sample.answers.items()
    }
    review = Review("renamed-id", other.version, answers)
    path = build_pdf(other, review, tmp_path / "renamed.pdf")
    reader = PdfReader(path)
    cover = reader.pages[0].extract_text()
    assert sample.country in cover
    assert reader.metadata.title.endswith(sample.country)
    rated = form.role_field(Role.RATING).choice(sample.get("obj02.rating"))
    assert rated is not None and rated.label.get("en") in flat(" ".join(pages_text(reader)))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_coalition_report_of_twelve_members(form, tmp_path, lang):
    """Its cover says what members share, it sums up and compares them, no page is blank."""
    from forms.merge import Contribution, consolidate
    from forms.sample_contributions import member_files

    files = member_files(form, 14)[:12]
    for number, file in enumerate(files):
        file.answers["profile.period_start"] = "2022-05-01"
        file.answers["profile.period_end"] = "2025-12-31"
        endorses = [{"organisation": f"Member {number}"}] if number % 2 else []
        file.answers["endorsements.entries"] = endorses
    members = [
        Contribution(f.review_id, f.answers["profile.organisation"], f.revision, f.answers)
        for f in files
    ]
    consolidation = consolidate(form, members)
    coalition = Review(
        "coalition-id", form.version, {"profile.organisation": "Coalition X"}, kind="coalition"
    )
    options = PdfOptions(lang=lang)
    path = build_pdf(form, coalition, tmp_path / "c.pdf", options, consolidation=consolidation)
    reader = PdfReader(path)
    cover = words_of(reader.pages[0].extract_text())
    country = files[0].answers["profile.country"]
    assert words_of(country) in cover, "the country every member gave"
    assert "2022" in cover and "2025" in cover, "the period every member gave"
    drawn = pdf_words(path)
    for number in range(2, len(reader.pages) + 1):
        body = [w for w in drawn if w.page == number - 1 and 50 < w.y_min < 780]
        assert body, f"page {number} is blank"
    printed = flat(" ".join(pages_text(reader)))

    def says(said: str) -> bool:
        if lang == "ar":
            return reads_in_order(drawn, said)
        return words_of(said) in words_of(printed)

    assert says(text("coalition_summary", lang))
    assert says(text("members_contributed", lang, 12))
    assert says(text("ratings_across_members", lang))
    # The endorsements table prints only the columns members filled: the organisation.
    endorsement = form.role_field(Role.ENDORSEMENTS)
    empty = [c for c in endorsement.columns[1:] if c.label.get(lang) in printed]
    assert empty == []


def words_of(value: str) -> str:
    """Letters and digits only, Arabic presentation forms as letters (for extracted text)."""
    value = unicodedata.normalize("NFKC", value)
    return " ".join(re.findall(r"[^\W_]+", value))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_report_is_laid_out_once_and_its_contents_give_each_headings_page(
    form, sample, tmp_path, lang
):
    """The contents' page numbers are drawn last: no second layout to find them."""
    from reportlab.platypus.doctemplate import BaseDocTemplate

    begun = []
    begin = BaseDocTemplate.handle_documentBegin

    def counted(self):
        begun.append(self)
        begin(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BaseDocTemplate, "handle_documentBegin", counted)
        path = build_pdf(form, sample, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    assert len(begun) == 1
    reader = PdfReader(path)
    pages = [reader.get_destination_page_number(entry) + 1 for entry in _outline(reader)]
    numbers = [
        line[0].text if lang == "ar" else line[-1].text for line in _contents(pdf_words(path))
    ]
    assert [int(n) for n in numbers] == pages
    assert len(pages) > 30


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_no_heading_stands_alone_at_the_foot_of_a_page(form, sample, tmp_path, lang):
    # Not marked as a sample: the watermark's letters would count as words.
    path = build_pdf(form, _unmarked(sample), tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    words = [w for w in pdf_words(path) if 50 < w.y_min < 780 and w.height < 30]  # no furniture
    pages: dict[int, list[list[Word]]] = {}
    for line in lines_of(words):
        pages.setdefault(line[0].page, []).append(line)
    for page, lines in pages.items():
        last = lines[-1]
        # pdftotext's boxes are about 1.5 times the type size: headings are set at 13 pt and
        # more (19 pt boxes), text, labels and tables at 10.5 pt or less (16 pt boxes).
        if page > 0:  # the cover is not a page of text
            assert last[0].height < 18, f"page {page + 1} ends with a heading: {last[0].text}"


def test_a_confidential_objective_is_withheld_in_the_ratings_overview(form, sample, tmp_path):
    flag = form.objectives.confidential_flag
    secret = next(i for i in form.objectives.items if sample.get(f"{i.key}.{flag}"))
    rating = sample.get(form.item_key(secret, Role.RATING))
    assert rating, "the sample's confidential objective is rated"
    shared = flat(" ".join(pages_text(PdfReader(build_pdf(form, sample, tmp_path / "s.pdf")))))
    assert f"{secret.number} {secret.title.get('en')} {text('withheld', 'en')}" in shared
    assert f"{text('withheld', 'en')} 1" in shared or f"{text('withheld', 'en')}" in shared
    full = build_pdf(form, sample, tmp_path / "f.pdf", PdfOptions(include_confidential=True))
    label = form.role_field(Role.RATING).choice(rating).label.get("en")
    assert f"{secret.number} {secret.title.get('en')} {label}" in flat(
        " ".join(pages_text(PdfReader(full)))
    )


def _rendered_page(path, page: int, tmp_path):
    """Page ``page`` (from 1) as poppler draws it, at 36 dpi (one pixel: 2 pt), as an image."""
    from PIL import Image

    prefix = tmp_path / f"{path.stem}-page"
    subprocess.run(
        ["pdftoppm", "-r", "36", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(path), str(prefix)],
        check=True,
    )  # fmt: skip
    return Image.open(f"{prefix}.png").convert("RGB")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_logo_stands_at_the_start_of_the_cover_and_front_and_back_matter_are_listed(
    form, sample, tmp_path, lang
):
    from forms.images import read_picture
    from tests.support import tiny_png

    colour = (200, 30, 120)
    answers = {
        **sample.answers,
        "publication.logo": read_picture(tiny_png(300, 100, colour)).value(),
    }
    review = Review("unmarked", form.version, answers)
    path = build_pdf(form, review, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    page = _rendered_page(path, 1, tmp_path)
    spots = [
        (x, y) for x in range(page.width) for y in range(page.height // 3)
        if max(abs(a - b) for a, b in zip(page.getpixel((x, y)), colour, strict=True)) < 16
    ]  # fmt: skip
    assert spots, "the logo is drawn on the cover"
    left, right = min(x for x, _ in spots) * 2, max(x for x, _ in spots) * 2
    assert 60 < right - left < 210 * 72 / 25.4 * 0.35  # at most 70 mm wide, proportions kept
    if lang == "ar":
        assert abs(right - FRAME_RIGHT) < 12
    else:
        assert abs(left - FRAME_LEFT) < 12
    pages = [unicodedata.normalize("NFKC", t) for t in pages_text(PdfReader(path))]
    printed = flat(pages[1])
    headings = [
        f.report_text(lang)
        for s in form.sections
        for f in s.fields
        if f.report in ("front", "back")
    ]
    for heading in headings:
        assert heading in printed, heading
    assert headings[-1] in flat(pages[-1])


def _links(path) -> tuple[list[tuple[int, tuple, str]], list[tuple[int, tuple, int, float]]]:
    """The web links (page, rect, address) and jumps (page, rect, target page, target y)."""
    reader = PdfReader(path)
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    web, jumps = [], []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            rect = tuple(float(v) for v in annotation["/Rect"])
            action = annotation.get("/A")
            if action is not None and action.get("/S") == "/URI":
                web.append((number, rect, str(action["/URI"])))
            elif annotation.get("/Dest") is not None:
                dest = annotation["/Dest"]
                y = float(dest[3]) if len(dest) > 3 and dest[1] == "/XYZ" else 0.0
                jumps.append((number, rect, pages[dest[0].idnum], y))
    return web, jumps


def _words_in(words: list[Word], page: int, rect: tuple, height: float = 841.89) -> str:
    left, bottom, right, top = rect
    inside = [
        w for w in words
        if w.page == page and w.x_max > left + 1 and w.x_min < right - 1
        and w.y_max > height - top + 1 and w.y_min < height - bottom - 1
    ]  # fmt: skip
    return " ".join(w.text for w in inside)


@pytest.mark.parametrize("written_in", ["English", "Arabic"])
def test_citations_jump_to_their_numbered_source_and_web_addresses_open(
    form, sample, tmp_path, written_in
):
    answers = dict(sample.answers)
    if written_in == "Arabic":
        answers["obj05.evidence"] = (
            f"{ARABIC} [2] والمصدر [9] غير موجود. انظر https://example.org/ar"
        )
    review = Review("unmarked", form.version, answers)
    lang = "ar" if written_in == "Arabic" else "en"
    options = PdfOptions(lang=lang, include_confidential=True)  # objective 13 is confidential
    path = build_pdf(form, review, tmp_path / f"{lang}.pdf", options)
    words = pdf_words(path)
    web, jumps = _links(path)
    addresses = {address for _, _, address in web}
    for row in answers["obj05.sources"] + answers["obj13.sources"]:
        if row["link"].startswith("https://"):
            assert row["link"] in addresses
    citations = []
    for page, rect, target_page, target_y in jumps:
        found = re.fullmatch(r"\W*(\[\d+\])\W*", _words_in(words, page, rect))
        if found is None:
            continue  # an entry of the contents
        cited = found[1]
        citations.append(cited)
        at = [
            w.text for w in words if w.page == target_page and abs(841.89 - w.y_min - target_y) < 4
        ]
        assert cited in at, (cited, at)  # the source's line, which starts with its number
    expected = ["[2]"] if written_in == "Arabic" else ["[1]", "[2]"]
    expected += ["[3]", "[1]", "[2]"]  # objective 13
    assert citations == expected  # "[9]" cites no source of its list: not a link
    if written_in == "Arabic":
        assert "https://example.org/ar" in addresses


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_findings_are_numbered_paragraphs_in_the_margin_in_one_sequence(
    form, sample, tmp_path, lang
):
    from exports.report_build import build_report
    from exports.report_model import Answer

    review = Review("unmarked", form.version, sample.answers)
    path = build_pdf(form, review, tmp_path / f"{lang}.pdf", PdfOptions(lang=lang))
    words = pdf_words(path)
    if lang == "ar":
        margin = [w for w in words if w.x_min > FRAME_RIGHT + 1 and re.fullmatch(r"\d+\.", w.text)]
    else:
        margin = [w for w in words if w.x_max < FRAME_LEFT - 1 and re.fullmatch(r"\d+\.", w.text)]
    numbers = [int(w.text[:-1]) for w in margin]
    blocks = build_report(form, review, PdfOptions(lang=lang)).blocks
    paragraphs = sum(
        len([line for line in b.text.split("\n") if line.strip()])
        for b in blocks
        if isinstance(b, Answer) and b.numbered
    )
    assert paragraphs > 60
    assert numbers == list(range(1, paragraphs + 1))
    # The foreword is the publisher's, not a finding: not numbered.
    first = next(w for w in words if w.text == "1." and w in margin)
    assert first.page >= 2


@pytest.mark.parametrize("room_for", [1, 9])
def test_a_table_split_leaves_no_row_alone_on_a_page(tmp_path, room_for):
    """Room for one body row, or for all but one: two rows at least stay on each page."""
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from exports.pdf_styles import FRAME_HEIGHT, ReportTable

    rows = [["Header", "#"]] + [[f"Row{n}", str(n)] for n in range(1, 11)]
    table = ReportTable(rows, colWidths=[200, 50], repeatRows=1, splitByRow=1)
    _, height = table.wrap(400, FRAME_HEIGHT)
    row = height / len(rows)
    path = tmp_path / "table.pdf"
    document = SimpleDocTemplate(str(path), topMargin=0, bottomMargin=0)
    frame = document.height - 12
    document.build([Spacer(1, frame - row * (1 + room_for) - 2), table])
    per_page: dict[int, int] = {}
    for word in pdf_words(path):
        if word.text.startswith("Row"):
            per_page[word.page] = per_page.get(word.page, 0) + 1
    assert sum(per_page.values()) == 10
    assert all(count >= 2 for count in per_page.values()), per_page


def _trend_rows(form, sample):
    """What the ratings overview's rows say of the trend, worked out from the answers."""
    from forms.review import shareable_answers
    from forms.trend import rating_trend

    shared, _ = shareable_answers(form, sample.answers)
    rows = {}
    for item in form.objectives.items:
        before = shared.get(form.item_key(item, Role.PREVIOUS_RATING))
        if before:
            trend = rating_trend(form, shared, item)
            rows[item.key] = (before, text(f"trend_{trend}", "en") if trend else "")
    return shared, rows


def test_the_ratings_overview_shows_the_trend_since_the_last_review(form, sample, tmp_path):
    """Each objective's rating then and the trend, beside its rating now; and the counts."""
    from forms.trend import TRENDS, trend_counts

    shared, rows = _trend_rows(form, sample)
    assert len(rows) >= 5, "the sample gives ratings at the last review"
    pdf = build_pdf(form, sample, tmp_path / "sample.pdf")
    lines = [" ".join(w.text for w in line) for line in lines_of(pdf_words(pdf))]
    counts = trend_counts(form, shared)
    summary = text("trend_summary", "en", *(counts[t] for t in TRENDS))
    assert any(
        summary.startswith(line) for line in lines if line.startswith("Compared with the last")
    )
    previous = form.role_field(Role.PREVIOUS_RATING)
    rating = form.role_field(Role.RATING)
    for key, (before, trend) in rows.items():
        item = form.objectives.item(key)
        now = rating.choice(shared[form.item_key(item, Role.RATING)]).label.get("en")
        then = previous.choice(before).label.get("en")
        found = [
            ln for ln in lines if ln.startswith(f"{item.number} ") and now in ln and then in ln
        ]
        assert found and found[0].endswith(f"{then} {trend}".strip()), (item.key, found)


def test_a_confidential_objective_shows_no_trend(form, sample, tmp_path):
    flag = form.objectives.confidential_flag
    secret = next(i for i in form.objectives.items if sample.get(f"{i.key}.{flag}"))
    answers = {**sample.answers, form.item_key(secret, Role.PREVIOUS_RATING): "regression"}
    review = Review("sample-id", form.version, answers)
    lines = [
        " ".join(w.text for w in ln)
        for ln in lines_of(pdf_words(build_pdf(form, review, tmp_path / "s.pdf")))
    ]
    withheld = text("withheld", "en")
    (at,) = [
        n
        for n, ln in enumerate(lines)
        if ln.startswith(f"{secret.number} ") and withheld.split()[0] in ln
    ]
    row = " ".join(lines[at : at + 2])  # the title and the word wrap over two lines
    said = [text(f"trend_{t}", "en") for t in ("higher", "same", "lower")]
    assert not any(word in row for word in [*said, "Regression"]), row

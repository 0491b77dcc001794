"""User text in real PDFs: literal, complete, wrapped, split across pages, Arabic right-to-left."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports.fonts import register_fonts
from exports.rich_text import (
    BidiParagraph,
    _levels,
    display_text,
    escape_markup,
    is_rtl,
    text_paragraph,
    user_paragraphs,
)
from tests.pdf_text import is_arabic, lines_of, logical, pdf_words, reading_order
from tests.support import ARABIC

MARGIN = 36.0
PADDING = 6.0  # of SimpleDocTemplate's frame
NARROW = (2 * (MARGIN + PADDING) + 170, 500.0)  # text 170 pt wide
LEFT = MARGIN + PADDING
ARABIC_WRAPPING = (
    "يواجه المهاجرون صعوبات كبيرة في الحصول على الخدمات الأساسية منذ عام 2024 "
    "حسب تقرير IOM الذي يعتمد على تحليل DNA في بعض الحالات الصعبة"
)


def style(size: float = 11, bold: bool = False) -> ParagraphStyle:
    names = register_fonts()
    font = names.bold if bold else names.regular
    return ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.4, spaceAfter=4)


def build_pdf(path: Path, flowables: list, pagesize: tuple[float, float] | None = None) -> Path:
    options = {"pagesize": pagesize} if pagesize else {}
    doc = SimpleDocTemplate(
        str(path),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="test",
        **options,
    )
    doc.build(flowables)
    return path


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def no_space(text: str) -> str:
    return "".join(text.split())


def chars(text: str) -> Counter[str]:
    """The characters of ``text`` but whitespace, Arabic presentation forms as letters."""
    return Counter(no_space(unicodedata.normalize("NFKC", text)))


# --- literal text, wrapping and page breaks ---------------------------------------------------


def test_french_accents_and_markup_appear_as_typed(tmp_path):
    text = (
        "Élève à l'école : ça, œuvre « citée », déjà vu, señor, ¿qué?\n"
        "<b>bold?</b> & <i> et &amp; ni <br/> ni &#60;"
    )
    flowables = user_paragraphs(text, style())
    assert len(flowables) == 1
    extracted = "\n".join(pdf_pages(build_pdf(tmp_path / "fr.pdf", flowables)))
    for expected in (
        "Élève",
        "à",
        "l'école",
        "ça,",
        "œuvre",
        "« citée »",
        "déjà",
        "señor",
        "¿qué?",
    ):
        assert expected in extracted
    assert "<b>bold?</b> & <i> et &amp; ni <br/> ni &#60;" in extracted
    # The single newline is a line break.
    assert "¿qué?\n<b>" in extracted


def test_blank_lines_separate_paragraphs():
    flowables = user_paragraphs("one\r\ntwo\n\n \n\nthree\n\n\n", style())
    assert len(flowables) == 2
    assert all(isinstance(f, Paragraph) for f in flowables)
    assert user_paragraphs("  \n\n \t ", style()) == []


def test_a_300_character_word_wraps_inside_the_frame(tmp_path):
    word = "https://example.org/" + "".join(f"seg{i:03d}-" for i in range(40))[:280]
    assert len(word) == 300 and " " not in word
    for text in (f"See {word} please.", f"انظر {word} من فضلك"):
        pdf = build_pdf(tmp_path / "long.pdf", user_paragraphs(text, style()), NARROW)
        extracted = "".join(pdf_pages(pdf))
        assert chars(extracted) == chars(text)
        if not is_arabic(text):
            assert no_space(word) in no_space(extracted)
        words = pdf_words(pdf)
        assert max(w.x_max for w in words) <= NARROW[0] - LEFT + 0.5
        assert min(w.x_min for w in words) >= LEFT - 0.5
        assert len(lines_of(words)) >= 5


def test_a_20000_character_answer_flows_over_several_pages(tmp_path):
    text = " ".join(f"mot{i} été" for i in range(2500))[:20000]
    flowables = user_paragraphs(text, style())
    assert len(flowables) == 1
    pages = pdf_pages(build_pdf(tmp_path / "long.pdf", flowables))
    assert len(pages) >= 3
    assert no_space("".join(pages)) == no_space(text)


def test_a_20000_character_arabic_answer_flows_over_pages_in_order(tmp_path):
    words = [word for word in ARABIC_WRAPPING.split() if is_arabic(word)]
    parts = []
    number = 0
    while sum(len(p) + 1 for p in parts) < 20000:
        number += 1
        parts.append(f"{words[number % len(words)]} {number}")
    text = " ".join(parts)
    flowables = user_paragraphs(text, style())
    assert len(flowables) == 1 and isinstance(flowables[0], BidiParagraph)
    pdf = build_pdf(tmp_path / "long-ar.pdf", flowables)
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    assert chars("".join(pages)) == chars(text)
    order = reading_order(pdf_words(pdf))
    assert order == text.split()


# --- right to left ----------------------------------------------------------------------------


def test_arabic_lines_read_right_to_left_top_to_bottom(tmp_path):
    flowables = user_paragraphs(ARABIC_WRAPPING, style(12))
    assert len(flowables) == 1 and isinstance(flowables[0], BidiParagraph)
    pdf = build_pdf(tmp_path / "ar.pdf", flowables, NARROW)
    extracted = "".join(pdf_pages(pdf))
    assert any("\ufe70" <= char <= "\ufeff" for char in extracted), "Arabic is not shaped"

    words = pdf_words(pdf)
    lines = lines_of(words)
    assert len(lines) >= 3
    expected = ARABIC_WRAPPING.split()
    position = 0
    for line in lines:  # top to bottom
        right_to_left = [logical(w.text) for w in reversed(line)]
        # The logically first word of each line is the right-most one, and so on.
        assert right_to_left == expected[position : position + len(line)]
        position += len(line)
    assert position == len(expected)
    assert reading_order(words) == expected
    drawn = [w.text for w in words]
    assert "IOM" in drawn and "MOI" not in drawn
    assert "DNA" in drawn and "2024" in drawn
    # Right-aligned: every line ends at the right edge of the frame.
    for line in lines:
        assert line[-1].x_max == pytest.approx(NARROW[0] - LEFT, abs=1.0)


def test_a_paragraph_mixing_french_and_arabic_lines(tmp_path):
    text = f"Une ligne en français (IOM).\n{ARABIC}\n<b>Fin</b> & 2024"
    flowables = user_paragraphs(text, style())
    assert len(flowables) == 1
    pdf = build_pdf(tmp_path / "mixed.pdf", flowables)
    lines = lines_of(pdf_words(pdf))
    assert len(lines) == 3
    french, arabic, last = lines
    assert [w.text for w in french] == ["Une", "ligne", "en", "français", "(IOM)."]
    assert french[0].x_min == pytest.approx(LEFT, abs=1.0)
    assert [w.text for w in last] == ["<b>Fin</b>", "&", "2024"]
    assert last[0].x_min == pytest.approx(LEFT, abs=1.0)
    assert arabic[-1].x_max > arabic[0].x_min > LEFT + 20
    assert logical(arabic[-1].text) == ARABIC.split()[0]
    # "IOM." ends the Arabic sentence, so its full stop is drawn at the left end.
    assert arabic[0].text == ".IOM"


def test_brackets_are_mirrored_in_right_to_left_text():
    assert _levels("تقرير (IOM)", True) is not None, "python-bidi's debug output changed"
    shown = display_text("تقرير (IOM) لعام 2024")
    assert "(IOM)" in shown and "2024" in shown
    assert ")IOM(" not in shown
    # The logically first word is drawn last (right-most); it is shaped.
    assert unicodedata.normalize("NFKC", shown.split()[-1][::-1]) == "تقرير"


def test_display_text_leaves_left_to_right_text_alone():
    for text in ("Objective 3 <b>&amp;", "Café « déjà »", "🌍", ""):
        assert display_text(text) == text
    assert is_rtl("  (1) مرحبا") and not is_rtl("IOM مرحبا") and not is_rtl("2024")


def test_escape_and_text_paragraph_markup():
    names = register_fonts()
    assert escape_markup("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert text_paragraph("a < b & c 🌍", style()).text == "a &lt; b &amp; c [U+1F30D]"
    assert text_paragraph("Ağır", style()).text == f'A<font name="{names.fallback}">ğ</font>ır'
    assert isinstance(text_paragraph("مرحبا", style()), BidiParagraph)


def test_bold_style_is_kept(tmp_path):
    names = register_fonts()
    flowables = user_paragraphs("Titre\n\nعنوان", style(bold=True))
    assert flowables[0].style.fontName == names.bold
    assert flowables[1].bold
    reader = PdfReader(str(build_pdf(tmp_path / "bold.pdf", flowables)))
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any(name.endswith("IBMPlexSansArabic-Bold") for name in fonts)


# --- texts of the definition and the report: one path for every kind of text -----------------


def rtl_style(size: float = 11) -> ParagraphStyle:
    """A right-to-left report's style: aligned to the start, right to left for neutral text."""
    return ParagraphStyle("rtl", parent=style(size), baseDirection="rtl")


def test_a_wrapped_arabic_heading_reads_from_its_first_line(tmp_path):
    heading = "الهدف 2: التقليل إلى أدنى حد من العوامل السلبية والعوامل الهيكلية التي تضطر الناس"
    flowable = text_paragraph(heading, rtl_style(14), splittable=False)
    pdf = build_pdf(tmp_path / "heading.pdf", [flowable], NARROW)
    lines = lines_of(pdf_words(pdf))
    assert len(lines) >= 3
    arabic = [w for w in heading.split() if is_arabic(w)]
    assert [w for w in reading_order(pdf_words(pdf)) if is_arabic(w)] == arabic
    assert flowable.split(170, 20) == [], "a heading moves whole to the next page"


def test_each_paragraph_is_aligned_by_its_own_first_strong_character(tmp_path):
    english = "The Government reports progress on the national plan for regular pathways."
    flowables = [
        *user_paragraphs(english, rtl_style()),
        text_paragraph("2024-05-01 – 17", rtl_style()),  # no strong character: the report's way
        text_paragraph(ARABIC, rtl_style()),
        text_paragraph(english, rtl_style()),
    ]
    pdf = build_pdf(tmp_path / "aligned.pdf", flowables, NARROW)
    lines = lines_of(pdf_words(pdf))
    right = NARROW[0] - LEFT
    english_lines = [line for line in lines if line[0].text in english.split()]
    assert len(english_lines) >= 4
    assert all(line[0].x_min == pytest.approx(LEFT, abs=1.0) for line in english_lines)
    neutral = next(line for line in lines if any(w.text == "17" for w in line))
    assert neutral[-1].x_max == pytest.approx(right, abs=1.0)
    arabic_lines = [line for line in lines if any(is_arabic(w.text) for w in line)]
    assert arabic_lines and all(
        line[-1].x_max == pytest.approx(right, abs=1.0) for line in arabic_lines
    )


def test_a_code_in_an_arabic_text_of_the_definition_reads_as_written(tmp_path):
    """ "10.c.1" among Arabic words: the bidi algorithm alone would show "c.1.10"."""
    label = "مؤشر أهداف التنمية المستدامة 10.c.1: تكاليف التحويلات و16.9.1 أيضًا"
    pdf = build_pdf(tmp_path / "code.pdf", [text_paragraph(label, rtl_style(11))])
    drawn = [w.text for w in pdf_words(pdf)]
    assert ":10.c.1" in drawn, drawn  # its colon after it, at its left in Arabic
    assert any(w.startswith("16.9.1") for w in drawn), drawn

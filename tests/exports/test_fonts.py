"""Report fonts: registration, and characters drawn by a fallback font or as a placeholder."""

from __future__ import annotations

import dataclasses
import itertools
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports.fonts import (
    FontNames,
    font_runs,
    has_glyph,
    placeholder,
    register_fonts,
    text_width,
    with_placeholders,
)
from exports.rich_text import user_paragraphs


def build_pdf(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), title="test", lang="en").build(flowables)
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def pdf_font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_register_fonts_is_idempotent_and_cheap():
    first = register_fonts()
    started = time.perf_counter()
    for _ in range(1000):
        assert register_fonts() is first
    assert time.perf_counter() - started < 0.1
    assert isinstance(first, FontNames)
    assert first.family == first.regular
    for name in (first.regular, first.bold, first.fallback):
        assert pdfmetrics.getFont(name).fontName == name
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.regular = "Helvetica"  # type: ignore[misc]


def test_font_files_come_from_the_font_packages():
    names = register_fonts()
    assert "fontpkg_ibm_plex_sans_arabic" in pdfmetrics.getFont(names.regular).face.filename
    assert "fontpkg_noto_sans" in pdfmetrics.getFont(names.fallback).face.filename


def test_primary_font_covers_french_spanish_and_arabic():
    names = register_fonts()
    for char in "éèàçœ«»ñ¿¡€–—“”…ـ،؛؟ابتثجحﻻﺍ٠١":
        assert has_glyph(names.regular, char), char
        assert has_glyph(names.bold, char), char


def test_font_runs_switch_to_the_fallback_font_only_where_needed():
    names = register_fonts()
    assert font_runs("Café « déjà »") == [(names.regular, "Café « déjà »")]
    assert font_runs("Café", bold=True) == [(names.bold, "Café")]
    runs = font_runs("Ağır Привет ok")
    assert "".join(text for _font, text in runs) == "Ağır Привет ok"
    assert (names.fallback, "ğ") in runs
    assert any(font == names.fallback and "Привет" in text for font, text in runs)
    for font, text in runs:
        assert all(has_glyph(font, char) for char in text), (font, text)
    fonts = [font for font, _text in runs]
    assert all(a != b for a, b in itertools.pairwise(fonts))


def test_characters_no_font_has_become_visible_placeholders():
    names = register_fonts()
    assert placeholder("🌍") == "[U+1F30D]"
    assert font_runs("a🌍b★") == [(names.regular, "a[U+1F30D]b[U+2605]")]
    # Invisible by nature: joiners and variation selectors are left out, not replaced.
    assert font_runs("x\u200dy\ufe0fz") == [(names.regular, "xyz")]
    # A control character is shown, not swallowed; a tab is a space.
    assert font_runs("a\x01b\tc") == [(names.regular, "a[U+0001]b c")]
    assert with_placeholders("a🌍b") == "a\u2066[U+1F30D]\u2069b"
    assert text_width("a🌍", 10) == pytest.approx(text_width("a[U+1F30D]", 10))


def test_bold_markup_uses_the_bold_font(tmp_path):
    names = register_fonts()
    style = ParagraphStyle("body", fontName=names.regular, fontSize=11, leading=14)
    pdf = build_pdf(tmp_path / "bold.pdf", [Paragraph("normal <b>gras</b>", style)])
    assert {"IBMPlexSansArabic-Regular", "IBMPlexSansArabic-Bold"} <= pdf_font_names(pdf)
    assert "normal gras" in pdf_text(pdf)


def test_fallback_and_placeholders_in_a_pdf(tmp_path):
    names = register_fonts()
    style = ParagraphStyle("body", fontName=names.regular, fontSize=11, leading=14)
    text = "Earth 🌍 star ★ Zażółć gęślą jaźń Ağır Привет Ωμέγα"
    pdf = build_pdf(tmp_path / "fallback.pdf", user_paragraphs(text, style))
    extracted = pdf_text(pdf)
    for expected in ("[U+1F30D]", "[U+2605]", "Zażółć", "gęślą", "jaźń", "Ağır", "Привет", "Ωμέγα"):
        assert expected in extracted
    assert any(name.startswith("NotoSans") for name in pdf_font_names(pdf))

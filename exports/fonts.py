"""Fonts of the PDF reports, and per-character font choice so that no character vanishes.

IBM Plex Sans Arabic is the primary font (Latin with French and Spanish accents, and
Arabic); Noto Sans is the fallback (Latin Extended, Greek, Cyrillic, Vietnamese). A character
neither font has is printed as a visible placeholder such as ``[U+1F30D]``.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import as_file, files

PRIMARY_PACKAGE = "fontpkg_ibm_plex_sans_arabic"
PRIMARY_FILES = {
    "IBMPlexSansArabic": "IBMPlexSansArabic-Regular.ttf",
    "IBMPlexSansArabic-Bold": "IBMPlexSansArabic-Bold.ttf",
}
# Noto Sans ships only as a variable font: reportlab draws its default instance (Regular),
# which is fine without reportlab's own shaping. It has no bold of its own here.
FALLBACK_PACKAGE = "fontpkg_noto_sans"
FALLBACK_FILE = "NotoSans[wdth,wght].ttf"
FALLBACK_NAME = "NotoSans"

# Format characters that are drawn as something (Arabic number signs, end of ayah, …):
# these get a placeholder rather than being dropped when no font has them.
_VISIBLE_FORMAT = frozenset(range(0x0600, 0x0606)) | {0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD}
LRI, PDI = "\u2066", "\u2069"


@dataclass(frozen=True)
class FontNames:
    """Names under which the report fonts are registered with reportlab.

    ``regular`` is also the family name: ``<b>`` in a Paragraph using it switches to ``bold``.
    ``fallback`` draws characters the primary fonts lack (regular weight only).
    """

    regular: str
    bold: str
    fallback: str

    @property
    def family(self) -> str:
        """The family name registered with ``registerFontFamily``."""
        return self.regular


_lock = threading.Lock()
_names: FontNames | None = None
_coverage: dict[str, Mapping[int, int]] = {}
_choice_cache: dict[tuple[str, str], tuple[str, str]] = {}


def register_fonts() -> FontNames:
    """Register the report fonts with reportlab once and return their names (cheap afterwards)."""
    global _names
    if _names is not None:
        return _names
    with _lock:
        if _names is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            def load(package: str, filename: str, name: str) -> None:
                # One step at a time: a frozen bundle gives a MultiplexedPath (one argument).
                resource = files(package).joinpath("files").joinpath(filename)
                with as_file(resource) as path:
                    font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                _coverage[name] = font.face.charToGlyph

            regular, bold = PRIMARY_FILES
            for name, filename in PRIMARY_FILES.items():
                load(PRIMARY_PACKAGE, filename, name)
            load(FALLBACK_PACKAGE, FALLBACK_FILE, FALLBACK_NAME)
            pdfmetrics.registerFontFamily(
                regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
            )
            for is_bold in (0, 1):
                for is_italic in (0, 1):
                    addMapping(FALLBACK_NAME, is_bold, is_italic, FALLBACK_NAME)
            _names = FontNames(regular=regular, bold=bold, fallback=FALLBACK_NAME)
    return _names


def font_file(font_name: str) -> bytes:
    """The TrueType file of the registered report font ``font_name`` (to draw it elsewhere)."""
    if font_name == FALLBACK_NAME:
        package, filename = FALLBACK_PACKAGE, FALLBACK_FILE
    else:
        package, filename = PRIMARY_PACKAGE, PRIMARY_FILES[font_name]
    return files(package).joinpath("files").joinpath(filename).read_bytes()


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered report font ``font_name`` has a glyph for ``char``."""
    register_fonts()
    coverage = _coverage.get(font_name)
    return coverage is not None and ord(char) in coverage


def placeholder(char: str) -> str:
    """The visible stand-in for a character no font can draw, e.g. ``[U+1F30D]``."""
    return f"[U+{ord(char):04X}]"


def _choose(char: str, primary: str, fallback: str) -> tuple[str, str]:
    """(font, text) for one character: its glyph, a space, nothing (invisible), or a placeholder."""
    key = (primary, char)
    cached = _choice_cache.get(key)
    if cached is not None:
        return cached
    code = ord(char)
    category = unicodedata.category(char)
    if (category == "Cf" and code not in _VISIBLE_FORMAT) or _is_variation_selector(code):
        # Bidi controls (applied by the reordering), joiners, soft hyphens, variation
        # selectors: invisible by nature, never drawn.
        choice = (primary, "")
    elif code in _coverage[primary]:
        choice = (primary, char)
    elif code in _coverage[fallback]:
        choice = (fallback, char)
    elif char == "\t" or category == "Zs":
        choice = (primary, " ")
    else:
        choice = (primary, placeholder(char))
    _choice_cache[key] = choice
    return choice


#: Per primary font, the characters it draws as they are (the quick path of font_runs).
_plain: dict[str, set[str]] = {}


def _is_variation_selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs so that every character is drawable.

    Characters the primary font lacks use the fallback font; those neither has become a
    placeholder such as ``[U+1F30D]`` (in the primary font). Invisible format characters
    (joiners, bidi marks, variation selectors) are left out. Adjacent runs never share a font.
    """
    names = register_fonts()
    primary = names.bold if bold else names.regular
    plain = _plain.setdefault(primary, set())
    if plain.issuperset(text):  # most text: every character drawn as is by the primary font
        return [(primary, text)] if text else []
    runs: list[tuple[str, str]] = []
    current_font = ""
    parts: list[str] = []
    for char in text:
        font, piece = _choose(char, primary, names.fallback)
        if font == primary and piece == char:
            plain.add(char)
        if not piece:
            continue
        if font != current_font and parts:
            runs.append((current_font, "".join(parts)))
            parts = []
        current_font = font
        parts.append(piece)
    if parts:
        runs.append((current_font, "".join(parts)))
    return runs


def with_placeholders(text: str, bold: bool = False) -> str:
    """``text`` with each character that no report font has replaced by its placeholder.

    Everything else, invisible format characters included, is kept. Each run of placeholders
    is wrapped in a left-to-right isolate (LRI … PDI, never drawn), so that after the bidi
    reordering the placeholders of a right-to-left word still read in logical order.
    """
    names = register_fonts()
    primary = names.bold if bold else names.regular
    out = []
    in_run = False
    for char in text:
        piece = _choose(char, primary, names.fallback)[1]
        missing = piece.startswith("[U+")
        if missing != in_run:
            out.append(LRI if missing else PDI)
            in_run = missing
        out.append(piece if missing else char)
    if in_run:
        out.append(PDI)
    return "".join(out)


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    """Width in points of ``runs`` (from :func:`font_runs`) at font size ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width: float = sum(stringWidth(text, font, size) for font, text in runs)
    return width


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` as drawn with :func:`font_runs`."""
    return runs_width(font_runs(text, bold), size)

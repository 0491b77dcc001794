"""User text in the PDF: printed literally, in both directions, in fonts that have every glyph.

User text never reaches reportlab's markup parser unescaped. Arabic is shaped with
``arabic_reshaper``; the bidirectional algorithm of ``python-bidi`` resolves the embedding
levels of each line of input (a newline separates bidi paragraphs, as in the editor), and the
lines are wrapped here at the real width before being put in display order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from exports.fonts import (
    font_runs,
    has_glyph,
    placeholder,
    register_fonts,
    runs_width,
    with_placeholders,
)
from exports.pdf_links import Links, anchor_markup, draw_links, link_markup

_RTL_CLASSES = frozenset({"R", "AL"})
_RTL_CONTROLS = frozenset("\u202b\u202e\u2067")  # RLE, RLO, RLI: right-to-left on request
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_BLOCK_SEPARATOR = re.compile(r"\n[^\S\n]*\n\s*")
# Whitespace that may break a line (all of it but the no-break spaces), collapsed to one space.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
#: A code of numbers and letters joined by dots (an SDG indicator, 10.c.1).
_CODE = re.compile(r"(?<![\w.])\d+(?:\.[0-9A-Za-z]+)+")
_LEVELS = re.compile(r"\blevels:\s*\[(.*?)\]\s*,\s*paragraphs", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def escape_markup(text: str) -> str:
    """``text`` with ``&``, ``<`` and ``>`` escaped, to be shown literally by a Paragraph.

    (xml.sax.saxutils would do the same, and import the whole of urllib with it.)
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_rtl(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left (Arabic, Hebrew, …)."""
    return _first_strong(text) is True


@lru_cache(maxsize=1024)  # the running header and the labels come back on every page
def display_text(text: str) -> str:
    """A one-line string in display order: shaped and reordered when it has right-to-left text.

    Text without right-to-left characters comes back unchanged. The result is not escaped;
    draw it with ``exports.fonts.font_runs`` (a wrapped text is a :func:`text_paragraph`).
    """
    if not _has_rtl(text):
        return text
    lines = []
    rtl = None
    for line in _clean(text).split("\n"):
        rtl = _line_direction(line, rtl)
        shaped = with_placeholders(_shape(line))
        lines.append(_visual(shaped, rtl, _levels(shaped, rtl)))
    return "\n".join(lines)


def base_rtl(style: ParagraphStyle) -> bool:
    """Whether text without a strong character reads right to left in ``style`` (its report's way).

    Styles carry it as ``baseDirection`` (``"rtl"`` or ``"ltr"``, the default); a
    paragraph with a strong character takes the direction of the first one.
    """
    return getattr(style, "baseDirection", "ltr") == "rtl"


def _needs_bidi(text: str, style: ParagraphStyle) -> bool:
    """Whether ``text`` is laid out by :class:`BidiParagraph`: it has right-to-left script,
    or reads in the right-to-left base direction of ``style`` for want of a strong character."""
    return _has_rtl(text) or (base_rtl(style) and _first_strong(text) is None)


def _report_font(style: ParagraphStyle) -> tuple[ParagraphStyle, bool]:
    """``style`` set in the report font (bold if ``style`` is bold), and whether it is bold."""
    names = register_fonts()
    bold = style.fontName == names.bold or "bold" in style.fontName.lower()
    font = names.bold if bold else names.regular
    if style.fontName != font or not style.splitLongWords:
        style = style.clone(style.name, fontName=font, splitLongWords=1)
    return style, bold


def text_lines(text: str) -> list[str]:
    """The lines of a one-paragraph text, each with its runs of spaces made one."""
    return [_BREAKING_SPACE.sub(" ", line).strip() for line in _clean(text).split("\n")]


def text_paragraph(text: str, style: ParagraphStyle, splittable: bool = True) -> Flowable:
    """One flowable for a text of the definition or the report (a label, a heading, a line).

    Wrapped in logical order and put in display order line by line, like user text (a
    code such as "10.c.1" kept left to right among Arabic words); a heading passes
    ``splittable=False`` to move whole to the next page. Its
    lines are aligned to their own start unless ``style`` centres or aligns right.
    """
    style, bold = _report_font(style)
    if _has_rtl(text):  # a code such as "10.c.1" keeps its order among Arabic words
        text = _CODE.sub(lambda code: f"\u2066{code[0]}\u2069", text)
    lines = text_lines(text)
    if _needs_bidi(text, style):
        paragraph = BidiParagraph(lines, style, bold=bold)
        paragraph.splittable = splittable
        return paragraph
    if len(lines) == 1 and _is_plain(lines[0], bold):
        return _plain_paragraph(lines[0], style)
    markup = "<br/>".join(_line_markup(line, bold) for line in lines)
    return ReportParagraph(markup, style)


def user_paragraphs(
    text: str, style: ParagraphStyle, links: Links | None = None, target: str = ""
) -> list[Flowable]:
    """Flowables showing user ``text`` literally: one per paragraph (blank-line separated).

    Single newlines are kept as line breaks. Over-long words wrap, and every flowable splits
    across pages. Paragraphs with right-to-left text are shaped, wrapped at the frame width and
    reordered line by line; each line of input takes its direction from its first strong
    character and is aligned to its start (right for Arabic) unless ``style`` aligns right or
    centres. Others are plain Paragraphs. The text is set in the report font (bold if
    ``style``'s font is bold); size, leading, colour, indents and spacing come from ``style``.
    Web addresses, and citations of the sources in ``links``, can be clicked
    (:mod:`exports.pdf_links`); the first paragraph is the link ``target`` when one is named.
    """
    style, bold = _report_font(style)
    flowables: list[Flowable] = []
    for block in _BLOCK_SEPARATOR.split(_clean(text)):
        lines = [_BREAKING_SPACE.sub(" ", line).strip() for line in block.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if not lines:
            continue
        name = "" if flowables else target
        if _needs_bidi(block, style):
            flowables.append(BidiParagraph(lines, style, bold=bold, links=links, target=name))
        elif len(lines) == 1 and not name and _is_plain(lines[0], bold):
            flowables.append(_plain_paragraph(lines[0], style))
        else:
            markup = "<br/>".join(_line_markup(line, bold, links) for line in lines)
            flowables.append(
                ReportParagraph(anchor_markup(name) + markup if name else markup, style)
            )
    return flowables


def _is_plain(line: str, bold: bool) -> bool:
    """Whether ``line`` is one run of the primary font with nothing to link (most lines)."""
    if "[" in line or "://" in line:
        return False
    runs = font_runs(line, bold)
    return len(runs) == 1 and runs[0][1] == line


#: Per style, the fragment reportlab's parser makes of a plain text in it.
_FRAGMENTS: dict[int, tuple[ParagraphStyle, Any]] = {}


def _plain_paragraph(line: str, style: ParagraphStyle) -> ReportParagraph:
    """A paragraph of one line of plain text, made without reportlab's markup parser.

    The parser is what making a paragraph costs; for text that needs no markup its
    fragment is the style's own with the text in it.
    """
    kept = _FRAGMENTS.get(id(style))
    if kept is None or kept[0] is not style:
        from reportlab.platypus.paraparser import ParaParser

        _, fragments, _ = ParaParser().parse("x", style)
        kept = (style, fragments[0])
        _FRAGMENTS[id(style)] = kept
    return ReportParagraph(line, style, frags=[kept[1].clone(text=line)])


def _line_markup(line: str, bold: bool, links: Links | None = None) -> str:
    names = register_fonts()
    primary = names.bold if bold else names.regular

    def markup(text: str) -> str:
        parts = []
        for font, piece in font_runs(text, bold):
            escaped = escape_markup(piece)
            parts.append(escaped if font == primary else f'<font name="{font}">{escaped}</font>')
        return "".join(parts)

    if "[" not in line and "://" not in line:
        return markup(line)
    return link_markup(line, links, markup)


# --- text preparation -------------------------------------------------------------------------


def _clean(text: str) -> str:
    """NFC, newlines as ``\\n``, and lone surrogates (undrawable, unencodable) as placeholders."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\r\n?|[\v\f\x85\u2028]", "\n", text).replace("\u2029", "\n\n")
    text = text.replace("\t", " ")
    if any("\ud800" <= char <= "\udfff" for char in text):
        text = "".join(placeholder(c) if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def _first_strong(text: str) -> bool | None:
    """True for right-to-left, False for left-to-right, None when ``text`` has no strong char."""
    for char in text:
        if char in _RTL_CONTROLS:
            return True
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return None


def line_direction(text: str, default: bool) -> bool:
    """Whether ``text`` reads right to left, by its first strong character (else ``default``)."""
    first = _first_strong(text)
    return default if first is None else first


def _has_rtl(text: str) -> bool:
    return any(
        char in _RTL_CONTROLS or unicodedata.bidirectional(char) in _RTL_CLASSES for char in text
    )


def _line_direction(line: str, previous: bool | None) -> bool:
    """Direction of one line: its first strong character, else that of the line before."""
    found = _first_strong(line)
    if found is None:
        return bool(previous)
    return found


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    """An Arabic reshaper using only the lam-alef ligatures, and only if the font has them.

    Vowel marks (harakat) are left out, as ``arabic_reshaper`` does by default: without
    OpenType mark positioning they would be drawn in the wrong place (the font places kasra
    below the letter only through GPOS), which is worse than the usual unvocalised text.
    """
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    font = register_fonts().regular
    config: dict[str, Any] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_pattern, forms) in LIGATURES:
        wanted = "LAM WITH ALEF" in name
        config[name] = wanted and all(has_glyph(font, form) for form in forms if form)
    return ArabicReshaper(configuration=config)


@lru_cache(maxsize=1)
def _unshaped_forms() -> dict[str, str]:
    """Presentation forms the report font lacks, mapped to their base letter."""
    from arabic_reshaper.letters import LETTERS_ARABIC

    font = register_fonts().regular
    return {
        form: letter
        for letter, forms in LETTERS_ARABIC.items()
        for form in forms
        if form and not has_glyph(font, form) and has_glyph(font, letter)
    }


@lru_cache(maxsize=4096)  # labels and headings repeat through a report
def _shape(text: str) -> str:
    """Arabic letters in their joined presentation forms (logical order kept)."""
    if not any("\u0600" <= char <= "\u08ff" or "\ufb50" <= char <= "\ufeff" for char in text):
        return text
    shaped: str = _reshaper().reshape(text)
    missing = _unshaped_forms()
    if any(char in missing for char in shaped):
        shaped = "".join(missing.get(char, char) for char in shaped)
    return shaped


# --- bidirectional reordering -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _levels(text: str, rtl: bool) -> tuple[int, ...] | None:
    """Resolved embedding level of each character of one bidi paragraph, from python-bidi.

    python-bidi's ``get_display`` reorders but does not mirror brackets, and exposes the levels
    only in its debug output (one level per UTF-8 byte). None if that output is not understood;
    the caller then falls back to ``get_display`` alone.
    """
    if not text:
        return ()
    debug = get_display(text, base_dir="R" if rtl else "L", debug=True)
    found = _LEVELS.search(debug) if isinstance(debug, str) else None
    if found is None:
        return None
    per_byte = [int(level) for level in _LEVEL.findall(found.group(1))]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return tuple(levels)


def _visual(text: str, rtl: bool, levels: Sequence[int] | None) -> str:
    """One line in display order (rules L1–L4 of the bidi algorithm), marks after their base."""
    if not text:
        return text
    if levels is None:
        display = str(get_display(text, base_dir="R" if rtl else "L"))
        return "".join(char for char in display if char not in _BIDI_CONTROLS)
    base = 1 if rtl else 0
    levels = list(levels)
    end = len(text)
    while end and text[end - 1].isspace():  # L1: trailing whitespace takes the base level
        end -= 1
        levels[end] = base
    # Clusters: a character with the combining marks that follow it, kept in that order so that
    # zero-width marks are drawn over their base.
    clusters: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if clusters and unicodedata.category(char) in ("Mn", "Me"):
            clusters[-1] = (clusters[-1][0], index + 1)
        else:
            clusters.append((index, index + 1))
    cluster_levels = [levels[start] for start, _end in clusters]
    order = list(range(len(clusters)))
    odd = [level for level in cluster_levels if level % 2]
    if odd:
        lowest_odd = min(odd)
        for level in range(max(cluster_levels), lowest_odd - 1, -1):  # L2
            position = 0
            while position < len(order):
                if cluster_levels[order[position]] >= level:
                    run_end = position
                    while run_end < len(order) and cluster_levels[order[run_end]] >= level:
                        run_end += 1
                    order[position:run_end] = reversed(order[position:run_end])
                    position = run_end
                else:
                    position += 1
    out = []
    for cluster in order:
        start, stop = clusters[cluster]
        for index in range(start, stop):
            char = text[index]
            if char in _BIDI_CONTROLS:  # X9: the controls have done their work
                continue
            if levels[index] % 2:  # L4: mirrored glyphs in right-to-left runs
                char = _mirror(char)
            out.append(char)
    return "".join(out)


def _mirror(char: str) -> str:
    return MIRRORED.get(char, char) if unicodedata.mirrored(char) else char


# --- the paragraph for text with right-to-left script -----------------------------------------


class ReportParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that breaks its lines once for each width it is given.

    reportlab breaks a paragraph's lines every time it is wrapped: to measure the
    room a heading needs, to size a table's rows, to place it; and a report with
    contents is laid out twice. The lines of a width are kept and reused.
    """

    _wrapped: tuple[float, Any, float, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self._wrapped
        if kept is not None and kept[0] == availWidth:
            _, self.blPara, self.height, self._wrapWidths = kept
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        if getattr(self, "blPara", None) is not None:
            self._wrapped = (availWidth, self.blPara, height, self._wrapWidths)
        return width, height


@dataclass(frozen=True)
class _Source:
    """One line of input: shaped text in logical order, its direction and its bidi levels."""

    text: str
    rtl: bool
    bidi: bool  # needs reordering (right-to-left line, or right-to-left text in it)
    levels: tuple[int, ...] | None  # None: reorder with get_display alone


@dataclass(frozen=True)
class _Line:
    """One laid-out line: ``sources[source].text[start:end]``."""

    source: int
    start: int
    end: int


def _source(line: str, rtl: bool, bold: bool) -> _Source:
    shaped = with_placeholders(_shape(line), bold)
    if not (rtl or _has_rtl(shaped)):
        return _Source(shaped, rtl, False, None)
    levels = _levels(shaped, rtl)
    return _Source(shaped, rtl, True, levels)


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Lines of user text containing right-to-left script, wrapped at the frame width.

    Each line of input is a bidi paragraph of its own, with the direction of its first strong
    character (a line with none: that of the line before, the first one: the style's
    :func:`base_rtl`), aligned to its start (right for Arabic); a style aligned right or
    centred applies to every line, and justification is treated as start alignment. Lines
    are wrapped with the real font metrics in ``wrap()``, then put in display order one by
    one. Splits across frames and pages between lines, unless ``splittable`` is False.
    ``lines`` are plain text, not markup.
    """

    #: False: never split (a heading moves whole to the next frame).
    splittable = True

    def __init__(
        self,
        lines: Sequence[str],
        style: ParagraphStyle,
        bold: bool = False,
        links: Links | None = None,
        target: str = "",
    ) -> None:
        super().__init__()
        self.style = style
        self.bold = bold
        self.links = links
        self.target = target
        sources = []
        rtl: bool | None = base_rtl(style)
        for line in lines:
            rtl = _line_direction(line, rtl)
            sources.append(_source(line, rtl, bold))
        self._init(sources, continued=False, fixed=None)

    def _init(
        self, sources: list[_Source], continued: bool, fixed: list[_Line] | None
    ) -> BidiParagraph:
        self.sources = sources
        self._continued = continued  # a continuation after a split: no space before, no indent
        self._to_be_continued = False  # split here: no space after
        self._fixed = fixed  # lines of a piece that was split off: laid out already
        self._widths: dict[str, float] = {}
        self._cached: tuple[float, list[_Line]] | None = None
        self._lines: list[_Line] = []
        self._avail = 0.0
        return self

    def _piece(
        self, sources: list[_Source], continued: bool, fixed: list[_Line] | None
    ) -> BidiParagraph:
        piece = BidiParagraph.__new__(BidiParagraph)
        Flowable.__init__(piece)
        piece.style = self.style
        piece.bold = self.bold
        piece.links = self.links
        piece.target = "" if continued else self.target
        return piece._init(sources, continued, fixed)

    # -- reportlab's flowable protocol

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        self._lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit < 1 or fit >= len(lines) or self._fixed is not None or not self.splittable:
            return []
        head = self._piece(self.sources, self._continued, lines[:fit])
        head._to_be_continued = True
        cut = lines[fit]
        source = self.sources[cut.source]
        rest = _Source(
            source.text[cut.start :],
            source.rtl,
            source.bidi,
            source.levels[cut.start :] if source.levels is not None else None,
        )
        tail = self._piece([rest, *self.sources[cut.source + 1 :]], True, None)
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return 0.0 if self._continued else self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return 0.0 if self._to_be_continued else self.style.spaceAfter

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        #: Where each line was drawn: (left x, right x, baseline), for what is drawn beside.
        self.drawn: list[tuple[float, float, float]] = []
        if self.target:
            canvas.bookmarkHorizontal(self.target, 0, self.height)
        for line in self._lines:
            source = self.sources[line.source]
            text = source.text[line.start : line.end]
            if source.bidi:
                levels = source.levels[line.start : line.end] if source.levels is not None else None
                text = _visual(text, source.rtl, levels)
            runs = font_runs(text, self.bold)
            width = runs_width(runs, style.fontSize)
            left, right = self._indents(line)
            if style.alignment == TA_CENTER:
                x = (left + self._avail - right - width) / 2
            elif source.rtl or style.alignment == TA_RIGHT:
                x = self._avail - right - width
            else:
                x = left
            self.drawn.append((x, x + width, y))
            if "[" in text or "://" in text:
                draw_links(canvas, text, x, y, style.fontSize, self._width, self.links)
            for font, piece in runs:
                canvas.setFont(font, style.fontSize)
                canvas.drawString(x, y, piece)
                x += runs_width([(font, piece)], style.fontSize)
            y -= style.leading
        canvas.restoreState()

    # -- layout

    def _indents(self, line: _Line) -> tuple[float, float]:
        """Left and right indents of ``line``; a first-line indent goes at the line's start."""
        style = self.style
        left, right = style.leftIndent, style.rightIndent
        if line.source == 0 and line.start == 0 and not self._continued:
            if self.sources[0].rtl:
                right += style.firstLineIndent
            else:
                left += style.firstLineIndent
        return left, right

    def _limit(self, line: _Line, availWidth: float) -> float:
        left, right = self._indents(line)
        return max(availWidth - left - right, 1.0)

    def _width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = runs_width(font_runs(text, self.bold), self.style.fontSize)
            self._widths[text] = width
        return width

    def _layout(self, availWidth: float) -> list[_Line]:
        if self._fixed is not None:
            return self._fixed
        if self._cached is None or self._cached[0] != availWidth:
            lines: list[_Line] = []
            for number, source in enumerate(self.sources):
                lines.extend(self._wrap_source(number, source.text, availWidth))
            self._cached = (availWidth, lines)
        return self._cached[1]

    def _wrap_source(self, number: int, text: str, availWidth: float) -> list[_Line]:
        """Greedy line breaking at spaces; a word wider than a line is broken where it must."""
        space = self._width(" ")
        rest_limit = self._limit(_Line(number, 1, 1), availWidth)
        lines: list[_Line] = []
        start = end = 0
        width = 0.0
        limit = self._limit(_Line(number, 0, 0), availWidth)
        for word in re.finditer(r"[^ ]+", text):
            word_width = self._width(word.group())
            if end > start and width + space + word_width <= limit:
                end, width = word.end(), width + space + word_width
                continue
            if end > start:
                lines.append(_Line(number, start, end))
                limit = rest_limit
            start = end = word.start()
            if word_width <= limit:
                end, width = word.end(), word_width
                continue
            for piece_end in self._break_word(text, start, word.end(), limit, rest_limit):
                if piece_end < word.end():
                    lines.append(_Line(number, start, piece_end))
                    start = piece_end
                    limit = rest_limit
            end = word.end()
            width = self._width(text[start:end])
        if end > start or not lines:
            lines.append(_Line(number, start, end))
        return lines

    def _break_word(
        self, text: str, start: int, stop: int, limit: float, rest_limit: float
    ) -> list[int]:
        """Ends of the pieces of an over-long word, each as wide as fits; marks stay attached."""
        ends = []
        piece_start = start
        width = 0.0
        index = start
        while index < stop:
            cluster_end = index + 1
            while cluster_end < stop and unicodedata.category(text[cluster_end]) in ("Mn", "Me"):
                cluster_end += 1
            cluster_width = self._width(text[index:cluster_end])
            if width + cluster_width > limit and index > piece_start:
                ends.append(index)
                piece_start = index
                width = 0.0
                limit = rest_limit
            width += cluster_width
            index = cluster_end
        ends.append(stop)
        return ends

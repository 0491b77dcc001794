"""Paragraphs, runs and tables of the Word report, made as WordprocessingML elements directly.

python-docx's objects look a style up by its name on every paragraph and each child
element's place in the schema on every setting: for a report of a thousand
paragraphs that took three times as long as a bare document of the same text. Here
each element is made with its properties already in the schema's order (Word calls
a file whose properties are out of order corrupt); the documents' own parts
(styles, numbering, pictures, sections) stay python-docx's.

Right to left, a run carries ``w:rtl``, the complex-script font and language; a
complex-script run's bold and size are ``w:bCs`` and ``w:szCs``, which are written
with ``w:b`` and ``w:sz`` on every run so that Arabic is bold and sized like Latin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

#: The complex-script font and language of Arabic runs.
ARABIC_FONT = "Arial"
ARABIC_LANGUAGE = "ar-SA"

_W = qn("w:p").split("}")[0] + "}"
_VAL, _TYPE, _WIDTH = f"{_W}val", f"{_W}type", f"{_W}w"
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def _tag(name: str) -> str:
    return _W + name


_P, _PPR, _PSTYLE, _KEEP, _SPACING, _IND, _BIDI, _JC = map(
    _tag, ("p", "pPr", "pStyle", "keepNext", "spacing", "ind", "bidi", "jc")
)
_R, _RPR, _RSTYLE, _RFONTS, _B, _BCS, _COLOR, _SZ, _SZCS, _U, _RTL, _LANG, _T, _TAB = map(
    _tag,
    ("r", "rPr", "rStyle", "rFonts", "b", "bCs", "color", "sz", "szCs", "u", "rtl", "lang", "t",
     "tab"),
)  # fmt: skip


@dataclass(frozen=True)
class RunStyle:
    """How a run looks: bold, size in points, colour (``RRGGBB``), a character style, underline."""

    bold: bool = False
    size: float | None = None
    colour: str = ""
    style_id: str = ""
    underline: bool = False


PLAIN = RunStyle()


def paragraph(
    before: Any,
    style_id: str = "",
    rtl: bool = False,
    keep_with_next: bool = False,
    space_after: float | None = None,
    align: str = "",
    indent: int = 0,
) -> Any:
    """A new ``w:p`` placed just before ``before`` (the body's section properties).

    ``space_after`` is in points, ``indent`` (of every line) in twips; ``align`` is
    Word's (``right``, ``center``…; ``left`` and ``right`` are the start and end sides
    in a right-to-left paragraph).
    """
    p = before.makeelement(_P)
    before.addprevious(p)
    if style_id or rtl or keep_with_next or space_after is not None or align or indent:
        properties = _sub(p, _PPR)
        if style_id:
            _sub(properties, _PSTYLE, {_VAL: style_id})
        if keep_with_next:
            _sub(properties, _KEEP)
        if rtl:
            _sub(properties, _BIDI)  # before spacing, indent and alignment
        if space_after is not None:
            _sub(properties, _SPACING, {f"{_W}after": str(round(space_after * 20))})
        if indent:
            _sub(properties, _IND, {f"{_W}left": str(indent)})
        if align:
            _sub(properties, _JC, {_VAL: align})
    return p


def run(parent: Any, text: str, style: RunStyle = PLAIN, rtl: bool = False) -> Any:
    """A run of ``text`` at the end of ``parent`` (a paragraph or a link); tabs stay tabs."""
    r = _sub(parent, _R)
    if style != PLAIN or rtl:
        properties = _sub(r, _RPR)
        if style.style_id:
            _sub(properties, _RSTYLE, {_VAL: style.style_id})
        if rtl:
            _sub(properties, _RFONTS, {f"{_W}cs": ARABIC_FONT})
        if style.bold:
            _sub(properties, _B)
            _sub(properties, _BCS)
        if style.colour:
            _sub(properties, _COLOR, {_VAL: style.colour})
        if style.size:
            half_points = str(round(style.size * 2))
            _sub(properties, _SZ, {_VAL: half_points})
            _sub(properties, _SZCS, {_VAL: half_points})
        if style.underline:
            _sub(properties, _U, {_VAL: "single"})
        if rtl:
            _sub(properties, _RTL)
            _sub(properties, _LANG, {f"{_W}bidi": ARABIC_LANGUAGE})
    for index, piece in enumerate(text.split("\t")):
        if index:
            _sub(r, _TAB)
        if piece:
            element = _sub(r, _T)
            element.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                element.set(_PRESERVE, "preserve")
    return r


_TBL, _TBLPR, _TBLSTYLE, _BIDIVISUAL, _TBLW, _TBLLAYOUT, _TBLLOOK, _TBLGRID, _GRIDCOL = map(
    _tag,
    ("tbl", "tblPr", "tblStyle", "bidiVisual", "tblW", "tblLayout", "tblLook", "tblGrid",
     "gridCol"),
)  # fmt: skip
_TR, _TRPR, _CANTSPLIT, _TBLHEADER, _TC, _TCPR, _TCW, _SHD = map(
    _tag, ("tr", "trPr", "cantSplit", "tblHeader", "tc", "tcPr", "tcW", "shd")
)


def table(before: Any, style_id: str, widths: list[int], rtl: bool) -> Any:
    """A new ``w:tbl`` of fixed column ``widths`` (twips) before ``before``, with no rows yet.

    Right to left, its columns run from the right (``w:bidiVisual``).
    """
    tbl = before.makeelement(_TBL)
    before.addprevious(tbl)
    properties = _sub(tbl, _TBLPR)
    _sub(properties, _TBLSTYLE, {_VAL: style_id})
    if rtl:
        _sub(properties, _BIDIVISUAL)
    _sub(properties, _TBLW, {_TYPE: "dxa", _WIDTH: str(sum(widths))})
    _sub(properties, _TBLLAYOUT, {_TYPE: "fixed"})  # LibreOffice lays out by the grid
    _sub(properties, _TBLLOOK, {_VAL: "04A0", f"{_W}firstRow": "1", f"{_W}firstColumn": "1",
                                f"{_W}lastRow": "0", f"{_W}lastColumn": "0",
                                f"{_W}noHBand": "0", f"{_W}noVBand": "1"})  # fmt: skip
    grid = _sub(tbl, _TBLGRID)
    for width in widths:
        _sub(grid, _GRIDCOL, {_WIDTH: str(width)})
    return tbl


def row(tbl: Any, header: bool) -> Any:
    """A row at the end of ``tbl``.

    A body row never breaks across pages. The header row repeats on every page the table
    runs onto and is kept with the first row (its cells' paragraphs keep with the next,
    see :func:`cell`); it is not marked unbreakable: LibreOffice drops every row after a
    repeated header that cannot split when that header falls at the foot of a page.
    """
    tr = _sub(tbl, _TR)
    properties = _sub(tr, _TRPR)
    _sub(properties, _TBLHEADER if header else _CANTSPLIT)
    return tr


def cell(
    tr: Any, width: int, fill: str = "", rtl: bool = False, align: str = "", keep: bool = False
) -> Any:
    """A cell at the end of ``tr`` (``width`` in twips, ``fill`` ``#rrggbb``); its paragraph,
    right to left or not, aligned as :func:`paragraph`'s, kept with the next row or not."""
    tc = _sub(tr, _TC)
    properties = _sub(tc, _TCPR)
    _sub(properties, _TCW, {_TYPE: "dxa", _WIDTH: str(width)})
    if fill:
        _sub(properties, _SHD, {_VAL: "clear", f"{_W}color": "auto",
                                f"{_W}fill": fill.lstrip("#").upper()})  # fmt: skip
    p = _sub(tc, _P)
    if rtl or align or keep:
        paragraph_properties = _sub(p, _PPR)
        if keep:
            _sub(paragraph_properties, _KEEP)
        if rtl:
            _sub(paragraph_properties, _BIDI)
        if align:
            _sub(paragraph_properties, _JC, {_VAL: align})
    return p


def _sub(parent: Any, tag: str, attributes: dict[str, str] | None = None) -> Any:
    element = parent.makeelement(tag, attributes or {})
    parent.append(element)
    return element

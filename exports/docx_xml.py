"""What the Word report needs and python-docx has no API for, written as WordprocessingML.

python-docx cannot set a paragraph's direction (a long-open limitation of the
library), make numbering definitions, hyperlinks or bookmarks, mark a table's
header row, or insert a field. Each is a few elements of the document's XML,
kept here so that the renderer (``exports.docx``) reads as a report.

Right to left, Word needs four things: ``w:bidi`` on the paragraph (its
direction and start side), ``w:rtl`` on each run, the complex-script font
and language on the run (``w:rFonts w:cs``, ``w:lang w:bidi``), and
``w:bidiVisual`` on tables (columns from the right); a section has ``w:bidi``
for its page layout.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

#: The complex-script font and language of Arabic runs.
ARABIC_FONT = "Arial"
ARABIC_LANGUAGE = "ar-SA"


def _child(parent: Any, tag: str, **attributes: str) -> Any:
    """A new element ``tag`` appended to ``parent`` with ``attributes`` (``w:`` names)."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    parent.append(element)
    return element


def right_to_left_paragraph(paragraph: Any) -> None:
    """Make ``paragraph`` read right to left, its start on the right."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        # w:bidi comes early in pPr: after the style, keep and numbering settings.
        found = (p_pr.find(qn(t)) for t in ("w:spacing", "w:ind", "w:jc", "w:rPr"))
        anchor = next((element for element in found if element is not None), None)
        if anchor is not None:
            anchor.addprevious(bidi)
        else:
            p_pr.append(bidi)


def right_to_left_run(run: Any) -> None:
    """Make ``run`` right to left, in the Arabic complex-script font and language."""
    r_pr = run._r.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    if r_pr.find(qn("w:rtl")) is None:
        _child(r_pr, "w:rtl")
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = _child(r_pr, "w:lang")
    language.set(qn("w:bidi"), ARABIC_LANGUAGE)


def right_to_left_table(table: Any) -> None:
    """Lay ``table``'s columns out from the right."""
    tbl_pr = table._tbl.tblPr
    if tbl_pr.find(qn("w:bidiVisual")) is None:
        style = tbl_pr.find(qn("w:tblStyle"))
        visual = OxmlElement("w:bidiVisual")
        if style is not None:
            style.addnext(visual)
        else:
            tbl_pr.insert(0, visual)


def right_to_left_section(section: Any) -> None:
    """Give ``section`` a right-to-left page layout."""
    sect_pr = section._sectPr
    if sect_pr.find(qn("w:bidi")) is None:
        _child(sect_pr, "w:bidi")


def repeat_as_header(row: Any) -> None:
    """Repeat ``row`` at the top of every page the table runs onto."""
    _child(row._tr.get_or_add_trPr(), "w:tblHeader")


def keep_row_whole(row: Any) -> None:
    """Never break ``row`` across pages."""
    _child(row._tr.get_or_add_trPr(), "w:cantSplit")


def shade(cell: Any, colour: str) -> None:
    """Fill ``cell`` with ``colour`` (``#rrggbb``)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    _child(tc_pr, "w:shd", val="clear", color="auto", fill=colour.lstrip("#").upper())


def numbering_list(document: Any, number_format: str, text: str, indent: int = 567) -> int:
    """A new numbering definition and list (its ``numId``): ``number_format`` as ``text``.

    ``number_format`` is Word's (``decimal``, ``lowerLetter``, ``arabicAbjad``…),
    ``text`` the level's text (``%1.``, ``(%1)``); ``indent`` hangs the number (twips).
    """
    numbering = document.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(existing, default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    _child(abstract, "w:multiLevelType", val="singleLevel")
    level = _child(abstract, "w:lvl", ilvl="0")
    _child(level, "w:start", val="1")
    _child(level, "w:numFmt", val=number_format)
    _child(level, "w:lvlText", val=text)
    _child(level, "w:lvlJc", val="left")
    p_pr = _child(level, "w:pPr")
    _child(p_pr, "w:ind", left=str(indent), hanging=str(indent))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum before the first num
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    return int(num.numId)


def number_paragraph(paragraph: Any, num_id: int) -> None:
    """Make ``paragraph`` an entry of the list ``num_id``."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def add_hyperlink(paragraph: Any, text: str, target: str, external: bool) -> Any:
    """A run of ``text`` in ``paragraph`` linking to a web address or to a bookmark."""
    link = OxmlElement("w:hyperlink")
    if external:
        relation = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link.set(qn("r:id"), relation)
    else:
        link.set(qn("w:anchor"), target)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    run = OxmlElement("w:r")
    r_pr = _child(run, "w:rPr")
    _child(r_pr, "w:rStyle", val="Hyperlink")
    _child(r_pr, "w:color", val="1F4E8C")
    _child(r_pr, "w:u", val="single")
    text_element = _child(run, "w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    link.append(run)
    return run


def add_bookmark(paragraph: Any, name: str, number: int) -> None:
    """Make the start of ``paragraph`` the bookmark ``name`` (``number``: its unique id)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    p_pr = p.find(qn("w:pPr"))
    if p_pr is not None:
        p_pr.addnext(start)
    else:
        p.insert(0, start)
    start.addnext(end)


def add_field(paragraph: Any, instruction: str, placeholder: str) -> None:
    """A field (``TOC \\o "1-2" \\h``…) in ``paragraph``, showing ``placeholder`` until updated."""
    for kind, content in (("begin", None), ("instr", instruction), ("separate", None),
                          ("text", placeholder), ("end", None)):  # fmt: skip
        run = OxmlElement("w:r")
        if kind == "instr":
            element = _child(run, "w:instrText")
            element.text = content
            element.set(qn("xml:space"), "preserve")
        elif kind == "text":
            element = _child(run, "w:t")
            element.text = content
        else:
            _child(run, "w:fldChar", fldCharType=kind)
        paragraph._p.append(run)


def update_fields_on_open(document: Any) -> None:
    """Ask the word processor to update the fields (the contents) when it opens the file."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        _child(settings, "w:updateFields", val="true")


def describe_picture(run: Any, description: str) -> None:
    """Give the picture in ``run`` its alternative text."""
    for properties in run._r.iter(qn("wp:docPr")):
        properties.set("descr", description)
        properties.set("title", description)

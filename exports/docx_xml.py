"""What the Word report needs and python-docx has no API for, written as WordprocessingML.

python-docx cannot set a paragraph's direction (a long-open limitation of the
library), make numbering definitions, hyperlinks or bookmarks, or insert a
field. Each is a few elements of the document's XML, kept here so that the
renderer (``exports.docx``) reads as a report; the functions take the
paragraph's ``w:p`` element (see :mod:`exports.docx_elements`).

Right to left, Word needs four things: ``w:bidi`` on the paragraph (its
direction and start side), ``w:rtl`` on each run with the complex-script font
and language (``exports.docx_elements.run``), ``w:bidiVisual`` on tables
(columns from the right), and ``w:bidi`` on the section for its page layout.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from exports import docx_elements as elements


def _child(parent: Any, tag: str, **attributes: str) -> Any:
    """A new element ``tag`` appended to ``parent`` with ``attributes`` (``w:`` names)."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    parent.append(element)
    return element


# Word calls a file whose property elements are out of the schema's order corrupt and
# offers to repair it: an element is placed before the first of those that follow it.
#: The children of w:pPr from w:bidi on, in the schema's order.
_PARAGRAPH_TAIL = (
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
#: What follows an element in its parent, for each element written here.
# fmt: off
_FOLLOWERS = {
    "w:bidi": _PARAGRAPH_TAIL[1:],
    "w:outlineLvl": _PARAGRAPH_TAIL[_PARAGRAPH_TAIL.index("w:outlineLvl") + 1 :],
    "w:updateFields": (
        "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
        "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
        "w:captions", "w:readModeInkLockDown", "w:smartTagType",
        "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
    ),
}
# fmt: on
#: The children of w:sectPr that follow its w:bidi.
_SECTION_BIDI_FOLLOWERS = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def _placed(parent: Any, tag: str, followers: tuple[str, ...] | None = None) -> Any:
    """``parent``'s child ``tag``: the one it has, or a new one in the schema's place."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *(followers or _FOLLOWERS[tag]))
    return element


def right_to_left_paragraph(p: Any) -> None:
    """Make the paragraph ``p`` read right to left, its start on the right."""
    _placed(p.get_or_add_pPr(), "w:bidi")


def body_text_level(p: Any) -> None:
    """Give the paragraph ``p`` the outline level of body text, whatever its style's.

    A heading that the contents leave out keeps its look but stays out of the table of
    contents and the navigation pane.
    """
    _placed(p.get_or_add_pPr(), "w:outlineLvl").set(qn("w:val"), "9")


def right_to_left_section(section: Any) -> None:
    """Give ``section`` a right-to-left page layout."""
    _placed(section._sectPr, "w:bidi", _SECTION_BIDI_FOLLOWERS)


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


def number_paragraph(p: Any, num_id: int) -> None:
    """Make the paragraph ``p`` an entry of the list ``num_id``."""
    num_pr = p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def add_hyperlink(part: Any, p: Any, target: str, external: bool) -> Any:
    """A link at the end of the paragraph ``p`` (of ``part``) to a web address or a bookmark;
    its runs go inside it."""
    link = OxmlElement("w:hyperlink")
    if external:
        link.set(qn("r:id"), part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    else:
        link.set(qn("w:anchor"), target)
    link.set(qn("w:history"), "1")
    p.append(link)
    return link


def add_bookmark(p: Any, name: str, number: int) -> None:
    """Make the start of the paragraph ``p`` the bookmark ``name`` (``number``: its unique id)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p_pr = p.find(qn("w:pPr"))
    if p_pr is not None:
        p_pr.addnext(start)
    else:
        p.insert(0, start)
    start.addnext(end)


def add_field(p: Any, instruction: str, placeholder: str, rtl: bool = False) -> None:
    """A field (``TOC \\o "1-2" \\h``…) at the end of the paragraph ``p``, showing
    ``placeholder`` until the word processor updates it."""
    for kind, content in (("begin", None), ("instr", instruction), ("separate", None),
                          ("text", placeholder), ("end", None)):  # fmt: skip
        if kind == "text":
            elements.run(p, placeholder, rtl=rtl)
            continue
        run = _child(p, "w:r")
        if kind == "instr":
            element = _child(run, "w:instrText")
            element.text = content
            element.set(qn("xml:space"), "preserve")
        else:
            _child(run, "w:fldChar", fldCharType=kind)


def suit_styles_to_arabic(document: Any) -> None:
    """Take from the built-in styles what Arabic cannot take: letter spacing (the Title's and
    Subtitle's), which pulls its joined letters apart, and italic (the Subtitle's): Arabic
    has none, and a slanted copy reads poorly. Latin text keeps its italic (``w:i``)."""
    for name in ("Title", "Subtitle"):
        r_pr = document.styles[name].element.get_or_add_rPr()
        for spacing in r_pr.findall(qn("w:spacing")):
            r_pr.remove(spacing)
        italic = r_pr.find(qn("w:iCs"))
        if italic is not None:
            italic.set(qn("w:val"), "0")


def update_fields_on_open(document: Any) -> None:
    """Ask the word processor to update the fields (the contents) when it opens the file."""
    _placed(document.settings.element, "w:updateFields").set(qn("w:val"), "true")


def describe_picture(run: Any, description: str) -> None:
    """Give the picture in ``run`` its alternative text."""
    for properties in run._r.iter(qn("wp:docPr")):
        properties.set("descr", description)
        properties.set("title", description)

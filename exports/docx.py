"""The shadow review as an editable Word document, rendered from the same report model as the PDF.

What the report says, and in which order, is :mod:`exports.report_build`'s;
here each block becomes Word content with Word's own built-in styles (Title,
Heading 1–3, List Bullet, Table Grid…), so that the navigation pane, a table
of contents and restyling work: the contents are a TOC field, numbered
paragraphs and lists are Word numbering, tables repeat their header row. The
ratings chart is a picture of the PDF's drawing with its counts in words.
Paragraphs, runs and tables are made as XML elements (:mod:`exports.docx_elements`,
several times quicker than python-docx's objects); what python-docx has no API for
is in :mod:`exports.docx_xml`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm

from exports import docx_elements as elements
from exports import docx_xml as xml
from exports.atomic import ExportCancelled, atomic_path
from exports.docx_elements import RunStyle
from exports.drawing_picture import drawing_png
from exports.fonts import register_fonts
from exports.pdf_links import Links, anchor, targets
from exports.rating_chart import Bars, chart_description, chart_drawing, text_colour_on
from exports.report_build import ReportOptions, build_report
from exports.report_model import (
    Answer,
    Block,
    Bullets,
    Contents,
    EndOfCover,
    Entry,
    Heading,
    Kind,
    Line,
    Listing,
    NewPage,
    RatingChart,
    References,
    Report,
    SideBySide,
)
from exports.report_model import Table as TableBlock
from exports.report_texts import text
from exports.rich_text import line_direction
from exports.table_widths import column_widths
from forms.languages import RIGHT_TO_LEFT
from forms.merge import Consolidation
from forms.review import Review
from forms.schema import Form

#: The width of the text on an A4 page with 20 mm margins.
TEXT_WIDTH = Mm(170)
#: Font sizes of the kinds of fixed text.
_SIZES = {Kind.SMALL: 9, Kind.COVER_LINE: 12, Kind.NOTICE: 10}


def bookmark_name(target: str) -> str:
    """A Word bookmark name for a link target of the report (letters, digits, ``_``)."""
    return "".join(c if c.isalnum() else "_" for c in target)[:40]


def build_docx(
    form: Form,
    review: Review,
    path: Path | str,
    options: ReportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    consolidation: Consolidation | None = None,
) -> Path:
    """Write the Word report of ``review`` to ``path`` (atomically) and return the path.

    ``progress(done, total)`` follows the blocks; ``should_stop()`` turning true stops
    with ExportCancelled and writes nothing.
    """
    options = options or ReportOptions()
    report = build_report(form, review, options, consolidation)
    writer = _Writer(report)
    total = len(report.blocks)
    writer.cover()
    for done, block in enumerate(report.blocks, start=1):
        if should_stop is not None and should_stop():
            raise ExportCancelled(f"{path}: export cancelled")
        writer.block(block)
        if progress is not None:
            progress(done, total)
    writer.properties(options.app_version)
    target = Path(path)
    with atomic_path(target) as temporary:
        writer.document.save(str(temporary))
    return target


class _Writer:
    """Turns the report's blocks into the paragraphs and tables of one Word document."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.lang = report.lang
        self.rtl = report.lang in RIGHT_TO_LEFT
        self.document = Document()
        #: New paragraphs and tables go before the body's section properties.
        self.end = self.document.element.body.sectPr
        self._style_ids: dict[str, str] = {}
        self._bookmarks = 0
        self._findings: int | None = None  # the list of numbered paragraphs, made when first used
        self._entries: int | None = None  # the list of the entries being written
        self._at_page_start = True
        self._previous: Block | None = None
        self._sources = {
            b.scope: len(b.items) for b in report.blocks if isinstance(b, References) and b.scope
        }
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        if self.rtl:
            xml.right_to_left_section(section)
        xml.suit_styles_to_arabic(self.document)
        self._furniture(section)

    # -- the document ------------------------------------------------------------
    def properties(self, app_version: str) -> None:
        report = self.report
        core = self.document.core_properties
        core.title = " – ".join(p for p in (report.title, report.country) if p)
        core.subject = report.subtitle
        core.author = report.organisation
        core.language = self.lang
        core.keywords = ", ".join(["GCM", "shadow review", *(["SAMPLE"] if report.sample else [])])
        core.comments = text("generated", self.lang, app_version).strip()

    def _furniture(self, section: Any) -> None:
        """The running header (with SAMPLE on a sample) and "Page X of Y" at the foot."""
        report = self.report
        small = RunStyle(size=8)
        header = section.header.paragraphs[0]._p
        running = " · ".join(part for part in (report.country, report.title) if part)
        if report.sample:
            running = f"{text('sample', self.lang)} – {running}"
        self.runs(header, running, small)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        before, _, rest = text("page", self.lang, "{0}", "{1}").partition("{0}")
        middle, _, after = rest.partition("{1}")
        for piece, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
            if piece:
                self.runs(footer._p, piece, small)
            if field:
                xml.add_field(footer._p, field, "1")
        if self.rtl:
            for p in (header, footer._p):
                xml.right_to_left_paragraph(p)

    def cover(self) -> None:
        report = self.report
        if report.logo is not None:
            logo = report.logo
            scale = min(70 / logo.width, 28 / logo.height)  # at most 70 × 28 mm
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run()
            run.add_picture(io.BytesIO(logo.data), width=Mm(logo.width * scale))
            xml.describe_picture(run, logo.description)
            if self.rtl:
                xml.right_to_left_paragraph(paragraph._p)
        self.paragraph(report.title, style="Title")
        if report.subtitle:
            self.paragraph(report.subtitle, style="Subtitle")
        self._at_page_start = False  # the cover has its title: its end starts a page

    # -- blocks ------------------------------------------------------------------
    def block(self, block: Block) -> None:
        match block:
            case Heading(title, level, in_contents):
                heading = self.paragraph(title, style=f"Heading {min(level, 3)}")
                if not in_contents:  # as in the PDF: neither in the contents nor the outline
                    xml.body_text_level(heading)
            case Line(line, kind):
                self.line(line, kind)
            case Answer(value, label, kind, cites, numbered):
                self.answer(value, label, kind, self.links(cites), numbered)
            case Listing(label, items, cites):
                self.label(label)
                number_format = "arabicAbjad" if self.rtl else "lowerLetter"
                letters = xml.numbering_list(self.document, number_format, "(%1)")
                for item in items:
                    xml.number_paragraph(self.paragraph(item, links=self.links(cites)), letters)
            case Bullets(label, items):
                self.label(label)
                for item in items:
                    self.paragraph(item, style="List Bullet")
            case TableBlock():
                self.table_block(block)
            case SideBySide(columns, cites):
                header = [label for label, _ in columns]
                self.table(header, [[value for _, value in columns]], links=self.links(cites))
            case Entry():
                self.entry(block)
            case References(label, items, scope):
                self.label(label)
                for number, item in enumerate(items, start=1):
                    p = self.paragraph(f"[{number}] {item}", size=9, links=Links())
                    if scope:
                        self._bookmarks += 1
                        xml.add_bookmark(p, bookmark_name(anchor(scope, number)), self._bookmarks)
            case RatingChart(bars, _label):
                self.chart(bars)
            case Contents():
                self.paragraph(text("contents", self.lang), style="TOC Heading")
                p = elements.paragraph(self.end, rtl=self.rtl)
                instruction = 'TOC \\o "1-2" \\h \\z \\u'
                xml.add_field(p, instruction, text("contents_update", self.lang), self.rtl)
                xml.update_fields_on_open(self.document)
            case NewPage():
                self.page_break()
            case EndOfCover():
                if self.report.withheld:
                    self.line(text("withheld_notice", self.lang), Kind.NOTICE)
                self.page_break()
        if not isinstance(block, NewPage | EndOfCover):
            self._at_page_start = False
        if not isinstance(block, Entry):
            self._entries = None  # the next entries begin a list of their own
        self._previous = block

    def line(self, value: str, kind: Kind) -> None:
        if kind is Kind.COVER_TITLE:
            self.paragraph(value, style="Title")
            return
        bold = kind in (Kind.LABEL, Kind.NOTICE)
        self.paragraph(value, bold=bold, size=_SIZES.get(kind))

    def label(self, label: str) -> None:
        """A label above an answer, kept with it; left out when the heading just said it."""
        if isinstance(self._previous, Heading) and self._previous.text == label:
            return
        self.paragraph(label, bold=True, keep_with_next=True, space_after=2)

    def answer(self, value: str, label: str, kind: Kind, links: Links, numbered: bool) -> None:
        if label:
            self.label(label)
        size = _SIZES.get(kind)
        for line in value.split("\n"):
            if not line.strip():
                continue
            p = self.paragraph(line, size=size, links=links)
            if numbered:
                if self._findings is None:
                    self._findings = xml.numbering_list(self.document, "decimal", "%1.")
                xml.number_paragraph(p, self._findings)

    def entry(self, entry: Entry) -> None:
        if self._entries is None or entry.number == 1:
            if entry.lettered:  # as a person's list: (a), (b)… or the Arabic letters
                number_format = "arabicAbjad" if self.rtl else "lowerLetter"
                self._entries = xml.numbering_list(self.document, number_format, "(%1)")
            else:
                self._entries = xml.numbering_list(self.document, "decimal", "%1.")
        more = bool(entry.details or entry.notes)
        p = self.paragraph(entry.text, links=self.links(entry.cites), keep_with_next=more)
        xml.number_paragraph(p, self._entries)
        if entry.details:
            self.paragraph(entry.details, size=9, indent=Mm(10).twips)
        for label, note in entry.notes:
            self.answer(note, label, Kind.BODY, Links(), numbered=False)

    def page_break(self) -> None:
        if self._at_page_start:
            return
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self._at_page_start = True

    # -- tables and the chart ----------------------------------------------------
    def table_block(self, block: TableBlock) -> None:
        if block.label:
            self.label(block.label)
        fills = {(row + 1, col): colour for row, col, colour in block.swatches}
        self.table(
            list(block.header), [list(r) for r in block.rows], block.widths, block.numeric,
            fills=fills,
        )  # fmt: skip

    def chart(self, bars: Bars) -> None:
        """The ratings chart: a picture of the PDF's drawing, its counts in its alternative text."""
        fonts = register_fonts()
        drawing = chart_drawing(bars, TEXT_WIDTH.pt, fonts.regular, fonts.bold, self.rtl)
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(drawing_png(drawing)), width=TEXT_WIDTH)
        xml.describe_picture(run, chart_description(bars, self.lang))
        if self.rtl:
            xml.right_to_left_paragraph(paragraph._p)

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: tuple[float, ...] | None = None,
        numeric: tuple[int, ...] = (),
        links: Links | None = None,
        fills: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """A Table Grid table: its header repeated on every page and kept with the first row,
        its rows never split.

        ``fills`` colours cells, by (row, column) counting the header as row 0; their text is
        white on a dark colour.
        """
        shares = (
            list(widths) if widths else column_widths(header, rows, TEXT_WIDTH.pt, _rough_width)
        )
        total = TEXT_WIDTH.twips
        sizes = [int(total * share / sum(shares)) for share in shares]
        tbl = elements.table(self.end, self.style_id("Table Grid"), sizes, self.rtl)
        fills = fills or {}
        links = links or Links()
        for index, values in enumerate([header, *rows]):
            tr = elements.row(tbl, header=index == 0)
            for column, value in enumerate(values):
                fill = fills.get((index, column), "")
                align = "right" if column in numeric and not self.rtl else ""
                rtl = line_direction(value, self.rtl)
                p = elements.cell(tr, sizes[column], fill, rtl, align, keep=index == 0)
                on_dark = bool(fill) and text_colour_on(fill) == "#ffffff"
                style = RunStyle(bold=index == 0, size=9, colour="FFFFFF" if on_dark else "")
                self.runs(p, value, style, links)
        # A paragraph after it: two tables in a row would be taken for one.
        elements.paragraph(self.end, space_after=2)

    # -- text --------------------------------------------------------------------
    def style_id(self, name: str) -> str:
        """The id of the built-in style ``name`` (looked up once: python-docx scans them all)."""
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self.document.styles[name].style_id
        return found

    def links(self, cites: str) -> Links:
        return Links(cites, self._sources.get(cites, 0))

    def paragraph(
        self,
        value: str,
        style: str | None = None,
        bold: bool = False,
        size: float | None = None,
        links: Links | None = None,
        keep_with_next: bool = False,
        space_after: float | None = None,
        indent: int = 0,
    ) -> Any:
        """A paragraph (its ``w:p``) of ``value`` in its own direction (its first strong
        character); ``indent`` in twips."""
        p = elements.paragraph(
            self.end, self.style_id(style) if style else "", line_direction(value, self.rtl),
            keep_with_next, space_after, indent=indent,
        )  # fmt: skip
        self.runs(p, value, RunStyle(bold=bold, size=size), links)
        return p

    def runs(self, p: Any, value: str, style: RunStyle, links: Links | None = None) -> None:
        """``value`` as runs of the paragraph ``p``: plain text, and its web addresses and
        citations as links (a citation to the bookmark of its source)."""
        rtl = line_direction(value, self.rtl)
        at = 0
        for start, end, target, external in targets(value, links):
            if start > at:
                self.run(p, value[at:start], style, rtl)
            link = xml.add_hyperlink(
                self.document.part, p, target if external else bookmark_name(target), external
            )
            self.run(link, value[start:end], _link_style(style), rtl)
            at = end
        if at < len(value):
            self.run(p, value[at:], style, rtl)

    @staticmethod
    def run(parent: Any, piece: str, style: RunStyle, rtl: bool) -> None:
        """One run: right to left in a right-to-left line, or when it holds Arabic letters."""
        elements.run(parent, piece, style, rtl or any("\u0600" <= c <= "\u06ff" for c in piece))


@lru_cache(maxsize=16)
def _link_style(style: RunStyle) -> RunStyle:
    """``style`` for a link: Word's Hyperlink character style, and blue and underlined where
    the style is missing."""
    return replace(style, style_id="Hyperlink", colour="1F4E8C", underline=True)


def _rough_width(value: str, bold: bool) -> float:
    """A text's width in points at the tables' 9 pt, for sizing their columns.

    The word processor's fonts are not known here: a little over half an em per
    character is close for the usual sans-serif fonts, and Word's cell margins take
    a few points more than the PDF's.
    """
    return len(value) * 5.0 * (1.08 if bold else 1.0) + 4

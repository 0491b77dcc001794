"""The shadow review as a PDF publication: the report's blocks laid out with reportlab.

What the report says, and in which order, is :mod:`exports.report_build`'s
(walked from the form definition); here each block becomes flowables: the
cover, the contents, headings kept with what follows, tables whose numbers
line up, the ratings chart. User text is always printed literally.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from exports.atomic import atomic_path
from exports.fonts import register_fonts, text_width
from exports.pdf_canvas import numbering_canvas, page_label
from exports.pdf_contents import ContentsEntry
from exports.pdf_links import Links, anchor
from exports.pdf_numbered import ENTRY_INDENT, Marked, entry_mark
from exports.pdf_styles import (
    CONTENT_WIDTH,
    MARGIN,
    RTL_LANGUAGES,
    ReportTable,
    body_frame,
    draw_running,
    layout_progress,
)
from exports.pdf_styles import Styles as _Styles
from exports.pdf_styles import fixed as _fixed
from exports.rating_chart import chart_drawing, text_colour_on
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
    Logo,
    NewPage,
    RatingChart,
    References,
    Report,
    SideBySide,
)
from exports.report_model import Table as TableBlock
from exports.report_texts import text
from exports.rich_text import display_text, line_direction, text_paragraph, user_paragraphs
from exports.table_widths import column_widths
from forms.merge import Consolidation
from forms.review import Review
from forms.schema import Form

#: The report's options (the same for every format of the report).
PdfOptions = ReportOptions
#: Room a main heading needs at the foot of a page, or it starts the next one: enough for
#: the header and first row of a table of several wrapped lines (the endorsements).
HEADING_ROOM = 50 * mm
#: The name of the form (a PDF XObject) that draws the SAMPLE mark.
_WATERMARK = "SampleMark"
#: The largest a logo is printed on the cover (width, height).
LOGO_BOX = (70 * mm, 28 * mm)
#: Lines of what follows that a heading or a label needs below it on its page.
LINES_AFTER = 3
#: The space between the paragraphs of an answer, in lines.
PARAGRAPH_GAP = 0.45


def _heading(title: str, style: ParagraphStyle, level: int, key: str) -> Flowable:
    """A heading that feeds the table of contents and the PDF bookmarks; it never splits."""
    heading = text_paragraph(title, style, splittable=False)
    heading.toc_level = level
    heading.toc_title = title
    heading.toc_key = key
    return heading


def _contents_key(number: int) -> str:
    """The link key of the ``number``-th heading of the contents (bookmark and entry)."""
    return f"h{number}"


class _ReportTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """The report's pages; ``pages`` gets the page of each heading of the contents."""

    def __init__(self, path: str, report: Report, pages: dict[str, int], **kw: Any):
        super().__init__(path, pagesize=A4, **kw)
        self.report = report
        self.pages = pages
        self.running = " · ".join(part for part in (report.country, report.title) if part)
        frame = body_frame()
        self.addPageTemplates(
            [
                PageTemplate("cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate("body", frames=[frame], onPage=self._decorate_page),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_title, key, level=level, closed=level > 0)
        self.pages[key] = self.page

    def _watermark(self, canvas: Any) -> None:
        """SAMPLE across the page: drawn once as a form, then placed on every page.

        It is drawn before the page's text, in a pale solid colour (a form holds no
        transparency reportlab can give it), so the text stays readable over it.
        """
        if not self.report.sample:
            return
        if not canvas.hasForm(_WATERMARK):
            canvas.beginForm(_WATERMARK)
            canvas.saveState()
            canvas.setFillColor(colors.Color(0.97, 0.88, 0.88))
            canvas.setFont(register_fonts().bold, 110)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -35, display_text(text("sample", self.report.lang)))
            canvas.restoreState()
            canvas.endForm()
        canvas.doForm(_WATERMARK)

    def _decorate_cover(self, canvas: Any, doc: Any) -> None:
        self._watermark(canvas)

    def _decorate_page(self, canvas: Any, doc: Any) -> None:
        self._watermark(canvas)
        draw_running(canvas, self.running, self.report.lang in RTL_LANGUAGES)


class _Renderer:
    """Turns the report's blocks into flowables."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.lang = report.lang
        self.styles = _Styles(report.lang)
        self.story: list[Flowable] = []
        self._keys = 0
        self._previous: Block | None = None  # the block before the one being laid out
        self._following: list[Block] = []  # the few blocks after it
        #: How many of the next blocks (headings and lines) a heading's room already holds.
        self._covered = 0
        self._paragraph = 0  # the number of the last numbered paragraph
        #: The entries of the contents: (level, title, key), keyed as heading() keys them.
        self._contents = [
            (b.level - 1, b.text, _contents_key(n))
            for n, b in enumerate(
                (b for b in report.blocks if isinstance(b, Heading) and b.in_contents), 1
            )
        ]
        #: The page of each heading of the contents, filled as the report is laid out.
        self.pages: dict[str, int] = {}
        #: How many sources each list that texts cite has.
        self._sources = {
            b.scope: len(b.items) for b in report.blocks if isinstance(b, References) and b.scope
        }
        s = self.styles
        #: Table cells by (bold, number): numbers align right.
        self._cell_styles = {
            (bold, numeric): ParagraphStyle(f"{base.name}_number", parent=base, alignment=TA_RIGHT)
            if numeric
            else base
            for bold, base in ((False, s.cell), (True, s.cell_bold))
            for numeric in (False, True)
        }
        self.kinds = {
            Kind.BODY: s.body, Kind.LABEL: s.label, Kind.SMALL: s.small,
            Kind.COVER_TITLE: s.cover_title, Kind.COVER_LINE: s.cover_line,
            Kind.NOTICE: s.cover_notice,
        }  # fmt: skip

    def flowables(self) -> list[Flowable]:
        s = self.styles
        report = self.report
        if report.logo is not None:
            logo = self.logo(report.logo)
            self.story += [
                Spacer(1, 8 * mm),
                logo,
                Spacer(1, max(8 * mm, 37 * mm - logo.drawHeight)),
            ]
        else:
            self.story.append(Spacer(1, 45 * mm))
        self.story.append(_fixed(report.title, s.cover_title))
        if report.subtitle:
            self.story.append(_fixed(report.subtitle, s.cover_line))
        self.story.append(Spacer(1, 18 * mm))
        blocks = report.blocks
        for index, block in enumerate(blocks):
            self._following = blocks[index + 1 : index + 4]
            self.block(block)
            if isinstance(block, Line) and self._covered:
                self._covered -= 1
            elif not isinstance(block, Heading | Line):
                self._covered = 0
            self._previous = block
        return self.story

    def block(self, block: Block) -> None:
        story = self.story
        s = self.styles
        match block:
            case Heading(title, level, in_contents):
                self.heading(title, level, in_contents)
            case Line(line, kind):
                story.append(_fixed(line, self.kinds[kind]))
            case Answer(value, label, kind, cites, numbered):
                if numbered:  # each line typed is a paragraph of its own, with its number
                    value = "\n\n".join(value.split("\n"))
                paragraphs = self.answer(value, label, self.kinds[kind], self.links(cites))
                story.extend(self.numbered(paragraphs) if numbered else paragraphs)
            case Listing(label, items, cites):
                story.extend(self.listing(label, items, self.links(cites)))
            case Bullets(label, items):
                story.extend(self.label(label))
                story.extend(_fixed(f"• {item}", s.small) for item in items)
            case TableBlock():
                story.extend(self.table_block(block))
            case References(label, items):
                story.extend(self.label(label))
                for number, item in enumerate(items, start=1):
                    target = anchor(block.scope, number) if block.scope else ""
                    story.extend(user_paragraphs(f"[{number}] {item}", s.small, target=target))
            case SideBySide(columns, cites):
                width = CONTENT_WIDTH / len(columns)
                header = [label for label, _ in columns]
                links = self.links(cites)
                cells = [user_paragraphs(value, s.cell, links) for _, value in columns]
                story += [Spacer(1, 2 * mm), self.table(header, [cells], [width] * len(columns))]
            case Entry():
                story.extend(self.entry(block))
            case RatingChart(bars, _label):
                chart = chart_drawing(bars, CONTENT_WIDTH, s.font, s.bold, s.rtl)
                story += [chart, Spacer(1, 5 * mm)]
            case Contents():
                story.append(_fixed(text("contents", self.lang), s.h1))
                story += [
                    ContentsEntry(title, key, s.toc_levels[level], self.pages)
                    for level, title, key in self._contents
                ]
            case NewPage():
                story.append(PageBreakIfNotEmpty())
            case EndOfCover():
                if self.report.withheld:
                    story.append(_fixed(text("withheld_notice", self.lang), s.cover_notice))
                story += [NextPageTemplate("body"), PageBreak()]

    def logo(self, logo: Logo) -> Image:
        """The logo at the cover's start, at most LOGO_BOX, its proportions kept."""
        scale = min(LOGO_BOX[0] / logo.width, LOGO_BOX[1] / logo.height)
        image = Image(io.BytesIO(logo.data), width=logo.width * scale, height=logo.height * scale)
        image.hAlign = "RIGHT" if self.styles.rtl else "LEFT"
        return image

    # -- text ----------------------------------------------------------------------
    def heading(self, title: str, level: int, in_contents: bool) -> None:
        s = self.styles
        style = {1: s.h1, 2: s.h2}.get(level, s.h3)
        if in_contents:
            self._keys += 1
            flowable = _heading(title, style, level - 1, _contents_key(self._keys))
        else:
            flowable = _fixed(title, style)
        # Never alone at the foot of a page: with the headings and lines just below it (an
        # objective's heading, its paragraph line, the first sub-heading), then a label and
        # a few lines of text, or on the next page. A heading of such a run needs nothing more.
        if self._covered:
            self._covered -= 1
        else:
            titles, self._covered = self._titles()
            room = self.room(flowable, s.label.leading + s.label.spaceBefore + titles)
            self.story.append(CondPageBreak(max(room, HEADING_ROOM if level == 1 else 0)))
        self.story.append(flowable)

    def _titles(self) -> tuple[float, int]:
        """The height and number of the headings and lines just after the block laid out."""
        s = self.styles
        height = 0.0
        count = 0
        for block in self._following:
            if isinstance(block, Heading):
                style = {1: s.h1, 2: s.h2}.get(block.level, s.h3)
                text_of = block.text
            elif isinstance(block, Line):
                style, text_of = self.kinds[block.kind], block.text
            else:
                break
            flowable = _fixed(text_of, style)
            height += flowable.wrap(CONTENT_WIDTH, A4[1])[1] + style.spaceBefore + style.spaceAfter
            count += 1
        return height, count

    def room(self, flowable: Flowable, extra: float = 0) -> float:
        """The height ``flowable`` needs on its page with the first lines of what follows."""
        _width, height = flowable.wrap(CONTENT_WIDTH, A4[1])
        style = getattr(flowable, "style", None)
        around = (style.spaceBefore + style.spaceAfter) if style is not None else 0
        return float(height + around + extra + LINES_AFTER * self.styles.body.leading)

    def label(self, label: str) -> list[Flowable]:
        """A label, never alone at the foot of a page."""
        flowable = _fixed(label, self.styles.label)
        flowable.is_label = True  # not a paragraph to number
        return [CondPageBreak(self.room(flowable)), flowable]

    def numbered(self, flowables: list[Flowable]) -> list[Flowable]:
        """Each paragraph among ``flowables`` with the next paragraph number in the margin."""
        out: list[Flowable] = []
        for flowable in flowables:
            if isinstance(flowable, Spacer | CondPageBreak) or getattr(flowable, "is_label", False):
                out.append(flowable)
                continue
            self._paragraph += 1
            mark = f"{self._paragraph}."
            out.append(Marked(flowable, mark, self.styles.body, self.styles.rtl))
        return out

    def links(self, cites: str) -> Links:
        """What a text citing the sources ``cites`` may link to (web addresses always)."""
        return Links(cites, self._sources.get(cites, 0))

    def answer(
        self, value: str, label: str, style: ParagraphStyle, links: Links | None = None
    ) -> list[Flowable]:
        paragraphs = user_paragraphs(value, style, links or Links())
        # The blank lines between a person's paragraphs stay a space between them.
        gap = style.leading * PARAGRAPH_GAP
        paragraphs = [
            p for i, f in enumerate(paragraphs) for p in ([Spacer(1, gap), f] if i else [f])
        ]
        if not label or not paragraphs:
            return paragraphs
        if isinstance(self._previous, Heading) and self._previous.text == label:
            return paragraphs  # the heading just above says it already
        return [*self.label(label), *paragraphs]

    def listing(self, label: str, items: tuple[str, ...], links: Links) -> list[Flowable]:
        """A person's list, lettered (a), (b)…, a little space between entries that wrap.

        Each mark hangs at the start of its entry's own direction.
        """
        s = self.styles
        flowables: list[Flowable] = []
        if not (isinstance(self._previous, Heading) and self._previous.text == label):
            flowables.extend(self.label(label))
        gap = s.body.leading * PARAGRAPH_GAP
        for number, item in enumerate(items, start=1):
            if number > 1:
                flowables.append(Spacer(1, gap))
            mark = entry_mark(number, self.lang)
            rtl = line_direction(item, self.styles.rtl)
            for index, paragraph in enumerate(user_paragraphs(item, s.body, links)):
                shown = mark if index == 0 else ""
                flowables.append(Marked(paragraph, shown, s.body, rtl, ENTRY_INDENT))
        return flowables

    def entry(self, entry: Entry) -> list[Flowable]:
        """A numbered entry: its text, its line of details, its notes; then a little space."""
        s = self.styles
        links = self.links(entry.cites)
        if entry.lettered:  # the mark hangs at the start of the entry's own direction
            mark = entry_mark(entry.number, self.lang)
            rtl = line_direction(entry.text, s.rtl)
            block: list[Flowable] = [
                Marked(paragraph, mark if index == 0 else "", s.body, rtl, ENTRY_INDENT)
                for index, paragraph in enumerate(user_paragraphs(entry.text, s.body, links))
            ]
        else:
            block = user_paragraphs(f"{entry.number}. {entry.text}".strip(), s.body, links)
        if entry.details:
            block.append(_fixed(entry.details, s.small))
        for label, note in entry.notes:
            block.extend(self.answer(note, label, s.body))
        return [KeepTogether(block[:2]), *block[2:], Spacer(1, 2 * mm)]

    # -- tables ----------------------------------------------------------------------
    def cell(self, value: str, bold: bool = False, numeric: bool = False) -> Flowable:
        style = self._cell_styles[(bold, numeric)]
        paragraphs = user_paragraphs(value, style, Links())
        return paragraphs if len(paragraphs) != 1 else paragraphs[0]

    def table(
        self,
        header: list[str],
        rows: list[list[Any]],
        widths: list[float] | None = None,
        numeric: tuple[int, ...] = (),
    ) -> Table:
        data = [[self.cell(h, bold=True, numeric=i in numeric) for i, h in enumerate(header)]]
        data += [
            [
                c if isinstance(c, Flowable | list) else self.cell(str(c), numeric=i in numeric)
                for i, c in enumerate(row)
            ]
            for row in rows
        ]
        if self.styles.rtl:
            data = [list(reversed(row)) for row in data]
            widths = list(reversed(widths)) if widths else None
        table = ReportTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def table_block(self, block: TableBlock) -> list[Flowable]:
        count = len(block.header)
        if block.widths is not None:
            widths = [CONTENT_WIDTH * share for share in block.widths]
        else:
            size = self.styles.cell.fontSize

            def measure(value: str, bold: bool) -> float:
                return text_width(value, size, bold)

            widths = column_widths(block.header, block.rows, CONTENT_WIDTH, measure)
        colours = {(row, col): colour for row, col, colour in block.swatches}
        rows: list[list[Any]] = [
            [
                self.rating_cell(value, colours[(r, c)]) if (r, c) in colours else value
                for c, value in enumerate(row)
            ]
            for r, row in enumerate(block.rows)
        ]
        table = self.table(list(block.header), rows, widths, block.numeric)
        if colours:
            cells = [
                (self._column(c, count), r + 1, colors.HexColor(colour))
                for (r, c), colour in colours.items()
            ]
            table.setStyle(TableStyle([("BACKGROUND", (x, y), (x, y), c) for x, y, c in cells]))
        if not block.label:
            return [table]
        if len(block.rows) <= 12:  # a small table stays with its label, whole
            return [KeepTogether([_fixed(block.label, self.styles.label), table])]
        return [*self.label(block.label), table]

    def _column(self, col: int, count: int) -> int:
        """Where logical column ``col`` of ``count`` stands (right to left: mirrored)."""
        return count - 1 - col if self.styles.rtl else col

    def rating_cell(self, label: str, colour: str) -> Flowable:
        """A rating label readable on its colour (white on dark, black on light)."""
        on = colors.HexColor(text_colour_on(colour))
        style = ParagraphStyle("rating_cell", parent=self.styles.cell_bold, textColor=on)
        return text_paragraph(label, style)


def build_pdf(
    form: Form,
    review: Review,
    path: Path | str,
    options: PdfOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    consolidation: Consolidation | None = None,
) -> Path:
    """Write the report of ``review`` to ``path`` (atomically) and return the path.

    ``progress(done, total)`` is called as the story is laid out (once: the contents'
    page numbers are drawn at the end). When ``should_stop()`` turns true the build stops with
    ExportCancelled and nothing is written. A ``consolidation`` (coalition reports)
    adds what each member organisation said per objective and an annex crediting them.
    """
    options = options or PdfOptions()
    report = build_report(form, review, options, consolidation)
    renderer = _Renderer(report)
    story = renderer.flowables()
    lang = options.lang
    target = Path(path)
    with atomic_path(target) as temporary:
        document = _ReportTemplate(
            str(temporary),
            report,
            renderer.pages,
            title=" – ".join(p for p in (report.title, report.country) if p),
            author=report.organisation,
            subject=report.subtitle,
            creator=text("generated", lang, options.app_version).strip(),
            # The sample flag: files made at workshops say so in their metadata too.
            keywords=["GCM", "shadow review", *(["SAMPLE"] if review.sample else [])],
            lang=lang,
            initialFontName=register_fonts().regular,  # no unembedded Helvetica on any page
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        document.setProgressCallBack(layout_progress(target, progress, should_stop))
        document.build(story, canvasmaker=numbering_canvas(page_label(lang), lang in RTL_LANGUAGES))
    return target

"""The blank questionnaire as a printable PDF, generated entirely from the form definition.

For workshops that start on paper: a cover with write-in lines and how to fill the paper in,
then every section in the order of the form, each question with its label, its help and an
answer area suited to its type (lines, framed boxes, tick boxes, date boxes, count grids,
tables). Right-to-left languages put the boxes on the right of their labels and mirror the
table columns; dates are always written year first, left to right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exports.atomic import atomic_path
from exports.fonts import font_runs, register_fonts, runs_width, text_width
from exports.pdf_canvas import numbering_canvas, page_label
from exports.pdf_styles import (
    CONTENT_WIDTH,
    MARGIN,
    RTL_LANGUAGES,
    ReportTable,
    Styles,
    body_frame,
    draw_running,
    layout_progress,
)
from exports.report_texts import text
from exports.rich_text import display_text, user_paragraphs
from forms.schema import Choice, Field, Form, Item, Section
from forms.sensitive import without_sensitive
from forms.typography import labelled, list_separator

#: Side of a tick box.
BOX = 3.4 * mm
#: Width of the table column that holds a tick box.
BOX_COLUMN = 6 * mm
#: Distance between handwriting lines.
PITCH = 7.2 * mm
#: Lines of a long text answer: of a section, of an item (principle, objective), in a table;
#: and of a short one (``max_length`` up to SHORT_TEXT).
LONG_LINES, ITEM_LINES, ENTRY_LINES, SHORT_LINES = 6, 5, 4, 3
SHORT_TEXT = 1000
#: Empty rows of a table: in a section of its own, under each item (principle, objective).
TABLE_ROWS, ITEM_TABLE_ROWS = 6, 4
#: Entries of a transposed table (one column each), and of a section's table printed as
#: blocks (an objective's has one).
TRANSPOSED_ENTRIES, BLOCK_ENTRIES = 4, 3
#: Tables with more columns than this, or with counts columns, are printed transposed.
MAX_GRID_COLUMNS = 6
#: Choice lists longer than this are numbered in tables and blocks, with a legend.
NUMBERED_CHOICES = 8
#: Choice labels this short (an action's letter) are printed as they are, never numbered.
SELF_EVIDENT = 5
#: Field types answered by ticking boxes.
TICKED = frozenset({"choice", "multichoice", "boolean"})
INK = colors.HexColor("#333333")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#9aa8b8")
SHADE = colors.HexColor("#eef2f7")
HEADER = colors.HexColor("#e8eef5")
NOTE = colors.HexColor("#8a1c1c")


# --- drawn answer areas -----------------------------------------------------------------------


class _TickBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An empty square to tick, drawn (no font needed), a point below the line's top."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.size
        self.height = self.size + 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        canvas.restoreState()


class _Ruled(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Lines to write on: one bare line, or several in a frame (a long answer)."""

    def __init__(self, lines: int = 1, framed: bool = False, width: float | None = None) -> None:
        super().__init__()
        self.lines = lines
        self.framed = framed
        self.fixed_width = width
        self.spaceAfter = 2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.fixed_width or availWidth
        self.height = self.lines * PITCH
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.framed:
            canvas.setStrokeColor(colors.HexColor("#d0d7e0"))
            canvas.setLineWidth(0.4)
            for line in range(1, self.lines):
                y = self.height - line * PITCH
                canvas.line(2 * mm, y, self.width - 2 * mm, y)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        else:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            canvas.line(0, 0, self.width, 0)
        canvas.restoreState()


class _Frame(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An empty framed box of a given size: the answer area of a number."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.spaceAfter = 2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()


class _DateBoxes(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Boxes for a date written year first (____-__-__), each group captioned below.

    The digits always run left to right, as in the application; the captions (year, month,
    day) are in the questionnaire's language, so the order is clear in any script.
    """

    CELL = 5 * mm
    DASH = 3.5 * mm
    CAPTION = 6.5

    def __init__(self, captions: Sequence[str]) -> None:
        super().__init__()
        self.captions = [display_text(c) for c in captions]
        self.width = 8 * self.CELL + 2 * self.DASH
        self.height = self.CELL + self.CAPTION + 3
        self.spaceAfter = 2 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        bottom = self.CAPTION + 3
        x = 0.0
        for group, (digits, caption) in enumerate(zip((4, 2, 2), self.captions, strict=True)):
            if group:
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.8)
                middle = bottom + self.CELL / 2
                canvas.line(x + 1, middle, x + self.DASH - 1, middle)
                x += self.DASH
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            for digit in range(digits):
                canvas.rect(x + digit * self.CELL, bottom, self.CELL, self.CELL, stroke=1, fill=0)
            canvas.setFillColor(GREY)
            _draw_centred(canvas, x + digits * self.CELL / 2, 1, caption, self.CAPTION)
            x += digits * self.CELL
        canvas.restoreState()


def _draw_centred(canvas: Any, x: float, y: float, value: str, size: float) -> None:
    """Draw a one-line display-order text centred on ``x``, every glyph from a font that has it."""
    runs = font_runs(value)
    x -= runs_width(runs, size) / 2
    for font, piece in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += runs_width([(font, piece)], size)


# --- the document -----------------------------------------------------------------------------


class _BlankTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """A4 pages: a cover without furniture, then pages with a running header and page numbers."""

    def __init__(self, path: str, running: str, **kw: Any) -> None:
        super().__init__(path, pagesize=A4, **kw)
        self.running = running
        frame = body_frame()
        self.addPageTemplates(
            [
                PageTemplate("cover", frames=[frame]),
                PageTemplate("body", frames=[frame], onPage=self._decorate_page),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        key = flowable.outline_key
        level = flowable.outline_level
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def _decorate_page(self, canvas: Any, doc: Any) -> None:
        draw_running(canvas, self.running, self.lang in RTL_LANGUAGES)


class _Builder:
    """Collects the flowables of the blank questionnaire in one language."""

    def __init__(self, form: Form, lang: str) -> None:
        self.form = form
        self.lang = lang
        s = Styles(lang)
        self.styles = s
        self.rtl = s.rtl
        self.story: list[Flowable] = []
        self._marks = 0
        #: Choice lists whose choices' help was printed: later questions print the labels only.
        self.explained: set[str] = set()
        self.help = ParagraphStyle("help", parent=s.small, fontSize=8, leading=10, textColor=GREY)
        self.note = ParagraphStyle("note", parent=self.help, textColor=NOTE)
        self.label = ParagraphStyle("field", parent=s.label, spaceBefore=7, spaceAfter=1)
        self.option = ParagraphStyle("option", parent=s.cell, fontSize=9, leading=11)
        self.option_help = ParagraphStyle(
            "option_help", parent=self.help, fontSize=7.5, leading=9.5
        )
        self.head_cell = ParagraphStyle("head_cell", parent=s.cell_bold, alignment=TA_CENTER)
        # Where an item's tables of entries are asked instead: set apart from the next question.
        self.pointer = ParagraphStyle(
            "pointer", parent=self.help, textColor=INK, spaceBefore=3, spaceAfter=5
        )
        self.item_title = ParagraphStyle("item", parent=s.h2, spaceBefore=4)

    # -- text helpers ----------------------------------------------------------------------

    def t(self, key: str, *args: object) -> str:
        return text(key, self.lang, *args)

    def paras(self, value: str, style: ParagraphStyle) -> list[Flowable]:
        """Paragraphs of a definition or fixed text, wrapped and ordered right in any script."""
        return user_paragraphs(value, style) if value else []

    def cell(self, value: str, style: ParagraphStyle) -> Flowable | list[Flowable]:
        flows = self.paras(value, style)
        return flows[0] if len(flows) == 1 else flows

    def heading(self, title: str, style: ParagraphStyle, level: int) -> list[Flowable]:
        """A heading that also becomes a PDF bookmark at outline ``level``."""
        flows = self.paras(title, style)
        if flows:
            self._marks += 1
            first = flows[0]
            first.outline_title = title
            first.outline_level = level
            first.outline_key = f"b{self._marks}"
        return flows

    def row(self, cells: list[Any]) -> list[Any]:
        """A table row in reading order: mirrored for right-to-left languages."""
        return list(reversed(cells)) if self.rtl else cells

    def widths(self, widths: list[float]) -> list[float]:
        return list(reversed(widths)) if self.rtl else widths

    @property
    def align(self) -> str:
        return "RIGHT" if self.rtl else "LEFT"

    def placed(self, flowable: Flowable) -> Flowable:
        """A flowable narrower than the frame, on the reading side."""
        flowable.hAlign = self.align
        return flowable

    def label_text(self, fld: Field) -> str:
        label = fld.label.get(self.lang)
        return f"{label} *" if fld.required else label

    # -- the parts -------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        self.cover()
        for number, section in enumerate(self.form.sections):
            if number:
                self.story.append(PageBreak())
            self.section(section)
        return self.story

    def cover(self) -> None:
        s = self.styles
        form = self.form
        story = self.story
        story.append(Spacer(1, 30 * mm))
        story.extend(self.paras(form.title.get(self.lang), s.cover_title))
        story.extend(self.paras(form.subtitle.get(self.lang), s.cover_line))
        story.append(Spacer(1, 10 * mm))
        title = ParagraphStyle("blank", parent=s.cover_notice, fontSize=18, leading=24)
        story.extend(self.paras(self.t("blank_template"), title))
        story.extend(self.paras(self.t("form_version", form.version), s.cover_line))
        story.append(Spacer(1, 14 * mm))
        lines = [
            (self.t("country"), _Ruled()),
            (self.t("organisation"), _Ruled()),
            (self.t("date"), self.date_boxes()),
        ]
        label_width = 45 * mm
        table = ReportTable(
            [self.row([self.cell(label, s.label), area]) for label, area in lines],
            colWidths=self.widths([label_width, CONTENT_WIDTH - label_width]),
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), self.align),
                    ("TOPPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        story.append(table)
        story.append(Spacer(1, 14 * mm))
        how_to = [
            *self.paras(self.t("how_to_title"), s.h3),
            *self.paras(self.t("how_to"), s.body),
        ]
        box = ReportTable([[how_to]], colWidths=[CONTENT_WIDTH])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        story.append(box)
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())

    def section(self, section: Section) -> None:
        story = self.story
        story.extend(self.heading(section.title.get(self.lang), self.styles.h1, 0))
        story.extend(self.paras(section.help.get(self.lang), self.styles.body))
        if not section.has_items:
            for fld in section.fields:
                if fld.in_workbook:  # a picture is chosen in the application
                    story.extend(self.field(fld, CONTENT_WIDTH))
            return
        if not section.groups:
            for item in section.items:
                flow = self.item(section, item, 1, self.styles.h3, keep_fields=False)
                story.append(KeepTogether(flow))
            self.entry_sheets(section)
            return
        grouped = {key for group in section.groups for key in group.items}
        first = True
        for group in section.groups:
            if not first:
                story.append(PageBreak())
            story.extend(self.heading(group.title.get(self.lang), self.styles.h2, 1))
            for number, key in enumerate(group.items):
                found = section.item(key)
                if found is None:
                    continue
                if number:
                    story.append(PageBreak())
                story.extend(self.item(section, found, 2, self.item_title))
            first = False
        for item in section.items:
            if item.key not in grouped:
                if not first:
                    story.append(PageBreak())
                story.extend(self.item(section, item, 1, self.item_title))
                first = False
        self.entry_sheets(section)

    def entry_sheets(self, section: Section) -> None:
        """The items' tables of entries, gathered after the last item (as the workbook does).

        Each block asks first which item it belongs to; under each item, a line says where
        its entries go. Tables of entries are many and long: asked under each of 23
        objectives, they would make the questionnaire several times as long.
        """
        tables = [f for f in section.item_fields if _gathered(section, f)]
        if not tables:
            return
        story = self.story
        story.append(PageBreak())
        story.extend(self.heading(self.t("entry_sheets"), self.styles.h2, 1))
        story.extend(self.paras(self.t("entry_sheets_help"), self.styles.body))
        numbers = [item.number for item in section.items]
        owner = self.t("entry_owner", section.item_label.get(self.lang))
        owner = f"{owner} ({min(numbers)}–{max(numbers)})"  # the box asks for one of them
        for fld in tables:
            lead, rest = self.blocks(fld, CONTENT_WIDTH, BLOCK_ENTRIES, owner)
            story.append(KeepTogether(self.field_head(fld) + lead))
            story.extend(rest)

    def item(
        self,
        section: Section,
        item: Item,
        level: int,
        style: ParagraphStyle,
        keep_fields: bool = True,
    ) -> list[Any]:
        """One principle or objective: its title, its GCM paragraph, then the item fields.

        Without ``keep_fields`` nothing is grouped, for the caller to keep the whole together.
        """
        label = section.item_label.get(self.lang)
        title = (
            labelled(f"{label} {item.number}", item.title.get(self.lang), self.lang)
            if label
            else ""
        )
        flow: list[Any] = self.heading(title or item.title.get(self.lang), style, level)
        if item.paragraph:
            flow.extend(self.paras(self.t("paragraph", item.paragraph), self.styles.small))
        gathered = [f for f in section.item_fields if _gathered(section, f)]
        if gathered:
            names = list_separator(self.lang).join(f.label.get(self.lang) for f in gathered)
            flow.extend(self.paras(self.t("entries_elsewhere", names), self.pointer))
        done: set[str] = {f.key for f in gathered}
        for fld in section.item_fields:
            if fld.key in done or not fld.in_workbook:
                continue
            partners = section.partner_of(fld.key)
            fields = [section.field(key) for key in partners or ()]
            pair = [f for f in fields if f is not None and f.type == "longtext"]
            if fld.type == "longtext" and len(pair) > 1:
                flow.append(self.side_by_side(pair))
                done.update(f.key for f in pair)
                continue
            flow.extend(self.field(fld, CONTENT_WIDTH, ITEM_TABLE_ROWS, keep_fields, ITEM_LINES))
            done.add(fld.key)
        return flow

    def side_by_side(self, fields: list[Field]) -> Table:
        """Long answers meant to be compared (claim and observation) next to each other."""
        width = CONTENT_WIDTH / len(fields)
        inner = width - 4 * mm
        cells = [[*self.field_head(f), _Ruled(ITEM_LINES, framed=True)] for f in fields]
        table = ReportTable([self.row(cells)], colWidths=[width] * len(fields))
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), width - inner),
                    ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    # -- one question ----------------------------------------------------------------------

    def field(
        self,
        fld: Field,
        width: float,
        rows: int = TABLE_ROWS,
        keep: bool = True,
        lines: int | None = None,
    ) -> list[Flowable]:
        """Label, help and answer area of one question, kept together on a page when ``keep``.

        Of a table, only the start stays with the label: the rest may run over pages.
        """
        head = self.field_head(fld)
        if fld.type == "table":
            lead, rest = self.table_area(fld, width, rows)
            start = head + lead
        else:
            start, rest = head + self.answer_area(fld, width, lines), []
        return [KeepTogether(start), *rest] if keep else start + rest

    def field_head(self, fld: Field) -> list[Flowable]:
        flow = self.paras(self.label_text(fld), self.label)
        hint = ""
        if fld.type == "choice":
            hint = self.t("tick_one")
        elif fld.type == "multichoice":
            hint = self.t("tick_any")
        elif fld.type == "counts":
            hint = f"{self.t('count_people')}."
        help_text = " ".join(p for p in (fld.help.get(self.lang), hint) if p)
        flow.extend(self.paras(help_text, self.help))
        if fld.confidential or fld.personal:
            flow.extend(self.paras(self.t("confidential_field"), self.note))
        return flow

    def answer_area(self, fld: Field, width: float, lines: int | None = None) -> list[Flowable]:
        kind = fld.type
        if kind == "text":
            return [_Ruled(1)]
        if kind == "longtext":
            short = fld.max_length is not None and fld.max_length <= SHORT_TEXT
            count = SHORT_LINES if short else lines or LONG_LINES
            return [Spacer(1, 1 * mm), _Ruled(count, framed=True)]
        if kind in TICKED:
            helps = [c.help.get(self.lang) for c in fld.choices] or ["", ""]
            if fld.choice_list in self.explained:  # the scale was explained the first time
                helps = [""] * len(helps)
            elif any(helps) and fld.choice_list:
                self.explained.add(fld.choice_list)
            return [self.options(list(zip(self.choice_labels(fld), helps, strict=True)), width)]
        if kind == "date":
            return [self.date_boxes()]
        if kind == "number":
            return [Spacer(1, 1 * mm), self.placed(_Frame(35 * mm, 8 * mm))]
        if kind == "counts":
            return [self.counts_grid(fld.choices, width)]
        raise ValueError(f"no answer area for field type {kind!r}")

    def date_boxes(self) -> Flowable:
        return self.placed(_DateBoxes([self.t("year"), self.t("month"), self.t("day")]))

    def options(self, choices: list[tuple[str, str]], width: float) -> Table:
        """One tick box per choice, several per line when the labels are short."""
        has_help = any(h for _, h in choices)
        labels = [label for label, _ in choices]
        per_row = 1 if has_help else self.columns(labels, width)
        cell = width / per_row
        if per_row > 1:  # short labels: close together, not spread over the line
            cell = min(cell, max(self.widest(labels) + BOX_COLUMN + 14, 28 * mm))
        data = []
        for start in range(0, len(choices), per_row):
            cells: list[Any] = []
            for label, help_text in choices[start : start + per_row]:
                content = self.paras(label, self.option) + self.paras(help_text, self.option_help)
                cells.extend([_TickBox(), content])
            cells.extend(["", ""] * (per_row - len(cells) // 2))
            data.append(self.row(cells))
        widths = [BOX_COLUMN, cell - BOX_COLUMN] * per_row
        table = ReportTable(data, colWidths=self.widths(widths), hAlign=self.align)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("ALIGN", (0, 0), (-1, -1), self.align),
                ]
            )
        )
        return table

    def widest(self, labels: list[str]) -> float:
        """Width of the longest of the choice ``labels``, as printed."""
        return max(text_width(display_text(label), self.option.fontSize) for label in labels)

    def columns(self, labels: list[str], width: float) -> int:
        """How many choices fit on one line (long lists wrap in two columns rather than one)."""
        widest = self.widest(labels)
        for per_row in (12, 8, 6, 4, 3, 2):
            if per_row <= len(labels) and widest + 6 <= width / per_row - BOX_COLUMN:
                return per_row
        return 2 if len(labels) > 6 else 1

    def counts_grid(self, choices: Sequence[Choice], width: float) -> Table:
        """A number to write per choice: a label and an empty cell, two pairs a line if many."""
        pairs = 2 if len(choices) > 4 else 1
        number = 22 * mm
        label = min(width / pairs - number, 70 * mm)
        data = []
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), self.align),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for index, start in enumerate(range(0, len(choices), pairs)):
            chunk = choices[start : start + pairs]
            cells: list[Any] = []
            for choice in chunk:
                cells.extend([self.cell(choice.label.get(self.lang), self.option), ""])
            cells.extend(["", ""] * (pairs - len(chunk)))
            data.append(self.row(cells))
            for pair in range(len(chunk)):
                column = 2 * pair + 1
                column = 2 * pairs - 1 - column if self.rtl else column
                style.append(("BOX", (column, index), (column, index), 0.6, RULE))
        table = ReportTable(data, colWidths=self.widths([label, number] * pairs), hAlign=self.align)
        table.setStyle(TableStyle(style))
        return table

    # -- tables ----------------------------------------------------------------------------

    def table_area(
        self, fld: Field, width: float, rows: int
    ) -> tuple[list[Flowable], list[Flowable]]:
        """Room for the rows of a table, laid out so that it stays readable on A4 portrait.

        Tables with counts columns are transposed (one column per entry, one line per
        question or choice); tables with long texts become numbered blocks (fewer under
        each objective); tables of many other columns are transposed too; the others are
        grids with the column labels as header. Returns the start, to keep
        with the question's label, and the rest.
        """
        columns = fld.columns
        if any(c.type == "counts" for c in columns):
            return self.transposed(fld, width), []
        if any(c.type == "longtext" for c in columns):
            # Under each objective one block: the objectives' tables of entries are many.
            entries = BLOCK_ENTRIES if rows == TABLE_ROWS else 1
            return self.blocks(fld, width, entries)
        if len(columns) > MAX_GRID_COLUMNS:
            return self.transposed(fld, width), []
        return self.grid(fld, width, rows), []

    def choice_labels(self, fld: Field) -> list[str]:
        """The labels to tick among: the choices, or yes and no."""
        if fld.type == "boolean":
            return [self.t("yes"), self.t("no")]
        return [choice.label.get(self.lang) for choice in fld.choices]

    def legend(self, column: Field, written: bool = True) -> list[Flowable]:
        """The numbered choices of a column: for answers written as numbers, or ticked."""
        choices = " · ".join(
            f"{number} = {label}"
            for number, label in enumerate(self.choice_labels(column), start=1)
        )
        label = column.label.get(self.lang)
        if written:
            key = "write_codes" if column.type == "multichoice" else "write_code"
            return self.paras(f"{self.t(key, label)} {choices}", self.help)
        return self.paras(labelled(label, choices, self.lang), self.help)

    def column_notes(self, columns: Sequence[Field], legends: bool) -> list[Flowable]:
        """Help, numbered choices and confidentiality of table columns, under the table."""
        flow: list[Flowable] = []
        for column in columns:
            label = column.label.get(self.lang)
            if legends and column.type in ("choice", "multichoice", "boolean"):
                flow.extend(self.legend(column))
            help_text = column.help.get(self.lang)
            if help_text and not (column.confidential or column.personal):
                flow.extend(self.paras(labelled(label, help_text, self.lang), self.help))
            if column.confidential or column.personal:
                flow.extend(self.paras(f"{label} – {self.t('confidential_field')}", self.note))
        return flow

    def grid(self, fld: Field, width: float, rows: int) -> list[Flowable]:
        """Column labels as header, empty rows numbered in the first column."""
        columns = fld.columns
        number = 7 * mm
        widths = _share(
            [self.header_width(c) for c in columns], [_weight(c) for c in columns], width - number
        )
        header = ["#", *(self.cell(self.label_text(c), self.styles.cell_bold) for c in columns)]
        data = [self.row(header)]
        data += [self.row([str(n), *([""] * len(columns))]) for n in range(1, rows + 1)]
        table = ReportTable(
            data,
            colWidths=self.widths([number, *widths]),
            rowHeights=[None] + [8 * mm] * rows,
            repeatRows=1,
        )
        table.setStyle(self.table_style())
        flow: list[Flowable] = [Spacer(1, 1 * mm), table]
        notes = self.column_notes(columns, legends=True)
        if notes:
            flow.append(Spacer(1, 1 * mm))
            flow.extend(notes)
        return flow

    def header_width(self, column: Field) -> float:
        """The least width of a column: its label's longest word, bold, plus the padding."""
        words = self.label_text(column).split() or [""]
        widest = max(text_width(display_text(w), 8.5, bold=True) for w in words)
        width: float = min(widest + 10, 45 * mm)
        return width

    def table_style(self) -> TableStyle:
        return TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TEXTCOLOR", (0, 1), (-1, -1), GREY),
                ("FONTNAME", (0, 0), (-1, -1), self.styles.font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )

    def transposed(self, fld: Field, width: float) -> list[Flowable]:
        """One column per entry, one line per question, and per choice of choice-like columns."""
        entries = TRANSPOSED_ENTRIES
        entry_width = 22 * mm
        label_width = width - entries * entry_width
        sub = ParagraphStyle("sub", parent=self.option, fontSize=8.5, leading=10)
        if self.rtl:
            sub.rightIndent = 3 * mm
        else:
            sub.leftIndent = 3 * mm
        numbers = [self.cell(self.t("entry", n), self.head_cell) for n in range(1, entries + 1)]
        header = ["", *numbers]
        data: list[list[Any]] = [self.row(header)]
        shaded: list[int] = []
        for column in fld.columns:
            title = [*self.paras(self.label_text(column), self.styles.cell_bold)]
            kind = column.type
            hint = ""
            if kind in ("choice", "boolean"):
                hint = self.t("tick_one")
            elif kind == "multichoice":
                hint = self.t("tick_any")
            elif kind == "counts":
                hint = self.t("count_people")
            elif kind == "date":
                hint = self.t("date_hint")
            help_text = " ".join(p for p in (column.help.get(self.lang), hint) if p)
            title.extend(self.paras(help_text, self.option_help))
            if column.confidential or column.personal:
                title.extend(self.paras(self.t("confidential_field"), self.note))
            choices = self.choice_labels(column) if kind in TICKED | {"counts"} else []
            if not choices:
                height = ENTRY_LINES * PITCH if kind == "longtext" else 8 * mm
                data.append(self.row([title, *([Spacer(1, height)] + [""] * (entries - 1))]))
                continue
            shaded.append(len(data))
            data.append(self.row([title, *([""] * entries)]))
            for label in choices:
                if kind == "counts":
                    marks: list[Any] = [Spacer(1, 5 * mm)] + [""] * (entries - 1)
                else:
                    marks = [_TickBox() for _ in range(entries)]
                data.append(self.row([self.cell(label, sub), *marks]))
        table = ReportTable(
            data,
            colWidths=self.widths([label_width, *([entry_width] * entries)]),
            repeatRows=1,
            splitByRow=1,
        )
        label_column = entries if self.rtl else 0
        style = self.table_style()
        style.add("ALIGN", (label_column, 0), (label_column, -1), self.align)
        style.add("VALIGN", (label_column, 0), (label_column, -1), "TOP")
        for row in shaded:
            style.add("BACKGROUND", (0, row), (-1, row), SHADE)
        table.setStyle(style)
        return [Spacer(1, 1 * mm), table]

    def blocks(
        self, fld: Field, width: float, entries: int = BLOCK_ENTRIES, owner: str = ""
    ) -> tuple[list[Flowable], list[Flowable]]:
        """Numbered blocks, one per entry, each asking every column as a question.

        Long choice lists are printed once, numbered, above the blocks; a block then has a
        numbered box per choice. With an ``owner`` ("Objective no."), each block first asks
        the number of the item it belongs to. Returns the legends with the first block, and
        the others.
        """
        # Long lists are numbered, but for short labels that stand for themselves ("(c)").
        numbered = [
            c
            for c in fld.columns
            if c.type in ("choice", "multichoice")
            and len(c.choices) > NUMBERED_CHOICES
            and max(len(label) for label in self.choice_labels(c)) > SELF_EVIDENT
        ]
        lead: list[Flowable] = []
        for column in numbered:
            lead.extend(self.legend(column, written=False))
        blocks: list[Flowable] = []
        inner = width - 12
        for entry in range(1, entries + 1):
            content: list[Any] = self.paras(self.t("entry", entry), self.styles.h3)
            if owner:
                content.extend(self.paras(owner, self.label))
                content.append(self.placed(_Frame(18 * mm, 8 * mm)))
            for column in fld.columns:
                content.extend(self.field_head(column))
                if column in numbered:
                    labels = [(str(n), "") for n in range(1, len(column.choices) + 1)]
                    content.append(self.options(labels, inner))
                elif column.type == "longtext":
                    content.extend(self.answer_area(column, inner, ENTRY_LINES))
                else:
                    content.extend(self.answer_area(column, inner))
            block = ReportTable([[content]], colWidths=[width])
            block.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                        ("ALIGN", (0, 0), (-1, -1), self.align),  # boxes on the reading side
                        ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            blocks.extend([Spacer(1, 3 * mm), block])
        return lead + blocks[:2], blocks[2:]


def _gathered(section: Section, fld: Field) -> bool:
    """Whether an item's table is asked on the entry sheets after the items: one of entries."""
    return (
        section.has_items and fld.type == "table" and any(c.type == "longtext" for c in fld.columns)
    )


def _weight(column: Field) -> float:
    """How much of a table's spare width a column gets: more for longer texts."""
    if column.type in ("choice", "multichoice", "boolean", "number"):
        return 0.5
    if column.type == "date":
        return 1.0
    return 1.0 + min(column.max_length or 200, 1000) / 300


def _share(least: list[float], weights: list[float], width: float) -> list[float]:
    """Column widths: each its least width, the rest of ``width`` shared by weight."""
    spare = width - sum(least)
    if spare <= 0:
        return [width * w / sum(weights) for w in weights]
    return [low + spare * w / sum(weights) for low, w in zip(least, weights, strict=True)]


def build_blank_pdf(
    form: Form,
    path: Path | str,
    lang: str,
    app_version: str = "",
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    leave_out_sensitive: bool = False,
) -> Path:
    """Write the blank questionnaire of ``form`` in ``lang`` to ``path`` (atomically).

    Every section, item and question comes from the definition; ``leave_out_sensitive``
    prints no sensitive category (see forms.sensitive). ``progress(done, total)`` is
    called as the pages are laid out; when ``should_stop()`` turns true the build stops with
    ExportCancelled and nothing is written (a file already at ``path`` is kept).
    """
    asked = without_sensitive(form) if leave_out_sensitive else form
    story = _Builder(asked, lang).build()
    target = Path(path)
    title = form.title.get(lang)
    blank = text("blank_template", lang)
    with atomic_path(target) as temporary:
        document = _BlankTemplate(
            str(temporary),
            f"{title} · {blank}",
            title=f"{title} – {blank}",
            subject=form.subtitle.get(lang),
            creator=text("generated", lang, app_version).strip(),
            lang=lang,
            initialFontName=register_fonts().regular,  # no unembedded Helvetica on any page
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        document.setProgressCallBack(layout_progress(target, progress, should_stop))
        rtl = lang in RTL_LANGUAGES
        document.build(story, canvasmaker=numbering_canvas(page_label(lang), rtl))
    return target

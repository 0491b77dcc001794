"""The shadow review as a PDF publication (reportlab).

Sections follow the form definition: cover, contents, the organisations,
executive summary, methodology with participation totals, a chart of the
ratings, guiding principles, the objectives by cluster, pledges, key
recommendations and endorsements. Empty answers are left out; confidential
answers only appear when asked for, and the report says when something was
withheld. User text is always printed literally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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
from exports.fonts import register_fonts
from exports.pdf_canvas import numbering_canvas, page_label
from exports.pdf_contents import Contents
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
from exports.pdf_styles import ltr as _ltr
from exports.report_texts import text
from exports.rich_text import display_text, text_paragraph, user_paragraphs
from forms.merge import Consolidation, Member
from forms.review import Review, confidential_keys
from forms.roles import Role
from forms.schema import Field, Form, Section
from forms.values import format_value, format_value_choice, is_blank

#: Above this many characters, claim and assessment are printed one after the other.
SIDE_BY_SIDE_LIMIT = 1800


@dataclass(frozen=True)
class PdfOptions:
    """What goes into the report."""

    lang: str = "en"
    include_confidential: bool = False
    app_version: str = ""


def _heading(title: str, style: ParagraphStyle, level: int, key: str) -> Flowable:
    """A heading that feeds the table of contents and the PDF bookmarks; it never splits."""
    heading = text_paragraph(title, style, splittable=False)
    heading.toc_level = level
    heading.toc_title = title
    heading.toc_key = key
    return heading


class _ReportTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, path: str, review: Review, form: Form, options: PdfOptions, **kw: Any):
        super().__init__(path, pagesize=A4, **kw)
        self.review = review
        self.options = options
        self.running = " · ".join(
            part
            for part in (played(form, review, Role.COUNTRY), form.title.get(options.lang))
            if part
        )
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
        self.notify("TOCEntry", (level, flowable.toc_title, self.page, key))

    def _watermark(self, canvas: Any) -> None:
        if not self.review.sample:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.setFont(register_fonts().bold, 110)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -35, display_text(text("sample", self.options.lang)))
        canvas.restoreState()

    def _decorate_cover(self, canvas: Any, doc: Any) -> None:
        self._watermark(canvas)

    def _decorate_page(self, canvas: Any, doc: Any) -> None:
        self._watermark(canvas)
        lang = self.options.lang
        draw_running(canvas, self.running, lang in RTL_LANGUAGES)


class _Builder:
    """Collects the flowables of one report."""

    def __init__(
        self,
        form: Form,
        review: Review,
        options: PdfOptions,
        consolidation: Consolidation | None = None,
    ) -> None:
        self.form = form
        self.review = review
        self.options = options
        self.consolidation = consolidation
        #: Answers left out of this copy: confidential ones, unless explicitly included.
        self.hidden = (
            set() if options.include_confidential else confidential_keys(form, review.answers)
        )
        self.lang = options.lang
        self.styles = _Styles(options.lang)
        self.story: list[Flowable] = []
        self.withheld = False
        self._keys = 0

    # -- helpers -------------------------------------------------------------
    def answer(self, key: str) -> Any:
        value = self.review.get(key)
        if is_blank(value):
            return None
        if key in self.hidden:
            self.withheld = True
            return None
        return value

    def heading(self, title: str, level: int) -> Flowable:
        self._keys += 1
        style = self.styles.h1 if level == 0 else self.styles.h2
        return _heading(title, style, level, f"h{self._keys}")

    def label(self, fld: Field) -> str:
        return fld.label.get(self.lang)

    def user_text(self, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        return user_paragraphs(value, style or self.styles.body)

    def labelled_text(self, fld: Field, value: str) -> list[Flowable]:
        paragraphs = self.user_text(value)
        label = _fixed(self.label(fld), self.styles.label)
        return [KeepTogether([label, paragraphs[0]]), *paragraphs[1:]] if paragraphs else []

    def cell(self, value: str, bold: bool = False) -> Flowable:
        style = self.styles.cell_bold if bold else self.styles.cell
        paragraphs = user_paragraphs(value, style)
        return paragraphs if len(paragraphs) != 1 else paragraphs[0]

    def table(
        self, header: list[str], rows: list[list[Any]], widths: list[float] | None = None
    ) -> Table:
        data = [[self.cell(h, bold=True) for h in header]]
        data += [
            [c if isinstance(c, Flowable | list) else self.cell(str(c)) for c in row]
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

    def field_value(self, fld: Field, value: Any) -> str:
        return format_value(fld, value, self.lang)

    # -- the parts -------------------------------------------------------------
    def build(self) -> list[Flowable]:
        self.cover()
        self.contents()
        self.summary()
        self.methodology()
        self.ratings()
        self.principles()
        self.objectives()
        self.pledges()
        self.recommendations()
        self.endorsements()
        self.contributors()
        return self.story

    def cover(self) -> None:
        s = self.styles
        lang = self.lang
        story = self.story
        story.append(Spacer(1, 45 * mm))
        story.append(_fixed(self.form.title.get(lang), s.cover_title))
        if self.form.subtitle:
            story.append(_fixed(self.form.subtitle.get(lang), s.cover_line))
        story.append(Spacer(1, 18 * mm))
        form = self.form
        for role, style in ((Role.COUNTRY, s.cover_title), (Role.ORGANISATION, s.cover_line)):
            value = self.answer(form.role_key(role))
            if value:
                story.extend(user_paragraphs(value, style))
        start = self.answer(form.role_key(Role.PERIOD_START))
        end = self.answer(form.role_key(Role.PERIOD_END))
        if start or end:
            period = f"{text('period', lang)}: {_ltr(start or '…')} – {_ltr(end or '…')}"
            story.append(_fixed(period, s.cover_line))
        forum = self.answer("profile.forum")
        if forum:
            story.extend(user_paragraphs(forum, s.cover_line))
        day = self.answer(form.role_key(Role.REVIEW_DATE))
        if day:
            story.append(_fixed(f"{text('date', lang)}: {_ltr(day)}", s.cover_line))
        contact = [self.answer(k) for k in ("profile.contact_name", "profile.contact_email")]
        if any(contact):
            story.extend(user_paragraphs(" · ".join(c for c in contact if c), s.cover_line))
        if self.options.include_confidential:
            story.append(Spacer(1, 12 * mm))
            story.append(_fixed(text("confidential_included", lang), s.cover_line))
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())

    def contents(self) -> None:
        toc = Contents()
        toc.levelStyles = self.styles.toc_levels
        toc.dotsMinLevel = 0
        self.story.append(_fixed(text("contents", self.lang), self.styles.h1))
        self.story.append(toc)
        self.story.append(PageBreak())

    def summary(self) -> None:
        s = self.styles
        parts: list[Flowable] = []
        organisations = [
            row for row in self.answer("endorsements.entries") or [] if row.get("organisation")
        ]
        if organisations:
            parts.append(_fixed(text("submitted_by", self.lang), s.label))
            for row in organisations:
                line = row["organisation"]
                if row.get("description"):
                    line += f" – {row['description']}"
                parts.extend(user_paragraphs(line, s.small))
        summary = self.answer("profile.executive_summary")
        if summary:
            parts.append(Spacer(1, 4 * mm))
            parts.extend(self.user_text(summary))
        keywords = self.answer("profile.keywords")
        if keywords:
            parts.append(_fixed(text("key_words", self.lang), s.label))
            parts.extend(self.user_text(keywords))
        official = self.answer("profile.official_review")
        if official:
            official_ref = self.form.ref("profile.official_review")
            assert official_ref is not None
            parts.extend(self.labelled_text(official_ref.field, official))
        if parts:
            self.story.append(self.heading(text("executive_summary", self.lang), 0))
            self.story.extend(parts)

    def methodology(self) -> None:
        section = self.form.section("methodology")
        if section is None:
            return
        parts: list[Flowable] = []
        for fld in section.fields:
            value = self.answer(f"methodology.{fld.key}")
            if value is None:
                continue
            if fld.type == "table":
                parts.extend(self.consultations(fld, value))
            elif fld.type in ("text", "longtext"):
                parts.extend(self.labelled_text(fld, value))
            else:
                parts.append(
                    _fixed(f"{self.label(fld)}: {self.field_value(fld, value)}", self.styles.body)
                )
        self.section_with(section, parts)

    def consultations(self, fld: Field, rows: list[dict[str, Any]]) -> list[Flowable]:
        shown = [c for c in fld.columns if c.type not in ("counts",)]
        header = [c.label.get(self.lang) for c in shown]
        body = [[self.field_value(c, row.get(c.key)) for c in shown] for row in rows]
        width = CONTENT_WIDTH / len(shown)
        flow: list[Flowable] = [
            _fixed(self.label(fld), self.styles.label),
            self.table(header, body, [width] * len(shown)),
        ]
        for column in fld.columns:
            if column.type != "counts":
                continue
            totals: dict[str, int] = {}
            for row in rows:
                for key, count in (row.get(column.key) or {}).items():
                    totals[key] = totals.get(key, 0) + count
            if not totals:
                continue
            lines = [
                [format_value_choice(column, key, self.lang), str(count)]
                for key, count in totals.items()
            ]
            lines.append([text("total", self.lang), str(sum(totals.values()))])
            flow.append(
                KeepTogether(
                    [
                        _fixed(
                            f"{column.label.get(self.lang)} ({text('participation', self.lang)})",
                            self.styles.label,
                        ),
                        self.table(["", "#"], lines, [70 * mm, 25 * mm]),
                    ]
                )
            )
        return flow

    def section_with(self, section: Section, parts: list[Flowable]) -> None:
        if parts:
            self.story.append(CondPageBreak(60 * mm))
            self.story.append(self.heading(section.title.get(self.lang), 0))
            self.story.extend(parts)

    def ratings(self) -> None:
        rating = self.form.role_field(Role.RATING)
        counts = {c.key: 0 for c in rating.choices}
        unrated = 0
        rows = []
        for item in self.form.objectives.items:
            value = self.answer(self.form.item_key(item, Role.RATING))
            if value in counts:
                counts[value] += 1
            else:
                unrated += 1
            label = (
                format_value_choice(rating, value, self.lang)
                if value
                else text("not_rated", self.lang)
            )
            rows.append((item, value, label))
        if unrated == len(rows):
            return
        self.story.append(CondPageBreak(120 * mm))
        self.story.append(self.heading(text("ratings_overview", self.lang), 0))
        self.story.append(self.rating_chart(rating, counts, unrated))
        self.story.append(Spacer(1, 5 * mm))
        table_rows = []
        swatches = []
        for index, (item, value, label) in enumerate(rows, start=1):
            choice = rating.choice(value) if value else None
            background = colors.HexColor(choice.color) if choice and choice.color else colors.white
            table_rows.append(
                [f"{item.number}", item.title.get(self.lang), self.rating_cell(label, background)]
            )
            swatches.append((index, choice.color if choice and choice.color else "#ffffff"))
        item_label = self.form.objectives.item_label.get(self.lang)
        table = self.table(
            ["#", item_label, rating.label.get(self.lang)],
            table_rows,
            [10 * mm, 110 * mm, 40 * mm],
        )
        rating_col = 0 if self.styles.rtl else 2
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (rating_col, i), (rating_col, i), colors.HexColor(c))
                    for i, c in swatches
                ]
            )
        )
        self.story.append(table)

    def rating_cell(self, label: str, background: colors.Color) -> Flowable:
        """A rating label readable on its colour (white on dark, black on light)."""
        luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue
        color = colors.white if luminance < 0.45 else colors.black
        style = ParagraphStyle("rating", parent=self.styles.cell_bold, textColor=color)
        return text_paragraph(label, style)

    def rating_chart(self, rating: Field, counts: dict[str, int], unrated: int) -> Drawing:
        """Horizontal bars, one per rating, each with its label and count (never colour alone)."""
        entries: list[tuple[str, int, str | None]] = []
        for k, n in counts.items():
            label = format_value_choice(rating, k, self.lang)
            choice = rating.choice(k)
            assert choice is not None
            entries.append((label, n, choice.color))
        if unrated:
            entries.append((text("not_rated", self.lang), unrated, "#ffffff"))
        width = CONTENT_WIDTH
        bar_h, gap, label_w = 12, 5, 55 * mm
        height = len(entries) * (bar_h + gap) + 4
        drawing = Drawing(width, height, initialFontName=self.styles.font)  # not Helvetica
        most = max(n for _, n, _ in entries) or 1
        scale = (width - label_w - 30) / most
        rtl = self.styles.rtl
        for index, (label, count, color) in enumerate(entries):
            y = height - (index + 1) * (bar_h + gap)
            length = max(count * scale, 1)
            # Right to left: the label at the right edge, the bar growing leftwards.
            label_x = width if rtl else 0
            bar_x = width - label_w - length if rtl else label_w
            count_x = bar_x - 4 if rtl else bar_x + length + 4
            anchor = "end" if rtl else "start"
            drawing.add(
                String(
                    label_x,
                    y + 3,
                    display_text(label),
                    fontName=self.styles.font,
                    fontSize=9,
                    textAnchor=anchor,
                )
            )
            drawing.add(
                Rect(
                    bar_x,
                    y,
                    length,
                    bar_h,
                    fillColor=colors.HexColor(color or "#cccccc"),
                    strokeColor=colors.HexColor("#555555"),
                    strokeWidth=0.4,
                )
            )
            drawing.add(
                String(
                    count_x,
                    y + 3,
                    str(count),
                    fontName=self.styles.bold,
                    fontSize=9,
                    textAnchor=anchor,
                )
            )
        return drawing

    def principles(self) -> None:
        section = self.form.section("principles")
        if section is None:
            return
        parts: list[Flowable] = []
        for item in section.items:
            blocks: list[Flowable] = []
            for fld in section.item_fields:
                value = self.answer(f"{item.key}.{fld.key}")
                if value is not None:
                    blocks.extend(self.user_text(value) if isinstance(value, str) else [])
            if blocks:
                parts.append(_fixed(item.title.get(self.lang), self.styles.h3))
                parts.extend(blocks)
        self.section_with(section, parts)

    def objectives(self) -> None:
        section = self.form.objectives
        has_any = any(self.objective_has_content(section, item.key) for item in section.items)
        if not has_any:
            return
        self.story.append(PageBreak())
        self.story.append(self.heading(section.title.get(self.lang), 0))
        groups = section.groups or ()
        for group in groups:
            keys = [k for k in group.items if self.objective_has_content(section, k)]
            if keys:
                self.story.append(_fixed(group.title.get(self.lang), self.styles.h2))
            for key in keys:
                self.objective(section, key)

    def objective_has_content(self, section: Section, key: str) -> bool:
        """Whether objective ``key`` has any answer to print (or to say it was withheld)."""
        if self.consolidation is not None and self.consolidation.objectives[key].voices:
            return True
        return any(
            not is_blank(self.review.get(f"{key}.{f.key}"))
            for f in section.item_fields
            if f.type != "boolean"
        )

    def objective(self, section: Section, key: str) -> None:
        item = section.item(key)
        assert item is not None
        lang = self.lang
        title = f"{section.item_label.get(lang)} {item.number}: {item.title.get(lang)}"
        head: list[Flowable] = [self.heading(title, 1)]
        if item.paragraph:
            head.append(_fixed(text("paragraph", lang, item.paragraph), self.styles.small))
        flag = section.confidential_flag
        if flag and self.review.get(f"{key}.{flag}") and not self.options.include_confidential:
            self.withheld = True
            self.story.append(
                KeepTogether([*head, _fixed(text("withheld_objective", lang), self.styles.body)])
            )
            return
        body: list[Flowable] = []
        # The single choices (the rating first) make one line under the heading.
        choices = sorted(
            (f for f in section.item_fields if f.type == "choice"),
            key=lambda f: f.role is not Role.RATING,
        )
        summary = []
        for fld in choices:
            value = self.answer(f"{key}.{fld.key}")
            if value:
                summary.append(f"{self.label(fld)}: {self.field_value(fld, value)}")
        if summary:
            body.append(_fixed(" · ".join(summary), self.styles.label))
        done = {f.key for f in choices}
        if flag:
            done.add(flag)
        for fld in section.item_fields:
            if fld.key in done:
                continue
            partners = section.partner_of(fld.key)
            if partners and fld.type == "longtext":
                body.extend(self.side_by_side(section, key, partners))
                done.update(partners)
                continue
            value = self.answer(f"{key}.{fld.key}")
            done.add(fld.key)
            if value is None:
                continue
            body.extend(self.objective_field(fld, value))
        body.extend(self.voices(key))
        if not body:
            return
        self.story.append(KeepTogether([*head, body[0]]))
        self.story.extend(body[1:])

    def voices(self, key: str) -> list[Flowable]:
        """What each member organisation said about objective ``key`` (coalition reports)."""
        if self.consolidation is None or not self.consolidation.objectives[key].voices:
            return []
        view = self.consolidation.objectives[key]
        rating = self.form.role_field(Role.RATING)
        lang = self.lang
        counts = " · ".join(
            f"{format_value_choice(rating, k, lang)}: {n}" for k, n in view.counts.items() if n
        )
        flow: list[Flowable] = [_fixed(text("across_members", lang), self.styles.h3)]
        if counts:
            median = format_value_choice(rating, view.median, lang) if view.median else "–"
            flow.append(_fixed(f"{counts} · {text('median', lang)}: {median}", self.styles.body))
        if view.disagreement:
            flow.append(_fixed(text("disagree", lang), self.styles.label))
        names = sorted({v.organisation for v in view.voices}, key=str.casefold)
        flow.append(_fixed(f"{text('draws_on', lang)}: {', '.join(names)}", self.styles.small))
        for voice in view.voices:
            said = format_value_choice(rating, voice.rating, lang) if voice.rating else ""
            flow.append(
                _fixed(f"{voice.organisation}" + (f" ({said})" if said else ""), self.styles.label)
            )
            if voice.assessment:
                flow.extend(user_paragraphs(voice.assessment, self.styles.small))
        return flow

    def contributors(self) -> None:
        """The annex crediting every contributing organisation (coalition reports)."""
        if self.consolidation is None or not self.consolidation.contributors:
            return
        lang = self.lang
        assessed = self.consolidation.objectives_assessed()
        edited = f" ({text('edited_after_export', lang)})"
        rows = [
            [member.organisation + (edited if member.edited else ""),
             str(assessed.get(member.identity, 0))]
            for member in sorted(self.consolidation.members, key=_by_name)
        ]  # fmt: skip
        self.story.append(CondPageBreak(60 * mm))
        self.story.append(self.heading(text("contributors", lang), 0))
        self.story.append(
            self.table(
                [text("organisation", lang), text("objectives_assessed", lang)],
                rows,
                [CONTENT_WIDTH - 40 * mm, 40 * mm],
            )
        )

    def side_by_side(self, section: Section, key: str, partners: tuple[str, ...]) -> list[Flowable]:
        values = [(section.field(p), self.answer(f"{key}.{p}")) for p in partners]
        present = [(f, v) for f, v in values if f is not None and v is not None]
        if not present:
            return []
        short = all(len(v) <= SIDE_BY_SIDE_LIMIT for _, v in present)
        if len(present) < 2 or not short:
            flow: list[Flowable] = []
            for fld, value in present:
                flow.extend(self.labelled_text(fld, value))
            return flow
        width = CONTENT_WIDTH / len(present)
        header = [self.label(f) for f, _ in present]
        cells = [user_paragraphs(v, self.styles.cell) for _, v in present]
        return [Spacer(1, 2 * mm), self.table(header, [cells], [width] * len(present))]

    def objective_field(self, fld: Field, value: Any) -> list[Flowable]:
        if fld.type == "longtext" or fld.type == "text":
            return self.labelled_text(fld, value)
        if fld.type == "multichoice":
            labels = [format_value_choice(fld, k, self.lang) for k in value]
            flow: list[Flowable] = [_fixed(self.label(fld), self.styles.label)]
            flow.extend(_fixed(f"• {label}", self.styles.small) for label in labels)
            return flow
        if fld.type == "table":
            return [KeepTogether(self.table_field(fld, value))]
        return [_fixed(f"{self.label(fld)}: {self.field_value(fld, value)}", self.styles.body)]

    def table_field(self, fld: Field, rows: list[dict[str, Any]]) -> list[Flowable]:
        hidden = (
            [] if self.options.include_confidential else [c for c in fld.columns if c.confidential]
        )
        columns = [c for c in fld.columns if c not in hidden]
        if any(row.get(c.key) for row in rows for c in hidden):
            self.withheld = True
        if fld.key == "sources":  # numbered references
            flow: list[Flowable] = [_fixed(text("sources", self.lang), self.styles.label)]
            for number, row in enumerate(rows, start=1):
                line = " – ".join(str(row[c.key]) for c in columns if row.get(c.key))
                flow.extend(user_paragraphs(f"[{number}] {line}", self.styles.small))
            return flow
        header = [c.label.get(self.lang) for c in columns]
        body = [[self.field_value(c, row.get(c.key)) for c in columns] for row in rows]
        width = CONTENT_WIDTH / len(columns)
        return [
            _fixed(self.label(fld), self.styles.label),
            self.table(header, body, [width] * len(columns)),
        ]

    def list_section(self, section_key: str) -> None:
        section = self.form.section(section_key)
        if section is None:
            return
        parts: list[Flowable] = []
        for fld in section.fields:
            value = self.answer(f"{section_key}.{fld.key}")
            if value is None:
                continue
            if fld.type == "table" and any(c.type == "longtext" for c in fld.columns):
                parts.extend(self.entry_blocks(fld, value))
            elif fld.type == "table":
                parts.extend(self.table_field(fld, value)[1:])
            else:
                parts.extend(self.objective_field(fld, value))
        self.section_with(section, parts)

    def entry_blocks(self, fld: Field, rows: list[dict[str, Any]]) -> list[Flowable]:
        """Rows with long texts as numbered blocks: main text, a line of details, the rest."""
        main = next(c for c in fld.columns if c.type == "longtext")
        flow: list[Flowable] = []
        for number, row in enumerate(rows, start=1):
            block = user_paragraphs(f"{number}. {row.get(main.key, '')}".strip(), self.styles.body)
            details = [
                f"{c.label.get(self.lang)}: {self.field_value(c, row[c.key])}"
                for c in fld.columns
                if c.type != "longtext" and row.get(c.key) is not None and not c.confidential
            ]
            if details:
                block.append(_fixed(" · ".join(details), self.styles.small))
            for column in fld.columns:
                if column.type == "longtext" and column is not main and row.get(column.key):
                    block.extend(self.labelled_text(column, row[column.key]))
            flow.append(KeepTogether(block[:2]))
            flow.extend(block[2:])
            flow.append(Spacer(1, 2 * mm))
        return flow

    def pledges(self) -> None:
        self.list_section("pledges")

    def recommendations(self) -> None:
        self.list_section("recommendations")

    def endorsements(self) -> None:
        if self.consolidation is None:
            self.list_section("endorsements")
            return
        section = self.form.section("endorsements")
        fld = section.field("entries") if section else None
        if section is None or fld is None:
            return
        own = self.answer("endorsements.entries") or []
        merged = {row.get("organisation", "").casefold(): row for row in own}
        for row in self.consolidation.rows.get("endorsements.entries", []):
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            merged.setdefault(clean.get("organisation", "").casefold(), clean)
        rows = [row for name, row in sorted(merged.items()) if name]
        self.section_with(section, self.table_field(fld, rows)[1:] if rows else [])

    def closing(self) -> None:
        if self.withheld:
            self.story.insert(
                self._notice_index(),
                _fixed(text("withheld_notice", self.lang), self.styles.cover_notice),
            )

    def _notice_index(self) -> int:
        for index, flowable in enumerate(self.story):
            if isinstance(flowable, PageBreak):
                return index  # at the end of the cover page
        return 0


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

    ``progress(done, total)`` is called as the story is laid out (once per layout
    pass: the contents need two or three). When ``should_stop()`` turns true the build stops with
    ExportCancelled and nothing is written. A ``consolidation`` (coalition reports)
    adds what each member organisation said per objective and an annex crediting them.
    """
    options = options or PdfOptions()
    builder = _Builder(form, review, options, consolidation)
    story = builder.build()
    builder.closing()
    target = Path(path)
    with atomic_path(target) as temporary:
        document = _ReportTemplate(
            str(temporary),
            review,
            form,
            options,
            title=" – ".join(
                p for p in (form.title.get(options.lang), played(form, review, Role.COUNTRY)) if p
            ),
            author=played(form, review, Role.ORGANISATION),
            subject=form.subtitle.get(options.lang),
            creator=text("generated", options.lang, options.app_version).strip(),
            # The sample flag: files made at workshops say so in their metadata too.
            keywords=["GCM", "shadow review", *(["SAMPLE"] if review.sample else [])],
            lang=options.lang,
            initialFontName=register_fonts().regular,  # no unembedded Helvetica on any page
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        document.setProgressCallBack(layout_progress(target, progress, should_stop))
        lang = options.lang
        document.multiBuild(
            story, canvasmaker=numbering_canvas(page_label(lang), lang in RTL_LANGUAGES)
        )
    return target


def played(form: Form, review: Review, role: Role) -> str:
    """The answer of ``review`` to the field of ``form`` playing ``role`` (empty if none)."""
    value = review.get(form.role_key(role))
    return str(value) if value else ""


def _by_name(member: Member) -> str:
    return member.organisation.casefold()

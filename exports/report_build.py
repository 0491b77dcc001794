"""The report's blocks, walked from the form definition: every section and every answer.

Sections come in the definition's order, each with its answered fields in
their order, printed as their type asks (a free text under its label, a
choice as "Label: value", a table as a table). What needs a place of its own
is found by the definition, never by a key spelled here: fields marked
``report: cover`` stand on the cover (the report's own title, subtitle and
logo by their roles), ``report: front`` open the report after the contents
(a foreword), ``report: back`` close it (a contact page, a disclaimer), and
``report: none`` are left out; the field
playing the rating role leads each objective and makes the ratings overview,
printed just before the objectives. Empty answers are left out; confidential
ones only appear when asked for, and the report then says what was withheld.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from exports.long_dates import long_date
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
    Table,
)
from exports.report_texts import text, yes_no
from forms.images import picture_of
from forms.languages import CODES
from forms.merge import MEMBER_KEY, Consolidation, Member
from forms.review import Review, confidential_keys
from forms.roles import Role
from forms.schema import TEXT_TYPES, Field, Form, Item, Section
from forms.text import Text
from forms.trend import TRENDS, Trend, has_previous_rating, rating_trend
from forms.typography import choice_separator, labelled, list_separator
from forms.values import format_value, format_value_choice, is_blank
from forms.withheld_rows import without_withheld_rows

#: Between the several values of a grouping column (Latin or Arabic semicolons).
_SEVERAL = re.compile("[;\u061b]")
#: The column that names the member a row of a coalition's table comes from.
_MEMBER = Field(
    key=MEMBER_KEY, type="text", label=Text({lang: text("organisation", lang) for lang in CODES})
)
#: Cover fields with a place of their own, not a line among the others.
_OWN_PLACE = frozenset({Role.REPORT_TITLE, Role.REPORT_SUBTITLE, Role.LOGO})
#: Above this many characters, answers compared side by side are printed one after the other.
SIDE_BY_SIDE_LIMIT = 1800


@dataclass(frozen=True)
class ReportOptions:
    """What goes into the report."""

    lang: str = "en"
    include_confidential: bool = False
    app_version: str = ""
    #: The short submission version: the fields the definition marks ``short_report``
    #: (the executive summary, the key recommendations…), the ratings and their trend.
    short: bool = False


def build_report(
    form: Form,
    review: Review,
    options: ReportOptions,
    consolidation: Consolidation | None = None,
) -> Report:
    """The blocks of ``review``'s report (a coalition's, with its ``consolidation``)."""
    return _Walk(form, review, options, consolidation).report()


class _Walk:
    """One walk through the definition, collecting blocks."""

    def __init__(
        self,
        form: Form,
        review: Review,
        options: ReportOptions,
        consolidation: Consolidation | None,
    ) -> None:
        self.form = form
        self.review = review
        self.options = options
        self.lang = options.lang
        self.consolidation = consolidation
        #: Answers left out of this copy: confidential ones, unless explicitly included.
        self.hidden = (
            set() if options.include_confidential else confidential_keys(form, review.answers)
        )
        self.withheld = False
        #: The answers without the rows that never leave this computer, and how many
        #: each table kept back (see forms.withheld_rows): whatever the options.
        self.shown, self.kept_back = without_withheld_rows(form, review.answers)
        self.blocks: list[Block] = []
        self.rating = form.role_field(Role.RATING)
        #: The sources list the texts being walked cite (an objective's), if any.
        self.cites = ""
        #: Inside an objective: its tables of entries are lettered, as its paragraphs are numbered.
        self.in_item = False

    # -- answers ---------------------------------------------------------------
    def answer(self, key: str) -> Any:
        value = self.shown.get(key)
        if is_blank(value):
            return None
        if key in self.hidden:
            self.withheld = True
            return None
        return value

    def played(self, role: Role, shared: bool = True) -> str:
        """The answer of the field playing ``role``; with ``shared``, or the members' common one."""
        ref = self.form.role_ref(role)
        if ref is None or ref.item is not None:
            return ""
        value = self.own_or_shared(ref.key) if shared else self.answer(ref.key)
        return str(value) if value else ""

    def logo(self, organisation: str) -> Logo | None:
        """The review's own logo (a coalition's is never taken from its members)."""
        ref = self.form.role_ref(Role.LOGO)
        value = self.answer(ref.key) if ref is not None else None
        if value is None:
            return None
        picture = picture_of(value)  # checked again: a stored answer is not taken on its word
        description = text("logo_of", self.lang, organisation) if organisation else ""
        return Logo(picture.data, picture.media_type, picture.width, picture.height, description)

    def own_or_shared(self, key: str) -> Any:
        """The review's answer; for a coalition without one, what all its members gave alike."""
        value = self.answer(key)
        if value is None and self.consolidation is not None and key not in self.hidden:
            value = self.consolidation.shared.get(key)
        return value

    def value(self, fld: Field, value: Any) -> str:
        if fld.type == "boolean":
            return yes_no(value, self.lang)
        if fld.type == "date":
            return long_date(value, self.lang)
        if fld.type == "multichoice":
            labels = (format_value_choice(fld, key, self.lang) for key in value)
            return choice_separator(self.lang).join(labels)
        return format_value(fld, value, self.lang)

    # -- the report ------------------------------------------------------------
    def report(self) -> Report:
        lang = self.lang
        short = self.options.short
        self.cover()
        if not short:
            self.blocks.append(Contents())
            self.blocks.append(NewPage())
            self.matter("front")
            self.coalition_summary()
        for section in self.form.sections:
            if any(f.role is Role.RATING for f in section.item_fields):
                self.ratings()
                self.member_ratings()
            if not (short and section.has_items):  # a short report rates the objectives only
                self.section(section)
        self.contributors()
        self.matter("back")
        organisation = self.played(Role.ORGANISATION)
        return Report(
            lang=lang,
            title=self.played(Role.REPORT_TITLE, shared=False) or self.form.title.get(lang),
            subtitle=self.played(Role.REPORT_SUBTITLE, shared=False)
            or self.form.subtitle.get(lang),
            country=self.played(Role.COUNTRY),
            organisation=organisation,
            sample=self.review.sample,
            logo=self.logo(organisation),
            blocks=self.blocks,
            withheld=self.withheld,
        )

    def cover(self) -> None:
        lang = self.lang
        add = self.blocks.append
        for section in self.form.sections:
            for fld in section.fields:
                if fld.report == "cover":
                    self.cover_line(section, fld)
        if self.options.include_confidential:
            add(Line(text("confidential_included", lang), Kind.COVER_LINE))
        if self.options.short:  # to tell it at a glance from the full report
            add(Line(text("short_name", lang).capitalize(), Kind.COVER_TITLE))
            add(Line(text("short_version", lang), Kind.COVER_LINE))
        add(EndOfCover())

    def cover_line(self, section: Section, fld: Field) -> None:
        lang = self.lang
        if fld.role in _OWN_PLACE or fld.role is Role.PERIOD_END:
            return  # the title, subtitle and logo have their place; the end goes with the start
        value = self.own_or_shared(f"{section.key}.{fld.key}")
        if fld.role is Role.PERIOD_START:
            start, end = value, self.played(Role.PERIOD_END) or None
            if start or end:
                since, until = (long_date(d, lang) if d else "…" for d in (start, end))
                period = labelled(text("period", lang), f"{since} – {until}", lang)
                self.blocks.append(Line(period, Kind.COVER_LINE))
            return
        if value is None:
            return
        if fld.role is Role.REVIEW_DATE:
            self.blocks.append(
                Line(labelled(text("date", lang), long_date(value, lang), lang), Kind.COVER_LINE)
            )
            return
        big = Kind.COVER_TITLE if fld.role is Role.COUNTRY else Kind.COVER_LINE
        shown = self.value(fld, value)
        said = [b.text for b in self.blocks if isinstance(b, Answer)]
        if shown not in said:  # the forum's full name, when it only repeats the forum chosen
            self.blocks.append(Answer(shown, kind=big))

    def matter(self, place: str) -> None:
        """The texts printed before the findings (``front``) or after them (``back``).

        The back matter starts a page of its own (the contact page).
        """
        parts: list[Block] = []
        for section in self.form.sections:
            for fld in section.fields:
                if fld.report != place or fld.type not in TEXT_TYPES or not self.printed(fld):
                    continue
                value = self.answer(f"{section.key}.{fld.key}")
                if value is not None:
                    parts += [Heading(fld.report_text(self.lang), 1), Answer(value)]
        if parts and place == "back" and not self.options.short:  # a short one saves pages
            self.blocks.append(NewPage())
        self.blocks.extend(parts)

    # -- sections --------------------------------------------------------------
    def section(self, section: Section) -> None:
        if section.has_items:
            self.item_section(section)
            return
        parts: list[Block] = []
        printed = [f for f in section.fields if not f.report and self.printed(f)]
        alone = len(printed) == 1  # the section's heading names it: no label of its own
        for fld in printed:
            key = f"{section.key}.{fld.key}"
            if fld.role is Role.ENDORSEMENTS and self.consolidation is not None:
                parts.extend(self.table(fld, self.endorsements(fld, key), with_label=not alone))
                parts.extend(self.kept_back_note(fld, key))
                continue
            value = self.answer(key)
            if value is not None:
                parts.extend(self.field(fld, value, with_label=not alone))
            elif self.consolidation is not None:
                parts.extend(self.members_said(fld, key, with_label=not alone))
            parts.extend(self.kept_back_note(fld, key))
        if parts:
            self.blocks.append(Heading((section.report_title or section.title).get(self.lang), 1))
            self.blocks.extend(parts)

    def printed(self, fld: Field) -> bool:
        """Whether this report prints ``fld``: every field, or a short report's only."""
        return fld.short_report or not self.options.short

    def members_said(self, fld: Field, key: str, with_label: bool) -> list[Block]:
        """A coalition's question it left to its members: each member's answer, credited.

        Long texts stand one after the other under the member's name; table rows are
        gathered in one table with a column naming the member.
        """
        assert self.consolidation is not None
        if fld.type == "table":
            rows = self.consolidation.rows.get(key) or []
            return self.table(fld, rows, with_label, credited=True) if rows else []
        blocks: list[Block] = []
        for organisation, said in self.consolidation.texts.get(key, []):
            label = f"{fld.report_text(self.lang)} ({organisation})"
            blocks.append(Answer(said, label, numbered=True))
        return blocks

    def item_section(self, section: Section) -> None:
        rated = any(f.role is Role.RATING for f in section.item_fields)
        keyed = {item.key: item for item in section.items}
        groups = [(g.title.get(self.lang), g.items) for g in section.groups] or [("", tuple(keyed))]
        parts: list[Block] = []
        for title, keys in groups:
            bodies = [(keyed[k], self.item(section, keyed[k], rated)) for k in keys]
            bodies = [(item, body) for item, body in bodies if body]
            if bodies and title:
                parts.append(Heading(title, 2, in_contents=False))
            for _item, body in bodies:
                parts.extend(body)
        if parts:
            if rated:
                self.blocks.append(NewPage())
            title = (section.report_title or section.title).get(self.lang)
            self.blocks.append(Heading(title, 1))
            self.blocks.extend(parts)

    def item(self, section: Section, item: Item, rated: bool) -> list[Block]:
        """An item's heading and answers; empty when it has none to print."""
        lang = self.lang
        key = item.key
        if not self.has_content(section, item):
            return []
        if rated:
            label = section.item_label.get(lang)
            title = labelled(f"{label} {item.number}", item.title.get(lang), lang)
            head: list[Block] = [Heading(title, 2)]
            if item.paragraph:
                head.append(Line(text("paragraph", lang, item.paragraph), Kind.SMALL))
        else:
            head = [Heading(item.title.get(lang), 3, in_contents=False)]
        flag = section.confidential_flag
        if flag and self.review.get(f"{key}.{flag}") and not self.options.include_confidential:
            self.withheld = True
            return [*head, Line(text("withheld_objective", lang), Kind.BODY)]
        body: list[Block] = []
        # The single choices (the rating first) make one line under the heading.
        choices = sorted(
            (f for f in section.item_fields if f.type == "choice"),
            key=lambda f: f.role is not Role.RATING,
        )
        summary = []
        for fld in choices:
            value = self.answer(f"{key}.{fld.key}")
            if value:
                summary.append(labelled(fld.report_text(lang), self.value(fld, value), lang))
        if summary:
            body.append(Line(" · ".join(summary), Kind.LABEL))
        done = {f.key for f in choices}
        if flag:
            done.add(flag)
        # The item's texts cite its numbered sources, when it has some to print.
        sources = self.form.role_ref(Role.SOURCES) and self.form.item_key(item, Role.SOURCES)
        self.cites = key if sources and self.answer(sources) else ""
        self.in_item = True
        for fld in section.item_fields:
            if fld.key in done:
                continue
            partners = section.partner_of(fld.key)
            if partners and fld.type == "longtext":
                body.extend(self.side_by_side(section, key, partners))
                done.update(partners)
                continue
            done.add(fld.key)
            value = self.answer(f"{key}.{fld.key}")
            if value is not None:
                body.extend(self.field(fld, value, with_label=True))
            elif self.consolidation is not None and fld.type == "table":
                body.extend(self.members_said(fld, f"{key}.{fld.key}", with_label=True))
            body.extend(self.kept_back_note(fld, f"{key}.{fld.key}"))
        self.cites = ""
        self.in_item = False
        if rated:
            body.extend(self.voices(key))
        return [*head, *body] if body else []

    def has_content(self, section: Section, item: Item) -> bool:
        """Whether ``item`` has an answer to print (or to say it was withheld)."""
        views = self.consolidation.objectives if self.consolidation is not None else {}
        if item.key in views and views[item.key].voices:
            return True
        gathered = self.consolidation.rows if self.consolidation is not None else {}
        if any(gathered.get(f"{item.key}.{f.key}") for f in section.item_fields):
            return True
        keys = ((f, f"{item.key}.{f.key}") for f in section.item_fields if f.type != "boolean")
        return any(not is_blank(self.shown.get(key)) or self.noted(f, key) for f, key in keys)

    def noted(self, fld: Field, key: str) -> bool:
        """Whether the report says how many rows of the table ``key`` it kept back."""
        return bool(fld.withheld_note and self.kept_back.get(key))

    def kept_back_note(self, fld: Field, key: str) -> list[Block]:
        """The table's note on the rows it kept back, with their number, if it has one."""
        if not self.noted(fld, key):
            return []
        note = labelled(fld.withheld_note.get(self.lang), str(self.kept_back[key]), self.lang)
        return [Line(note, Kind.BODY)]

    # -- fields ------------------------------------------------------------------
    def field(self, fld: Field, value: Any, with_label: bool) -> list[Block]:
        lang = self.lang
        if fld.listing:
            entries = tuple(line.strip() for line in value.split("\n") if line.strip())
            return [Listing(fld.report_text(lang), entries, self.cites)]
        if fld.type in ("text", "longtext"):
            label = fld.report_text(lang)
            return [Answer(value, label, cites=self.cites, numbered=fld.type == "longtext")]
        if fld.type == "multichoice":
            labels = tuple(format_value_choice(fld, k, lang) for k in value)
            return [Bullets(fld.report_text(lang), labels)]
        if fld.type == "table":
            return self.table(fld, value, with_label)
        return [Line(labelled(fld.report_text(lang), self.value(fld, value), lang), Kind.BODY)]

    def table(
        self, fld: Field, rows: list[dict[str, Any]], with_label: bool, credited: bool = False
    ) -> list[Block]:
        """A table answer: entries when it has a long text, references when all text.

        ``credited`` rows are members' (a coalition's): a first column names each one's.
        """
        lang = self.lang
        hidden = (
            []
            if self.options.include_confidential
            else [c for c in fld.columns if c.confidential or c.personal]
        )
        columns = [c for c in fld.columns if c not in hidden]
        if credited:
            columns.insert(0, _MEMBER)
        if any(row.get(c.key) for row in rows for c in hidden):
            self.withheld = True
        if not rows:
            return []
        if any(c.type == "longtext" for c in columns):
            entries = self.entries(fld, columns, rows)
            if with_label:  # several tables of entries in one objective: each says what it is
                return [Line(fld.report_text(lang), Kind.LABEL), *entries]
            return entries
        shown = [c for c in columns if c.type != "counts"]
        if all(c.type == "text" for c in shown):
            lines = tuple(
                " – ".join(str(row[c.key]) for c in shown if row.get(c.key)) for row in rows
            )
            scope = self.cites if fld.role is Role.SOURCES else ""
            return [References(fld.report_text(lang), lines, scope)]
        # Columns nobody filled are left out (the endorsements of a coalition, often).
        shown = [c for c in shown if any(not is_blank(row.get(c.key)) for row in rows)]
        blocks: list[Block] = [
            Table(
                header=tuple(c.report_text(lang) for c in shown),
                rows=tuple(tuple(self.cell(c, row.get(c.key)) for c in shown) for row in rows),
                label=fld.report_text(lang) if with_label else "",
                numeric=tuple(i for i, c in enumerate(shown) if c.type == "number"),
            )
        ]
        blocks.extend(self.participation([c for c in columns if c.type == "counts"], rows))
        return blocks

    def cell(self, column: Field, value: Any) -> str:
        return "" if is_blank(value) else self.value(column, value)

    def participation(self, columns: list[Field], rows: list[dict[str, Any]]) -> list[Block]:
        """One table of the breakdowns of the participants (by gender, age…), over all rows.

        Each breakdown lists its categories and their total; a breakdown whose
        categories a person may count in several of (no ``total`` it adds up to)
        is said so under the table.
        """
        lang = self.lang
        lines: list[tuple[str, str, str]] = []
        several = []
        for column in columns:
            totals: dict[str, int] = {}
            for row in rows:
                for key, count in (row.get(column.key) or {}).items():
                    totals[key] = totals.get(key, 0) + count
            if not totals:
                continue
            name = column.report_text(lang)
            for index, (key, count) in enumerate(totals.items()):
                lines.append((name if index == 0 else "", format_value_choice(column, key, lang),
                              str(count)))  # fmt: skip
            lines.append(("", text("total", lang), str(sum(totals.values()))))
            if not column.total:
                several.append(name)
        if not lines:
            return []
        header = (text("breakdown", lang), text("category", lang), text("number", lang))
        table = Table(
            header, tuple(lines), widths=(0.3, 0.45, 0.15), label=text("participation", lang),
            numeric=(2,),
        )  # fmt: skip
        notes = [
            Line(labelled(name, text("counted_more_than_once", lang), lang), Kind.SMALL)
            for name in several
        ]
        return [table, *notes]

    def entries(self, fld: Field, columns: list[Field], rows: list[dict[str, Any]]) -> list[Block]:
        """Rows with long texts as numbered entries: main text, a line of details, the rest.

        A table that groups its rows (``group_by``) prints them under each value of that
        column (the first of several separated by semicolons), in the order they first come, those
        without one last; numbers run on.
        """
        lang = self.lang
        main = next(c for c in columns if c.type == "longtext")
        grouping = next((c for c in columns if c.key == fld.group_by), None)
        groups: dict[str, list[dict[str, Any]]] = {}
        names: dict[str, str] = {}
        for row in rows:
            value = row.get(grouping.key) if grouping is not None else None
            name = "" if is_blank(value) or grouping is None else self.value(grouping, value)
            lead = _SEVERAL.split(name)[0].strip()  # several bodies: the first named leads
            folded = " ".join(lead.split()).casefold()
            groups.setdefault(folded, []).append(row)
            names.setdefault(folded, lead)
        if "" in groups:
            groups[""] = groups.pop("")  # the rows without a value come last
        blocks: list[Block] = []
        number = 0
        for folded, members in groups.items():
            if grouping is not None:
                name = names[folded] or text("not_specified", lang)
                title = labelled(grouping.report_text(lang), name, lang)
                blocks.append(Heading(title, 3, in_contents=False))
            for row in members:
                number += 1
                blocks.append(self.entry(number, row, main, columns, grouping))
        return blocks

    def entry(
        self,
        number: int,
        row: dict[str, Any],
        main: Field,
        columns: list[Field],
        grouping: Field | None,
    ) -> Entry:
        """One numbered entry of a table; the column that groups it is said by its heading."""
        lang = self.lang
        details = " · ".join(
            labelled(c.report_text(lang), self.value(c, row[c.key]), lang)
            for c in columns
            if c.type != "longtext"
            and not is_blank(row.get(c.key))
            and not (c is grouping and not _SEVERAL.search(str(row[c.key])))  # its heading says it
        )
        notes = tuple(
            (c.report_text(lang), row[c.key])
            for c in columns
            if c.type == "longtext" and c is not main and row.get(c.key)
        )
        text_of = str(row.get(main.key) or "")
        return Entry(number, text_of, details, notes, lettered=self.in_item, cites=self.cites)

    def side_by_side(self, section: Section, key: str, partners: tuple[str, ...]) -> list[Block]:
        values = [(section.field(p), self.answer(f"{key}.{p}")) for p in partners]
        present = [(f, v) for f, v in values if f is not None and v is not None]
        if not present:
            return []
        short = all(len(v) <= SIDE_BY_SIDE_LIMIT for _, v in present)
        if len(present) < 2 or not short:
            return [
                Answer(v, f.report_text(self.lang), cites=self.cites, numbered=True)
                for f, v in present
            ]
        columns = tuple((f.report_text(self.lang), v) for f, v in present)
        return [SideBySide(columns, cites=self.cites)]

    # -- the ratings overview ------------------------------------------------------
    def ratings(self) -> None:
        rating = self.rating
        lang = self.lang
        form = self.form
        section = form.objectives
        counts = {c.key: 0 for c in rating.choices}
        unrated = withheld = 0
        rows = []
        swatches = []
        trends: Counter[Trend] = Counter()  # of the objectives this copy may print
        any_previous = False
        previous = form.role_field(Role.PREVIOUS_RATING) if has_previous_rating(form) else None
        for index, item in enumerate(section.items):
            flag = section.confidential_flag
            hidden = bool(flag and self.review.get(f"{item.key}.{flag}")) and (
                not self.options.include_confidential
            )
            value = None if hidden else self.answer(form.item_key(item, Role.RATING))
            choice = rating.choice(value) if value else None
            if hidden:
                withheld += 1
                label = text("withheld", lang)
            elif choice is not None:
                counts[choice.key] += 1
                label = format_value_choice(rating, choice.key, lang)
            else:
                unrated += 1
                label = text("not_rated", lang)
            row = [str(item.number), item.title.get(lang), label]
            swatches.append((index, 2, choice.color if choice and choice.color else "#ffffff"))
            if previous is not None and not hidden:
                previous_key = form.item_key(item, Role.PREVIOUS_RATING)
                earlier = self.answer(previous_key)
                any_previous = any_previous or bool(earlier)
                before = previous.choice(earlier) if earlier else None
                row.append(format_value_choice(previous, before.key, lang) if before else "")
                if before is not None and before.color:
                    swatches.append((index, 3, before.color))
                ratings = {form.item_key(item, Role.RATING): value, previous_key: earlier}
                found = rating_trend(form, ratings, item)
                if found is not None:
                    trends[found] += 1
                row.append(text(f"trend_{found}", lang) if found else "")
            elif previous is not None:
                row += ["", ""]
            rows.append(tuple(row))
        if unrated + withheld == len(rows):
            return
        bars: list[tuple[str, int, str | None]] = [
            (format_value_choice(rating, c.key, lang), counts[c.key], c.color)
            for c in rating.choices
        ]
        if unrated:
            bars.append((text("not_rated", lang), unrated, "#ffffff"))
        if withheld:
            bars.append((text("withheld", lang), withheld, "#eeeeee"))
        self.blocks.append(Heading(text("ratings_overview", lang), 1))
        self.blocks.append(RatingChart(tuple(bars), rating.report_text(lang)))
        header: tuple[str, ...] = ("#", section.item_label.get(lang), rating.report_text(lang))
        widths: tuple[float, ...] = (0.06, 0.69, 0.25)
        if previous is not None and any_previous:
            self.blocks.append(Line(text("trend_summary", lang, *(trends[t] for t in TRENDS))))
            header += (previous.report_text(lang), text("trend", lang))
            widths = (0.05, 0.39, 0.2, 0.2, 0.16)
        else:
            rows = [r[:3] for r in rows]
            swatches = [s for s in swatches if s[1] == 2]
        self.blocks.append(
            Table(
                header=header,
                rows=tuple(rows),
                widths=widths,
                numeric=(0,),
                swatches=tuple(swatches),
            )
        )

    # -- coalitions ------------------------------------------------------------------
    def voices(self, key: str) -> list[Block]:
        """What each member organisation said about objective ``key`` (coalition reports)."""
        if self.consolidation is None or not self.consolidation.objectives[key].voices:
            return []
        view = self.consolidation.objectives[key]
        rating = self.rating
        lang = self.lang
        counts = " · ".join(
            labelled(format_value_choice(rating, k, lang), str(n), lang)
            for k, n in view.counts.items()
            if n
        )
        blocks: list[Block] = [Heading(text("across_members", lang), 3, in_contents=False)]
        if counts:
            median = format_value_choice(rating, view.median, lang) if view.median else "–"
            said = labelled(text("median", lang), median, lang)
            blocks.append(Line(f"{counts} · {said}", Kind.BODY))
        if view.disagreement:
            blocks.append(Line(text("disagree", lang), Kind.LABEL))
        names = sorted({v.organisation for v in view.voices}, key=str.casefold)
        listed = list_separator(lang).join(names)
        blocks.append(Line(labelled(text("draws_on", lang), listed, lang), Kind.SMALL))
        previous = self.form.role_ref(Role.PREVIOUS_RATING)
        for voice in view.voices:
            said = format_value_choice(rating, voice.rating, lang) if voice.rating else ""
            if previous is not None and voice.previous:
                before = format_value_choice(previous.field, voice.previous, lang)
                said = " · ".join(
                    p for p in (said, labelled(previous.field.report_text(lang), before, lang)) if p
                )
            who = voice.organisation + (f" ({said})" if said else "")
            if voice.assessment:
                blocks.append(Answer(voice.assessment, label=who, kind=Kind.SMALL))
            else:
                blocks.append(Line(who, Kind.LABEL))
        return blocks

    def coalition_summary(self) -> None:
        """Who contributed, how much of the review they cover, where they disagree."""
        if self.consolidation is None or not self.consolidation.members:
            return
        lang = self.lang
        views = self.consolidation.objectives
        items = self.form.objectives.items
        covered = sum(1 for item in items if views[item.key].voices)
        disagreed = [str(item.number) for item in items if views[item.key].disagreement]
        blocks: list[Block] = [
            Heading(text("coalition_summary", lang), 1),
            Line(text("members_contributed", lang, len(self.consolidation.members))),
            Line(text("objectives_covered", lang, covered, len(items))),
        ]
        if disagreed:
            listed = list_separator(lang).join(disagreed)
            blocks.append(Line(text("objectives_disagreed", lang, listed)))
        self.blocks.extend(blocks)

    def member_ratings(self) -> None:
        """Per objective, how the members rated it and whether they disagree (coalitions)."""
        if self.consolidation is None:
            return
        lang = self.lang
        rating = self.rating
        section = self.form.objectives
        rows = []
        for item in section.items:
            view = self.consolidation.objectives[item.key]
            if not view.rated:
                continue
            said = " · ".join(  # a count never apart from its rating
                f"{format_value_choice(rating, k, lang)}:\u00a0{n}"
                for k, n in view.counts.items()
                if n
            )
            median = format_value_choice(rating, view.median, lang) if view.median else "–"
            strong = text("yes", lang) if view.disagreement else ""
            rows.append((str(item.number), item.title.get(lang), said, median, strong))
        if not rows:
            return
        header = (
            "#", section.item_label.get(lang), text("members_ratings", lang),
            text("median", lang), text("strong_disagreement", lang),
        )  # fmt: skip
        self.blocks.append(Heading(text("ratings_across_members", lang), 1))
        self.blocks.append(Table(header=header, rows=tuple(rows), numeric=(0,)))

    def endorsements(self, fld: Field, key: str) -> list[dict[str, Any]]:
        """The coalition's own endorsements and its members', each organisation once.

        An organisation is named by the table's first column.
        """
        assert self.consolidation is not None
        name = fld.columns[0].key
        own = self.answer(key) or []
        merged = {str(row.get(name, "")).casefold(): row for row in own}
        for row in self.consolidation.rows.get(key, []):
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            merged.setdefault(str(clean.get(name, "")).casefold(), clean)
        return [row for named, row in sorted(merged.items()) if named]

    def contributors(self) -> None:
        """The annex crediting every contributing organisation (coalition reports)."""
        if self.consolidation is None or not self.consolidation.contributors:
            return
        lang = self.lang
        assessed = self.consolidation.objectives_assessed()
        edited = f" ({text('edited_after_export', lang)})"
        rows = tuple(
            (member.organisation + (edited if member.edited else ""),
             str(assessed.get(member.identity, 0)))
            for member in sorted(self.consolidation.members, key=_by_name)
        )  # fmt: skip
        self.blocks.append(Heading(text("contributors", lang), 1))
        self.blocks.append(
            Table(
                (text("organisation", lang), text("objectives_assessed", lang)),
                rows,
                widths=(0.77, 0.23),
                numeric=(1,),
            )
        )


def _by_name(member: Member) -> str:
    return member.organisation.casefold()

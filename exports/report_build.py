"""The report's blocks, walked from the form definition: every section and every answer.

Sections come in the definition's order, each with its answered fields in
their order, printed as their type asks (a free text under its label, a
choice as "Label: value", a table as a table). What needs a place of its own
is found by the definition, never by a key spelled here: fields marked
``report: cover`` stand on the cover, ``report: none`` are left out; the field
playing the rating role leads each objective and makes the ratings overview,
printed just before the objectives. Empty answers are left out; confidential
ones only appear when asked for, and the report then says what was withheld.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    NewPage,
    RatingChart,
    References,
    Report,
    SideBySide,
    Table,
)
from exports.report_texts import text
from forms.merge import Consolidation, Member
from forms.review import Review, confidential_keys
from forms.roles import Role
from forms.schema import Field, Form, Item, Section
from forms.values import format_value, format_value_choice, is_blank

#: Above this many characters, answers compared side by side are printed one after the other.
SIDE_BY_SIDE_LIMIT = 1800


@dataclass(frozen=True)
class ReportOptions:
    """What goes into the report."""

    lang: str = "en"
    include_confidential: bool = False
    app_version: str = ""


def ltr(value: str) -> str:
    """Keep a date or code left to right inside right-to-left text (a bidi isolate)."""
    return f"\u2066{value}\u2069"


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
        self.blocks: list[Block] = []
        self.rating = form.role_field(Role.RATING)

    # -- answers ---------------------------------------------------------------
    def answer(self, key: str) -> Any:
        value = self.review.get(key)
        if is_blank(value):
            return None
        if key in self.hidden:
            self.withheld = True
            return None
        return value

    def played(self, role: Role) -> str:
        ref = self.form.role_ref(role)
        value = self.own_or_shared(ref.key) if ref is not None and ref.item is None else None
        return str(value) if value else ""

    def own_or_shared(self, key: str) -> Any:
        """The review's answer; for a coalition without one, what all its members gave alike."""
        value = self.answer(key)
        if value is None and self.consolidation is not None and key not in self.hidden:
            value = self.consolidation.shared.get(key)
        return value

    def value(self, fld: Field, value: Any) -> str:
        return format_value(fld, value, self.lang)

    # -- the report ------------------------------------------------------------
    def report(self) -> Report:
        lang = self.lang
        self.cover()
        self.blocks.append(Contents())
        self.blocks.append(NewPage())
        self.coalition_summary()
        for section in self.form.sections:
            if any(f.role is Role.RATING for f in section.item_fields):
                self.ratings()
                self.member_ratings()
            self.section(section)
        self.contributors()
        return Report(
            lang=lang,
            title=self.form.title.get(lang),
            subtitle=self.form.subtitle.get(lang),
            country=self.played(Role.COUNTRY),
            organisation=self.played(Role.ORGANISATION),
            sample=self.review.sample,
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
        add(EndOfCover())

    def cover_line(self, section: Section, fld: Field) -> None:
        lang = self.lang
        value = self.own_or_shared(f"{section.key}.{fld.key}")
        if fld.role is Role.PERIOD_END:
            return  # with the start
        if fld.role is Role.PERIOD_START:
            start, end = value, self.played(Role.PERIOD_END) or None
            if start or end:
                period = f"{text('period', lang)}: {ltr(start or '…')} – {ltr(end or '…')}"
                self.blocks.append(Line(period, Kind.COVER_LINE))
            return
        if value is None:
            return
        if fld.role is Role.REVIEW_DATE:
            self.blocks.append(Line(f"{text('date', lang)}: {ltr(value)}", Kind.COVER_LINE))
            return
        big = Kind.COVER_TITLE if fld.role is Role.COUNTRY else Kind.COVER_LINE
        self.blocks.append(Answer(self.value(fld, value), kind=big))

    # -- sections --------------------------------------------------------------
    def section(self, section: Section) -> None:
        if section.has_items:
            self.item_section(section)
            return
        parts: list[Block] = []
        printed = [f for f in section.fields if not f.report]
        alone = len(printed) == 1  # the section's heading names it: no label of its own
        for fld in printed:
            key = f"{section.key}.{fld.key}"
            if fld.role is Role.ENDORSEMENTS and self.consolidation is not None:
                parts.extend(self.table(fld, self.endorsements(fld, key), labelled=not alone))
                continue
            value = self.answer(key)
            if value is not None:
                parts.extend(self.field(fld, value, labelled=not alone))
        if parts:
            self.blocks.append(Heading((section.report_title or section.title).get(self.lang), 1))
            self.blocks.extend(parts)

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
            head: list[Block] = [Heading(f"{label} {item.number}: {item.title.get(lang)}", 2)]
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
                summary.append(f"{fld.report_text(lang)}: {self.value(fld, value)}")
        if summary:
            body.append(Line(" · ".join(summary), Kind.LABEL))
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
            done.add(fld.key)
            value = self.answer(f"{key}.{fld.key}")
            if value is not None:
                body.extend(self.field(fld, value, labelled=True))
        if rated:
            body.extend(self.voices(key))
        return [*head, *body] if body else []

    def has_content(self, section: Section, item: Item) -> bool:
        """Whether ``item`` has an answer to print (or to say it was withheld)."""
        views = self.consolidation.objectives if self.consolidation is not None else {}
        if item.key in views and views[item.key].voices:
            return True
        return any(
            not is_blank(self.review.get(f"{item.key}.{f.key}"))
            for f in section.item_fields
            if f.type != "boolean"
        )

    # -- fields ------------------------------------------------------------------
    def field(self, fld: Field, value: Any, labelled: bool) -> list[Block]:
        lang = self.lang
        if fld.type in ("text", "longtext"):
            return [Answer(value, label=fld.report_text(lang))]
        if fld.type == "multichoice":
            labels = tuple(format_value_choice(fld, k, lang) for k in value)
            return [Bullets(fld.report_text(lang), labels)]
        if fld.type == "table":
            return self.table(fld, value, labelled)
        return [Line(f"{fld.report_text(lang)}: {self.value(fld, value)}", Kind.BODY)]

    def table(self, fld: Field, rows: list[dict[str, Any]], labelled: bool) -> list[Block]:
        """A table answer: entries when it has a long text, references when all text."""
        lang = self.lang
        hidden = (
            []
            if self.options.include_confidential
            else [c for c in fld.columns if c.confidential or c.personal]
        )
        columns = [c for c in fld.columns if c not in hidden]
        if any(row.get(c.key) for row in rows for c in hidden):
            self.withheld = True
        if not rows:
            return []
        if any(c.type == "longtext" for c in columns):
            return self.entries(fld, columns, rows)
        shown = [c for c in columns if c.type != "counts"]
        if all(c.type == "text" for c in shown):
            lines = tuple(
                " – ".join(str(row[c.key]) for c in shown if row.get(c.key)) for row in rows
            )
            return [References(fld.report_text(lang), lines)]
        # Columns nobody filled are left out (the endorsements of a coalition, often).
        shown = [c for c in shown if any(not is_blank(row.get(c.key)) for row in rows)]
        blocks: list[Block] = [
            Table(
                header=tuple(c.report_text(lang) for c in shown),
                rows=tuple(tuple(self.cell(c, row.get(c.key)) for c in shown) for row in rows),
                label=fld.report_text(lang) if labelled else "",
                numeric=tuple(i for i, c in enumerate(shown) if c.type == "number"),
            )
        ]
        for column in columns:
            if column.type == "counts":
                blocks.extend(self.totals(column, rows))
        return blocks

    def cell(self, column: Field, value: Any) -> str:
        return "" if is_blank(value) else self.value(column, value)

    def totals(self, column: Field, rows: list[dict[str, Any]]) -> list[Block]:
        """The sum of a breakdown over the rows (people by gender, over all consultations)."""
        lang = self.lang
        totals: dict[str, int] = {}
        for row in rows:
            for key, count in (row.get(column.key) or {}).items():
                totals[key] = totals.get(key, 0) + count
        if not totals:
            return []
        lines = [(format_value_choice(column, k, lang), str(n)) for k, n in totals.items()]
        lines.append((text("total", lang), str(sum(totals.values()))))
        label = f"{column.report_text(lang)} ({text('participation', lang)})"
        table = Table(("", "#"), tuple(lines), widths=(0.42, 0.15), label=label, numeric=(1,))
        if column.total:  # a breakdown of the participants: its parts add up to them
            return [table]
        return [table, Line(text("counted_more_than_once", lang), Kind.SMALL)]

    def entries(self, fld: Field, columns: list[Field], rows: list[dict[str, Any]]) -> list[Block]:
        """Rows with long texts as numbered entries: main text, a line of details, the rest."""
        lang = self.lang
        main = next(c for c in columns if c.type == "longtext")
        blocks: list[Block] = []
        for number, row in enumerate(rows, start=1):
            details = " · ".join(
                f"{c.report_text(lang)}: {self.value(c, row[c.key])}"
                for c in columns
                if c.type != "longtext" and not is_blank(row.get(c.key))
            )
            notes = tuple(
                (c.report_text(lang), row[c.key])
                for c in columns
                if c.type == "longtext" and c is not main and row.get(c.key)
            )
            blocks.append(Entry(number, str(row.get(main.key) or ""), details, notes))
        return blocks

    def side_by_side(self, section: Section, key: str, partners: tuple[str, ...]) -> list[Block]:
        values = [(section.field(p), self.answer(f"{key}.{p}")) for p in partners]
        present = [(f, v) for f, v in values if f is not None and v is not None]
        if not present:
            return []
        short = all(len(v) <= SIDE_BY_SIDE_LIMIT for _, v in present)
        if len(present) < 2 or not short:
            return [Answer(v, label=f.report_text(self.lang)) for f, v in present]
        return [SideBySide(tuple((f.report_text(self.lang), v) for f, v in present))]

    # -- the ratings overview ------------------------------------------------------
    def ratings(self) -> None:
        rating = self.rating
        lang = self.lang
        section = self.form.objectives
        counts = {c.key: 0 for c in rating.choices}
        unrated = withheld = 0
        rows = []
        swatches = []
        for index, item in enumerate(section.items):
            flag = section.confidential_flag
            hidden = bool(flag and self.review.get(f"{item.key}.{flag}")) and (
                not self.options.include_confidential
            )
            value = None if hidden else self.answer(self.form.item_key(item, Role.RATING))
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
            rows.append((str(item.number), item.title.get(lang), label))
            swatches.append((index, 2, choice.color if choice and choice.color else "#ffffff"))
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
        self.blocks.append(RatingChart(tuple(bars)))
        self.blocks.append(
            Table(
                header=("#", section.item_label.get(lang), rating.report_text(lang)),
                rows=tuple(rows),
                widths=(0.06, 0.69, 0.25),
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
            f"{format_value_choice(rating, k, lang)}: {n}" for k, n in view.counts.items() if n
        )
        blocks: list[Block] = [Heading(text("across_members", lang), 3, in_contents=False)]
        if counts:
            median = format_value_choice(rating, view.median, lang) if view.median else "–"
            blocks.append(Line(f"{counts} · {text('median', lang)}: {median}", Kind.BODY))
        if view.disagreement:
            blocks.append(Line(text("disagree", lang), Kind.LABEL))
        names = sorted({v.organisation for v in view.voices}, key=str.casefold)
        listed = text("list_separator", lang).join(names)
        blocks.append(Line(f"{text('draws_on', lang)}: {listed}", Kind.SMALL))
        for voice in view.voices:
            said = format_value_choice(rating, voice.rating, lang) if voice.rating else ""
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
            listed = text("list_separator", lang).join(disagreed)
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

"""A plain-text rendering of a review, for the terminal (``gcm-review show``)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import Any

from exports.report_texts import text, yes_no
from forms.merge import Consolidation
from forms.review import Review, completeness
from forms.roles import Role
from forms.schema import Field, Form, Section
from forms.typography import labelled, list_separator
from forms.values import format_value
from forms.withheld_rows import row_withheld

WIDTH = 100
INDENT = "    "


def render_text(form: Form, review: Review, lang: str = "en") -> str:
    """The whole review as readable text, section by section, in the order of the form."""
    return "\n".join(_lines(form, review, lang)) + "\n"


def _lines(form: Form, review: Review, lang: str) -> Iterator[str]:
    done = completeness(form, review.answers)
    title = form.title.get(lang)
    if review.sample:
        title = f"SAMPLE – {title}"
    yield title
    yield "=" * len(title)
    yield f"id: {review.id}"
    yield (
        f"form version: {review.form_version} · revision {review.revision}"
        f" · updated {review.updated}"
    )
    yield f"completeness: {done.overall.percent}%"
    for section in form.sections:
        yield ""
        heading = f"{section.title.get(lang)} ({done.sections[section.key].percent}%)"
        yield heading
        yield "-" * len(heading)
        if section.has_items:
            yield from _item_section(section, review, lang)
        else:
            yield from _fields(section.fields, section.key, review, lang)


def _item_section(section: Section, review: Review, lang: str) -> Iterator[str]:
    groups = section.groups or ()
    order = [key for group in groups for key in group.items] or [i.key for i in section.items]
    group_of = {key: group for group in groups for key in group.items}
    current = None
    for key in order:
        item = section.item(key)
        assert item is not None
        group = group_of.get(key)
        if group is not None and group is not current:
            current = group
            yield ""
            yield f"## {group.title.get(lang)}"
        yield ""
        yield labelled(
            f"{section.item_label.get(lang)} {item.number}".strip(), item.title.get(lang), lang
        )
        if section.confidential_flag and review.get(f"{key}.{section.confidential_flag}"):
            yield f"{INDENT}[confidential]"
        body = list(_fields(section.item_fields, key, review, lang))
        yield from body or [f"{INDENT}(not answered)"]


def _fields(fields: tuple[Field, ...], owner: str, review: Review, lang: str) -> Iterator[str]:
    for fld in fields:
        value = review.get(f"{owner}.{fld.key}")
        if value is None or fld.type == "boolean":
            continue
        label = fld.label.get(lang)
        if fld.confidential:
            label += f" [{text('confidential', lang)}]"
        if fld.type == "table":
            yield f"{INDENT}{label}:"
            for number, row in enumerate(value, start=1):
                yield from _row(fld, number, row, lang)
        elif fld.type == "longtext":
            yield f"{INDENT}{label}:"
            yield from _wrap(value, INDENT * 2)
        elif fld.type == "image":
            kind = "PNG" if value.get("media_type") == "image/png" else "JPEG"
            shown = text("picture", lang, kind, value.get("width"), value.get("height"))
            yield from _wrap(labelled(label, shown, lang), INDENT)
        else:
            yield from _wrap(labelled(label, format_value(fld, value, lang), lang), INDENT)


def _row(fld: Field, number: int, row: dict[str, Any], lang: str) -> Iterator[str]:
    cells = [f"[{text('kept_here', lang)}]"] if row_withheld(fld, row) else []
    for column in fld.columns:
        if column.key in row:
            value = row[column.key]
            boolean = column.type == "boolean"
            shown = yes_no(value, lang) if boolean else format_value(column, value, lang)
            cells.append(labelled(column.label.get(lang), shown, lang))
    yield from _wrap(f"{number}. " + " · ".join(cells), INDENT * 2, INDENT * 3)


def _wrap(text: str, indent: str, subsequent: str | None = None) -> Iterator[str]:
    for paragraph in str(text).splitlines() or [""]:
        lines = textwrap.wrap(
            paragraph,
            WIDTH,
            initial_indent=indent,
            subsequent_indent=subsequent or indent,
            break_long_words=True,
            break_on_hyphens=False,
        )
        yield from lines or [indent.rstrip()]


def render_consolidation(form: Form, consolidation: Consolidation, lang: str = "en") -> str:
    """The coalition view: contributors, and per objective the spread of ratings and voices."""
    rating = form.role_field(Role.RATING)
    heading = f"{text('contributors', lang)} ({len(consolidation.contributors)})"
    lines = ["", heading, "-" * len(heading)]
    lines += [f"{INDENT}{name}" for name in consolidation.contributors]
    for item in form.objectives.items:
        view = consolidation.objectives[item.key]
        if not view.voices:
            continue
        lines.append("")
        lines.append(
            labelled(
                f"{form.objectives.item_label.get(lang)} {item.number}", item.title.get(lang), lang
            )
        )
        counts = list_separator(lang).join(
            labelled(format_value(rating, key, lang), str(n), lang)
            for key, n in view.counts.items()
            if n
        )
        median = format_value(rating, view.median, lang) if view.median else "-"
        spread = [
            labelled(text("members_ratings", lang), counts or "-", lang),
            labelled(text("median", lang), median, lang),
        ]
        if view.disagreement:
            spread.append(text("strong_disagreement", lang).upper())
        lines.append(INDENT + " · ".join(spread))
        for voice in view.voices:
            said = format_value(rating, voice.rating, lang) if voice.rating else ""
            said = said or text("not_rated", lang)
            lines.extend(_wrap(f"{voice.organisation} ({said}): {voice.assessment}", INDENT * 2))
    return "\n".join(lines) + "\n"

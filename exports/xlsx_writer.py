"""Writing the review workbook (an export, or the blank template) with openpyxl."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import atomic_path
from exports.report_texts import text
from exports.signing import SigningKey
from exports.xlsx_answer_sheets import AnswerSheets
from exports.xlsx_cells import BOLD, FACE, HEADER_FILL, TOP, label_alignment, put
from exports.xlsx_layout import (
    COVER_TABS,
    KEY_ROW,
    LABEL_ROW,
    LAYOUT_VERSION,
    LISTS_SHEET,
    META_SHEET,
    SheetLayout,
    workbook_layout,
)
from exports.xlsx_page import protect, set_direction, set_print
from exports.xlsx_saving import workbook_bytes
from exports.xlsx_texts import workbook_text
from forms.merge import Contribution
from forms.review import Review, answers_digest, shareable_answers
from forms.roles import Role
from forms.safe_text import clean_text
from forms.schema import Form
from forms.sensitive import without_sensitive
from forms.trend import TRENDS, trend_counts
from forms.typography import list_separator
from forms.values import format_value_choice
from forms.withheld_rows import without_withheld_rows

#: The application, as the workbook's creator.
CREATOR = "GCM Shadow Review"
#: The first data row of the coalition's own sheets (contributions, voices).
COALITION_FIRST_ROW = LABEL_ROW + 1


def _rows(layout: SheetLayout, answers: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    rows: list[tuple[str, dict[str, Any]]] = []
    for owner in layout.owners:
        if layout.table is None:
            values = {c.field.key: answers.get(f"{owner}.{c.field.key}") for c in layout.columns}
            rows.append((owner, values))
        else:
            for table_row in answers.get(f"{owner}.{layout.table.key}") or []:
                rows.append((owner, table_row))
    return rows


def write_workbook(
    form: Form,
    review: Review | None,
    path: Path | str,
    lang: str = "en",
    app_version: str = "",
    include_confidential: bool = False,
    contributions: list[Contribution] | None = None,
    leave_out_sensitive: bool = False,
    signer: SigningKey | None = None,
    sealed_for: bytes | None = None,
) -> Path:
    """Write ``review`` (or, with None, the blank template) as a workbook, atomically.

    A blank template ``leave_out_sensitive`` asks no sensitive category (see
    :mod:`forms.sensitive`), and says so in its ``_meta`` sheet for the reader.
    A review's workbook is signed with ``signer``, if given (see exports.signing).
    With ``sealed_for`` (a coalition lead's public key) the file written is a
    sealed package holding the workbook (see exports.sealed_package): the
    workbook itself never reaches the disk.

    For a coalition review, ``contributions`` adds two sheets that credit the member
    organisations: ``contributions`` (who, which revision, from which file) and
    ``voices`` (each organisation's rating and assessment per objective).
    """
    left_out = leave_out_sensitive and review is None
    if left_out:
        form = without_sensitive(form)
    answers = dict(review.answers) if review else {}
    withheld = False
    kept_back: dict[str, int] = {}
    if review:
        _, kept_back = without_withheld_rows(form, answers)
        answers, withheld = shareable_answers(form, answers, include_confidential)
        withheld = withheld and not include_confidential
    book = Workbook()
    cover = book.active
    cover.title = COVER_TABS.get(lang)
    sheets = AnswerSheets(book, lang, form.sections)
    layouts = workbook_layout(form)
    line = _cover(cover, form, review, answers, lang, layouts, kept_back)
    for layout in layouts:
        sheets.write(layout, _rows(layout, answers))
    _ratings(cover, form, answers, lang, line + 1)
    if contributions is not None:
        _coalition_sheets(book, form, contributions, lang, include_confidential)
    meta = {
        "form": form.key,
        "form_version": str(form.version),
        "layout": str(LAYOUT_VERSION),
        "review_id": review.id if review else "",
        "revision": str(review.revision) if review else "0",
        "kind": review.kind if review else "template",
        # Each blank questionnaire written has its own id: the files filled from it
        # are told apart from those of another, and a corrected one is recognised.
        "template_id": "" if review else str(uuid.uuid4()),
        "sample": "yes" if review and review.sample else "no",
        "organisation": answers.get(form.role_key(Role.ORGANISATION), ""),
        "country": answers.get(form.role_key(Role.COUNTRY), ""),
        "language": lang,
        "confidential": "withheld" if withheld else ("included" if review else "none"),
        "sensitive": "left_out" if left_out else "asked",
        "app_version": app_version,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sha256": answers_digest(answers),
    }
    if signer is not None and review is not None:
        meta.update(signer.sign_meta(meta))
    sheet = book.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    for row, (key, value) in enumerate(meta.items(), start=1):
        put(sheet, row, 1, key)
        put(sheet, row, 2, value)
        value = clean_text(value, multiline=False)
        book.custom_doc_props.append(StringProperty(name=f"gcm_{key}", value=value or "-"))
    protect(sheet)
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    _properties(book, form, meta, lang, app_version)
    target = Path(path)
    # Built in memory, then written in one go: a full disk then fails in the
    # write below, not inside openpyxl's zip file (which would complain again
    # when it is collected).
    content = workbook_bytes(book)
    if sealed_for is not None:
        from exports.sealed_package import seal

        content = seal(content, sealed_for)
    with atomic_path(target) as temporary:
        temporary.write_bytes(content)
    return target


def _properties(
    book: Workbook, form: Form, meta: Mapping[str, str], lang: str, app_version: str
) -> None:
    """Title, subject, language and the application as creator, for file browsers."""
    properties = book.properties
    about = [v for v in (meta["country"], meta["organisation"]) if v]
    title = form.title.get(lang) + (f" — {', '.join(about)}" if about else "")
    properties.title = clean_text(title, multiline=False)[:250]
    properties.subject = workbook_text("subject", lang)
    properties.creator = CREATOR
    properties.lastModifiedBy = CREATOR
    properties.language = lang
    if app_version:
        properties.version = app_version[:40]


def _cover(
    cover: Worksheet,
    form: Form,
    review: Review | None,
    answers: Mapping[str, Any],
    lang: str,
    layouts: tuple[SheetLayout, ...],
    kept_back: Mapping[str, int],
) -> int:
    """The cover's title, who and what, and how to fill the workbook; the next free row.

    ``kept_back`` counts, per table, the rows that stay on this computer: those a
    table has a note for are counted on the cover ("Organisations that asked not
    to be named: 1").
    """
    set_direction(cover, lang)
    aligned = label_alignment(lang)
    put(cover, 1, 1, form.title.get(lang)).font = Font(name=FACE, bold=True, size=18)
    put(cover, 2, 1, form.subtitle.get(lang)).font = Font(name=FACE, size=11, italic=True)
    cover.merge_cells("A2:B2")
    cover["A2"].alignment = aligned
    cover.row_dimensions[2].height = 30
    line = 4
    if review is None:
        put(cover, line, 1, text("blank_template", lang)).font = BOLD
        line += 1
    for role in (Role.COUNTRY, Role.ORGANISATION):
        key = form.role_key(role)
        if answers.get(key):
            put(cover, line, 1, form.role_field(role).label.get(lang)).font = BOLD
            put(cover, line, 2, answers[key]).alignment = TOP
            line += 1
    if review is not None and review.sample:
        put(cover, line, 1, text("sample", lang)).font = Font(
            name=FACE, bold=True, color="B2182B", size=14
        )
        line += 1
    for ref in form.refs():
        note = ref.field.withheld_note.get(lang)
        if note and kept_back.get(ref.key):
            put(cover, line, 1, note).font = BOLD
            number = cover.cell(row=line, column=2)
            number.value = kept_back[ref.key]
            number.alignment = Alignment(horizontal="left")
            line += 1
    line += 1
    put(cover, line, 1, workbook_text("how_to_title", lang)).font = Font(
        name=FACE, bold=True, size=13
    )
    lists = list_separator(lang).join(
        layout.tab(lang) for layout in layouts if layout.table is not None
    )
    for step in workbook_text("how_to", lang, lists).split("\n"):
        line += 1
        cell = put(cover, line, 1, step)
        cell.alignment = aligned
        cover.merge_cells(start_row=line, end_row=line, start_column=1, end_column=2)
        cover.row_dimensions[line].height = 15 * max(1, -(-len(step) // 110))
    cover.column_dimensions["A"].width = 40
    cover.column_dimensions["B"].width = 60
    set_print(cover, landscape=False, one_page=True)
    protect(cover)
    return line + 1


def _ratings(
    cover: Worksheet, form: Form, answers: Mapping[str, Any], lang: str, start: int
) -> None:
    """The number of objectives at each rating, as a small table and a bar chart below it."""
    rating = form.role_field(Role.RATING)
    put(cover, start, 1, text("rating_counts", lang)).font = Font(name=FACE, bold=True, size=13)
    for index, choice in enumerate(rating.choices, start=1):
        count = sum(
            1
            for item in form.objectives.items
            if answers.get(form.item_key(item, Role.RATING)) == choice.key
        )
        label = put(cover, start + index, 1, choice.label.get(lang))
        label.font = Font(name=FACE, size=11)
        number = cover.cell(row=start + index, column=2)
        number.value = count
        number.font = Font(name=FACE, size=11)
        number.alignment = Alignment(horizontal="left")  # beside its label, not far off
        if choice.color:
            label.fill = PatternFill("solid", fgColor=choice.color.lstrip("#"))
    if not any(answers.get(form.item_key(item, Role.RATING)) for item in form.objectives.items):
        return  # a blank questionnaire: an empty chart would only look broken
    below = _trends(cover, form, answers, lang, start + len(rating.choices) + 2)
    chart = BarChart()
    chart.type = "bar"
    chart.title = text("rating_counts", lang)
    chart.legend = None
    end = start + len(rating.choices)
    chart.add_data(
        Reference(cover, min_col=2, min_row=start + 1, max_row=end), titles_from_data=False
    )
    chart.set_categories(Reference(cover, min_col=1, min_row=start + 1, max_row=end))
    chart.x_axis.scaling.orientation = "maxMin"  # the first rating on top, as in the table
    series = chart.series[0]
    for index, choice in enumerate(rating.choices):
        if choice.color:
            point = DataPoint(idx=index)
            point.graphicalProperties.solidFill = choice.color.lstrip("#")
            series.dPt.append(point)
    # Below the table, as wide as the two columns: it prints whole on the cover's page.
    chart.height = 7.5
    chart.width = 18
    cover.add_chart(chart, f"A{below}")


def _trends(cover: Worksheet, form: Form, answers: Mapping[str, Any], lang: str, start: int) -> int:
    """How many objectives are rated higher, the same or lower than at the last review, where the
    review gives ratings at the last review; the next free row."""
    previous = form.role_ref(Role.PREVIOUS_RATING)
    if previous is None or not any(
        answers.get(form.item_key(item, Role.PREVIOUS_RATING)) for item in form.objectives.items
    ):
        return start
    counts = trend_counts(form, answers)
    put(cover, start, 1, text("trend", lang)).font = Font(name=FACE, bold=True, size=13)
    for row, trend in enumerate(TRENDS, start=start + 1):
        put(cover, row, 1, text(f"trend_{trend}", lang)).font = Font(name=FACE, size=11)
        number = cover.cell(row=row, column=2)
        number.value = counts[trend]
        number.font = Font(name=FACE, size=11)
        number.alignment = Alignment(horizontal="left")
    summary = put(cover, start + 4, 1, text("trend_summary", lang, *(counts[t] for t in TRENDS)))
    summary.alignment = label_alignment(lang)
    cover.merge_cells(start_row=start + 4, end_row=start + 4, start_column=1, end_column=2)
    return start + 6


def _report_sheet(
    book: Workbook, name: str, keys: list[str], labels: list[str], widths: list[float], lang: str
) -> Worksheet:
    """A sheet to read, not to fill: hidden keys, bold labels, locked, printed like the others."""
    sheet = book.create_sheet(name)
    set_direction(sheet, lang)
    for col, (key, label) in enumerate(zip(keys, labels, strict=True), start=1):
        put(sheet, KEY_ROW, col, key)
        cell = put(sheet, LABEL_ROW, col, label)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, label_alignment(lang)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.row_dimensions[KEY_ROW].hidden = True
    sheet.freeze_panes = f"A{COALITION_FIRST_ROW}"
    set_print(sheet, title_rows=f"{LABEL_ROW}:{LABEL_ROW}")
    protect(sheet)
    return sheet


def _coalition_sheets(
    book: Workbook,
    form: Form,
    contributions: list[Contribution],
    lang: str,
    include_confidential: bool,
) -> None:
    from forms.merge import consolidate

    consolidation = consolidate(form, contributions, include_confidential)
    assessed = consolidation.objectives_assessed()
    rating = form.role_field(Role.RATING)
    labels = [
        form.objectives.item_label.get(lang),
        text("organisation", lang),
        rating.label.get(lang),
        form.role_field(Role.ASSESSMENT).label.get(lang),
    ]
    voices = _report_sheet(
        book, "voices", ["id", "organisation", "rating", "assessment"], labels,
        [8, 36, 22, 80], lang,
    )  # fmt: skip
    row = COALITION_FIRST_ROW
    for key, view in consolidation.objectives.items():
        for voice in view.voices:
            said = format_value_choice(rating, voice.rating, lang) if voice.rating else None
            for col, value in enumerate((key, voice.organisation, said, voice.assessment), 1):
                cell = put(voices, row, col, value)
                cell.alignment = TOP
            row += 1
    columns = [
        "organisation", "review_id", "revision", "source", "objectives_assessed",
        "edited_after_export",
    ]  # fmt: skip
    sheet = _report_sheet(
        book, "contributions", columns,
        [text(key, lang) for key in columns],
        [40, 38, 10, 40, 14, 14], lang,
    )  # fmt: skip
    for index, member in enumerate(contributions, start=COALITION_FIRST_ROW):
        values = (member.organisation, member.review_id, member.revision, member.source,
                  assessed.get(member.review_id, 0),
                  text("yes" if member.edited else "no", lang))  # fmt: skip
        for col, entry in enumerate(values, start=1):
            put(sheet, index, col, entry).alignment = TOP

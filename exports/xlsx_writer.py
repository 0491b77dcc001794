"""Writing the review workbook (an export, or the blank template) with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from exports.atomic import atomic_path
from exports.report_texts import text
from exports.xlsx_layout import (
    COVER_SHEET,
    FIRST_DATA_ROW,
    ID_COLUMN,
    KEY_ROW,
    LABEL_ROW,
    LISTS_SHEET,
    META_SHEET,
    Column,
    SheetLayout,
    workbook_layout,
)
from forms.merge import Contribution
from forms.review import Review, answers_digest, shareable_answers
from forms.safe_text import clean_text
from forms.schema import Field, Form

#: Text that a spreadsheet could take for a formula when the cell is edited.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_ROW_LINES = 20
WIDTHS = {"longtext": 60, "text": 28, "multichoice": 40, "choice": 24, "counts": 12}


def _choice_label(fld: Field, key: str, lang: str) -> str:
    choice = fld.choice(key)
    return choice.label.get(lang) if choice else key


def _wrapped_lines(value: Any, width: int) -> int:
    if not isinstance(value, str) or not value:
        return 1
    return sum(max(1, -(-len(line) // max(width - 2, 1))) for line in value.split("\n"))


def cell_value(column: Column, value: Any, lang: str) -> Any:
    """What a cell shows for ``value``: labels for choices, words for yes/no."""
    fld = column.field
    if value is None:
        return None
    if column.choice is not None:
        return value.get(column.choice) if isinstance(value, dict) else None
    if fld.type == "choice":
        return _choice_label(fld, value, lang)
    if fld.type == "multichoice":
        return "; ".join(_choice_label(fld, key, lang) for key in value)
    if fld.type == "boolean":
        return text("yes" if value else "no", lang)
    return value


def _label(fld: Field | None, lang: str) -> str:
    """The label of a field the definition must have (checked by the loader)."""
    assert fld is not None
    return fld.label.get(lang)


def _put(sheet: Worksheet, row: int, col: int, value: Any) -> None:
    cell = sheet.cell(row=row, column=col)
    if isinstance(value, str):
        value = clean_text(value)  # a review stored before text was cleaned still exports
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True


class _Writer:
    def __init__(self, form: Form, lang: str) -> None:
        self.form = form
        self.lang = lang
        self.workbook = Workbook()
        self.lists = self.workbook.create_sheet(LISTS_SHEET)
        self.lists.sheet_state = "hidden"
        self._list_ranges: dict[str, str] = {}

    def list_range(self, fld: Field) -> str:
        """A range of the hidden lists sheet holding the labels of ``fld``'s choices."""
        name = "boolean" if fld.type == "boolean" else fld.choice_list or fld.key
        if name not in self._list_ranges:
            col = len(self._list_ranges) + 1
            labels = (
                [text("yes", self.lang), text("no", self.lang)]
                if fld.type == "boolean"
                else [c.label.get(self.lang) for c in fld.choices]
            )
            for row, label in enumerate(labels, start=1):
                _put(self.lists, row, col, label)
            letter = get_column_letter(col)
            self._list_ranges[name] = (
                f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(labels)}"
            )
        return self._list_ranges[name]

    def sheet(self, layout: SheetLayout, rows: list[tuple[str, dict[str, Any]]]) -> None:
        sheet = self.workbook.create_sheet(layout.name)
        sheet.sheet_properties.tabColor = "4575B4" if layout.table is None else "91BFDB"
        headers = [
            (ID_COLUMN, "id", None),
            *((c.key, self.label(layout, c), c) for c in layout.columns),
        ]
        for col, (key, label, _column) in enumerate(headers, start=1):
            _put(sheet, KEY_ROW, col, key)
            _put(sheet, LABEL_ROW, col, label)
            cell = sheet.cell(row=LABEL_ROW, column=col)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[KEY_ROW].hidden = True
        sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=2)
        sheet.column_dimensions["A"].width = 10
        last_row = max(FIRST_DATA_ROW + len(rows) - 1, FIRST_DATA_ROW + 200 if layout.table else 0)
        sheet.row_dimensions[LABEL_ROW].height = 32
        for index, (owner, values) in enumerate(rows):
            row = FIRST_DATA_ROW + index
            _put(sheet, row, 1, owner)
            lines = 1
            for col, column in enumerate(layout.columns, start=2):
                shown = cell_value(column, values.get(column.field.key), self.lang)
                _put(sheet, row, col, shown)
                sheet.cell(row=row, column=col).alignment = WRAP
                lines = max(lines, _wrapped_lines(shown, WIDTHS.get(column.field.type, 16)))
            # Spreadsheets do not size rows of wrapped text on opening: estimate it.
            sheet.row_dimensions[row].height = min(lines, MAX_ROW_LINES) * 15
        for col, column in enumerate(layout.columns, start=2):
            letter = get_column_letter(col)
            sheet.column_dimensions[letter].width = WIDTHS.get(column.field.type, 16)
            fld = column.field
            if column.choice is None and fld.type in ("choice", "boolean"):
                validation = DataValidation(
                    type="list", formula1=f"={self.list_range(fld)}", allow_blank=True
                )
                validation.error = fld.label.get(self.lang)
                validation.showErrorMessage = True
                validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{max(last_row, FIRST_DATA_ROW)}")
                sheet.add_data_validation(validation)
            if fld.type == "date":
                for row in range(FIRST_DATA_ROW, max(last_row, FIRST_DATA_ROW) + 1):
                    sheet.cell(row=row, column=col).number_format = "@"

    def label(self, layout: SheetLayout, column: Column) -> str:
        label = column.field.label.get(self.lang)
        if column.choice is not None:
            choice = column.field.choice(column.choice)
            label = f"{label}: {choice.label.get(self.lang) if choice else column.choice}"
        return label + (" *" if column.field.required else "")


def _rows(
    form: Form, layout: SheetLayout, answers: Mapping[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
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
) -> Path:
    """Write ``review`` (or, with None, the blank template) as a workbook, atomically.

    For a coalition review, ``contributions`` adds two sheets that credit the member
    organisations: ``contributions`` (who, which revision, from which file) and
    ``voices`` (each organisation's rating and assessment per objective).
    """
    answers = dict(review.answers) if review else {}
    withheld = False
    if review and not include_confidential:
        answers, withheld = shareable_answers(form, answers)
    writer = _Writer(form, lang)
    book = writer.workbook
    cover = book.active
    cover.title = COVER_SHEET
    _cover(cover, form, review, answers, lang)
    for layout in workbook_layout(form):
        writer.sheet(layout, _rows(form, layout, answers))
    _ratings(book, cover, form, answers, lang)
    if contributions is not None:
        _coalition_sheets(book, form, contributions, lang, include_confidential)
    meta = {
        "form": form.key,
        "form_version": str(form.version),
        "review_id": review.id if review else "",
        "revision": str(review.revision) if review else "0",
        "kind": review.kind if review else "template",
        # Each blank questionnaire written has its own id: the files filled from it
        # are told apart from those of another, and a corrected one is recognised.
        "template_id": "" if review else str(uuid.uuid4()),
        "sample": "yes" if review and review.sample else "no",
        "organisation": answers.get("profile.organisation", ""),
        "country": answers.get("profile.country", ""),
        "language": lang,
        "confidential": "withheld" if withheld else ("included" if review else "none"),
        "app_version": app_version,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sha256": answers_digest(answers),
    }
    sheet = book.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    for row, (key, value) in enumerate(meta.items(), start=1):
        _put(sheet, row, 1, key)
        _put(sheet, row, 2, value)
        value = clean_text(value, multiline=False)
        book.custom_doc_props.append(StringProperty(name=f"gcm_{key}", value=value or "-"))
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    target = Path(path)
    # Built in memory, then written in one go: a full disk then fails in the
    # write below, not inside openpyxl's zip file (which would complain again
    # when it is collected).
    content = io.BytesIO()
    book.save(content)
    with atomic_path(target) as temporary:
        temporary.write_bytes(content.getbuffer())
    return target


def _cover(
    cover: Worksheet, form: Form, review: Review | None, answers: Mapping[str, Any], lang: str
) -> None:
    _put(cover, 1, 1, form.title.get(lang))
    cover["A1"].font = Font(bold=True, size=18)
    _put(cover, 2, 1, form.subtitle.get(lang))
    line = 4
    if review is None:
        _put(cover, line, 1, text("blank_template", lang))
        cover.cell(row=line, column=1).font = Font(bold=True)
        line += 1
    for key in ("profile.country", "profile.organisation"):
        ref = form.ref(key)
        if answers.get(key) and ref is not None:
            _put(cover, line, 1, ref.field.label.get(lang))
            _put(cover, line, 2, answers[key])
            line += 1
    if review is not None and review.sample:
        _put(cover, line, 1, text("sample", lang))
        cover.cell(row=line, column=1).font = Font(bold=True, color="B2182B", size=14)
        line += 1
    _put(cover, line + 1, 1, text("sheet_help", lang))
    cover.column_dimensions["A"].width = 40
    cover.column_dimensions["B"].width = 60


def _ratings(
    book: Workbook, cover: Worksheet, form: Form, answers: Mapping[str, Any], lang: str
) -> None:
    rating = form.objectives.field("rating")
    if rating is None:
        return
    start = 12
    _put(cover, start, 1, text("rating_counts", lang))
    cover.cell(row=start, column=1).font = Font(bold=True)
    for index, choice in enumerate(rating.choices, start=1):
        count = sum(
            1 for item in form.objectives.items if answers.get(f"{item.key}.rating") == choice.key
        )
        _put(cover, start + index, 1, choice.label.get(lang))
        cover.cell(row=start + index, column=2).value = count
        if choice.color:
            cover.cell(row=start + index, column=1).fill = PatternFill(
                "solid", fgColor=choice.color.lstrip("#")
            )
    chart = BarChart()
    chart.type = "bar"
    chart.title = text("rating_counts", lang)
    chart.legend = None
    end = start + len(rating.choices)
    chart.add_data(
        Reference(cover, min_col=2, min_row=start + 1, max_row=end), titles_from_data=False
    )
    chart.set_categories(Reference(cover, min_col=1, min_row=start + 1, max_row=end))
    chart.height = 8
    chart.width = 16
    cover.add_chart(chart, f"D{start}")


_LABELLED = ("organisation", "revision", "objectives_assessed", "edited_after_export")


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
    voices = book.create_sheet("voices")
    rating = form.objectives.field("rating")
    assert rating is not None
    header = ["id", "organisation", "rating", "assessment"]
    labels = [
        "id",
        text("organisation", lang),
        rating.label.get(lang),
        _label(form.objectives.field("assessment"), lang),
    ]
    for col, (key, label) in enumerate(zip(header, labels, strict=True), start=1):
        _put(voices, KEY_ROW, col, key)
        _put(voices, LABEL_ROW, col, label)
        voices.cell(row=LABEL_ROW, column=col).font = Font(bold=True)
    voices.row_dimensions[KEY_ROW].hidden = True
    row = FIRST_DATA_ROW
    for key, view in consolidation.objectives.items():
        for voice in view.voices:
            said = _choice_label(rating, voice.rating, lang) if voice.rating else None
            for col, value in enumerate((key, voice.organisation, said, voice.assessment), 1):
                _put(voices, row, col, value)
                voices.cell(row=row, column=col).alignment = WRAP
            row += 1
    for letter, width in zip("ABCD", (8, 36, 22, 80), strict=True):
        voices.column_dimensions[letter].width = width
    sheet = book.create_sheet("contributions")
    columns = [
        "organisation", "review_id", "revision", "source", "objectives_assessed",
        "edited_after_export",
    ]  # fmt: skip
    for col, key in enumerate(columns, start=1):
        _put(sheet, KEY_ROW, col, key)
        _put(sheet, LABEL_ROW, col, text(key, lang) if key in _LABELLED else key)
        sheet.cell(row=LABEL_ROW, column=col).font = Font(bold=True)
    sheet.row_dimensions[KEY_ROW].hidden = True
    for index, member in enumerate(contributions, start=FIRST_DATA_ROW):
        values = (member.organisation, member.review_id, member.revision, member.source,
                  assessed.get(member.review_id, 0),
                  text("yes" if member.edited else "no", lang))  # fmt: skip
        for col, cell in enumerate(values, start=1):
            _put(sheet, index, col, cell)
    sheet.column_dimensions["A"].width = 40

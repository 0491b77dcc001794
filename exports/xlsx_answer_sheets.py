"""The answer sheets of a workbook (layout 2 of docs/excel-format.md), generated from the form.

Each sheet explains itself: labels, the labels of each option, a guidance row
saying what to write, item rows with their number and title, drop-downs with
an input prompt and an error that lists what is allowed. Answer cells are
unlocked, wrapped and, for free text, formatted as text; everything else is
locked by the sheet's protection. The styles of an answer column are also the
column's own, so rows a person adds below the last written one behave alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from exports.pdf_styles import RTL_LANGUAGES
from exports.report_texts import text
from exports.xlsx_cells import (
    BODY,
    BOLD,
    BOLD_TEXT,
    CENTRED,
    GUIDANCE_FONT,
    HEADER_FILL,
    LABEL_FILL,
    REGULAR,
    SMALL_TEXT,
    TEXT_FORMAT,
    TOP,
    UNLOCKED,
    CellStyles,
    cell_value,
    label_alignment,
    put,
    wrapped_lines,
)
from exports.xlsx_layout import (
    ID_COLUMN,
    KEY_ROW,
    LABEL_ROW,
    LISTS_SHEET,
    TITLE_COLUMN,
    Column,
    SheetLayout,
)
from exports.xlsx_owners import item_title
from exports.xlsx_page import pages_wide, protect, set_direction, set_print, set_row_height
from exports.xlsx_texts import workbook_text
from forms.schema import Field, Section
from forms.typography import choice_separator
from forms.values import format_value_choice, plain_number

#: Empty rows offered below the entries of a sheet of lists.
BLANK_TABLE_ROWS = 200
#: Column widths (in characters) by field type, and of the owner and title columns.
WIDTHS = {"longtext": 48, "text": 26, "choice": 22, "counts": 11, "multichoice": 14, "date": 14}
OWNER_WIDTH, TITLE_WIDTH = 34, 36
#: Excel's limits for a drop-down's prompt title, prompt and error message.
PROMPT_TITLE, PROMPT, ERROR = 32, 250, 220
#: The most lines a row is opened with (it still grows when edited).
MAX_ROW_LINES = 27  # 405 points: Excel's tallest row is 409
#: Points per line of 11 pt text, and of the 9 pt guidance.
LINE, GUIDANCE_LINE = 15, 12
FREE_TEXT = frozenset({"text", "longtext"})
#: How each language separates thousands (French: a narrow no-break space).
THOUSANDS = {"en": ",", "fr": "\u202f", "es": "\u00a0", "ar": ""}
#: Lines of slack given to label and guidance rows, whose height is estimated.
SLACK = 1


@dataclass(frozen=True)
class _Slot:
    """One column of a sheet as written: its key, what it is, and its answer column."""

    key: str
    role: str  # "id", "owner" (a drop-down of items), "title", or "answer"
    column: Column | None = None

    @property
    def width(self) -> float:
        if self.role == "owner":
            return OWNER_WIDTH
        if self.role == "title":
            return TITLE_WIDTH
        if self.role == "id":
            return 8
        assert self.column is not None
        return WIDTHS.get(self.column.field.type, 16)


def _is_tick(slot: _Slot) -> bool:
    """Whether the column is one option of several choices (a Yes/No cell)."""
    column = slot.column
    return column is not None and column.choice is not None and column.field.type == "multichoice"


def _slots(layout: SheetLayout) -> list[_Slot]:
    slots: list[_Slot] = []
    if layout.has_id_column:
        owned_by_items = layout.table is not None and layout.section.has_items
        slots.append(_Slot(ID_COLUMN, "owner" if owned_by_items else "id"))
    if layout.has_title_column:
        slots.append(_Slot(TITLE_COLUMN, "title"))
    slots.extend(_Slot(c.key, "answer", c) for c in layout.columns)
    return slots


def _groups(slots: list[_Slot]) -> Iterator[tuple[int, int, Field | None]]:
    """Runs of columns (first, last, 1-based) sharing a spread field; others alone."""
    index = 0
    while index < len(slots):
        column = slots[index].column
        end = index
        if column is not None and column.choice is not None:
            while (
                end + 1 < len(slots)
                and (following := slots[end + 1].column) is not None
                and following.field is column.field
            ):
                end += 1
        yield index + 1, end + 1, column.field if column is not None else None
        index = end + 1


def guidance(fld: Field, lang: str) -> str:
    """What to write for ``fld``: its help, then how the cell takes it."""
    parts = [fld.help.get(lang)] if fld.help else []
    kind = fld.type
    if kind == "choice":
        parts.append(workbook_text("choose_one", lang))
    elif kind == "multichoice":
        parts.append(workbook_text("choose_options", lang))
    elif kind == "boolean":
        parts.append(workbook_text("yes_or_no", lang))
    elif kind == "date":
        parts.append(workbook_text("date_format", lang))
    elif kind == "number":
        parts.append(workbook_text("a_whole_number" if fld.integer else "a_number", lang))
    elif kind == "counts":
        parts.append(workbook_text("counts", lang))
    elif kind == "longtext":
        parts.append(workbook_text("new_line", lang))
    if kind in FREE_TEXT and fld.max_length:
        parts.append(workbook_text("max_length", lang, grouped(fld.max_length, lang)))
    return " ".join(p for p in parts if p)


def grouped(number: int, lang: str) -> str:
    """``number`` with its thousands grouped as ``lang`` writes them (30,000 · 30 000)."""
    text = f"{number:,}"
    return text.replace(",", THOUSANDS.get(lang, ","))


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


class AnswerSheets:
    """Writes the answer sheets of one workbook, sharing its hidden sheet of lists."""

    def __init__(self, workbook: Workbook, lang: str, sections: tuple[Section, ...] = ()) -> None:
        self.workbook = workbook
        self.lang = lang
        self.lists = workbook.create_sheet(LISTS_SHEET)
        self.lists.sheet_state = "hidden"
        self._ranges: dict[str, tuple[str, list[str]]] = {}
        self.styles = CellStyles(self.lists)
        self.text_alignment = label_alignment(lang)
        #: Characters per width unit relative to Latin text (Arabic runs wider).
        self.script = 0.8 if lang in RTL_LANGUAGES else 1.0
        self.items = {s.key: s for s in sections if s.has_items}

    # -- the hidden lists behind the drop-downs -------------------------------------------

    def _list(self, name: str, labels: list[str]) -> tuple[str, list[str]]:
        """A range of the lists sheet holding ``labels``, and the labels."""
        if name not in self._ranges:
            col = len(self._ranges) + 1
            for row, label in enumerate(labels, start=1):
                put(self.lists, row, col, label)
            letter = get_column_letter(col)
            where = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(labels)}"
            self._ranges[name] = (where, labels)
        return self._ranges[name]

    def choices(self, fld: Field, yes_no: bool = False) -> tuple[str, list[str]]:
        if yes_no or fld.type == "boolean":
            return self._list("boolean", [text("yes", self.lang), text("no", self.lang)])
        name = fld.choice_list or fld.key
        return self._list(name, [c.label.get(self.lang) for c in fld.choices])

    def option_label(self, fld: Field, key: str) -> str:
        """An option's label; an option that is an item (an objective) shows its number too."""
        section = self.items.get(fld.choice_list or "")
        item = section.item(key) if section is not None else None
        if item is not None:
            return item_title(item, self.lang)
        return format_value_choice(fld, key, self.lang)

    def owners(self, section: Section) -> tuple[str, list[str]]:
        labels = [item_title(item, self.lang) for item in section.items]
        return self._list(f"owners of {section.key}", labels)

    # -- one sheet -------------------------------------------------------------------------

    def write(self, layout: SheetLayout, rows: list[tuple[str, dict[str, Any]]]) -> Worksheet:
        """The sheet of ``layout`` holding ``rows`` (owner, values by field key)."""
        sheet = self.workbook.create_sheet(layout.tab(self.lang))
        sheet.sheet_properties.tabColor = "4575B4" if layout.table is None else "91BFDB"
        set_direction(sheet, self.lang)
        slots = _slots(layout)
        header = layout.rows
        assert header.options is not None and header.guidance is not None
        first = layout.first_data_row
        last = first + len(rows) - 1
        if layout.table is not None:
            last = max(last, first + BLANK_TABLE_ROWS - 1)
        self._headers(sheet, layout, slots)
        styles = [self._slot_style(slot) for slot in slots]
        for col, (slot, style) in enumerate(zip(slots, styles, strict=True), start=1):
            dimension = sheet.column_dimensions[get_column_letter(col)]
            dimension.width = slot.width
            if slot.role in ("answer", "owner"):
                dimension._style = copy(style)  # rows typed below the written ones take it
        titles = {item.key: item_title(item, self.lang) for item in layout.section.items}
        for index, (owner, values) in enumerate(rows):
            title = titles.get(owner, owner)
            self._row(sheet, slots, styles, first + index, owner, title, values)
        if layout.has_id_column and not layout.table:
            sheet.column_dimensions["A"].hidden = True  # the item's key; its title shows
        self._validations(sheet, layout, slots, first, last)
        frozen = sum(1 for s in slots if s.role != "answer")
        sheet.freeze_panes = f"{get_column_letter(frozen + 1)}{first}"  # makes no cell
        set_print(
            sheet,
            title_rows=f"{LABEL_ROW}:{header.guidance}",
            wide=pages_wide([s.width for s in slots if not (s.role == "id" and not layout.table)]),
            title_columns=f"A:{get_column_letter(frozen)}" if frozen else None,
        )
        if layout.table is None:
            # A sheet of fixed rows prints whole, even the pages a blank one leaves empty.
            sheet.print_area = f"A1:{get_column_letter(len(slots))}{max(first, last)}"
        protect(sheet, rows_may_change=layout.table is not None)
        return sheet

    def _headers(self, sheet: Worksheet, layout: SheetLayout, slots: list[_Slot]) -> None:
        header = layout.rows
        options, guide = header.options, header.guidance
        assert options is not None and guide is not None
        for col, slot in enumerate(slots, start=1):
            put(sheet, KEY_ROW, col, slot.key)
        sheet.row_dimensions[KEY_ROW].hidden = True
        has_options = any(s.column is not None and s.column.choice is not None for s in slots)
        label_lines = option_lines = guide_lines = 1
        for first, last, fld in _groups(slots):
            slot = slots[first - 1]
            label, note = self._header_texts(layout, slot, fld)
            spread = slot.column is not None and slot.column.choice is not None
            width = sum(s.width for s in slots[first - 1 : last])
            self._label_cell(sheet, LABEL_ROW, first, label, BOLD, HEADER_FILL)
            self._label_cell(sheet, guide, first, note, GUIDANCE_FONT, LABEL_FILL)
            label_lines = max(label_lines, wrapped_lines(label, width, BOLD_TEXT * self.script))
            guide_lines = max(guide_lines, wrapped_lines(note, width, SMALL_TEXT * self.script))
            if spread:
                for col in range(first, last + 1):
                    column = slots[col - 1].column
                    assert column is not None and column.choice is not None
                    option = self.option_label(column.field, column.choice)
                    self._label_cell(sheet, options, col, option, BOLD, HEADER_FILL)
                    density = BOLD_TEXT * self.script
                    option_lines = max(
                        option_lines, wrapped_lines(option, slots[col - 1].width, density)
                    )
                if last > first:
                    span = f"{get_column_letter(first)}{{0}}:{get_column_letter(last)}{{0}}"
                    # The ranges alone: openpyxl's merge_cells also fills every covered
                    # cell with a placeholder and borders, which these labels do not need.
                    sheet.merged_cells.add(MergedCellRange(sheet, span.format(LABEL_ROW)))
                    sheet.merged_cells.add(MergedCellRange(sheet, span.format(guide)))
            elif has_options:  # one column: its label stands over the options row too
                letter = get_column_letter(first)
                sheet.merged_cells.add(
                    MergedCellRange(sheet, f"{letter}{LABEL_ROW}:{letter}{options}")
                )
        sheet.row_dimensions[LABEL_ROW].height = min(label_lines + SLACK, 7) * LINE
        sheet.row_dimensions[options].height = min(option_lines + SLACK, 12) * LINE
        if not has_options:
            sheet.row_dimensions[options].hidden = True  # no options: an empty band otherwise
        sheet.row_dimensions[guide].height = min(guide_lines + SLACK, 12) * GUIDANCE_LINE

    def _header_texts(self, layout: SheetLayout, slot: _Slot, fld: Field | None) -> tuple[str, str]:
        """The label and the guidance over a column (or a group of columns)."""
        if slot.role == "owner":
            item_label = layout.section.item_label.get(self.lang)
            return item_label, workbook_text("choose_owner", self.lang, item_label)
        if slot.role in ("title", "id"):
            return layout.section.item_label.get(self.lang), ""
        assert fld is not None
        label = fld.label.get(self.lang) + (" *" if fld.required else "")
        return label, guidance(fld, self.lang)

    def _label_cell(
        self, sheet: Worksheet, row: int, col: int, value: str | None, font: Font, fill: Any
    ) -> None:
        put(sheet, row, col, value or None, self.styles(font, fill, self.text_alignment))

    def _slot_style(self, slot: _Slot) -> Any:
        """The style of a slot's answer cells (and of its column, for rows added later)."""
        style = self.styles
        if slot.role == "id":
            return style(BODY, None, TOP)
        if slot.role == "owner":
            return style(BODY, None, TOP, UNLOCKED, TEXT_FORMAT)
        if slot.role == "title":
            return style(BOLD, LABEL_FILL, self.text_alignment)
        assert slot.column is not None
        kind = slot.column.field.type
        as_text = TEXT_FORMAT if kind in FREE_TEXT or kind == "date" else None
        return style(BODY, None, CENTRED if _is_tick(slot) else TOP, UNLOCKED, as_text)

    def _row(
        self,
        sheet: Worksheet,
        slots: list[_Slot],
        styles: list[Any],
        row: int,
        owner: str,
        title: str,
        values: dict[str, Any],
    ) -> None:
        lines = 1
        for col, (slot, style) in enumerate(zip(slots, styles, strict=True), start=1):
            column = slot.column
            if column is not None:
                shown = cell_value(column, values.get(column.field.key), self.lang)
                if shown is None:
                    continue  # an empty answer: the column's own style is the cell's
            else:
                shown = owner if slot.role == "id" else title
            put(sheet, row, col, shown, style)
            if isinstance(shown, str):
                density = BOLD_TEXT if slot.role == "title" else REGULAR
                lines = max(lines, wrapped_lines(shown, slot.width, density))
        if lines > 1:
            # Spreadsheets do not size rows of wrapped text on opening: estimated here.
            set_row_height(sheet, row, min(lines, MAX_ROW_LINES) * LINE)

    def _validations(
        self, sheet: Worksheet, layout: SheetLayout, slots: list[_Slot], first: int, last: int
    ) -> None:
        by_field: dict[int, DataValidation] = {}
        for col, slot in enumerate(slots, start=1):
            letter = get_column_letter(col)
            cells = f"{letter}{first}:{letter}{last}"
            if slot.role == "owner":
                where, labels = self.owners(layout.section)
                item_label = layout.section.item_label.get(self.lang)
                prompt = workbook_text("choose_owner", self.lang, item_label)
                validation = self._list_validation(where, [], item_label, prompt)
                validation.error = prompt  # the list of titles is too long for a message
                validation.add(cells)
                by_field[id(slot)] = validation
                continue
            column = slot.column
            if column is None:
                continue
            fld = column.field
            key = id(fld)
            if key in by_field:
                by_field[key].add(cells)
                continue
            if fld.type == "counts":
                validation = DataValidation(type="whole", operator="greaterThanOrEqual",
                                            formula1="0", allow_blank=True)  # fmt: skip
                validation.errorTitle = workbook_text("not_a_count", self.lang)
                validation.error = workbook_text("count_allowed", self.lang)
                validation.showErrorMessage = True
            elif fld.type == "number":
                validation = self._number_validation(fld)
            elif fld.type in ("choice", "boolean", "multichoice"):
                if fld.type == "multichoice" and column.choice is None:
                    continue  # a layout 1 column of labels: typed, not picked
                where, labels = self.choices(fld, yes_no=fld.type == "multichoice")
                prompt = guidance(fld, self.lang)
                validation = self._list_validation(where, labels, fld.label.get(self.lang), prompt)
            else:
                continue
            validation.add(cells)
            by_field[key] = validation
        for validation in by_field.values():
            sheet.add_data_validation(validation)

    def _number_validation(self, fld: Field) -> DataValidation:
        """A number cell refuses what is not a number, or not within the field's range."""
        low = fld.minimum if fld.minimum is not None else -(10**15)
        high = fld.maximum if fld.maximum is not None else 10**15
        validation = DataValidation(
            type="whole" if fld.integer else "decimal", operator="between",
            formula1=plain_number(low), formula2=plain_number(high), allow_blank=True,
        )  # fmt: skip
        validation.errorTitle = _clip(workbook_text("not_a_number", self.lang), PROMPT_TITLE)
        shown_low, shown_high = plain_number(low), plain_number(high)
        allowed = (
            workbook_text("number_between", self.lang, shown_low, shown_high)
            if fld.minimum is not None and fld.maximum is not None
            else workbook_text("a_number", self.lang)
        )
        validation.error = _clip(allowed, ERROR)
        validation.showErrorMessage = True
        return validation

    def _list_validation(
        self, where: str, labels: list[str], title: str, prompt: str
    ) -> DataValidation:
        validation = DataValidation(type="list", formula1=f"={where}", allow_blank=True)
        if len(title) > PROMPT_TITLE:  # Excel cuts a longer title: the label leads the prompt
            title, prompt = "", f"{title}\n{prompt}"
        validation.promptTitle = title or None
        validation.prompt = _clip(prompt, PROMPT)
        validation.showInputMessage = True
        validation.errorTitle = _clip(workbook_text("not_in_list", self.lang), PROMPT_TITLE)
        allowed = workbook_text(
            "allowed_values", self.lang, choice_separator(self.lang).join(labels)
        )
        validation.error = _clip(allowed, ERROR)
        validation.showErrorMessage = True
        return validation

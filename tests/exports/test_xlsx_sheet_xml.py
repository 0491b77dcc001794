"""Worksheet cells written in one pass: the bytes openpyxl's own writer gives, or openpyxl's."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.writer.excel import ExcelWriter

import exports.xlsx_writer as xlsx_writer
from exports.xlsx_cells import BODY, TEXT_FORMAT, TOP, UNLOCKED, CellStyles, put
from exports.xlsx_saving import workbook_bytes
from exports.xlsx_sheet_xml import sheet_data
from forms.loader import load_form
from forms.merge import Contribution
from forms.review import Review
from forms.sample import sample_answers

REVIEW_ID = "bbbbbbbb-0000-4000-8000-00000000be4c"


def _openpyxl_parts(book: openpyxl.Workbook) -> dict[str, bytes]:
    content = io.BytesIO()
    with zipfile.ZipFile(content, "w") as archive:
        ExcelWriter(book, archive).save()
    return _parts(content.getvalue())


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def written_books(tmp_path_factory):
    """Every kind of workbook the application writes, as openpyxl workbooks before saving."""
    form = load_form()
    review = Review(REVIEW_ID, form.version, sample_answers(form), revision=1)
    member = Contribution(
        organisation="Member, with <angle> & \"quotes\"", review_id=REVIEW_ID, revision=1,
        source="member.xlsx", answers=sample_answers(form), edited=False,
    )  # fmt: skip
    books: list[openpyxl.Workbook] = []
    original = xlsx_writer.workbook_bytes

    def keep(book):
        books.append(book)
        return original(book)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xlsx_writer, "workbook_bytes", keep)
        folder = tmp_path_factory.mktemp("books")
        for lang in ("en", "fr", "es", "ar"):
            xlsx_writer.write_workbook(form, review, f"{folder}/r.xlsx", lang, "", True)
            xlsx_writer.write_workbook(form, None, f"{folder}/t.xlsx", lang)
        xlsx_writer.write_workbook(
            form, review, f"{folder}/c.xlsx", "en", "", False, contributions=[member]
        )
    return books


def test_every_sheet_the_application_writes_is_openpyxls_own_bytes(written_books):
    assert len(written_books) == 9
    for book in written_books:
        ours, theirs = _parts(workbook_bytes(book)), _openpyxl_parts(book)
        assert ours.keys() == theirs.keys()
        sheets = [name for name in ours if name.startswith("xl/worksheets/sheet")]
        assert len(sheets) == len(book.worksheets)
        for name in sheets:
            assert ours[name] == theirs[name], name
        for book_sheet in book.worksheets:
            assert sheet_data(book_sheet) is not None, "every sheet takes the quick way"


def _book_with(value, **extra):
    book = openpyxl.Workbook()
    sheet = book.active
    cell = sheet.cell(row=2, column=3)
    cell.value = value
    for name, part in extra.items():
        setattr(cell, name, part)
    sheet.cell(row=1, column=1).value = "plain"
    return book


@pytest.mark.parametrize(
    "value",
    [
        "  leading and trailing  ",
        "   ",
        "",
        "a & b < c > d \"q\" 'a'",
        "line one\nline two\ttab",
        "مرحبا 5. نص",
        True,
        False,
        0,
        -17,
        3.25,
        1e20,
        1 / 3,
        None,
    ],
)
def test_each_kind_of_value_gives_openpyxls_bytes(value):
    book = _book_with(value)
    book.active.cell(row=2, column=3).font = BODY  # a styled cell, even when empty
    book.active.row_dimensions[5].height = 30  # a row with a height and no cell
    book.active.row_dimensions[2].hidden = True
    assert sheet_data(book.active) is not None
    name = "xl/worksheets/sheet1.xml"
    assert _parts(workbook_bytes(book))[name] == _openpyxl_parts(book)[name]


@pytest.mark.parametrize(
    ("value", "extra"),
    [
        ("=SUM(A1:A2)", {}),
        (dt.date(2026, 5, 1), {}),
        ("#N/A", {}),
        ("with a note", {"comment": Comment("a note", "someone")}),
        ("a link", {"hyperlink": "https://example.org/"}),
        (float("nan"), {}),
    ],
)
def test_what_only_openpyxl_writes_is_left_to_it(value, extra):
    book = _book_with(value, **extra)
    assert sheet_data(book.active) is None
    written = openpyxl.load_workbook(io.BytesIO(workbook_bytes(book)))
    cell = written.active.cell(row=2, column=3)
    expected = book.active.cell(row=2, column=3)
    if isinstance(value, float):
        assert cell.value is None  # openpyxl writes NaN as an empty value
    elif isinstance(value, dt.date):
        assert cell.value.date() == value
    else:
        assert cell.value == expected.value
    if "comment" in extra:
        assert cell.comment.text == "a note"
    if "hyperlink" in extra:
        assert cell.hyperlink.target == "https://example.org/"


def _slots(cell: Cell) -> dict[str, object]:
    names = {name for kind in type(cell).__mro__ for name in getattr(kind, "__slots__", ())}
    return {name: getattr(cell, name) for name in names}


@pytest.mark.parametrize(
    "value", ["text", "- dash", "=not a formula", "", True, False, 0, 12, 2.5, None]
)
def test_put_makes_the_cell_openpyxl_makes(value):
    book = openpyxl.Workbook()
    sheet = book.active
    style = CellStyles(sheet)(BODY, None, TOP, UNLOCKED, TEXT_FORMAT)
    ours = put(sheet, 3, 4, value, style)
    theirs = Cell(sheet, row=3, column=4, value=value, style_array=style)
    if isinstance(value, str):
        theirs.data_type = "s"  # put never makes a formula
        if value.startswith(("-", "=")):
            theirs._style.quotePrefix = 1
    assert _slots(ours) == _slots(theirs)
    assert ours._style is not style, "each cell has its own copy of the style"
    assert sheet.cell(row=3, column=4) is ours


def test_put_leaves_a_text_longer_than_a_cell_to_openpyxl():
    sheet = openpyxl.Workbook().active
    assert put(sheet, 1, 1, "x" * 40000).value == "x" * 32767

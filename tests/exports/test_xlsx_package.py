"""The package checks: what is refused before openpyxl reads a thing, and what is not."""

from __future__ import annotations

import re
import uuid
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports.import_problems import ImportProblems
from exports.xlsx_package import (
    _BAD_REFERENCE,
    CHUNK,
    MAX_COLUMNS,
    MAX_ROWS,
    active_formula,
    column_letters,
    inspect_package,
)
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.support import real_answers
from tests.workbook_surgery import add_to_sheet_data, rewrite, sheet_part

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.fixture(scope="module")
def export(
    tmp_path_factory,
):
    form = load_form()
    review = Review(str(uuid.uuid4()), form.version, real_answers(form), revision=2)
    folder = tmp_path_factory.mktemp("package")
    return write_workbook(form, review, folder / "export.xlsx", include_confidential=True)


def _refused(path) -> list[str]:
    with pytest.raises(ImportProblems) as refused:
        read_workbook(path, load_form)
    return refused.value.problems


@settings(max_examples=300, deadline=None, database=None)
@given(column=st.integers(1, 20000), row=st.integers(1, 2_000_000), lower=st.booleans())
def test_the_quick_search_for_cells_out_of_bounds_matches_the_bounds(column, row, lower):
    ref = f"{column_letters(column)}{row}"
    ref = ref.lower() if lower else ref
    found = _BAD_REFERENCE.search(f'<c r="{ref}" t="s">'.encode())
    assert bool(found) == (column > MAX_COLUMNS or row > MAX_ROWS), ref
    assert bool(_BAD_REFERENCE.search(f"<row r='{row}'>".encode())) == (row > MAX_ROWS)


def test_error_and_other_attributes_ending_in_r_are_not_references():
    assert not _BAD_REFERENCE.search(b'<dataValidation error="Rating" sqref="XFD1">')


@pytest.mark.parametrize(
    ("formula", "active"),
    [("'_lists'!$A$1:$A$6", False), ("$C3=\"x (y)\"", False), ("'notes (mine)'!A1", False),
     ("WEBSERVICE(\"http://x\")", True), ("[1]Sheet1!A1", True), ("cmd|' /c calc'!A0", True)],
)  # fmt: skip
def test_a_formula_outside_a_cell_is_active_when_it_calls_links_or_uses_dde(formula, active):
    assert active_formula(formula) is active


def test_a_formula_cut_between_two_chunks_is_still_found(export, tmp_path):
    part = sheet_part(export, "sources")
    padding = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{"x" * 60}</t></is></c></row>'
        for n in range(300, 300 + CHUNK // 90)
    )

    def change(xml: bytes) -> bytes:
        grown = add_to_sheet_data(xml, padding)
        start = grown.index(b"</sheetData>")
        cut = CHUNK * (start // CHUNK + 1) - 3  # the <f> straddles a chunk boundary
        filler = cut - start - len('<row r="2000"><c r="B2000">')
        row = f'<row r="1999"><c r="A1999" t="inlineStr"><is><t>{"y" * filler}</t></is></c></row>'
        return add_to_sheet_data(grown, row + '<row r="2000"><c r="B2000"><f>1+1</f></c></row>')

    problems = _refused(rewrite(export, tmp_path / "cut.xlsx", {part: change}))
    assert any(p.startswith("Sources!B2000: a formula is not accepted") for p in problems)


@pytest.mark.parametrize(
    ("where", "xml", "said"),
    [
        ("sheet", '<dataValidations count="1"><dataValidation type="list" sqref="C3">'
                  '<formula1>WEBSERVICE("http://x")</formula1></dataValidation>'
                  "</dataValidations>", "drop-down"),
        ("sheet", "<oleObjects><oleObject progId=\"Package\" r:id=\"rId9\"/></oleObjects>",
         "embedded object"),
        ("workbook", '<definedNames><definedName name="x">cmd|\'/c calc\'!A0</definedName>'
                     "</definedNames>", "defined name"),
    ],
)  # fmt: skip
def test_active_content_is_refused_with_the_part_or_sheet_named(export, tmp_path, where, xml, said):
    if where == "sheet":
        part = sheet_part(export, "objectives")

        def change(data: bytes) -> bytes:
            data = data.replace(b"<worksheet ", f'<worksheet xmlns:r="{REL}" '.encode(), 1)
            return re.sub(rb"</sheetData>", b"</sheetData>" + xml.encode(), data, count=1)

        expected = "Objectives"
    else:
        part = "xl/workbook.xml"

        def change(data: bytes) -> bytes:
            return data.replace(b"</sheets>", b"</sheets>" + xml.encode(), 1)

        expected = part
    problems = _refused(rewrite(export, tmp_path / "active.xlsx", {part: change}))
    assert any(p.startswith(f"{expected}: refused:") and said in p for p in problems), problems


def test_linked_pictures_are_refused_and_hyperlinks_are_not(export, tmp_path):
    rels = "xl/worksheets/_rels/sheet2.xml.rels"

    def relationships(kind: str) -> bytes:
        return (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/{kind}" Target="http://example.org/x"'
            ' TargetMode="External"/></Relationships>'
        ).encode()

    with zipfile.ZipFile(export) as archive:
        assert rels not in archive.namelist()
    linked = rewrite(export, tmp_path / "image.xlsx", add={rels: relationships("image")})
    assert any("links to a file elsewhere (image)" in p for p in _refused(linked))
    hyperlink = rewrite(export, tmp_path / "link.xlsx", add={rels: relationships("hyperlink")})
    inspect_package(hyperlink)  # a hyperlink is fine


def test_a_password_protected_workbook_is_told_as_such(tmp_path):
    path = tmp_path / "protected.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    (problem,) = _refused(path)
    assert "password-protected or in the old .xls format" in problem


def test_a_part_twice_and_a_macro_in_a_drawing_are_refused(export, tmp_path):
    twice = tmp_path / "twice.xlsx"
    with zipfile.ZipFile(export) as old, zipfile.ZipFile(twice, "w") as new:
        for info in old.infolist():
            new.writestr(info, old.read(info))
        with pytest.warns(UserWarning, match="Duplicate name"):
            new.writestr("xl/styles.xml", b"<styleSheet/>")
    assert any("appears twice" in p for p in _refused(twice))
    drawing = b"<xml><x:FmlaMacro>Run</x:FmlaMacro></xml>"
    vml = rewrite(export, tmp_path / "vml.xlsx", add={"xl/drawings/vmlDrawing9.vml": drawing})
    assert any("runs a macro" in p for p in _refused(vml))


def test_a_workbook_saved_by_our_writer_has_no_mark_to_look_closer_at(export, monkeypatch):
    """Our own files take the quick way: no sheet is read a second time."""
    import exports.xlsx_package as package

    seen: list[str] = []
    scan = package._Inspection.scan

    def counting(self, info, detailed):
        if detailed:
            seen.append(info.filename)
        return scan(self, info, detailed)

    monkeypatch.setattr(package._Inspection, "scan", counting)
    inspect_package(export)
    assert seen == []

"""Fuzzing the workbook importer with mutated valid workbooks (hypothesis, bounded).

Whatever the damage, reading either gives answers the form accepts or refuses
the file with a UserError; importing into a database either takes the file
whole or leaves the database exactly as it was. Nothing else may happen: no
other exception, no hang.
"""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.importing import import_workbook
from desktop.store import Store
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.errors import UserError
from forms.loader import load_form
from forms.review import Review, check_answers
from tests.support import every_field_answers


def fuzz(cases: int) -> settings:
    """Hypothesis settings for ``cases`` mutations, with no time limit per case."""
    return settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


#: Cases per run, kept to ~10 s for CI; GCM_REVIEW_FUZZ_SCALE=20 runs twenty times more.
SCALE = int(os.environ.get("GCM_REVIEW_FUZZ_SCALE", "1"))
CASES = {"bytes": 150 * SCALE, "xml": 150 * SCALE, "cells": 25 * SCALE}
SEEN: dict[str, list[str]] = {kind: [] for kind in CASES}


class Workbook(bytes):
    """The bytes of the valid workbook, shown briefly when a failing case is reported."""

    def __repr__(self) -> str:
        return f"<valid workbook, {len(self)} bytes>"


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> Workbook:
    form = load_form()
    answers = every_field_answers(form)
    review = Review("11111111-2222-4333-8444-555555555555", 1, answers, revision=2)
    path = write_workbook(form, review, tmp_path_factory.mktemp("fuzz") / "valid.xlsx")
    return Workbook(path.read_bytes())


def _outcome(path: Path) -> str:
    """Read ``path`` as the import does: "read" or "refused"; anything else fails the test."""
    form = load_form()
    try:
        contents = read_workbook(path, lambda _version: form)
    except UserError as err:
        assert str(err).strip() and "\n" not in str(err), "a one-line message"
        return "refused"
    check_answers(form, contents.answers)  # what was read is what the form accepts
    return "read"


@fuzz(CASES["bytes"])
@given(data=st.data())
def test_flipped_bytes(valid, tmp_path, data):
    damaged = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 12))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    path = tmp_path / "f.xlsx"
    path.write_bytes(bytes(damaged))
    SEEN["bytes"].append(_outcome(path))


XML_NOISE = st.sampled_from(
    ["<", ">", "&", "&amp;", '"', "</c>", "<c r='A1'><v>1</v></c>",
     "<!DOCTYPE x [<!ENTITY a 'b'>]>", "=SUM(A1)", "\x00", "é", "ع", "9" * 40,
     "<si><t>yes</t></si>", ""]
)  # fmt: skip


@fuzz(CASES["xml"])
@given(data=st.data())
def test_mutated_xml_in_a_sound_zip(valid, tmp_path, data):
    source = zipfile.ZipFile(io.BytesIO(valid))
    names = [n for n in source.namelist() if n.endswith((".xml", ".rels"))]
    victim = data.draw(st.sampled_from(names))
    text = source.read(victim).decode("utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = min(len(text), start + data.draw(st.integers(0, 60)))
        noise = data.draw(st.one_of(XML_NOISE, st.text(max_size=20)))
        text = text[:start] + noise + text[end:]
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            payload = text.encode("utf-8", "surrogatepass") if name == victim else source.read(name)
            target.writestr(name, payload)
    SEEN["xml"].append(_outcome(path))


CELL_VALUES = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.sampled_from(["=1+1", "=HYPERLINK(\"x\")", "limited", "Limited progress", "yes",
                     "2025-13-45", "kw05; kw99", "x" * 40000]),
)  # fmt: skip


def _dump(db: Path) -> tuple[list, list, list]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("reviews", "answers", "contributions")
        )
    finally:
        conn.close()


@fuzz(CASES["cells"])
@given(data=st.data())
def test_edited_cells_are_imported_whole_or_not_at_all(valid, tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("cells")
    path = folder / "c.xlsx"
    path.write_bytes(valid)
    book = openpyxl.load_workbook(path)
    for _ in range(data.draw(st.integers(1, 6))):
        sheet = book[data.draw(st.sampled_from(book.sheetnames))]
        row = data.draw(st.integers(1, max(3, sheet.max_row + 1)))
        column = data.draw(st.integers(1, max(2, sheet.max_column + 1)))
        sheet.cell(row=row, column=column, value=data.draw(CELL_VALUES))
    book.save(path)
    db = folder / "reviews.db"
    with Store(db) as store:
        store.create({"profile.country": "Mali", "profile.organisation": "AME"})
        before = _dump(db)
        try:
            import_workbook(store, path)
        except UserError:
            assert _dump(db) == before, "a refused file leaves no trace"
            SEEN["cells"].append("refused")
            return
    after = _dump(db)
    assert len(after[0]) == len(before[0]) + 1, "taken whole: one more review"
    SEEN["cells"].append("read")


def test_fuzzing_covered_both_outcomes():
    """Runs last in this module: the mutations reached refusals and successful reads."""
    for kind, cases in CASES.items():
        outcomes = SEEN[kind]
        if not outcomes:
            pytest.skip("run with the fuzz tests above")
        assert len(outcomes) >= cases // 2, kind
    assert "refused" in SEEN["bytes"] + SEEN["xml"]
    assert {"read", "refused"} <= set(SEEN["cells"])

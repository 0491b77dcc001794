"""LibreOffice as a person uses it: re-saving workbooks and typing into cells (UNO).

LibreOffice runs headless with a profile of its own per call, so that tests
never collide. Typing goes through UNO in the system Python (``python3-uno``),
run as a subprocess by :file:`tests/uno_type.py`: ``setFormula`` does what
typing into a cell does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.workbook_cells import sheet_name

SOFFICE = shutil.which("soffice")
SYSTEM_PYTHON = "/usr/bin/python3"

needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (libreoffice-calc-nogui, python3-uno) is not installed"
)


def _profile() -> str:
    return "-env:UserInstallation=file://" + tempfile.mkdtemp(prefix="lo-profile-")


def resave(path: Path, folder: Path) -> Path:
    """``path`` opened and saved again by LibreOffice Calc as xlsx, in ``folder``."""
    assert SOFFICE is not None
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [SOFFICE, _profile(), "--headless", "--calc", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = folder / f"{path.stem}.xlsx"
    assert saved.is_file(), f"LibreOffice wrote no {saved}"
    return saved


def type_into(path: Path, target: Path, cells: dict[str, dict[str, Any]]) -> Path:
    """Open ``path`` in LibreOffice, type ``cells`` ({sheet: {"B3": text}}), save as ``target``.

    An entry ``{"pick": N}`` types the N-th entry of the cell's own drop-down list;
    :func:`typed` tells what LibreOffice made of each cell.
    """
    assert SOFFICE is not None
    script = Path(__file__).with_name("uno_type.py")
    # Sheets are given by layout key (``objectives``); LibreOffice needs their tab names.
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    tabs = {key: sheet_name(names, key) for key in cells}
    request = {"soffice": SOFFICE, "source": str(path), "target": str(target),
               "profile": tempfile.mkdtemp(prefix="lo-profile-"),
               "cells": {tabs[key]: entries for key, entries in cells.items()}}  # fmt: skip
    done = subprocess.run(
        [SYSTEM_PYTHON, str(script)], input=json.dumps(request), text=True,
        capture_output=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert target.is_file()
    report = json.loads(done.stdout.strip().splitlines()[-1])
    keys = {tab: key for key, tab in tabs.items()}
    _REPORTS[target] = {
        kind: {f"{keys[w.split('!')[0]]}!{w.split('!')[1]}": v for w, v in found.items()}
        for kind, found in report.items()
    }
    return target


_REPORTS: dict[Path, dict[str, dict[str, str]]] = {}


def typed(target: Path) -> dict[str, dict[str, str]]:
    """What LibreOffice made of the cells typed into ``target``: ``types`` and ``picked``."""
    return _REPORTS[target]


def open_in_writer(path: Path) -> dict[str, Any]:
    """What LibreOffice Writer finds on opening ``path`` (see tests/uno_document.py).

    ``asked``: the questions it put on loading (a repair prompt would be one);
    ``paragraphs``: [style, outline level, text]; ``contents``: the text of each table
    of contents once LibreOffice has rebuilt it; ``pictures``: [name, description];
    ``shaded``: [fill, [text colour of each run], text] of each shaded table cell.
    """
    assert SOFFICE is not None
    request = {"soffice": SOFFICE, "source": str(path),
               "profile": tempfile.mkdtemp(prefix="lo-profile-")}  # fmt: skip
    done = subprocess.run(
        [SYSTEM_PYTHON, str(Path(__file__).with_name("uno_document.py"))],
        input=json.dumps(request), text=True, capture_output=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report

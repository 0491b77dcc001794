"""The translation workflow: a language's texts out to a workbook, filled, and back into the files.

Run on a copy of the project's text files, as a partner organisation would
translate a fifth language (Portuguese, not shipped): the workbook is filled
in LibreOffice, read back by ``python -m desktop.translations import``, and
the Portuguese lands in the definition, the fixed texts and a new catalogue,
which Qt's own tools compile and read.
"""

from __future__ import annotations

import difflib
import hashlib
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
import yaml

from desktop.translation_files import TextFiles
from desktop.translation_status import DONE, MISSING, OFFICIAL, STALE, states
from desktop.translation_workbook import KEY, SHEET, STATUS, YOURS
from forms.glossary import load_glossary
from forms.languages import CODES
from forms.loader import load_form_file
from forms.versions import CURRENT_VERSION, definition_name
from tests.libreoffice import needs_libreoffice, type_into, typed

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    Path("forms/definitions") / definition_name(CURRENT_VERSION),
    Path("exports/report_texts.py"),
    Path("exports/xlsx_texts.py"),
    Path("resources/translations/translated-from.json"),
    *(p.relative_to(ROOT) for p in (ROOT / "resources/translations").glob("*.ts")),
]
#: A handful of texts of each source, and their Portuguese.
PORTUGUESE = {
    "form:choice_lists.rating[regression].label": "Retrocesso",
    "report:contents": "Índice",
    "report:logo_of": "Logotipo de {0}",
    "workbook:how_to_title": "Como preencher esta pasta de trabalho",
    "interface:Problems|{file}: cannot be read ({reason})": (
        "{file}: não é possível ler ({reason})"
    ),
}


@pytest.fixture
def root(tmp_path) -> Path:
    """A copy of the project's text files."""
    for relative in FILES:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, tmp_path / relative)
    return tmp_path / ""


def translations(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.translations", "--root", str(root), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


def rows_by_key(path: Path) -> dict[str, int]:
    book = openpyxl.load_workbook(path, read_only=True)
    found = {
        str(row[KEY - 1].value): number
        for number, row in enumerate(book[SHEET].iter_rows(min_row=2), start=2)
    }
    book.close()
    return found


def fingerprints(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def only_added(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails if it removes or changes any."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    assert not [line for line in diff if line.startswith("- ")], "nothing else changed"
    return [line[2:] for line in diff if line.startswith("+ ")]


@needs_libreoffice
def test_a_fifth_language_goes_through_a_workbook_filled_in_libreoffice(root, tmp_path):
    exported = translations(root, "export", "--lang", "pt", "-o", str(tmp_path / "pt.xlsx"))
    assert exported.returncode == 0, exported.stderr
    rows = rows_by_key(tmp_path / "pt.xlsx")
    cells = {f"F{rows[key]}": {"text": text} for key, text in PORTUGUESE.items()}
    filled = type_into(tmp_path / "pt.xlsx", tmp_path / "filled.xlsx", {SHEET: cells})
    assert typed(filled)["locked"] == dict.fromkeys((f"{SHEET}!{c}" for c in cells), False)
    definition = (root / FILES[0]).read_text(encoding="utf-8")

    done = translations(root, "import", str(filled))

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("pt: 5 translations written")
    added = only_added(definition, (root / FILES[0]).read_text(encoding="utf-8"))
    assert added == ["translating: [pt]", '        pt: "Retrocesso"']
    form = yaml.safe_load((root / FILES[0]).read_text(encoding="utf-8"))
    assert form["choice_lists"]["rating"][0]["label"]["pt"] == "Retrocesso"
    loaded = load_form_file(root / FILES[0])  # the definition still loads: Portuguese is
    assert loaded.languages == CODES  # read past, as a language being translated
    report = runpy.run_path(str(root / "exports/report_texts.py"))["TEXTS"]
    shipped = runpy.run_path(str(ROOT / "exports/report_texts.py"))["TEXTS"]
    assert (report["contents"]["pt"], report["logo_of"]["pt"]) == ("Índice", "Logotipo de {0}")
    assert {k: {lang: v[lang] for lang in CODES} for k, v in report.items()} == shipped
    workbook = runpy.run_path(str(root / "exports/xlsx_texts.py"))["TEXTS"]
    assert workbook["how_to_title"]["pt"] == "Como preencher esta pasta de trabalho"
    catalogue = root / "resources/translations/gcm_review_pt.ts"
    assert ET.parse(catalogue).getroot().get("language") == "pt"
    # Qt's own tools take the new catalogue: compiled, then read by a QTranslator.
    compiled = tmp_path / "gcm_review_pt.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(catalogue), "-qm", str(compiled)], check=True,
                   capture_output=True)  # fmt: skip
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled))
    said = translator.translate("Problems", "{file}: cannot be read ({reason})")
    assert said == "{file}: não é possível ler ({reason})"
    found = {e.text.key: e.state for e in states(TextFiles(root), "pt", load_glossary())}
    assert {found[key] for key in PORTUGUESE} == {DONE}
    assert sum(state == DONE for state in found.values()) == len(PORTUGUESE)
    assert MISSING in found.values() and OFFICIAL in found.values()
    assert "pt" not in CODES, "not offered to users until reviewed"
    status = translations(root, "status", "--lang", "pt")
    assert "form          1 done" not in status.stdout and "   1 done" in status.stdout


def _filled(source: Path, target: Path, entries: dict[str, str]) -> Path:
    """``source`` with ``entries`` ({key: translation}) written as openpyxl writes them."""
    rows = rows_by_key(source)
    book = openpyxl.load_workbook(source)
    for key, text in entries.items():
        book[SHEET].cell(rows[key], YOURS).value = text
    book.save(target)
    return target


def test_a_translation_that_loses_its_place_is_refused_and_nothing_is_written(root, tmp_path):
    translations(root, "export", "--lang", "fr", "-o", str(tmp_path / "fr.xlsx"))
    official = next(k for k in rows_by_key(tmp_path / "fr.xlsx") if ".items[obj05].title" in k)
    filled = _filled(tmp_path / "fr.xlsx", tmp_path / "filled.xlsx", {
        "report:contents": "Sommaire",  # right, but not written: the others are refused
        "report:logo_of": "Logo",  # {0} lost
        "interface:MainWindow|&File": "Fichier",  # its shortcut's & lost
        official: "Un titre de mon cru",  # an official title
    })  # fmt: skip
    before = fingerprints(root)

    refused = translations(root, "import", str(filled))

    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    line = refused.stderr
    assert line.startswith("error: filled.xlsx: Texts!F") and "({0})" in line
    assert "keyboard shortcut" in line and "official title" in line
    assert fingerprints(root) == before


def test_a_translation_whose_english_changed_is_stale_until_translated_again(root, tmp_path):
    files = TextFiles(root)
    report = root / "exports/report_texts.py"
    content = report.read_text(encoding="utf-8").replace(
        '"en": "Contents"', '"en": "Table of contents"'
    )
    report.write_text(content, "utf-8")
    state = {e.text.key: e.state for e in states(files, "fr", load_glossary())}
    assert state["report:contents"] == STALE
    assert [k for k, s in state.items() if s == STALE] == ["report:contents"]
    translations(root, "export", "--lang", "fr", "-o", str(tmp_path / "fr.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx", read_only=True)
    row = rows_by_key(tmp_path / "fr.xlsx")["report:contents"]
    assert book[SHEET].cell(row, STATUS).value == STALE
    book.close()
    filled = _filled(tmp_path / "fr.xlsx", tmp_path / "f.xlsx", {"report:contents": "Sommaire"})

    assert translations(root, "import", str(filled)).returncode == 0

    assert runpy.run_path(str(report))["TEXTS"]["contents"]["fr"] == "Sommaire"
    state = {e.text.key: e.state for e in states(files, "fr", load_glossary())}
    assert state["report:contents"] == DONE
    changed = [
        line
        for line in difflib.unified_diff(
            content.splitlines(), report.read_text("utf-8").splitlines(), n=0
        )
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert changed == [  # an entry on one line, written out one language a line
        '-    "contents": {"en": "Table of contents", "fr": "Table des matières", "es": "Índice",'
        ' "ar": "المحتويات"},',
        '+    "contents": {', '+        "en": "Table of contents",', '+        "fr": "Sommaire",',
        '+        "es": "Índice",', '+        "ar": "المحتويات",', "+    },",
    ]  # fmt: skip


def test_a_translation_written_again_replaces_only_itself(root, tmp_path):
    translations(root, "export", "--lang", "es", "-o", str(tmp_path / "es.xlsx"))
    key = "form:choice_lists.rating[regression].label"
    filled = _filled(tmp_path / "es.xlsx", tmp_path / "f.xlsx", {
        key: "Regresión", "workbook:how_to": "1. Cada pestaña ({0})…\n2. Guarde el archivo.",
    })  # fmt: skip
    definition = (root / FILES[0]).read_text(encoding="utf-8")

    assert translations(root, "import", str(filled)).returncode == 0, "written"

    after = (root / FILES[0]).read_text(encoding="utf-8")
    assert [line for line in difflib.unified_diff(definition.splitlines(), after.splitlines(),
            n=0) if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        '-        es: "Retroceso"', '+        es: "Regresión"',
    ]  # fmt: skip
    workbook = runpy.run_path(str(root / "exports/xlsx_texts.py"))["TEXTS"]
    assert workbook["how_to"]["es"] == "1. Cada pestaña ({0})…\n2. Guarde el archivo."
    compile((root / "exports/xlsx_texts.py").read_text(encoding="utf-8"), "x", "exec")


def test_the_shipped_languages_have_nothing_missing_or_stale():
    """Changing an English text makes its translations stale: translate them again through
    the workbook, or confirm them (``python -m desktop.translations confirm --lang fr``)."""
    files = TextFiles(ROOT)
    for lang in ("fr", "es", "ar"):
        pending = [
            f"{e.state} {e.text.key}"
            for e in states(files, lang, load_glossary())
            if e.state in (MISSING, STALE)
        ]
        assert pending == [], lang

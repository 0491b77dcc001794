"""Every string the interface shows is translated into French, Spanish and Arabic.

Three checks: no literal text is handed to a widget without ``tr()``; every
``tr()`` string of the sources is in each Qt Linguist catalogue with a finished
translation (placeholders kept); and the compiled catalogues are up to date.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
#: The phrases the command line and the window share (desktop.operations.wording), and the
#: problems the layers below the window find (marked QT_TRANSLATE_NOOP where they are said).
# A marked phrase: the call, then its context on the same line or the next (as formatted).
_MARK = re.compile(r'QT_TRANSLATE_NOOP\(\s*("|$)', re.M)
_MARKED = (
    path
    for folder in ("forms", "exports", "desktop", "desktop/operations")
    for path in (ROOT / folder).glob("*.py")
    if _MARK.search(path.read_text(encoding="utf-8"))
)
PHRASES = sorted(_MARKED)
LANGUAGES = ("fr", "es", "ar")

#: Calls whose string arguments are shown to people.
SHOWN = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setAccessibleName", "setAccessibleDescription", "addMenu", "addTab", "showMessage",
    "information", "warning", "critical", "question", "about", "setInformativeText",
    "setLabelText", "setHeaderLabels", "addItem", "setWhatsThis",
}  # fmt: skip
#: Texts that are the same in every language.
UNIVERSAL = {"Ctrl+Home", "F6", "Tab / Shift+Tab", "Ctrl+Z / Ctrl+Shift+Z", "name@example.org"}


def _literal_texts(node: ast.Call) -> list[str]:
    found = []
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(arg.value)
        elif isinstance(arg, ast.JoinedStr):
            found.extend(
                v.value
                for v in arg.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
    return [t for t in found if re.search(r"[A-Za-z]{2}", t) and t not in UNIVERSAL]


def test_no_widget_is_given_an_untranslated_literal() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SHOWN:
                offenders += [f"{path.name}:{node.lineno}: {t!r}" for t in _literal_texts(node)]
    assert offenders == []


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}", text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_has_a_finished_translation(lang: str) -> None:
    messages = _messages(TRANSLATIONS / f"gcm_review_{lang}.ts")
    assert len(messages) > 150
    problems = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind == "obsolete" or kind == "vanished":
            continue
        forms = [translation] if translation is not None else []
        if message.get("numerus") == "yes" and translation is not None:
            forms = list(translation.iter("numerusform"))  # one per plural form
        texts = [form.text or "" for form in forms]
        text = texts[0] if texts else ""
        if kind == "unfinished" or not texts or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
        elif _placeholders(text) != _placeholders(source):
            problems.append(f"{context}: {source!r} loses or adds a placeholder")
        elif source.count("&") == 1 and text.count("&") != 1:
            problems.append(f"{context}: {source!r} loses its keyboard accelerator")
    assert problems == []


def _lupdate() -> str:
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6")
    return tool


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogues_hold_every_string_of_the_sources(lang: str, tmp_path: Path) -> None:
    """lupdate, run on the sources now, finds nothing new and nothing gone."""
    copy = tmp_path / f"gcm_review_{lang}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    sources = [str(p) for p in [*sorted(UI.glob("*.py")), *PHRASES]]
    subprocess.run(
        [_lupdate(), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    committed = {key for key, m in _messages(TRANSLATIONS / copy.name).items()}
    current = set(_messages(copy))
    assert current - committed == set(), "strings missing from the catalogue: run the update"
    assert committed - current == set(), "strings no longer in the sources: run the update"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogues_match_their_sources(lang: str, tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lrelease")
    assert tool is not None
    compiled = tmp_path / f"gcm_review_{lang}.qm"
    subprocess.run(
        [tool, str(TRANSLATIONS / f"gcm_review_{lang}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / compiled.name).read_bytes()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogues_hold_only_notes_meant_for_translators(lang: str) -> None:
    """lupdate takes any ``#:`` comment of a scanned module for a note to translators: the
    comments that document code there are plain ``#`` ones."""
    root = ET.parse(TRANSLATIONS / f"gcm_review_{lang}.ts").getroot()
    notes = [note.text or "" for note in root.iter("extracomment")]
    assert [n for n in notes if not n.startswith("Translators:")] == []

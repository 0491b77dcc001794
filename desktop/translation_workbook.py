"""The texts of one language in a workbook a translator fills, and the way back into the files.

The workbook lists every text with its English, where its translation stands
(missing, stale, done, official), the translation there is now, and the
glossary's words for the terms it uses; the translator writes in one column,
the only one not locked, in Excel or LibreOffice. Reading it back checks each
translation (the places ``{0}`` it must keep, its keyboard shortcut, its
punctuation) and writes all of them into their files, or none: one problem
refuses the whole workbook, each problem named by its cell.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.translation_files import INTERFACE, TextFiles, TranslationFileError
from desktop.translation_status import (
    DONE,
    OFFICIAL,
    RECORD,
    STALE,
    TextState,
    fingerprint,
    read_record,
    record_text,
    states,
    too_long,
    translation_problems,
)
from forms.glossary import Glossary, says
from forms.languages import CODE_PATTERN

SHEET, ABOUT = "Texts", "About"
HEADERS = ("Key", "Text of", "English", "Status", "Translation now", "Your translation",
           "Glossary", "English fingerprint")  # fmt: skip
KEY, SOURCE, ENGLISH, STATUS, NOW, YOURS, GLOSSARY, FINGERPRINT = range(1, 9)
FIRST_ROW = 2
#: The columns' widths, in characters.
WIDTHS = (28, 14, 50, 10, 45, 50, 30, 14)
_SOURCE_NAMES = {"form": "the questions", "report": "the reports", "workbook": "the workbook",
                 "interface": "the window"}  # fmt: skip
_HOW_TO = (
    "Write your translation in the column “Your translation”, the only one you can change.",
    "Leave it empty to keep the translation there is now (or to leave the text for later).",
    "“Status” says where each text stands: missing (never translated), stale (the English"
    " changed since it was translated), done, official (the UN's own title in the"
    " language: it is not translated here).",
    "Keep every place in braces, such as {0} or {file}, and %n: the application fills them."
    " Keep one & in a text of the window that has one: it marks the letter of its shortcut.",
    "The column “Glossary” gives the words the project uses for the terms of the text: say"
    " them the same way every time.",
)


@dataclass(frozen=True)
class Imported:
    """What reading a translation workbook back wrote."""

    lang: str
    written: int
    files: tuple[Path, ...]
    long: tuple[str, ...]  # interface texts that may crowd their button or menu


def export_texts(files: TextFiles, lang: str, glossary: Glossary, target: Path) -> Path:
    """Write the texts of ``lang`` to the workbook ``target``; returns it."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    from exports.atomic import atomic_path

    if not CODE_PATTERN.match(lang) or lang == "en":
        raise TranslationFileError(f"{lang!r}: not a language code to translate into (fr, pt…)")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    shaded = PatternFill("solid", fgColor="E8E8E8")
    wrapped = Alignment(wrap_text=True, vertical="top")
    for entry in states(files, lang, glossary):
        text = entry.text
        sheet.append([
            text.key, _SOURCE_NAMES[text.source], text.english, entry.state, entry.translation,
            None, _glossary_note(glossary, text.english, lang), fingerprint(text.english),
        ])  # fmt: skip
        row = sheet.max_row
        lines = max(
            _lines(value, WIDTHS[column - 1])
            for column, value in ((ENGLISH, text.english), (NOW, entry.translation))
        )
        sheet.row_dimensions[row].height = 15 * lines  # wrapped text shown whole
        for column in range(1, len(HEADERS) + 1):
            cell = sheet.cell(row, column)
            cell.alignment = wrapped
            if column == YOURS and entry.state != OFFICIAL:
                cell.protection = Protection(locked=False)
                cell.number_format = "@"  # text, as typed: "=" or "1/2" stay words
            else:
                cell.fill = shaded
    for letter, width in zip("ABCDEFGH", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["A"].hidden = sheet.column_dimensions["H"].hidden = True
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"B1:G{sheet.max_row}"
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False  # filtering by status stays possible
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    about = book.create_sheet(ABOUT)
    about.append(["language", lang])
    about.append([])
    for line in _HOW_TO:
        about.append([line])
    about.column_dimensions["A"].width = 100
    about.protection.sheet = True
    with atomic_path(target) as temporary:
        book.save(temporary)
    return target


def import_texts(files: TextFiles, source: Path, glossary: Glossary) -> Imported:
    """Write the translations of the workbook ``source`` into their files, all or none.

    Raises TranslationFileError naming each cell whose translation cannot be used.
    """
    lang, rows = _read_rows(source)
    current = {entry.text.key: entry for entry in states(files, lang, glossary)}
    changes: dict[str, str] = {}
    problems: list[str] = []
    long: list[str] = []
    for row, (key, english_print, yours) in rows.items():
        where = f"{source.name}: {SHEET}!F{row}"
        entry: TextState | None = current.get(key)
        if entry is None:
            problems.append(f"{where}: {key} is no text of the application any more")
            continue
        if entry.state == OFFICIAL:
            problems.append(f"{where}: an official title, copied from the UN's own text")
            continue
        if english_print != fingerprint(entry.text.english):
            problems.append(f"{where}: its English changed since this workbook was made")
            continue
        text = yours.replace("\r\n", "\n")
        problems += [f"{where}: {p}" for p in translation_problems(entry.text, text, lang)]
        if entry.state == DONE and text == entry.translation:
            continue
        changes[key] = text
        if too_long(entry.text, text):
            long.append(f"{where}: {key}")
    if problems:
        raise TranslationFileError("; ".join(problems[:20]) + _more(len(problems) - 20))
    contents = files.contents_with(lang, changes) if changes else {}
    record = read_record(files.root)
    record.setdefault(lang, {}).update(
        {
            key: fingerprint(current[key].text.english)
            for key in changes
            if current[key].text.source != INTERFACE
        }
    )
    contents[files.root / RECORD] = record_text(record)
    _write_all(contents)
    return Imported(lang, len(changes), tuple(contents), tuple(long))


def confirm(files: TextFiles, lang: str, glossary: Glossary) -> int:
    """Record every translation into ``lang`` as made from today's English (after a review
    found the stale ones still right); returns how many were stale."""
    found = states(files, lang, glossary)
    record = read_record(files.root)
    entries = record.setdefault(lang, {})
    stale = 0
    for entry in found:
        if entry.text.source == INTERFACE:
            continue  # its catalogue says itself what is stale
        if entry.state in (DONE, STALE) and entry.text.texts.get(lang):
            stale += entry.state == STALE
            entries[entry.text.key] = fingerprint(entry.text.english)
    _write_all({files.root / RECORD: record_text(record)})
    return stale


def _read_rows(source: Path) -> tuple[str, dict[int, tuple[str, str, str]]]:
    """The workbook's language and, by row, (key, English fingerprint, translation written)."""
    import openpyxl

    from exports.import_problems import ImportProblems
    from exports.xlsx_package import inspect_package

    try:
        inspect_package(source)  # a workbook that travelled: refused if damaged or hostile
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except ImportProblems as err:
        raise TranslationFileError(str(err)) from err
    except Exception as err:  # openpyxl raises many kinds for a workbook it cannot read
        raise TranslationFileError(f"{source}: not a translation workbook ({err})") from err
    try:
        if SHEET not in book.sheetnames or ABOUT not in book.sheetnames:
            raise TranslationFileError(f"{source}: not a translation workbook (no {SHEET} sheet)")
        lang = str(book[ABOUT]["B1"].value or "").strip()
        if not CODE_PATTERN.match(lang) or lang == "en":
            raise TranslationFileError(f"{source}: {ABOUT}!B1: {lang!r} is not a language code")
        rows = {}
        for number, row in enumerate(book[SHEET].iter_rows(min_row=FIRST_ROW), start=FIRST_ROW):
            values = [cell.value for cell in row] + [None] * len(HEADERS)
            key, yours = values[KEY - 1], values[YOURS - 1]
            if key and yours not in (None, ""):
                rows[number] = (str(key), str(values[FINGERPRINT - 1] or ""), str(yours))
    finally:
        book.close()
    return lang, rows


def _glossary_note(glossary: Glossary, english: str, lang: str) -> str:
    """The glossary's words in ``lang`` for the terms ``english`` uses ("rating → …")."""
    notes = []
    for term in glossary.terms:
        if english not in term.exempt and says(term, "en", english):
            notes.append(f"{term.names.get('en', term.key)} → {term.names.get(lang, '?')}")
    return "\n".join(notes)


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    return sum(max(1, -(-len(part) // max(1, width - 2))) for part in (text or "").split("\n"))


def _more(count: int) -> str:
    return f"; and {count} more problems" if count > 0 else ""


def _write_all(contents: dict[Path, str]) -> None:
    """Write every file, or none: each into a temporary file beside it, then all renamed."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, content in contents.items():
            handle, name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".part", dir=path.parent
            )
            written.append((Path(name), path))
            os.chmod(name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as err:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise TranslationFileError(f"the translations could not be written ({err})") from err
    for temporary, path in written:
        os.replace(temporary, path)

"""The zip package of a workbook, checked while it is decompressed, before openpyxl sees it.

Nothing the file says about itself is believed. Only stored and deflated parts
without encryption are opened, and the bytes each part really produces are
counted as they come out, against a cap per part, a cap in all and a ratio to
its compressed size. Every XML part, read by openpyxl or not, is parsed as it
streams: a document type or entity declaration, a formula in any cell of any
sheet, a function call, external reference or DDE in any other formula (names,
drop-downs, conditional formats, charts), macros, external links, embedded
objects, controls and data connections refuse the file, with the part or the
cell named. No cell may lie beyond column IV or row 50,000, whatever a
sheet's ``<dimension>`` claims (the reader never trusts it either).

Sheets are parsed at the XML parser's own speed and searched for the marks of
anything to look at closely (a formula, an object, a control, a macro, a cell
out of bounds); only a sheet that has one is read again element by element,
to name the cell.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from xml.parsers import expat
from xml.sax.saxutils import unescape

from exports.import_problems import ImportProblems, ProblemList
from forms.said import QT_TRANSLATE_NOOP, Said, problem

MAX_FILE_BYTES = 50 * 1024 * 1024
# What all parts may produce, counted as they are decompressed.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_PARTS = 2000
# A part producing more than 1 MB may not be compressed better than this.
MAX_RATIO = 150
# No sheet of any workbook this application reads goes beyond these.
MAX_ROWS = 50_000
MAX_COLUMNS = 256
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
CHUNK = 64 * 1024

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_REL_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships id"
_CELL, _ROW, _FORMULA = (f"{_MAIN} {n}" for n in ("c", "row", "f"))
_WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
# Parts whose elements can hold nothing active: only their declarations are checked,
# at the parser's own speed (they are the biggest: every text, every style).
_PLAIN_PARTS = ("xl/sharedStrings.xml", "xl/styles.xml", "docProps/app.xml", "docProps/core.xml")
_CUSTOM_PROPERTIES = "docProps/custom.xml"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16 = (b"\xff\xfe", b"\xfe\xff")

# Parts (by folder or name, lower case) that hold active content.
_ACTIVE_PARTS = {
    "vbaproject": QT_TRANSLATE_NOOP("Problems", "the workbook contains macros (a VBA project)"),
    "vbadata": QT_TRANSLATE_NOOP("Problems", "the workbook contains macros (a VBA project)"),
    "xl/macrosheets/": QT_TRANSLATE_NOOP("Problems", "the workbook contains macro sheets"),
    "xl/dialogsheets/": QT_TRANSLATE_NOOP(
        "Problems", "the workbook contains dialog sheets (macros)"
    ),
    "customui/": QT_TRANSLATE_NOOP("Problems", "the workbook contains a custom ribbon (macros)"),
    "xl/externallinks/": QT_TRANSLATE_NOOP(
        "Problems", "the workbook contains external links to other files"
    ),
    "xl/embeddings/": QT_TRANSLATE_NOOP("Problems", "the workbook contains embedded objects (OLE)"),
    "xl/activex/": QT_TRANSLATE_NOOP("Problems", "the workbook contains ActiveX controls"),
    "xl/ctrlprops/": QT_TRANSLATE_NOOP("Problems", "the workbook contains form controls"),
    "xl/connections.xml": QT_TRANSLATE_NOOP("Problems", "the workbook contains data connections"),
    "xl/querytables/": QT_TRANSLATE_NOOP(
        "Problems", "the workbook contains data connections (query tables)"
    ),
}
# Relationship and content types (their last word, lower case) of active content.
_ACTIVE_TYPES = {
    "vbaproject": QT_TRANSLATE_NOOP("Problems", "macros (a VBA project)"),
    "macroenabled": QT_TRANSLATE_NOOP("Problems", "macros (a macro-enabled workbook)"),
    "xlmacrosheet": QT_TRANSLATE_NOOP("Problems", "macro sheets"),
    "xlintlmacrosheet": QT_TRANSLATE_NOOP("Problems", "macro sheets"),
    "macrosheet": QT_TRANSLATE_NOOP("Problems", "macro sheets"),
    "dialogsheet": QT_TRANSLATE_NOOP("Problems", "dialog sheets (macros)"),
    "externallink": QT_TRANSLATE_NOOP("Problems", "external links to other files"),
    "externallinkpath": QT_TRANSLATE_NOOP("Problems", "external links to other files"),
    "oleobject": QT_TRANSLATE_NOOP("Problems", "embedded objects (OLE)"),
    "package": QT_TRANSLATE_NOOP("Problems", "embedded objects (packages)"),
    "activexcontrol": QT_TRANSLATE_NOOP("Problems", "ActiveX controls"),
    "activexcontrolbinary": QT_TRANSLATE_NOOP("Problems", "ActiveX controls"),
    "control": QT_TRANSLATE_NOOP("Problems", "form controls"),
    "ctrlprop": QT_TRANSLATE_NOOP("Problems", "form controls"),
    "connections": QT_TRANSLATE_NOOP("Problems", "data connections"),
    "querytable": QT_TRANSLATE_NOOP("Problems", "data connections (query tables)"),
    "attachedtemplate": QT_TRANSLATE_NOOP("Problems", "a link to a template elsewhere"),
    "frame": QT_TRANSLATE_NOOP("Problems", "a link to a frame elsewhere"),
}
# Elements (local names, in any part) of active content.
_ACTIVE_ELEMENTS = {
    "oleObject": QT_TRANSLATE_NOOP("Problems", "an embedded object (OLE)"),
    "oleObjects": QT_TRANSLATE_NOOP("Problems", "embedded objects (OLE)"),
    "control": QT_TRANSLATE_NOOP("Problems", "a form or ActiveX control"),
    "controls": QT_TRANSLATE_NOOP("Problems", "form or ActiveX controls"),
    "ddeLink": QT_TRANSLATE_NOOP("Problems", "a DDE link"),
    "oleLink": QT_TRANSLATE_NOOP("Problems", "an OLE link"),
    "externalBook": QT_TRANSLATE_NOOP("Problems", "a link to another workbook"),
    "externalReference": QT_TRANSLATE_NOOP("Problems", "a link to another workbook"),
    "externalReferences": QT_TRANSLATE_NOOP("Problems", "links to other workbooks"),
    "webPublishItems": QT_TRANSLATE_NOOP("Problems", "web publishing"),
}
# A file refused for what it holds, and what it holds.
REFUSED = QT_TRANSLATE_NOOP("Problems", "{where}: refused: {reason}")
CONTAINS = QT_TRANSLATE_NOOP("Problems", "the workbook contains {what}")
# Elements holding a formula that is not a cell's: allowed only as plain references.
_FORMULA_ELEMENTS = {"formula", "formula1", "formula2", "definedName"}
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_CELL_REF = re.compile(r"([A-Za-z]+)([0-9]+)$")
# What makes a sheet worth reading element by element: a formula (in any namespace),
# an object, a control, a macro, or a row or cell reference beyond the bounds
# (a column after IV, a row after 50,000: kept in step with MAX_COLUMNS and MAX_ROWS).
_BAD_COLUMN = rb"(?:[A-Za-z]{3,}|[J-Zj-z][A-Za-z]|[Ii][W-Zw-z])"
_BAD_ROW = (
    rb"0*(?:[1-9][0-9]{5,}|[6-9][0-9]{4}|5[1-9][0-9]{3}|50[1-9][0-9]{2}|500[1-9][0-9]|5000[1-9])"
)
# Elements (in any namespace) that need a closer look: a cell formula, objects,
# controls, and the formulas of drop-downs and conditional formats (fine when plain).
_MARKED_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?(f|formula[12]?|oleObjects?|controls?)[\s/>]")
_FORMULA_TEXT = re.compile(rb"<(?:[\w.-]+:)?formula[12]?>([^<]*)<")
_BAD_REFERENCE = re.compile(
    rb"\sr\s*=\s*[\"']\$?(?:" + _BAD_COLUMN + rb"\$?[0-9]*|[A-Za-z]*\$?" + _BAD_ROW + rb")[\"']"
)
# A tag longer than this, kept whole from one chunk to the next, is looked at closely.
_LONGEST_TAG = 2**20
_QUOTES = {"&quot;": '"', "&apos;": "'"}


@dataclass
class Package:
    """What the checks learnt of a package safe to parse.

    ``properties`` holds the custom document properties, and ``findings`` the
    formulas found in cells: they refuse the file too, but are listed together
    with the other problems of the answers, so that a person sees every cell to
    correct at once.
    """

    properties: dict[str, str] = field(default_factory=dict)
    findings: ProblemList = field(default_factory=ProblemList)


def column_letters(number: int) -> str:
    """Spreadsheet column letters of ``number`` (1 → A, 27 → AA)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(column: int, row: int) -> str:
    """The name of a cell (``B7``) from its column and row numbers."""
    return f"{column_letters(column)}{row}"


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def active_formula(text: str) -> bool:
    """Whether a formula outside a cell does more than refer to cells or give constants.

    Function calls, references to other workbooks (``[1]``) and DDE (``|``) do;
    quoted sheet names and strings are set aside first.
    """
    bare = _QUOTED.sub("", text)
    return any(mark in bare for mark in "([|")


def inspect_package(path: Path, content: bytes | None = None) -> Package:
    """Check the package of ``path`` as it is decompressed; raise ImportProblems if refused.

    ``content`` is the workbook's bytes when they are not the file's own (the
    workbook inside a sealed package): ``path`` then only names it.
    """
    source: Path | io.BytesIO = path if content is None else io.BytesIO(content)
    if content is None and not path.is_file():
        raise ImportProblems(path, [problem(QT_TRANSLATE_NOOP("Problems", "no such file"))])
    size = path.stat().st_size if content is None else len(content)
    if size > MAX_FILE_BYTES:
        larger = QT_TRANSLATE_NOOP("Problems", "the file is larger than {size} MB")
        raise ImportProblems(path, [problem(larger, size=MAX_FILE_BYTES // 2**20)])
    if content is None:
        with path.open("rb") as start:
            signature = start.read(8)
    else:
        signature = content[:8]
    if signature == _OLE_SIGNATURE:
        protected = QT_TRANSLATE_NOOP(
            "Problems",
            "the workbook is password-protected or in the old .xls format: save it as an"
            " .xlsx workbook without a password",
        )
        raise ImportProblems(path, [problem(protected)])
    if not zipfile.is_zipfile(source):
        raise ImportProblems(
            path,
            [problem(QT_TRANSLATE_NOOP("Problems", "not an xlsx workbook (it is not a zip file)"))],
        )
    try:
        with zipfile.ZipFile(source) as archive:
            return _Inspection(path, archive).run()
    except ImportProblems:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,  # UnicodeDecodeError among them: a part's name flagged UTF-8 that is not
    ) as err:
        detail = " ".join(str(err).split())[:200]
        damaged = QT_TRANSLATE_NOOP("Problems", "the file is damaged or truncated ({detail})")
        raise ImportProblems(path, [problem(damaged, detail=detail)]) from err


class _Stop(Exception):
    """Raised inside the XML parser to stop reading a part that is already refused."""


class _Inspection:
    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.problems = ProblemList()
        self.package = Package()
        self.sheet_targets: dict[str, str] = {}  # relationship id → part
        self.sheet_names: dict[str, str] = {}  # worksheet part → sheet name
        self.produced = 0

    def run(self) -> Package:
        parts = self.archive.infolist()
        self.refuse_container(parts)
        first = [p for p in parts if p.filename in (_WORKBOOK_RELS, "xl/workbook.xml")]
        first.sort(key=lambda p: p.filename != _WORKBOOK_RELS)
        for part in first + [p for p in parts if p not in first]:
            self.part(part)
        if self.problems:
            raise ImportProblems(self.path, self.problems)
        return self.package

    def refuse_container(self, parts: list[zipfile.ZipInfo]) -> None:
        """Refuse what can be told from the directory alone, before decompressing anything."""

        def refused(reason: Said) -> ImportProblems:
            return ImportProblems(self.path, [reason])

        if len(parts) > MAX_PARTS:
            many = QT_TRANSLATE_NOOP("Problems", "refused: more than {count} parts in the file")
            raise refused(problem(many, count=MAX_PARTS))
        names = [p.filename for p in parts]
        if len(set(names)) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            twice_said = QT_TRANSLATE_NOOP(
                "Problems", "{where}: refused: the part appears twice in the file"
            )
            raise refused(problem(twice_said, where=twice))
        for part in parts:
            if part.flag_bits & 0x41:
                encrypted = QT_TRANSLATE_NOOP("Problems", "{where}: refused: the part is encrypted")
                raise refused(problem(encrypted, where=part.filename))
            if part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                method = QT_TRANSLATE_NOOP(
                    "Problems",
                    "{where}: refused: compressed with a method spreadsheets do not use"
                    " (method {method})",
                )
                raise refused(problem(method, where=part.filename, method=part.compress_type))
        claimed = sum(p.file_size for p in parts)
        if claimed > MAX_UNPACKED_BYTES:
            claims = QT_TRANSLATE_NOOP(
                "Problems", "refused: it claims to unpack to {size} MB (a zip bomb?)"
            )
            raise refused(problem(claims, size=claimed // 2**20))
        missing = [name for name in REQUIRED_PARTS if name not in names]
        if missing:
            lacks = QT_TRANSLATE_NOOP("Problems", "not an xlsx workbook ({part} is missing)")
            raise refused(problem(lacks, part=missing[0]))

    def part(self, info: zipfile.ZipInfo) -> None:
        name = info.filename
        lower = name.lower()
        for marker, reason in _ACTIVE_PARTS.items():
            if marker in lower:
                self.problems.add(problem(REFUSED, where=name, reason=problem(reason)))
                return
        if info.is_dir():
            return
        look_closer, produced = self.scan(info, detailed=False)
        if look_closer:  # a sheet with a mark: read again closely, to name the cell
            self.produced -= produced  # what the first reading produced is counted again
            self.scan(info, detailed=True)

    def scan(self, info: zipfile.ZipInfo, detailed: bool) -> tuple[bool, int]:
        """Decompress one part, counting what it produces, and check it as it comes.

        Returns whether a sheet has a mark that needs it read again ``detailed``,
        and how many bytes were produced.
        """
        name = info.filename
        scanner: _Scanner | _ByteScanner | _NoScan | None = None
        produced = 0
        with self.archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                if scanner is None:
                    scanner = self.scanner(name, chunk, detailed)
                produced += len(chunk)
                self.produced += len(chunk)
                if produced > MAX_PART_BYTES or self.produced > MAX_UNPACKED_BYTES:
                    much = QT_TRANSLATE_NOOP(
                        "Problems", "{where}: refused: the file unpacks to too much (a zip bomb?)"
                    )
                    raise ImportProblems(self.path, [problem(much, where=name)])
                if produced > 2**20 and produced > MAX_RATIO * max(info.compress_size, 1):
                    well = QT_TRANSLATE_NOOP(
                        "Problems",
                        "{where}: refused: the part is compressed suspiciously well (a zip bomb?)",
                    )
                    raise ImportProblems(self.path, [problem(well, where=name)])
                if not scanner.feed(chunk):
                    break  # refused already: the rest is not read
        if scanner is None:
            return False, produced
        scanner.close()
        return isinstance(scanner, _Scanner) and scanner.look_closer, produced

    def scanner(self, name: str, start: bytes, detailed: bool) -> _Scanner | _ByteScanner | _NoScan:
        """How a part is checked, told by what it holds rather than by its name.

        Whatever starts as XML is parsed, except legacy VML drawings (comments),
        which are often not well-formed and are searched instead; a part the
        workbook uses as a sheet is always parsed, whatever it is called.
        """
        worksheet = name in self.sheet_targets.values() or (
            name.startswith("xl/worksheets/") and "/_rels/" not in name
        )
        if not worksheet and start.lstrip()[:1] != b"<" and start[:2] not in _UTF16:
            return _NoScan()
        if name.lower().endswith(".vml") and not worksheet:
            return _ByteScanner(self, name)
        return _Scanner(self, name, worksheet, detailed)

    def sheet_name(self, part: str) -> str:
        return self.sheet_names.get(part, part)


class _NoScan:
    """Binary parts (pictures, printer settings): only their size is counted."""

    def feed(self, chunk: bytes) -> bool:
        return True

    def close(self) -> None:
        pass


class _ByteScanner:
    """Legacy VML drawings: searched for declarations and macros, not parsed."""

    MARKS: ClassVar[dict[bytes, str]] = {
        b"<!doctype": "declares a document type or XML entities (possible XML attack)",
        b"<!entity": "declares XML entities (possible XML attack)",
        b"fmlamacro": "a drawing runs a macro",
    }

    def __init__(self, owner: _Inspection, part: str) -> None:
        self.owner = owner
        self.part = part
        self.tail = b""

    def feed(self, chunk: bytes) -> bool:
        window = (self.tail + chunk).lower()
        self.tail = window[-16:]
        for mark, reason in self.MARKS.items():
            if mark in window:
                self.owner.problems.add(f"{self.part}: refused: {reason}")
                return False
        return True

    def close(self) -> None:
        pass


class _Scanner:
    """One XML part, parsed as it streams, with namespaces, no DTD and no entities."""

    def __init__(self, owner: _Inspection, part: str, worksheet: bool, detailed: bool) -> None:
        self.owner = owner
        self.part = part
        self.refused = False
        self.look_closer = False
        # A sheet read quickly is only parsed (for declarations) and searched for marks.
        self.quick = worksheet and not detailed
        self.tail = b""
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        if worksheet:
            if detailed:
                parser.StartElementHandler = self.sheet_start
        elif not (part in _PLAIN_PARTS or part.startswith("xl/theme/")):
            parser.StartElementHandler = self.start
        parser.buffer_text = True
        self.parser = parser
        self.is_worksheet = worksheet
        self.is_rels = part.endswith(".rels")
        self.is_workbook = part == "xl/workbook.xml"
        self.is_types = part == "[Content_Types].xml"
        self.is_custom = part == _CUSTOM_PROPERTIES
        self.row = 0
        self.column = 0
        self.text: list[str] | None = None
        self.text_element = ""
        self.property = ""

    # -- streaming ---------------------------------------------------------------
    def feed(self, chunk: bytes) -> bool:
        if self.quick:
            window = self.tail + chunk
            # The last tag (or the text after it) may go on in the next chunk: it is
            # kept, so that every tag is searched whole.
            last = window.rfind(b"<")
            self.tail = window[last:] if last >= 0 else b""
            if self.marked(window[:last] if last >= 0 else window):
                self.look_closer = True
                return False
        try:
            self.parser.Parse(chunk, False)
        except _Stop:
            return False
        except expat.ExpatError as err:
            self.damaged(err)
            return False
        return not self.refused

    def marked(self, text: bytes) -> bool:
        """Whether this stretch of a sheet has a mark that needs the sheet read closely."""
        if len(self.tail) > _LONGEST_TAG or b"macro" in text or _BAD_REFERENCE.search(text):
            return True
        for found in _MARKED_ELEMENT.finditer(text):
            if not found.group(1).startswith(b"formula"):
                return True
            whole = _FORMULA_TEXT.match(text, found.start())
            formula = unescape(whole.group(1).decode("utf-8", "replace"), _QUOTES) if whole else ""
            if whole is None or active_formula(formula):
                return True
        return False

    def close(self) -> None:
        if self.refused or self.look_closer:
            return
        if self.quick and self.marked(self.tail + b"<"):
            self.look_closer = True
            return
        try:
            self.parser.Parse(b"", True)
        except _Stop:
            return
        except expat.ExpatError as err:
            self.damaged(err)

    def damaged(self, err: expat.ExpatError) -> None:
        self.refused = True
        phrase = QT_TRANSLATE_NOOP(
            "Problems",
            "{where}: the file is damaged (the part is not well-formed XML: {error}, line {line})",
        )
        error = expat.ErrorString(err.code)
        self.owner.problems.add(problem(phrase, where=self.part, error=error, line=err.lineno))

    def refuse(self, where: str, reason: Said) -> None:
        self.refused = True
        self.owner.problems.add(problem(REFUSED, where=where, reason=reason))
        raise _Stop

    # -- declarations ------------------------------------------------------------
    def doctype(self, *_args: Any) -> None:
        said = QT_TRANSLATE_NOOP(
            "Problems", "the part declares a document type or XML entities (possible XML attack)"
        )
        self.refuse(self.part, problem(said))

    def entity(self, *_args: Any) -> None:
        self.refuse(
            self.part,
            problem(
                QT_TRANSLATE_NOOP(
                    "Problems", "the part declares XML entities (possible XML attack)"
                )
            ),
        )

    # -- elements ----------------------------------------------------------------
    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if local in _ACTIVE_ELEMENTS:
            self.refuse(self.where(), problem(CONTAINS, what=problem(_ACTIVE_ELEMENTS[local])))
        if attributes.get("macro"):
            self.refuse(
                self.where(),
                problem(QT_TRANSLATE_NOOP("Problems", "a shape or control runs a macro")),
            )
        if local == "f" and namespace == _MAIN:
            anywhere = QT_TRANSLATE_NOOP(
                "Problems", "a formula is not accepted anywhere in a review workbook"
            )
            self.refuse(self.part, problem(anywhere))
        elif local in _FORMULA_ELEMENTS or (local == "f" and namespace == _CHART):
            self.collect(local)
        elif self.is_rels and local == "Relationship":
            self.relationship(attributes)
        elif self.is_types and local in ("Default", "Override"):
            self.content_type(attributes)
        elif self.is_workbook and local == "sheet":
            target = self.owner.sheet_targets.get(attributes.get(_REL_ID, ""))
            if target is not None:
                self.owner.sheet_names[target] = attributes.get("name", target)
        elif self.is_custom and local == "property":
            self.property = attributes.get("name", "")
        elif self.is_custom and self.property and namespace != _MAIN:
            self.collect(local)

    def end(self, name: str) -> None:
        """The end of an element whose text is collected (see :meth:`collect`)."""
        if self.text is None:
            return
        local = name.rpartition(" ")[2]
        if local != self.text_element:
            return
        text = "".join(self.text)
        self.text = None
        self.parser.CharacterDataHandler = None
        self.parser.EndElementHandler = None
        if self.is_custom:
            self.owner.package.properties[self.property] = text
            self.property = ""
        elif active_formula(text):
            where = self.where()
            what = {
                "definedName": QT_TRANSLATE_NOOP("Problems", "a defined name"),
                "formula": QT_TRANSLATE_NOOP("Problems", "a conditional format"),
            }.get(local, QT_TRANSLATE_NOOP("Problems", "a drop-down or chart"))
            active = QT_TRANSLATE_NOOP(
                "Problems",
                "{what} with a formula that calls a function, links elsewhere or uses DDE"
                " ({formula})",
            )
            self.refuse(where, problem(active, what=problem(what), formula=repr(text[:60])))

    def collect(self, local: str) -> None:
        """Collect the text of the element ``local`` that starts, up to its end."""
        self.text = []
        self.text_element = local
        self.parser.CharacterDataHandler = self.text.append
        self.parser.EndElementHandler = self.end

    def sheet_start(self, name: str, attributes: dict[str, str]) -> None:
        """An element of a worksheet: cells, values, rows and formulas, then the rest."""
        if name == _CELL:
            ref = attributes.get("r")
            match = _CELL_REF.match(ref) if ref else None
            if match:
                letters, digits = match.group(1), match.group(2)
                self.column = _column_number(letters[:4].upper())
                self.row = int(digits[:9])
            else:
                self.column += 1
            if self.column > MAX_COLUMNS or self.row > MAX_ROWS:
                self.beyond()
        elif name == _ROW:
            number = attributes.get("r", "")
            digits = number.isascii() and number.isdigit()
            self.row = int(number[:9]) if digits else self.row + 1
            self.column = 0
            if self.row > MAX_ROWS:
                self.column = 1
                self.beyond()
        elif name == _FORMULA:
            phrase = QT_TRANSLATE_NOOP(
                "Problems",
                "{where}: a formula is not accepted (in any cell of a review workbook); if it was"
                " typed as text, type it again with an apostrophe (') first",
            )
            where = f"{self.owner.sheet_name(self.part)}!{self.cell()}"
            self.owner.package.findings.add(problem(phrase, where=where))
        else:
            self.start(name, attributes)

    def where(self) -> str:
        """The sheet's name for a sheet, the part's name otherwise."""
        return self.owner.sheet_name(self.part) if self.is_worksheet else self.part

    def cell(self) -> str:
        """The name of the cell being read."""
        return cell_name(self.column, self.row)

    def beyond(self) -> None:
        far = QT_TRANSLATE_NOOP(
            "Problems",
            "a cell beyond column {column} or row {row}, far outside what a review workbook holds",
        )
        where = f"{self.owner.sheet_name(self.part)}!{self.cell()}"
        self.refuse(where, problem(far, column=column_letters(MAX_COLUMNS), row=MAX_ROWS))

    def relationship(self, attributes: dict[str, str]) -> None:
        kind = attributes.get("Type", "").rstrip("/").rpartition("/")[2].lower()
        if kind in _ACTIVE_TYPES:
            self.refuse(self.part, problem(CONTAINS, what=problem(_ACTIVE_TYPES[kind])))
        external = attributes.get("TargetMode", "").lower() == "external"
        if external and kind != "hyperlink":
            links = QT_TRANSLATE_NOOP("Problems", "the workbook links to a file elsewhere ({kind})")
            self.refuse(self.part, problem(links, kind=kind))
        if self.part == _WORKBOOK_RELS and kind == "worksheet" and not external:
            target = attributes.get("Target", "")
            resolved = posixpath.normpath(
                target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            )
            self.owner.sheet_targets[attributes.get("Id", "")] = resolved

    def content_type(self, attributes: dict[str, str]) -> None:
        kind = attributes.get("ContentType", "").lower()
        for marker, reason in _ACTIVE_TYPES.items():
            if marker in ("package", "control", "frame", "connections"):
                continue  # words too common in content types: the parts themselves are checked
            if marker in kind.replace(".", "").replace("-", ""):
                where = attributes.get("PartName") or attributes.get("Extension") or self.part
                self.refuse(where.lstrip("/"), problem(CONTAINS, what=problem(reason)))

"""The translated texts in the files they are kept in, read and written in place.

Four files hold them (see docs/translations.md): the form definition (a
``{en, fr, …}`` mapping per text), the report's and the workbook's fixed texts
(``TEXTS`` dictionaries in ``exports``) and the interface catalogues (Qt
Linguist ``.ts`` files, one per language). :class:`TextFiles` reads them under
a root folder — the project's, or a copy — for any language, one the
application ships or one being translated, and writes a translation back into
the file it belongs to, changing nothing else there: comments, order and
layout stay as they were.

A text is named by its file and its place in it, as in
:mod:`desktop.translation_sources`: a path in the definition
(``sections[objectives].items[obj05].title``), a key of ``TEXTS``, or an
interface context and its English (``MainWindow|&File``).
"""

from __future__ import annotations

import ast
import html
import re
import runpy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from forms.languages import CODE_PATTERN
from forms.versions import CURRENT_VERSION, definition_name

FORM, REPORT, WORKBOOK, INTERFACE = "form", "report", "workbook", "interface"
SOURCES = (FORM, REPORT, WORKBOOK, INTERFACE)
#: Where each source is, under the root.
_PATHS = {
    FORM: Path("forms") / "definitions" / definition_name(CURRENT_VERSION),
    REPORT: Path("exports") / "report_texts.py",
    WORKBOOK: Path("exports") / "xlsx_texts.py",
}
CATALOGUES = Path("resources") / "translations"
CATALOGUE = "gcm_review_{0}.ts"
#: The catalogue a new language's is made from (its messages, without their translations).
_MODEL_CATALOGUE = "fr"
#: A Python line the fixed texts keep within (ruff's line length, less a margin).
_LINE = 96


@dataclass
class Text:
    """One text: its English (as written, accelerator marks included) and its translations.

    ``draft`` holds the interface's unfinished translations (lupdate's guesses,
    or a translation whose English changed): shown, not yet used.
    """

    source: str
    place: str
    english: str
    texts: dict[str, str] = field(default_factory=dict)
    draft: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The text's name across files: ``source:place``."""
        return f"{self.source}:{self.place}"


class TranslationFileError(ValueError):
    """A translation file is not as it should be, or a text cannot be written into it."""


class TextFiles:
    """The files of translated texts under ``root`` (the project's folder, or a copy)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, source: str, lang: str = "") -> Path:
        if source == INTERFACE:
            return self.root / CATALOGUES / CATALOGUE.format(lang)
        return self.root / _PATHS[source]

    def read(self, lang: str) -> list[Text]:
        """Every text, with its translations into ``lang`` (and into the other languages)."""
        return [
            *self._form(),
            *self._fixed(REPORT),
            *self._fixed(WORKBOOK),
            *self._interface(lang),
        ]

    def languages(self) -> list[str]:
        """The languages some text is translated into (English left out)."""
        found = {lang for text in self._form() for lang in text.texts if CODE_PATTERN.match(lang)}
        for catalogue in (self.root / CATALOGUES).glob(CATALOGUE.format("*")):
            found.add(catalogue.stem.removeprefix(CATALOGUE.split("{")[0]))
        return sorted(found - {"en"})

    # -- the form definition -------------------------------------------------
    def _form_nodes(self) -> tuple[str, Iterator[tuple[str, yaml.MappingNode]]]:
        path = self.path(FORM)
        try:
            content = path.read_text(encoding="utf-8")
            return content, _text_nodes(yaml.compose(content, Loader=yaml.SafeLoader), "")
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
            raise TranslationFileError(f"{path}: cannot be read ({err})") from err

    def _form(self) -> list[Text]:
        _, nodes = self._form_nodes()
        found = []
        for place, node in nodes:
            values = {key.value: value.value for key, value in node.value}
            english = values.pop("en")
            found.append(Text(FORM, place, english, values))
        return found

    def _write_form(self, changes: Mapping[str, str], lang: str) -> str:
        content, nodes = self._form_nodes()
        edits = _listed_as_translating(content, lang)
        for place, node in nodes:
            if place not in changes:
                continue
            text = _yaml_string(changes[place])
            present = [(k, v) for k, v in node.value if k.value == lang]
            if present:
                value = present[0][1]
                edits.append((value.start_mark.index, value.end_mark.index, text))
                continue
            if node.flow_style:
                raise TranslationFileError(
                    f"{self.path(FORM)}: {place}: a text written on one line"
                )
            last = node.value[-1][1]
            line_end = content.find("\n", last.end_mark.index)
            at = len(content) if line_end < 0 else line_end + 1
            indent = " " * node.value[0][0].start_mark.column
            edits.append((at, at, f"{indent}{lang}: {text}\n"))
        return _applied(content, edits)

    # -- the fixed texts of the reports and the workbook -----------------------
    def _fixed_nodes(self, source: str) -> tuple[str, dict[str, ast.Dict]]:
        path = self.path(source)
        try:
            content = path.read_text(encoding="utf-8")
            module = ast.parse(content, str(path))
        except (OSError, UnicodeDecodeError, SyntaxError) as err:
            raise TranslationFileError(f"{path}: cannot be read ({err})") from err
        for statement in module.body:
            target: ast.expr | None = None
            if isinstance(statement, ast.AnnAssign):
                target = statement.target
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
            value = getattr(statement, "value", None)
            if (
                isinstance(target, ast.Name)
                and target.id == "TEXTS"
                and isinstance(value, ast.Dict)
            ):
                entries = {}
                for key, inner in zip(value.keys, value.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(inner, ast.Dict):
                        entries[str(key.value)] = inner
                return content, entries
        raise TranslationFileError(f"{path}: no TEXTS dictionary")

    def _fixed(self, source: str) -> list[Text]:
        self._fixed_nodes(source)  # the file is as the writer expects it
        path = self.path(source)
        try:  # run, for the texts its f-strings make (the no-break space of French)
            texts = runpy.run_path(str(path))["TEXTS"]
        except Exception as err:  # the module's own failure, whatever it is
            raise TranslationFileError(f"{path}: cannot be run ({err})") from err
        found = []
        for place, values in texts.items():
            values = {str(k): str(v) for k, v in values.items()}
            if "en" in values:
                english = values.pop("en")
                found.append(Text(source, place, english, values))
        return found

    def _write_fixed(self, source: str, changes: Mapping[str, str], lang: str) -> str:
        content, entries = self._fixed_nodes(source)
        starts = _line_starts(content)

        def offset(line: int, column: int) -> int:  # ast counts columns in UTF-8 bytes
            start = starts[line - 1]
            end = starts[line] if line < len(starts) else len(content)
            return start + len(content[start:end].encode("utf-8")[:column].decode("utf-8"))

        edits: list[tuple[int, int, str]] = []
        for place, text in changes.items():
            inner = entries[place]
            keys = [getattr(k, "value", None) for k in inner.keys]
            entry_column = inner.keys[0].col_offset if inner.keys and inner.keys[0] else 8
            if inner.lineno == inner.end_lineno:  # on one line: written out, one entry a line
                values = {
                    str(k.value): str(v.value)
                    for k, v in zip(inner.keys, inner.values, strict=True)
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                }
                values[lang] = text
                indent = _indent_of(content, offset(inner.lineno, 0)) + 4
                lines = [f"{' ' * indent}{_py_entry(k, v, indent)}," for k, v in values.items()]
                body = "{\n" + "\n".join(lines) + "\n" + " " * (indent - 4) + "}"
                start = offset(inner.lineno, inner.col_offset)
                edits.append(
                    (start, offset(inner.end_lineno or 0, inner.end_col_offset or 0), body)
                )
            elif lang in keys:
                value = inner.values[keys.index(lang)]
                start = offset(value.lineno, value.col_offset)
                end = offset(value.end_lineno or 0, value.end_col_offset or 0)
                column = value.col_offset
                edits.append((start, end, _py_literal(text, entry_column, column)))
            else:
                closing = offset(inner.end_lineno or 0, (inner.end_col_offset or 1) - 1)
                line_start = content.rfind("\n", 0, closing) + 1
                if content[line_start:closing].strip():
                    raise TranslationFileError(f"{self.path(source)}: {place}: an unusual layout")
                before = content[:line_start].rstrip()
                if not before.endswith((",", "{")):
                    edits.append((len(before), len(before), ","))
                entry = _py_entry(lang, text, entry_column)
                edits.append((line_start, line_start, f"{' ' * entry_column}{entry},\n"))
        return _applied(content, edits)

    # -- the interface catalogues -----------------------------------------------
    def _interface(self, lang: str) -> list[Text]:
        path = self.path(INTERFACE, lang)
        if not path.is_file():
            path = self.path(INTERFACE, _MODEL_CATALOGUE)
            messages = [(context, source, "", "unfinished") for context, source, *_ in
                        _messages(_read(path))]  # fmt: skip
        else:
            messages = [(c, s, t, kind) for c, s, t, kind, _ in _messages(_read(path))]
        found = []
        for context, source, translation, kind in messages:
            if kind in ("obsolete", "vanished"):
                continue
            text = Text(INTERFACE, f"{context}|{source}", source)
            if translation and kind == "unfinished":
                text.draft[lang] = translation
            elif translation:
                text.texts[lang] = translation
            found.append(text)
        return found

    def _write_interface(self, changes: Mapping[str, str], lang: str) -> str:
        path = self.path(INTERFACE, lang)
        if path.is_file():
            content = _read(path)
        else:  # a new language: the model's messages, none translated yet
            content = _read(self.path(INTERFACE, _MODEL_CATALOGUE))
            content = re.sub(r'(<TS [^>]*language=")[^"]*(")', rf"\g<1>{lang}\g<2>", content)
            content = _TRANSLATION.sub('<translation type="unfinished"></translation>', content)
        edits = []
        for context, source, _, _, span in _messages(content):
            text = changes.get(f"{context}|{source}")
            if text is not None:
                edits.append((span[0], span[1], f"<translation>{_ts_escape(text)}</translation>"))
        return _applied(content, edits)

    # -- writing ----------------------------------------------------------------
    def contents_with(self, lang: str, changes: Mapping[str, str]) -> dict[Path, str]:
        """Each file's content with the translations ``changes`` (``source:place`` → text)
        into ``lang`` written in; nothing is written to disk."""
        by_source: dict[str, dict[str, str]] = {}
        for key, text in changes.items():
            source, _, place = key.partition(":")
            by_source.setdefault(source, {})[place] = text
        contents = {}
        for source, texts in by_source.items():
            if source == FORM:
                contents[self.path(FORM)] = self._write_form(texts, lang)
            elif source in (REPORT, WORKBOOK):
                contents[self.path(source)] = self._write_fixed(source, texts, lang)
            elif source == INTERFACE:
                contents[self.path(INTERFACE, lang)] = self._write_interface(texts, lang)
            else:
                raise TranslationFileError(f"{key}: no such source of texts")
        return contents


def _text_nodes(node: yaml.Node | None, place: str) -> Iterator[tuple[str, yaml.MappingNode]]:
    """(place, mapping node) of each ``{en: …, fr: …}`` text under ``node``."""
    if isinstance(node, yaml.MappingNode):
        keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        if (
            "en" in keys
            and all(CODE_PATTERN.match(k) for k in keys)
            and all(isinstance(v, yaml.ScalarNode) for _, v in node.value)
        ):
            yield place, node
            return
        for key, value in node.value:
            label = key.value if isinstance(key, yaml.ScalarNode) else "?"
            yield from _text_nodes(value, f"{place}.{label}" if place else str(label))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            name: object = index
            if isinstance(item, yaml.MappingNode):
                name = next((v.value for k, v in item.value if k.value == "key"), index)
            yield from _text_nodes(item, f"{place}[{name}]")


def _listed_as_translating(content: str, lang: str) -> list[tuple[int, int, str]]:
    """The edit that lists ``lang`` under the definition's ``translating:`` (the languages
    whose texts the loader reads past), when it is not one of its ``languages:`` already."""
    top = yaml.compose(content, Loader=yaml.SafeLoader)
    if not isinstance(top, yaml.MappingNode):
        return []
    entries = {k.value: v for k, v in top.value if isinstance(k, yaml.ScalarNode)}
    listed = entries.get("languages")
    if not isinstance(listed, yaml.SequenceNode) or lang in [n.value for n in listed.value]:
        return []
    translating = entries.get("translating")
    if isinstance(translating, yaml.SequenceNode):
        codes = [n.value for n in translating.value]
        if lang in codes:
            return []
        start, end = translating.start_mark.index, translating.end_mark.index
        return [(start, end, "[" + ", ".join([*codes, lang]) + "]")]
    line_end = content.find("\n", listed.end_mark.index) + 1
    return [(line_end, line_end, f"translating: [{lang}]\n")]


def _yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (the style of the definition's translations)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t") + '"'


def _py_entry(lang: str, text: str, column: int) -> str:
    return f'"{lang}": ' + _py_literal(text, column, column + len(lang) + 4)


def _py_literal(text: str, indent: int, column: int) -> str:
    """``text`` as a Python string written from ``column``, cut into implicitly joined
    pieces at spaces where it would run past the line (continuing at ``indent``)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = escaped.replace("\t", "\\t").replace("\u00a0", "\\u00a0")
    pieces: list[str] = []
    room = _LINE - column - 3
    while len(escaped) > room:
        cut = escaped.rfind("\\n", 0, room - 1) + 2  # after a line break, else at a space
        if cut <= 2:
            cut = escaped.rfind(" ", 0, room)
        if cut <= 0:
            break
        pieces.append(escaped[:cut])
        escaped = escaped[cut:]
        room = _LINE - indent - 3
    pieces.append(escaped)
    return f"\n{' ' * indent}".join(f'"{piece}"' for piece in pieces)


def _indent_of(content: str, line_start: int) -> int:
    line = content[line_start : content.find("\n", line_start)]
    return len(line) - len(line.lstrip(" "))


def _line_starts(content: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(content):
        if char == "\n":
            starts.append(index + 1)
    return starts


def _applied(content: str, edits: list[tuple[int, int, str]]) -> str:
    """``content`` with each (start, end, text) edit made, from the last to the first."""
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        content = content[:start] + text + content[end:]
    return content


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise TranslationFileError(f"{path}: cannot be read ({err})") from err


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message[^>]*>(.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: type=\"(\w+)\")?\s*(?:/>|>(.*?)</translation>)", re.S)


def _messages(content: str) -> Iterator[tuple[str, str, str, str, tuple[int, int]]]:
    """(context, source, translation, type, span of the translation element) of each
    message of a catalogue; plural messages are left out (the catalogues have none)."""
    for context in _CONTEXT.finditer(content):
        name = html.unescape(context.group(1))
        body_start = context.start(2)
        for message in _MESSAGE.finditer(context.group(2)):
            source = _SOURCE.search(message.group(1))
            translation = _TRANSLATION.search(message.group(1))
            if source is None or translation is None or "<numerusform" in message.group(1):
                continue
            at = body_start + message.start(1)
            span = (at + translation.start(), at + translation.end())
            text = html.unescape(translation.group(2) or "")
            kind = translation.group(1) or ""
            yield name, html.unescape(source.group(1)), text, kind, span


def _ts_escape(text: str) -> str:
    """``text`` escaped as lupdate writes it."""
    escaped = html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")
    return escaped.replace("\u00a0", "&#xa0;")

"""Every translated text of the application, from its three sources, side by side.

The questions are in the form definition (a ``{en, fr, es, ar}`` mapping per
text), the fixed texts of the reports in ``exports.report_texts`` and of the
workbook in ``exports.xlsx_texts``, the interface's in the Qt Linguist
catalogues (``resources/translations/*.ts``).
Each text is given with where it is — a path in the definition
(``sections[objectives].items[obj05].title``), a report text's key, or a
catalogue's context — so that a check or a translator can find it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from exports.report_texts import TEXTS
from exports.xlsx_texts import TEXTS as WORKBOOK_TEXTS
from forms.languages import CODE_PATTERN
from forms.loader import read_yaml
from forms.versions import CURRENT_VERSION, definition_name

#: The sources, as named in :attr:`SourceText.source`.
FORM, REPORT, WORKBOOK, INTERFACE = "form", "report", "workbook", "interface"
#: The interface catalogues' languages (English is their source text).
CATALOGUE = "gcm_review_{0}.ts"


@dataclass(frozen=True)
class SourceText:
    """One text in every language it has: ``texts[lang]``, English always among them."""

    source: str
    place: str
    texts: Mapping[str, str]


def form_texts(version: int = CURRENT_VERSION) -> list[SourceText]:
    """The texts of the form definition ``version``, in the order of the file."""
    entry = resources.files("forms.definitions") / definition_name(version)
    data = read_yaml(entry.read_text(encoding="utf-8"), entry.name)
    return [SourceText(FORM, place, texts) for place, texts in _mappings(data, "")]


def _mappings(node: Any, place: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(place, texts) of each language mapping under ``node``."""
    if isinstance(node, dict):
        if (
            "en" in node
            and all(isinstance(k, str) and CODE_PATTERN.match(k) for k in node)
            and all(isinstance(v, str) for v in node.values())
        ):
            yield place, dict(node)
            return
        for key, value in node.items():
            yield from _mappings(value, f"{place}.{key}" if place else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            key = value.get("key", index) if isinstance(value, dict) else index
            yield from _mappings(value, f"{place}[{key}]")


def report_texts() -> list[SourceText]:
    """The fixed texts of the reports (``exports.report_texts``), by key."""
    return [SourceText(REPORT, key, dict(texts)) for key, texts in TEXTS.items()]


def workbook_texts() -> list[SourceText]:
    """The fixed texts of the workbook (``exports.xlsx_texts``), by key."""
    return [SourceText(WORKBOOK, key, dict(texts)) for key, texts in WORKBOOK_TEXTS.items()]


def interface_texts(languages: tuple[str, ...] = ("fr", "es", "ar")) -> list[SourceText]:
    """The interface's texts from its catalogues, by context; obsolete entries left out.

    Accelerator marks (``&File``) are removed; an untranslated entry has no text in
    that language.
    """
    found: dict[tuple[str, str], dict[str, str]] = {}
    folder = resources.files("resources.translations")
    for lang in languages:
        root = ElementTree.fromstring(folder.joinpath(CATALOGUE.format(lang)).read_bytes())
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                texts = found.setdefault((name, source), {"en": _plain(source)})
                kind = translation.get("type", "") if translation is not None else "unfinished"
                if translation is not None and kind not in ("obsolete", "vanished", "unfinished"):
                    texts[lang] = _plain("".join(translation.itertext()))
    return [SourceText(INTERFACE, name, texts) for (name, _), texts in found.items()]


def _plain(text: str) -> str:
    """``text`` without its accelerator marks (``&&`` is a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def all_texts() -> list[SourceText]:
    """Every translated text: the form's, the reports', the workbook's, the interface's."""
    return form_texts() + report_texts() + workbook_texts() + interface_texts()

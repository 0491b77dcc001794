"""Every text of the form definition exists in each of its four languages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from forms.loader import load_form
from forms.text import Text

LANGUAGES = ("en", "fr", "es", "ar")


def _texts(node: Any, where: str) -> Iterator[tuple[str, Text]]:
    if isinstance(node, Text):
        yield where, node
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        name = getattr(node, "key", "")
        for item in dataclasses.fields(node):
            yield from _texts(getattr(node, item.name), f"{where}/{name}.{item.name}")
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from _texts(item, f"{where}[{index}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _texts(item, f"{where}[{key}]")


def test_the_definition_declares_the_four_languages(form) -> None:
    assert tuple(form.languages) == LANGUAGES


def test_every_text_of_the_definition_is_translated() -> None:
    form = load_form()
    texts = [(where, text) for where, text in _texts(form, "form") if text]
    # titles, section and field labels, helps, choices, 23 objectives, 10 principles
    assert len(texts) > 250
    missing = [
        f"{where}: {lang}" for where, text in texts for lang in LANGUAGES if not text.has(lang)
    ]
    assert missing == []


def test_objective_titles_differ_per_language(form) -> None:
    for item in form.objectives.items:
        titles = {lang: item.title.get(lang) for lang in LANGUAGES}
        assert len(set(titles.values())) == 4, titles
        assert any("\u0600" <= ch <= "\u06ff" for ch in titles["ar"]), item.key


def test_choice_labels_are_distinct_within_each_list_and_language(form) -> None:
    """Two choices of one list sharing a label could not be told apart (or parsed back)."""
    for section in form.sections:
        for ref_field in [*section.fields, *section.item_fields]:
            for fld in [ref_field, *ref_field.columns]:
                for lang in LANGUAGES:
                    labels = [c.label.get(lang) for c in fld.choices]
                    assert len(labels) == len(set(labels)), (fld.key, lang, labels)

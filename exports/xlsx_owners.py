"""How a workbook names the owner of a row: an item's number and title, read back in any form."""

from __future__ import annotations

from typing import Any

from forms.safe_text import folded
from forms.schema import Form, Item, Section


def item_title(item: Item, lang: str) -> str:
    """What an item row and an owner drop-down show: ``5. Facilitate fair and ethical …``."""
    return f"{item.number}. {item.title.get(lang)}"


class OwnerNames:
    """Every way a person may name an item in an owner cell, for each item section.

    The key (``obj05``), the number (``5``), the title with its number in any
    language, or the title alone; case and surrounding spaces do not matter.
    """

    def __init__(self, form: Form) -> None:
        self._names: dict[str, dict[str, str]] = {}
        for section in form.sections:
            names: dict[str, str] = {}
            if not section.has_items:
                names[section.key.casefold()] = section.key
            for item in section.items:
                names[item.key.casefold()] = item.key
                names[str(item.number)] = item.key
                for lang, title in item.title.values.items():
                    names.setdefault(folded(title), item.key)
                    names.setdefault(folded(item_title(item, lang)), item.key)
            self._names[section.key] = names

    def find(self, section: Section, value: Any) -> str | None:
        """The owner key ``value`` names in ``section``, or None."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return self._names.get(section.key, {}).get(folded(value))

"""Translated text: one string per language, with English as the fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A user-visible text in several languages; ``text.get("fr")`` falls back to English."""

    values: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The text in ``lang``, or in English when it has no translation yet."""
        return self.values.get(lang) or self.values.get(FALLBACK_LANGUAGE, "")

    def has(self, lang: str) -> bool:
        """Whether a translation into ``lang`` exists."""
        return bool(self.values.get(lang))

    def __bool__(self) -> bool:
        return any(self.values.values())

    def __str__(self) -> str:
        return self.get(FALLBACK_LANGUAGE)

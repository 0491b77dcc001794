"""The languages the application speaks, in its forms, its window and its reports.

One list: each language by its code, its name in itself (as a person picks
it from a menu) and its direction. Form definitions may use only these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    #: The language's name in itself: "Français", "العربية".
    name: str
    right_to_left: bool = False


LANGUAGES = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("ar", "العربية", right_to_left=True),
)
#: The codes, in the order menus offer them.
CODES = tuple(language.code for language in LANGUAGES)
#: The codes of the languages written right to left.
RIGHT_TO_LEFT = frozenset(language.code for language in LANGUAGES if language.right_to_left)
#: What a language code looks like (ISO 639: "fr", "pt", "fil"), for one being translated too.
CODE_PATTERN = re.compile(r"^[a-z]{2,3}$")

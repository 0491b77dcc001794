"""Words of a real PDF with their places, as ``pdftotext -bbox`` reads them, and their order."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    x_max: float
    y_min: float
    text: str
    y_max: float = 0.0

    @property
    def height(self) -> float:
        return self.y_max - self.y_min


def pdf_words(path: Path) -> list[Word]:
    """Words with their boxes, from ``pdftotext -bbox`` (glyphs left to right, as drawn)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = []
    for page, body in enumerate(re.split(r"<page ", out)[1:]):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            body,
        ):
            x_min, y_min, x_max, y_max = (float(v) for v in match.groups()[:4])
            words.append(Word(page, x_min, x_max, y_min, html.unescape(match[5]), y_max))
    return words


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (by page and y), top line first, each line left to right."""
    lines: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        lines.setdefault((word.page, round(word.y_min)), []).append(word)
    return [sorted(lines[key], key=lambda w: w.x_min) for key in sorted(lines)]


def is_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "AL" for char in text)


def logical(word: str) -> str:
    """A drawn word back in logical order: Arabic glyphs are drawn right to left, Latin not."""
    if is_arabic(word):
        word = word[::-1]
    return unicodedata.normalize("NFKC", word)


def reading_order(words: list[Word]) -> list[str]:
    """Logical words of right-to-left text: lines top to bottom, each right to left.

    Only for text whose Latin words and numbers stand between Arabic words: a run such as
    "IOM 2024" reads left to right inside the line.
    """
    return [logical(w.text) for line in lines_of(words) for w in reversed(line)]


def arabic_words(text: str) -> list[str]:
    """The Arabic words of ``text``, in logical order, as :func:`logical` gives drawn ones.

    Vowel marks are left out, as the report leaves them out (see ``exports.rich_text``).
    """
    words = [unicodedata.normalize("NFKC", w) for w in text.split() if is_arabic(w)]
    return ["".join(c for c in w if unicodedata.category(c) != "Mn") for w in words]


def reads_in_order(words: list[Word], text: str) -> bool:
    """Whether the Arabic words of ``text`` follow each other in the reading order of ``words``.

    A right-to-left text wrapped over lines put in the wrong order fails: its
    first words then stand on its last line.
    """
    wanted = arabic_words(text)
    read = [w for w in reading_order(words) if is_arabic(w)]
    return any(read[i : i + len(wanted)] == wanted for i in range(len(read) - len(wanted) + 1))


def unembedded_fonts(path: Path) -> list[str]:
    """The fonts ``pdffonts`` lists as not embedded in the PDF at ``path``."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
    # Columns: name, type (one or two words), encoding, emb, sub, uni, object, generation.
    return [row[0] for row in rows if row[-5] != "yes"]

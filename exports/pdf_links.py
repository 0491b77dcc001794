"""What in a text of the PDF can be clicked: web addresses, and citations of numbered sources.

A web address (``http://`` or ``https://``) opens in the reader's browser. ``[n]``
in a text that cites sources jumps to source ``n`` of its list, when the list
has that many; any other ``[n]`` is left as text. The sources themselves are
the targets (:func:`anchor`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

#: A web address (without the punctuation that ends a sentence after it), or a citation.
LINK = re.compile(r"(https?://[^\s<>\"]*[^\s<>\".,;:!?)\]])|\[(\d{1,3})\]")
#: How a link shows: in colour and underlined (never by colour alone).
LINK_COLOUR = "#1f4e8c"


@dataclass(frozen=True)
class Links:
    """The sources a text may cite: ``count`` numbered sources of the list ``scope``."""

    scope: str = ""
    count: int = 0


def anchor(scope: str, number: int) -> str:
    """The name of the place of source ``number`` of list ``scope``."""
    return f"source-{scope}-{number}"


def targets(text: str, links: Links | None) -> Iterator[tuple[int, int, str, bool]]:
    """Each link in ``text``: (start, end, target, external)."""
    for match in LINK.finditer(text):
        url, number = match.groups()
        if url:
            yield match.start(), match.end(), url, True
        elif links is not None and links.scope and 1 <= int(number) <= links.count:
            yield match.start(), match.end(), anchor(links.scope, int(number)), False


def link_markup(text: str, links: Links | None, markup: Callable[[str], str]) -> str:
    """``text`` as paragraph markup (each piece made by ``markup``), its links as ``<a>``."""
    parts = []
    at = 0
    for start, end, target, external in targets(text, links):
        parts.append(markup(text[at:start]))
        href = _attribute(target if external else f"#{target}")
        piece = markup(text[start:end])
        parts.append(f'<a href={href} color="{LINK_COLOUR}"><u>{piece}</u></a>')
        at = end
    parts.append(markup(text[at:]))
    return "".join(parts)


def draw_links(
    canvas: Any,
    text: str,
    x: float,
    y: float,
    size: float,
    width: Callable[[str], float],
    links: Links | None,
) -> None:
    """Make the links of a drawn line clickable (``text`` as drawn from ``x`` at baseline ``y``).

    A right-to-left line is drawn in display order: a web address and a citation read the
    same way there, being left to right.
    """
    for start, end, target, external in targets(text, links):
        left = x + width(text[:start])
        right = left + width(text[start:end])
        box = (left, y - size * 0.25, right, y + size * 0.9)
        canvas.saveState()
        canvas.setStrokeColor(LINK_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - size * 0.12, right, y - size * 0.12)  # underlined, as in Paragraphs
        canvas.restoreState()
        if external:
            canvas.linkURL(target, box, relative=1)
        else:
            canvas.linkRect("", target, box, relative=1)


def anchor_markup(name: str) -> str:
    """The paragraph markup that makes the paragraph's start the target ``name``."""
    return f"<a name={_attribute(name)}/>"


def _attribute(value: str) -> str:
    """``value`` quoted as an attribute of paragraph markup."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '"' + escaped.replace('"', "&quot;") + '"'

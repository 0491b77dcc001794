"""The report as a document of blocks, before it is laid out as a PDF (or a Word file).

:func:`exports.report_build.build_report` walks the form definition and the
answers and produces these blocks; each renderer turns them into its own
format. Blocks hold text in logical order and say what the text is (a
heading, a label, a user's answer), never how it looks: fonts, sizes,
directions and page breaks are the renderer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    """What a line of fixed text is, which tells a renderer how to set it."""

    BODY = "body"
    LABEL = "label"
    SMALL = "small"
    COVER_TITLE = "cover_title"
    COVER_LINE = "cover_line"
    NOTICE = "notice"


@dataclass(frozen=True)
class Heading:
    """A heading; ``level`` 1 opens a part of the report, 2 an entry within it, 3 less.

    ``in_contents``: listed in the table of contents and the bookmarks.
    """

    text: str
    level: int
    in_contents: bool = True


@dataclass(frozen=True)
class Line:
    """A text of the definition or of the report (a label, a line of details): one paragraph."""

    text: str
    kind: Kind = Kind.BODY


@dataclass(frozen=True)
class Answer:
    """A user's free text: blank lines separate its paragraphs, line breaks are kept.

    With a ``label``, the label stands above it and stays on its first page.
    """

    text: str
    label: str = ""
    kind: Kind = Kind.BODY
    #: The list of sources (References.scope) whose numbers its "[n]" cite, if any.
    cites: str = ""
    #: Its paragraphs are numbered, in one sequence through the report (the findings).
    numbered: bool = False


@dataclass(frozen=True)
class Bullets:
    """A labelled list (the options chosen among several)."""

    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Listing:
    """A person's numbered list: each line of an answer that lists (recommendations)."""

    label: str
    items: tuple[str, ...]
    cites: str = ""  # as Answer.cites


@dataclass(frozen=True)
class Table:
    """A table of text cells; ``widths`` are shares of the line (None: equal shares).

    ``swatches`` colours some cells: (row, column, "#rrggbb"), rows counted from
    the first body row; ``numeric`` columns are numbers, aligned as numbers are.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    label: str = ""
    numeric: tuple[int, ...] = ()
    swatches: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class SideBySide:
    """Two or more answers compared in columns (a government's claim and the assessment)."""

    columns: tuple[tuple[str, str], ...]  # (label, text)
    cites: str = ""  # as Answer.cites


@dataclass(frozen=True)
class Entry:
    """One numbered entry of a list (a recommendation, a pledge): its text, details, notes."""

    number: int
    text: str
    details: str = ""
    notes: tuple[tuple[str, str], ...] = ()  # (label, text)
    #: Marked (a), (b)… like a person's list (an objective's own), not numbered 1., 2.
    lettered: bool = False
    #: The scope of the numbered sources its text may cite ("" for none).
    cites: str = ""


@dataclass(frozen=True)
class References:
    """Numbered sources, ``[1] …``, under a label; ``scope`` names the list for citations."""

    label: str
    items: tuple[str, ...]
    scope: str = ""


@dataclass(frozen=True)
class RatingChart:
    """Bars of how many objectives have each rating: (label, count, colour) in scale order."""

    bars: tuple[tuple[str, int, str | None], ...]
    #: What the bars count (the rating's label), for a format that shows them as a table.
    label: str = ""


@dataclass(frozen=True)
class Contents:
    """The table of contents."""


@dataclass(frozen=True)
class NewPage:
    """The next block starts a page (nothing happens at the top of an empty page)."""


@dataclass(frozen=True)
class EndOfCover:
    """The cover ends here; what was withheld from this copy is said just before."""


Block = (
    Heading | Line | Answer | Bullets | Listing | Table | SideBySide | Entry | References
    | RatingChart | Contents | NewPage | EndOfCover
)  # fmt: skip


@dataclass(frozen=True)
class Logo:
    """The publisher's logo for the cover: a checked PNG or JPEG (see forms.images)."""

    data: bytes
    media_type: str
    width: int
    height: int
    #: What the picture shows, for readers who cannot see it.
    description: str


@dataclass
class Report:
    """The blocks of one report, and what its pages need to know."""

    lang: str
    title: str
    subtitle: str
    country: str = ""
    organisation: str = ""
    sample: bool = False
    logo: Logo | None = None
    blocks: list[Block] = field(default_factory=list)
    #: Something was left out of this copy (confidential answers).
    withheld: bool = False

"""The overview dashboard: a review's state at a glance.

It shows how complete the review is (overall and per section) and the 23
objectives as tiles grouped by IMRF cluster, each coloured by its rating. A
rating is never shown by colour alone: every tile also says it in words, and
the legend pairs each colour with its label. Sizes follow the system font and
colours follow the palette, except the rating colours of the form definition.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.style import contrast_ratio, mix, muted, scaled
from forms.review import completeness
from forms.roles import Role
from forms.schema import Choice, Form, Item
from forms.trend import TRENDS, Trend, rating_trend
from forms.values import is_blank
from forms.word_count import review_words

# Average characters a tile is wide when there is room, and at the least.
TILE_CHARS = 27
TILE_MIN_CHARS = 16
# Most tile columns, whatever the width (the largest cluster has seven objectives).
MAX_COLUMNS = 6
# Lines of the objective's title shown on a tile; the rest is elided.
TITLE_LINES = 2

# The mark a tile draws beside its rating for each trend (the words are in the headline).
TREND_MARKS = {Trend.HIGHER: "▲", Trend.SAME: "=", Trend.LOWER: "▼"}

BLACK = QColor(0, 0, 0)
WHITE = QColor(255, 255, 255)


# -- colour helpers -------------------------------------------------------------------------
def text_color_for(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE):
        return QColor(BLACK)
    return QColor(WHITE)


# -- text helpers -----------------------------------------------------------------------------
def _utf16_slice(text: str, start: int, length: int) -> str:
    """``text`` cut at UTF-16 positions, as Qt counts them (emoji take two)."""
    data = text.encode("utf-16-le")
    return data[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


def elide_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped into at most ``max_lines`` lines of ``width`` pixels in ``font``.

    The last line ends with an ellipsis when the text does not fit.
    """
    if not text or width <= 0 or max_lines <= 0:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [_utf16_slice(text, start, length).strip() for start, length in spans]
    if len(lines) <= max_lines:
        return lines
    start = spans[max_lines - 1][0]
    rest = _utf16_slice(text, start, len(text.encode("utf-16-le")) // 2 - start).strip()
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], last]


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of ``text`` from its first strong character (Arabic is right to left)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


def _draw_text(
    painter: QPainter, rect: QRectF, flags: int, text: str, default: Qt.LayoutDirection
) -> None:
    """Draw one line of ``text`` in its own direction; ``flags`` hold an absolute alignment."""
    painter.setLayoutDirection(text_direction(text, default))
    painter.drawText(rect, flags, text)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _draw_lock(painter: QPainter, box: QRectF, color: QColor) -> None:
    """A padlock drawn with lines, so that it shows whatever fonts are installed."""
    size = min(box.width(), box.height())
    pen_width = max(1.0, size / 9)
    body = QRectF(0, 0, size * 0.78, size * 0.52)
    body.moveCenter(QPointF(box.center().x(), box.bottom() - body.height() / 2))
    shackle = QRectF(0, 0, size * 0.5, size * 0.6)
    shackle.moveCenter(QPointF(body.center().x(), body.top()))
    painter.save()
    painter.setPen(QPen(color, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(body, size / 10, size / 10)
    painter.restore()


# -- the objective tile -----------------------------------------------------------------------
def activate_on_enter(button: QAbstractButton, event: QKeyEvent) -> bool:
    """Click ``button`` on Enter or Return (as Space does); True when the key was used."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
        button.animateClick()
        event.accept()
        return True
    return False


@dataclass(frozen=True)
class TileState:
    """What a tile shows besides its objective: the rating (None when unrated), privacy,
    and the trend since the last review with the rating then (None when there is none)."""

    rating: Choice | None = None
    confidential: bool = False
    trend: Trend | None = None
    previous: Choice | None = None


class ObjectiveTile(QAbstractButton):
    """One objective: its number, a short title, its rating in words and its rating's colour.

    A focusable button: Tab reaches it, Space or Enter activates it, and a
    highlight frame shows when it has the keyboard focus.
    """

    def __init__(self, item: Item, header: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.key = item.key
        self.header = header
        self.title = item.title.get(lang)
        self._lang = lang
        self.state = TileState()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe()

    # -- state ---------------------------------------------------------------------------
    @property
    def rating_text(self) -> str:
        """The rating as shown on the tile: its label, or "Not rated yet"."""
        if self.state.rating is None:
            return self.tr("Not rated yet")
        return self.state.rating.label.get(self._lang)

    @property
    def rated(self) -> bool:
        """Whether the objective has a rating."""
        return self.state.rating is not None

    @property
    def confidential(self) -> bool:
        """Whether the objective is marked confidential."""
        return self.state.confidential

    def background(self) -> QColor:
        """The tile's fill: the rating's colour, or the palette's base colour when unrated."""
        color = self.state.rating.color if self.state.rating else None
        if color and QColor.isValidColorName(color):
            return QColor(color)
        return self.palette().color(QPalette.ColorRole.Base)

    def foreground(self) -> QColor:
        """The text colour: black or white on a rating colour, the palette's text otherwise."""
        if self.state.rating is not None and self.state.rating.color:
            return text_color_for(self.background())
        return self.palette().color(QPalette.ColorRole.Text)

    def set_state(self, state: TileState) -> None:
        """Show ``state``; repaints only when something changed."""
        if state == self.state:
            return
        self.state = state
        self._describe()
        self.update()

    @property
    def trend_text(self) -> str:
        """The trend in words, with the rating at the last review; empty without one."""
        state = self.state
        if state.trend is None or state.previous is None:
            return ""
        words = {
            Trend.HIGHER: self.tr("rated higher than at the last review ({rating})"),
            Trend.SAME: self.tr("rated the same as at the last review ({rating})"),
            Trend.LOWER: self.tr("rated lower than at the last review ({rating})"),
        }
        return words[state.trend].format(rating=state.previous.label.get(self._lang))

    def _describe(self) -> None:
        name = self.tr("{header}: {title}. Rating: {rating}").format(
            header=self.header, title=self.title, rating=self.rating_text
        )
        if self.trend_text:
            name += ", " + self.trend_text
        if self.confidential:
            name += ". " + self.tr("Confidential")
        self.setAccessibleName(name)
        tip = self.tr("{header}: {title}").format(header=self.header, title=self.title)
        tip += "\n" + self.tr("Rating: {rating}").format(rating=self.rating_text)
        if self.trend_text:
            tip += "\n" + self.trend_text
        if self.confidential:
            tip += "\n" + self.tr("Confidential")
        self.setToolTip(tip)

    # -- geometry ------------------------------------------------------------------------
    def _ring(self) -> int:
        """Width of the focus frame."""
        return max(3, self.fontMetrics().height() // 5)

    def _frame(self) -> int:
        """Room kept around the fill for the focus frame and a gap inside it."""
        return self._ring() + max(1, self._ring() // 2)

    def _padding(self) -> int:
        return max(4, self.fontMetrics().height() // 2)

    def _height(self) -> int:
        metrics = self.fontMetrics()
        bold = QFontMetrics(_bold(self.font()))
        gap = metrics.height() // 3
        before_rating = metrics.height() // 2
        lines = TITLE_LINES * metrics.lineSpacing()
        text = bold.height() + gap + lines + before_rating + bold.height()
        return text + 2 * (self._padding() + self._frame())

    def sizeHint(self) -> QSize:
        """Wide enough for two readable lines of title, tall enough for all lines of text."""
        width = self.fontMetrics().averageCharWidth() * TILE_CHARS
        return QSize(width + 2 * (self._padding() + self._frame()), self._height())

    def minimumSizeHint(self) -> QSize:
        """The narrowest a tile may get before the grid should use fewer columns."""
        width = self.fontMetrics().averageCharWidth() * TILE_MIN_CHARS
        return QSize(width + 2 * (self._padding() + self._frame()), self._height())

    def title_lines(self) -> list[str]:
        """The title as drawn at the tile's current width (at most two lines, elided)."""
        return elide_lines(self.title, self.font(), self._text_rect().width(), TITLE_LINES)

    def _text_rect(self) -> QRect:
        inset = self._padding() + self._frame()
        return self.rect().adjusted(inset, inset, -inset, -inset)

    # -- input ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Return activate the tile like Space does."""
        if not activate_on_enter(self, event):
            super().keyPressEvent(event)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the fill, the border, the focus frame and the lines of text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        metrics = self.fontMetrics()
        frame = self._frame()
        radius = metrics.height() / 3
        fill = QRectF(self.rect()).adjusted(frame, frame, -frame, -frame)
        background = self.background()
        foreground = self.foreground()
        if self.isDown():
            background = background.darker(112)

        if self.hasFocus():
            highlight = palette.color(QPalette.ColorRole.Highlight)
            width = self._ring()
            ring = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
            painter.setPen(QPen(highlight, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, radius + frame, radius + frame)

        painter.setBrush(background)
        if self.rated:
            border = QPen(background.darker(135), 2 if self.underMouse() else 1)
        else:
            text = palette.color(QPalette.ColorRole.Text)
            base = palette.color(QPalette.ColorRole.Base)
            border = QPen(mix(text, base, 0.55), 2 if self.underMouse() else 1)
            border.setStyle(Qt.PenStyle.DashLine)
        inner = fill.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(border)
        painter.drawRoundedRect(inner, radius, radius)

        area = self._text_rect()
        direction = self.layoutDirection()
        leading = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        flags = int(leading | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextSingleLine)
        bold_font = _bold(self.font())
        bold = QFontMetrics(bold_font)
        gap = metrics.height() // 3
        painter.setPen(foreground)

        # "Objective 5", and a padlock at the trailing end when confidential.
        top = area.top()
        header_width = area.width()
        if self.confidential:
            size = round(bold.height() * 0.85)
            lock = QRectF(0, 0, size, size)
            x = area.left() if direction == Qt.LayoutDirection.RightToLeft else area.right() - size
            lock.moveTopLeft(QPointF(x, top + (bold.height() - size) / 2))
            _draw_lock(painter, lock, foreground)
            header_width -= size + metrics.averageCharWidth()
        painter.setFont(bold_font)
        header_rect = QRectF(area.left(), top, header_width, bold.height())
        if direction == Qt.LayoutDirection.RightToLeft:
            header_rect.moveRight(area.right())
        header = bold.elidedText(self.header, Qt.TextElideMode.ElideRight, int(header_width))
        _draw_text(painter, header_rect, flags, header, direction)

        # The title, in two lines at most.
        painter.setFont(self.font())
        y = top + bold.height() + gap
        for line in self.title_lines():
            line_rect = QRectF(area.left(), y, area.width(), metrics.height())
            _draw_text(painter, line_rect, flags, line, direction)
            y += metrics.lineSpacing()

        # The rating in words, at the bottom.
        rating_font = QFont(bold_font)
        rating_font.setItalic(not self.rated)
        painter.setFont(rating_font)
        rating_metrics = QFontMetrics(rating_font)
        mark = TREND_MARKS[self.state.trend] if self.state.trend is not None else ""
        room = area.width()
        if mark:  # at the trailing end, never elided away with the rating
            room -= rating_metrics.horizontalAdvance(mark) + metrics.averageCharWidth()
            trailing = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignRight)
            mark_flags = int(trailing | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextSingleLine)
            mark_rect = QRectF(
                area.left(), area.bottom() + 1 - bold.height(), area.width(), bold.height()
            )
            painter.drawText(mark_rect, mark_flags, mark)
        rating = rating_metrics.elidedText(self.rating_text, Qt.TextElideMode.ElideRight, room)
        bottom = QRectF(area.left(), area.bottom() + 1 - bold.height(), room, bold.height())
        if direction == Qt.LayoutDirection.RightToLeft:
            bottom.moveRight(area.right())
        _draw_text(painter, bottom, flags, rating, direction)
        painter.end()


# -- the legend -------------------------------------------------------------------------------
class Swatch(QWidget):
    """A small square in a rating's colour; dashed when empty, a padlock for "confidential"."""

    def __init__(
        self, color: str | None, lock: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.color = QColor(color) if color and QColor.isValidColorName(color) else None
        self.lock = lock
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """A square as high as a line of text."""
        side = self.fontMetrics().height()
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the square (or the padlock)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.lock:
            _draw_lock(painter, box, text)
        elif self.color is not None:
            painter.setPen(QPen(self.color.darker(135), 1))
            painter.setBrush(self.color)
            painter.drawRoundedRect(box, 2, 2)
        else:
            pen = QPen(mix(text, palette.color(QPalette.ColorRole.Window), 0.55), 1)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 2, 2)
        painter.end()


class LegendEntry(QWidget):
    """A swatch and its label with a count, e.g. "Limited progress (7)"."""

    def __init__(self, label: str, swatch: Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_text = label
        self.swatch = swatch
        self.label = QLabel(label, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().averageCharWidth())
        layout.addWidget(swatch)
        layout.addWidget(self.label, 1)

    def set_count(self, count: int) -> None:
        """Show how many objectives have this rating."""
        self.label.setText(self.tr("{label} ({count})").format(label=self.label_text, count=count))


# -- section rows -----------------------------------------------------------------------------
class SectionButton(QPushButton):
    """A flat button with a section's title; Enter and Return activate it like Space."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.key = key
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.setPalette(palette)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Return activate the button."""
        if not activate_on_enter(self, event):
            super().keyPressEvent(event)


# -- the dashboard ----------------------------------------------------------------------------
class Dashboard(QWidget):
    """The overview of a review: completeness, and the objectives as tiles by cluster.

    ``objective_activated`` emits an item key (``obj05``) when a tile is
    activated; ``section_activated`` emits a section key (``methodology``)
    when a section's title is. Call :meth:`update_answers` after each save.
    """

    objective_activated = Signal(str)
    section_activated = Signal(str)

    def __init__(self, form: Form, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self.setAccessibleName(self.tr("Overview"))
        objectives = form.objectives
        self.rating_choices: tuple[Choice, ...] = form.role_field(Role.RATING).choices
        self._rating_key = form.role_field(Role.RATING).key
        self._confidential_flag = objectives.confidential_flag
        self._columns = self._section_columns = 0

        layout = QVBoxLayout(self)
        spacing = self.fontMetrics().height()
        layout.setSpacing(spacing // 2)

        # Headline: overall completeness and rated objectives.
        layout.addWidget(scaled(QLabel(self.tr("Overview"), self), 1.45, True))
        headline = QHBoxLayout()
        headline.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.overall_label = scaled(QLabel(self), 1.8, True)
        self.overall_caption = muted(QLabel(self.tr("of the questions answered"), self))
        self.rated_label = scaled(QLabel(self), 1.1, True)
        headline.addWidget(self.overall_label, 0, Qt.AlignmentFlag.AlignBaseline)
        headline.addWidget(self.overall_caption, 0, Qt.AlignmentFlag.AlignBaseline)
        headline.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        headline.addWidget(self.rated_label, 0, Qt.AlignmentFlag.AlignBaseline)
        headline.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        # The review's length, as submissions with a word limit measure it.
        self.words_label = muted(QLabel(self))
        headline.addWidget(self.words_label, 0, Qt.AlignmentFlag.AlignBaseline)
        headline.addStretch(1)
        layout.addLayout(headline)
        # Against the last review: how many objectives are rated higher, the same, lower.
        self.trend_label = QLabel(self)
        self.trend_label.setWordWrap(True)
        self.trend_label.setVisible(False)
        layout.addWidget(self.trend_label)

        # Completeness per section.
        layout.addSpacing(spacing // 2)
        layout.addWidget(scaled(QLabel(self.tr("Completeness by section"), self), 1.15, True))
        self.section_grid = QGridLayout()
        self.section_grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.section_grid.setVerticalSpacing(spacing // 4)
        self.section_buttons: dict[str, SectionButton] = {}
        self.bars: dict[str, QProgressBar] = {}
        for section in form.sections:
            title = section.title.get(lang)
            button = SectionButton(section.key, title, self)
            button.clicked.connect(lambda _=False, k=section.key: self.section_activated.emit(k))
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setFormat("%p%")
            bar.setTextVisible(True)
            bar.setAccessibleName(self.tr("Completeness of {section}").format(section=title))
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.section_buttons[section.key] = button
            self.bars[section.key] = bar
        layout.addLayout(self.section_grid)

        # Objectives: legend, then tiles by cluster.
        layout.addSpacing(spacing // 2)
        layout.addWidget(scaled(QLabel(objectives.title.get(lang), self), 1.15, True))
        self.legend = QWidget(self)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend_grid = QGridLayout(self.legend)
        self.legend_grid.setContentsMargins(0, 0, 0, 0)
        self.legend_grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.legend_entries: dict[str, LegendEntry] = {}
        for choice in self.rating_choices:
            entry = LegendEntry(choice.label.get(lang), Swatch(choice.color), self.legend)
            self.legend_entries[choice.key] = entry
        self.legend_entries[""] = LegendEntry(self.tr("Not rated yet"), Swatch(None), self.legend)
        self.legend_entries["confidential"] = LegendEntry(
            self.tr("Confidential"), Swatch(None, lock=True), self.legend
        )
        layout.addWidget(self.legend)
        layout.addSpacing(spacing // 3)

        self.tile_grid = QGridLayout()
        self.tile_grid.setHorizontalSpacing(spacing // 3)
        self.tile_grid.setVerticalSpacing(spacing // 3)
        self.tiles: dict[str, ObjectiveTile] = {}
        self.cluster_labels: list[QLabel] = []
        self._clusters: list[tuple[QLabel | None, list[ObjectiveTile]]] = []
        item_label = objectives.item_label.get(lang)
        groups = [(g.title.get(lang), g.items) for g in objectives.groups] or [
            ("", tuple(item.key for item in objectives.items))
        ]
        for group_title, keys in groups:
            heading = None
            if group_title:
                heading = scaled(QLabel(group_title, self), 1.0, True)
                heading.setWordWrap(True)
                self.cluster_labels.append(heading)
            members = []
            for key in keys:
                item = objectives.item(key)
                if item is None:
                    continue
                tile = ObjectiveTile(item, f"{item_label} {item.number}", lang, self)
                tile.clicked.connect(lambda _=False, k=key: self.objective_activated.emit(k))
                self.tiles[key] = tile
                members.append(tile)
            self._clusters.append((heading, members))
        layout.addLayout(self.tile_grid)
        layout.addStretch(1)

        first = next(iter(self.tiles.values()))
        self._reflow(0)  # one column: the narrowest the overview can be
        self._narrowest()
        self._reflow(4 * (first.sizeHint().width() + self.tile_grid.horizontalSpacing()))
        self.update_answers({})

    # -- public ------------------------------------------------------------------------
    def tile(self, item_key: str) -> ObjectiveTile:
        """The tile of the objective ``item_key`` (e.g. ``obj05``)."""
        return self.tiles[item_key]

    def update_answers(self, answers: Mapping[str, Any]) -> None:
        """Show ``answers``: tiles, legend counts, section bars and the headline."""
        counts = dict.fromkeys(self.legend_entries, 0)
        for key, tile in self.tiles.items():
            value = answers.get(f"{key}.{self._rating_key}")
            rating = None
            if not is_blank(value):
                rating = next((c for c in self.rating_choices if c.key == value), None)
            confidential = bool(
                self._confidential_flag and answers.get(f"{key}.{self._confidential_flag}")
            )
            trend = rating_trend(self.form, answers, tile.item)
            previous = None
            if trend is not None:
                before = answers.get(self.form.item_key(tile.item, Role.PREVIOUS_RATING))
                previous = next((c for c in self.rating_choices if c.key == before), None)
            tile.set_state(TileState(rating, confidential, trend, previous))
            counts[rating.key if rating else ""] += 1
            counts["confidential"] += confidential
        for key, entry in self.legend_entries.items():
            entry.set_count(counts[key])

        progress = completeness(self.form, answers)
        for key, bar in self.bars.items():
            section_progress = progress.sections[key]
            bar.setValue(section_progress.percent)
            detail = self.tr("{answered} of {total} questions answered").format(
                answered=section_progress.answered, total=section_progress.total
            )
            bar.setToolTip(detail)
            bar.setAccessibleDescription(detail)
            self.section_buttons[key].setToolTip(detail)
        self.overall_label.setText(self.tr("{percent}%").format(percent=progress.overall.percent))
        self._show_trends()
        self.words_label.setText(
            self.tr("Words in a shared copy: {0}").format(review_words(self.form, answers))
        )
        rated = len(self.tiles) - counts[""]
        self.rated_label.setText(
            self.tr("{rated} of {total} objectives rated").format(
                rated=rated, total=len(self.tiles)
            )
        )

    def _show_trends(self) -> None:
        """The headline's line on the trend (counted from the tiles), shown when one has it."""
        trends = Counter(t.state.trend for t in self.tiles.values() if t.state.trend is not None)
        if not trends:
            self.trend_label.setVisible(False)
            return
        said = {
            Trend.HIGHER: self.tr("{mark} rated higher: {count}"),
            Trend.SAME: self.tr("{mark} rated the same: {count}"),
            Trend.LOWER: self.tr("{mark} rated lower: {count}"),
        }
        parts = [said[t].format(mark=TREND_MARKS[t], count=trends[t]) for t in TRENDS]
        self.trend_label.setText(
            self.tr("Compared with the last review: {trends}").format(trends=" · ".join(parts))
        )
        self.trend_label.setVisible(True)

    @property
    def columns(self) -> int:
        """How many tiles are shown side by side at the current width."""
        return self._columns

    # -- layout ------------------------------------------------------------------------
    def _available(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return width - margins.left() - margins.right()

    def _columns_for(self, width: int) -> tuple[int, int]:
        """Tile columns and section columns that fit ``width``."""
        spacing = self.tile_grid.horizontalSpacing()
        step = next(iter(self.tiles.values())).sizeHint().width() + spacing
        available = self._available(width)
        tiles = max(1, min(MAX_COLUMNS, (available + spacing) // step))
        spacing = self.section_grid.horizontalSpacing()
        button = max(b.sizeHint().width() for b in self.section_buttons.values())
        pair = button + spacing + self.fontMetrics().averageCharWidth() * 24
        sections = 2 if available >= 2 * pair + spacing else 1
        return tiles, sections

    def _narrowest(self) -> None:
        """Let the overview be as narrow as its one-column layout (its columns follow the
        width it is given: the layout of more columns must not hold it wider)."""
        layout = self.layout()
        assert layout is not None
        self.setMinimumWidth(layout.minimumSize().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Use as many tile columns as fit the new width."""
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        """Recompute the columns when the font changes (tile sizes follow it)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.tiles:
            self._reflow(0, force=True)
            self._narrowest()
            self._reflow(self.width(), force=True)

    def _reflow(self, width: int, force: bool = False) -> None:
        columns, section_columns = self._columns_for(width)
        if not force and (columns, section_columns) == (self._columns, self._section_columns):
            return
        self._columns, self._section_columns = columns, section_columns
        _place_clusters(self.tile_grid, self._clusters, columns)
        entries = list(self.legend_entries.values())
        _place(self.legend_grid, [(e, i // columns, i % columns) for i, e in enumerate(entries)])
        _stretch_columns(self.legend_grid, columns)
        cells: list[tuple[QWidget, int, int]] = []
        for index, key in enumerate(self.bars):
            row, column = divmod(index, section_columns)
            cells.append((self.section_buttons[key], row, 2 * column))
            cells.append((self.bars[key], row, 2 * column + 1))
        _place(self.section_grid, cells)
        for column in range(self.section_grid.columnCount()):
            stretch = 1 if column % 2 and column < 2 * section_columns else 0
            self.section_grid.setColumnStretch(column, stretch)
        for button in self.section_buttons.values():
            self.section_grid.setAlignment(button, _leading())


def _leading() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _place(grid: QGridLayout, cells: list[tuple[QWidget, int, int]]) -> None:
    """Put widgets in a grid at new positions, leaving nothing at the old ones."""
    for widget, _row, _column in cells:
        grid.removeWidget(widget)
    for widget, row, column in cells:
        grid.addWidget(widget, row, column)


def _stretch_columns(grid: QGridLayout, columns: int) -> None:
    for column in range(max(grid.columnCount(), columns)):
        grid.setColumnStretch(column, 1 if column < columns else 0)


def _place_clusters(
    grid: QGridLayout,
    clusters: list[tuple[QLabel | None, list[ObjectiveTile]]],
    columns: int,
) -> None:
    """Lay out each cluster's heading across the grid, then its tiles ``columns`` a row."""
    for heading, tiles in clusters:
        if heading is not None:
            grid.removeWidget(heading)
        for tile in tiles:
            grid.removeWidget(tile)
    for row in range(grid.rowCount()):
        grid.setRowMinimumHeight(row, 0)
    row = 0
    for index, (heading, tiles) in enumerate(clusters):
        if heading is not None:
            if index:
                grid.setRowMinimumHeight(row, heading.fontMetrics().height() // 2)
                row += 1
            grid.addWidget(heading, row, 0, 1, columns)
            row += 1
        for position, tile in enumerate(tiles):
            grid.addWidget(tile, row + position // columns, position % columns)
        row += -(-len(tiles) // columns)
    _stretch_columns(grid, columns)

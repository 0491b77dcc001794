"""One input widget per field type, all with the same small interface.

Every editor is a QWidget with an ``edited`` signal (emitted only for the
user's own changes), ``value()`` returning a value in the form of
:mod:`forms.values`, and ``set_value()`` which never emits ``edited``.
``create_editor`` picks the editor for a field from the definition.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QRect,
    QRegularExpression,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.ui import inline_note
from desktop.ui.inline_note import InlineNote
from desktop.ui.style import muted
from forms.schema import Field
from forms.values import plain_number
from forms.word_count import count_words

# Choice lists up to this size are shown as radio buttons, longer ones as a drop-down.
MAX_RADIOS = 7
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class FieldEditor(QWidget):
    """Base of all editors: ``edited`` fires on user changes only.

    An editor lays its inputs out in ``body``; under them, ``note`` says what
    happened to what was just typed (a date that does not exist, text that did
    not fit, a counter near the limit) and ``problems_note`` what the review's
    checks find in the answer. Both are read to screen readers with the help.
    """

    edited = Signal()

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = fld
        self.lang = lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.body = QWidget(self)
        outer.addWidget(self.body)
        self.note = InlineNote(self)
        self.problems_note = InlineNote(self)
        outer.addWidget(self.note)
        outer.addWidget(self.problems_note)
        self.outer = outer
        self._accessible = ("", "")
        self._problems: list[str] = []

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes keyboard focus for this field."""
        return self

    def set_accessible(self, name: str, description: str) -> None:
        """Name the input(s) for screen readers and describe them with the help text."""
        self._accessible = (name, description)
        self._describe()

    def show_problems(self, messages: list[str]) -> None:
        """Show the answer's problems under the field and add them to what is read out."""
        if messages == self._problems:
            return
        self._problems = list(messages)
        self.problems_note.say("\n".join(f"⚠ {m}" for m in messages))
        self._describe()

    def say(self, text: str, warning: bool = True) -> None:
        """Say at once, under the field, what happened to the input (empty: nothing)."""
        if self.note.say(text, warning):
            self._describe()

    def _count(self) -> None:
        """Show how many characters the text holds, once it nears its limit."""
        limit = self.field.max_length
        self.say(inline_note.counter(len(self.value()), limit) if limit else "", False)

    def _describe(self) -> None:
        name, description = self._accessible
        notes = [self.note.text(), *self._problems]
        self.apply_accessible(name, " ".join([description, *notes]).strip())

    def apply_accessible(self, name: str, description: str) -> None:
        """Set the accessible name and description on the input(s)."""
        self.focus_widget().setAccessibleName(name)
        self.focus_widget().setAccessibleDescription(description)

    def _emit(self) -> None:
        self.edited.emit()


def _single_layout(widget: QWidget, child: QWidget) -> None:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)


def _code_points(text: str, units: int) -> int:
    """How many characters of ``text`` lie in its first ``units`` UTF-16 units (Qt's positions)."""
    return len(text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore"))


def _units(text: str) -> int:
    """The length of ``text`` in UTF-16 units, as Qt counts positions."""
    return len(text.encode("utf-16-le")) // 2


class TextEditor(FieldEditor):
    """One line of text; what goes over the limit is cut, and said."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.line = QLineEdit(self)
        if fld.format == "email":
            self.line.setPlaceholderText("name@example.org")
        self.line.textEdited.connect(self._typed)
        _single_layout(self.body, self.line)
        self.setFocusProxy(self.line)

    def _typed(self, text: str) -> None:
        limit = self.field.max_length
        if limit and len(text) > limit:
            excess = len(text) - limit
            cursor = _code_points(text, self.line.cursorPosition())
            start = max(0, cursor - excess)
            kept = (text[:start] + text[start + excess :])[:limit]
            with QSignalBlocker(self.line):
                self.line.setText(kept)
                self.line.setCursorPosition(_units(kept[:start]))
            self.say(inline_note.left_out(excess, limit))
        else:
            self._count()
        self.edited.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.line):
            self.line.setText(value or "")
            self.line.setCursorPosition(0)  # a long answer shows from its start
        self._count()

    def focus_widget(self) -> QWidget:
        return self.line


class LongTextEditor(FieldEditor):
    """Paragraphs of text; grows with its content up to a limit, Tab moves on."""

    MIN_LINES = 4
    MAX_LINES = 16

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._loading = False
        self.text.textChanged.connect(self._changed)
        self.text.textChanged.connect(self._fit_height)
        self.text.viewport().installEventFilter(self)
        _single_layout(self.body, self.text)
        # How many words the text holds, for submissions measured in words.
        self.words = muted(QLabel(self))
        self.words.setVisible(False)
        self.outer.insertWidget(1, self.words)
        self.text.textChanged.connect(self._count_words)
        self.setFocusProxy(self.text)
        self._fit_height()

    def _count_words(self) -> None:
        count = count_words(self.text.toPlainText())
        self.words.setText(self.tr("Words: {0}").format(count) if count else "")
        self.words.setVisible(bool(count))

    def _changed(self) -> None:
        if self._loading:
            return
        limit = self.field.max_length
        if limit and len(self.text.toPlainText()) > limit:
            excess = self._cut(limit)
            self.say(inline_note.left_out(excess, limit))
        else:
            self._count()
        self.edited.emit()

    def _cut(self, limit: int) -> int:
        """Remove what went over ``limit`` just before the cursor; return how much."""
        text = self.text.toPlainText()
        excess = len(text) - limit
        cursor = self.text.textCursor()
        end = _code_points(text, cursor.position())
        start = end - excess
        if start < 0:  # not an insertion at the cursor: cut the end
            start, end = limit, len(text)
        cursor.setPosition(_units(text[:start]))
        cursor.setPosition(_units(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        self._loading = True
        try:
            cursor.removeSelectedText()
        finally:
            self._loading = False
        self.text.setTextCursor(cursor)
        return excess

    def _fit_height(self, *_: object) -> None:
        metrics = self.text.fontMetrics()
        text = self.text.toPlainText()
        width = self.text.viewport().width() - 2 * int(self.text.document().documentMargin())
        if len(text) > 6000 or width <= 0:
            lines = self.MAX_LINES if len(text) > 6000 else self.MIN_LINES
        else:
            bounds = metrics.boundingRect(
                QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text + "x"
            )
            lines = bounds.height() // max(1, metrics.lineSpacing()) + 1
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines))
        frame = 2 * self.text.frameWidth() + int(self.text.document().documentMargin() * 2)
        height = lines * metrics.lineSpacing() + frame
        if self.text.height() != height:
            self.text.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_height()
        return super().eventFilter(watched, event)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.text.setPlainText(value or "")
        finally:
            self._loading = False
        self._count()

    def focus_widget(self) -> QWidget:
        return self.text


class RadioChoiceEditor(FieldEditor):
    """A short choice list as radio buttons, each choice's explanation beside it."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QGridLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        self.buttons: dict[str, QRadioButton] = {}
        for row, choice in enumerate(fld.choices):
            button = QRadioButton(choice.label.get(lang), self)
            button.setObjectName(f"choice_{choice.key}")
            explanation = choice.help.get(lang)
            button.setAccessibleDescription(explanation)
            self.group.addButton(button, row)
            self.buttons[choice.key] = button
            layout.addWidget(button, row, 0)
            if explanation:
                hint = muted(QLabel(explanation, self))
                hint.setWordWrap(True)
                layout.addWidget(hint, row, 1)
        layout.setColumnStretch(1, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the answer"))
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(self.clear_button, len(fld.choices), 0, Qt.AlignmentFlag.AlignLeft)
        self.group.idClicked.connect(lambda _id: self.edited.emit())

    def _clear(self) -> None:
        if self.value() is not None:
            self.set_value(None)
            self.edited.emit()

    def value(self) -> str | None:
        checked = self.group.checkedId()
        return None if checked < 0 else self.field.choices[checked].key

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            with QSignalBlocker(button):
                button.setChecked(key == value)
        self.group.setExclusive(True)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()))

    def apply_accessible(self, name: str, description: str) -> None:
        extra = description.removeprefix(self.field.help.get(self.lang)).strip()
        for choice in self.field.choices:
            button = self.buttons[choice.key]
            button.setAccessibleName(f"{name}: {button.text()}")
            button.setAccessibleDescription(" ".join([choice.help.get(self.lang), extra]).strip())


# The fewest characters of its choice a drop-down shows, however narrow the window.
MIN_CHOICE_CHARS = 24


class ComboChoiceEditor(FieldEditor):
    """A longer choice list as a drop-down with a "not answered" entry."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— not answered —"), None)
        for choice in fld.choices:
            self.combo.addItem(choice.label.get(lang), choice.key)
        # As wide as its longest choice where there is room, narrower where there is
        # not (the page never wider than the window: the choice shown is then elided,
        # and the list that drops down still shows each choice whole).
        widest = self.combo.sizeHint().width()
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(MIN_CHOICE_CHARS)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMaximumWidth(max(widest, self.combo.minimumSizeHint().width()))
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self.combo.currentTextChanged.connect(self.combo.setToolTip)
        _single_layout(self.body, self.combo)
        layout = self.body.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class MultiChoiceEditor(FieldEditor):
    """A checkable list; Space toggles the current entry."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A long choice wraps within the width rather than hiding behind a scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for choice in fld.choices:
            item = QListWidgetItem(choice.label.get(lang), self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            if choice.help:
                item.setToolTip(choice.help.get(lang))
        rows = min(len(fld.choices), 8)
        height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(max(height, 40))
        self._loading = False
        self.list.itemChanged.connect(self._changed)
        _single_layout(self.body, self.list)
        self.setFocusProxy(self.list)

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def value(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        self._loading = True
        try:
            for item in self.items():
                key = item.data(Qt.ItemDataRole.UserRole)
                state = Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._loading = False

    def focus_widget(self) -> QWidget:
        return self.list


class DateEditor(FieldEditor):
    """A date typed as YYYY-MM-DD, or picked from a calendar; may stay empty."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"))
        )
        width = self.line.fontMetrics().horizontalAdvance("0000-00-00__") + 16
        self.line.setMaximumWidth(width * 2)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.pick = QToolButton(self)
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setStyleSheet(
            "QToolButton::menu-indicator { image: none; width: 0px; }"
        )  # one arrow
        self.pick.setToolTip(self.tr("Pick a date"))
        self.pick.setAccessibleName(self.tr("Pick a date from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        menu = QMenu(self.pick)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick.setMenu(menu)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.pick)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._last: str | None = None

    def _typed(self, text: str) -> None:
        current = self.value()
        typed = text.strip()
        complete = len(typed) >= len("YYYY-MM-DD")
        self.say(inline_note.not_a_date(typed) if complete and current is None else "")
        if (not text or current is not None) and current != self._last:
            self._last = current
            self.edited.emit()

    def _finished(self) -> None:
        typed = self.line.text().strip()
        if typed and self.value() is None:
            self.say(inline_note.not_a_date(typed))

    def apply_accessible(self, name: str, description: str) -> None:
        super().apply_accessible(name, description)
        # The calendar, and the grid of days in it that takes the focus, belong to the field.
        self.calendar.setAccessibleName(name)
        days = self.calendar.findChild(QAbstractItemView)  # Qt's qt_calendar_calendarview
        if days is not None:
            days.setAccessibleName(name)

    def _prepare_calendar(self) -> None:
        current = self.value()
        date = QDate.fromString(current, "yyyy-MM-dd") if current else QDate.currentDate()
        self.calendar.setSelectedDate(date)

    def _picked(self, date: QDate) -> None:
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.pick.menu().hide()
        self._typed(self.line.text())

    def value(self) -> str | None:
        text = self.line.text().strip()
        if not DATE_PATTERN.match(text):
            return None
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.line):
            self.line.setText(value or "")
        self._last = self.value()
        self.say("")

    def focus_widget(self) -> QWidget:
        return self.line


class NumberEditor(FieldEditor):
    """A whole number (or any number), empty when not answered."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.line = QLineEdit(self)
        # Only digits (a sign where the range allows one) can be typed; the range
        # is checked here so that a number out of it is said, not silently refused.
        sign = "-?" if fld.minimum is None or fld.minimum < 0 else ""
        pattern = sign + (r"\d{0,15}" if fld.integer else r"\d{0,15}\.?\d{0,6}")
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern)))
        digits = len(str(int(fld.maximum))) if fld.maximum is not None else 10
        self.line.setMaximumWidth(
            self.line.fontMetrics().horizontalAdvance("0" * (digits + 3)) + 16
        )
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        _single_layout(self.body, self.line)
        layout = self.body.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._last = self.value()

    def _typed(self, text: str) -> None:
        """Save what is a number in range (or nothing); say at once what is too big."""
        typed = text.strip()
        number = self._number(typed)
        maximum = self.field.maximum
        if number is not None and maximum is not None and number > maximum:
            self.say(inline_note.above_maximum(typed, plain_number(maximum)))
        else:
            self.say("")
        current = self.value()
        if (not typed or current is not None) and current != self._last:
            self._last = current
            self.edited.emit()

    def _finished(self) -> None:
        typed = self.line.text().strip()
        if not typed or self.value() is not None:
            return
        number = self._number(typed)
        minimum = self.field.minimum
        if number is None:
            self.say(inline_note.not_a_number(typed))
        elif minimum is not None and number < minimum:
            self.say(inline_note.below_minimum(typed, plain_number(minimum)))

    def _number(self, text: str) -> int | float | None:
        """``text`` as a number, whatever its range; None when it is not one (yet)."""
        try:
            number = int(text) if self.field.integer else float(text)
        except ValueError:
            return None
        if isinstance(number, float) and number.is_integer():
            return int(number)
        return number

    def value(self) -> int | float | None:
        number = self._number(self.line.text().strip())
        if number is None:
            return None
        if self.field.minimum is not None and number < self.field.minimum:
            return None
        if self.field.maximum is not None and number > self.field.maximum:
            return None
        return number

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.line):
            self.line.setText("" if value is None else str(value))
        self._last = self.value()
        self.say("")

    def focus_widget(self) -> QWidget:
        return self.line


class BooleanEditor(FieldEditor):
    """A yes/no switch shown as a check box with the field's label."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.box = QCheckBox(fld.label.get(lang), self)
        self.box.clicked.connect(self._emit)
        _single_layout(self.body, self.box)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.box):
            self.box.setChecked(bool(value))

    def focus_widget(self) -> QWidget:
        return self.box


class CountsEditor(FieldEditor):
    """A count per category (e.g. participants by gender), with the running total.

    The categories stand two side by side where there is room, one under the
    other where there is not (a narrow window, a large font).
    """

    COLUMNS = 2

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.lines: dict[str, QLineEdit] = {}
        width = self.fontMetrics().horizontalAdvance("000000") + 16
        for choice in fld.choices:
            label = QLabel(choice.label.get(lang), self)
            line = QLineEdit(self)
            line.setValidator(QIntValidator(0, 10_000_000, line))
            line.setFixedWidth(width)
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.textEdited.connect(self._changed)
            label.setBuddy(line)
            self.labels[choice.key] = label
            self.lines[choice.key] = line
        self.total = QLabel(self)
        self.columns = 0
        self._place(self.COLUMNS)
        self.body.setMinimumWidth(self._width_for(1))
        self.setFocusProxy(next(iter(self.lines.values())))
        self._show_total()

    def _width_for(self, columns: int) -> int:
        """The width the categories need, ``columns`` of them side by side."""
        spacing = max(self.grid.horizontalSpacing(), 6)
        keys = list(self.lines)
        width = 0
        for column in range(columns):
            shown = keys[column::columns]
            if shown:
                label = max(self.labels[key].sizeHint().width() for key in shown)
                width += label + spacing + self.lines[shown[0]].width() + spacing
        return width

    def _place(self, columns: int) -> None:
        """Lay the categories out ``columns`` side by side, the total under them."""
        if columns == self.columns:
            return
        for key in self.lines:
            self.grid.removeWidget(self.labels[key])
            self.grid.removeWidget(self.lines[key])
        self.grid.removeWidget(self.total)
        for index, key in enumerate(self.lines):
            row, col = divmod(index, columns)
            self.grid.addWidget(self.labels[key], row, col * 2)
            self.grid.addWidget(self.lines[key], row, col * 2 + 1)
        rows = (len(self.lines) + columns - 1) // columns
        self.grid.addWidget(self.total, rows + 1, 0, 1, 2 * columns)
        for column in range(2 * self.COLUMNS + 1):
            self.grid.setColumnStretch(column, 1 if column == 2 * columns else 0)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.COLUMNS if event.size().width() >= self._width_for(2) else 1)

    def _changed(self) -> None:
        self._show_total()
        self.edited.emit()

    def _show_total(self) -> None:
        total = sum((self.value() or {}).values())
        self.total.setText(self.tr("Total: %n", "", total))

    def value(self) -> dict[str, int] | None:
        counts = {key: int(line.text()) for key, line in self.lines.items() if line.text().strip()}
        return counts or None

    def set_value(self, value: Any) -> None:
        value = value or {}
        for key, line in self.lines.items():
            with QSignalBlocker(line):
                line.setText("" if value.get(key) is None else str(value[key]))
        self._show_total()

    def focus_widget(self) -> QWidget:
        return next(iter(self.lines.values()))

    def apply_accessible(self, name: str, description: str) -> None:
        for choice in self.field.choices:
            line = self.lines[choice.key]
            line.setAccessibleName(f"{name}: {choice.label.get(self.lang)}")
            line.setAccessibleDescription(description)


def create_editor(fld: Field, lang: str, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget for ``fld``."""
    if fld.type == "table":
        from desktop.ui.table_editor import TableEditor

        return TableEditor(fld, lang, parent)
    if fld.type == "image":
        from desktop.ui.image_editor import ImageEditor

        return ImageEditor(fld, lang, parent)
    if fld.type == "choice":
        if len(fld.choices) <= MAX_RADIOS:
            return RadioChoiceEditor(fld, lang, parent)
        return ComboChoiceEditor(fld, lang, parent)
    editor_class: type[FieldEditor] = {
        "text": TextEditor,
        "longtext": LongTextEditor,
        "multichoice": MultiChoiceEditor,
        "date": DateEditor,
        "number": NumberEditor,
        "boolean": BooleanEditor,
        "counts": CountsEditor,
    }[fld.type]
    return editor_class(fld, lang, parent)


def separator(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line between groups of fields."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line

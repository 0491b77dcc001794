"""The first screen: recent reviews, a new review, the workshop sample."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore  # QtCore.Qt when first needed: see desktop/ui/language.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import ReviewSummary
from desktop.ui.bidi import table_item
from desktop.ui.row_table import row_table
from desktop.ui.style import muted, scaled


def local_time(iso_utc: str) -> str:
    """A stored UTC timestamp as local date and time, minutes precision."""
    try:
        moment = dt.datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class StartScreen(QWidget):
    """Lists the reviews of the database; emits what the person chose to do."""

    open_requested = Signal(str)  # review id
    new_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()
    delete_requested = Signal(str)  # review id
    archive_requested = Signal(str, bool)  # review id, archive (False: bring back)
    undo_requested = Signal()  # the last deletion
    archived_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.title = scaled(QLabel(self.tr("GCM Shadow Review")), 1.8, True)
        if self.isRightToLeft():  # a Latin name would otherwise keep to the left
            self.title.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.title)
        intro = muted(
            QLabel(
                self.tr(
                    "Review how your government implements the Global Compact for Safe, Orderly "
                    "and Regular Migration, objective by objective. Everything stays on this "
                    "computer and is saved as you type."
                )
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New review…"), self)
        self.sample_button = QPushButton(self.tr("Open the &sample review"), self)
        self.sample_button.setToolTip(
            self.tr("A fictional review for workshops; your changes to it are not kept.")
        )
        self.import_button = QPushButton(self.tr("&Import a file…"), self)
        self.import_button.setToolTip(
            self.tr("Bring in filled questionnaires or workbooks exported by other organisations.")
        )
        self.open_button = QPushButton(self.tr("&Open"), self)
        for button in (self.new_button, self.sample_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self._open_current)

        self.undo_bar = QFrame(self)  # after a deletion: what went, and Undo
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.undo_bar)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.undo_requested)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        layout.addWidget(self.undo_bar)

        heading = scaled(QLabel(self.tr("Your reviews")), 1.2, True)
        layout.addWidget(heading)
        self._ids: list[str] = []  # the review of each row
        self._archived: list[bool] = []
        headers = [self.tr("Country"), self.tr("Organisation"), self.tr("Complete"),
                   self.tr("Last edit")]  # fmt: skip
        self.table = row_table(self, headers, self.tr("Your reviews"), stretch=1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        heading.setBuddy(self.table)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 100)  # all the room, when there are reviews
        manage = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("The database is backed up first, and Undo brings the review back.")
        )
        self.archive_button = QPushButton(self.tr("Arc&hive"), self)
        self.archive_button.setToolTip(
            self.tr("Put the review away from this list, whole; “Show archived” finds it again.")
        )
        self.archived_box = QCheckBox(self.tr("Show a&rchived reviews"), self)
        manage.addWidget(self.delete_button)
        manage.addWidget(self.archive_button)
        manage.addStretch(1)
        manage.addWidget(self.archived_box)
        layout.addLayout(manage)
        self.delete_button.clicked.connect(self._delete_current)
        self.archive_button.clicked.connect(self._archive_current)
        self.archived_box.toggled.connect(self.archived_shown)
        self.empty_hint = muted(
            QLabel(self.tr("No reviews yet. Start a new review, or open the sample to explore."))
        )
        layout.insertWidget(layout.indexOf(self.table), self.empty_hint)  # under the heading
        layout.addStretch(1)  # with no review, the screen keeps together at the top
        self.setTabOrder(self.new_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.import_button)
        self.setTabOrder(self.import_button, self.open_button)
        self.setTabOrder(self.open_button, self.table)
        self.setTabOrder(self.table, self.delete_button)
        self.setTabOrder(self.delete_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.archived_box)
        self.set_reviews([])

    def set_reviews(self, reviews: list[ReviewSummary]) -> None:
        """Show ``reviews`` (most recent first, as the store lists them)."""
        # The ids by row (the table is never sorted). Kept here rather than in item
        # data: its role would build PySide6's whole Qt namespace of enumerations.
        self._ids = [summary.id for summary in reviews]
        self._archived = [summary.archived for summary in reviews]
        self.table.setRowCount(len(reviews))
        for row, summary in enumerate(reviews):
            organisation = summary.organisation or self.tr("(no organisation yet)")
            sample_mark = self.tr("SAMPLE")
            # The sample's own name starts with the English mark.
            if summary.sample and not organisation.startswith(("SAMPLE", sample_mark)):
                organisation = f"{sample_mark} · {organisation}"
            if summary.kind == "coalition":
                organisation = self.tr("{0} (coalition)").format(organisation)
            if summary.archived:
                organisation = self.tr("{0} (archived)").format(organisation)
            cells = [
                summary.country or self.tr("(no country yet)"),
                organisation,
                f"{summary.percent}%",
                local_time(summary.updated),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, table_item(text, self.table))
        self.empty_hint.setVisible(not reviews)
        self.table.setVisible(bool(reviews))
        self.delete_button.setVisible(bool(reviews))
        self.archive_button.setVisible(bool(reviews))
        if reviews:
            # Not selectRow(0): right to left, before the first layout, it selects nothing.
            self.table.setCurrentCell(0, 0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.delete_button, self.archive_button):
            button.setEnabled(chosen)
        archived = chosen and self._archived[self.table.currentRow()]
        self.archive_button.setText(self.tr("Un&archive") if archived else self.tr("Arc&hive"))

    @property
    def showing_archived(self) -> bool:
        """Whether the list shows the archived reviews too."""
        return self.archived_box.isChecked()

    def row_of(self, review_id: str) -> int | None:
        """The row showing ``review_id``, None when it is not in the list."""
        return self._ids.index(review_id) if review_id in self._ids else None

    def show_undo(self, text: str) -> None:
        """Say what was just deleted, with Undo beside it."""
        self.undo_label.setText(text)
        self.undo_bar.setVisible(True)
        self.undo_button.setFocus()

    def hide_undo(self) -> None:
        self.undo_bar.setVisible(False)

    def undo(self) -> None:
        """Edit › Undo on this screen: bring back the review deleted last."""
        if not self.undo_bar.isHidden():
            self.undo_requested.emit()

    def _delete_current(self) -> None:
        review_id = self.selected_id()
        if review_id is not None:
            self.delete_requested.emit(review_id)

    def _archive_current(self) -> None:
        row = self.table.currentRow()
        review_id = self._id_of(row)
        if review_id is not None:
            self.archive_requested.emit(review_id, not self._archived[row])

    def selected_id(self) -> str | None:
        """The id of the selected review, if any."""
        return self._id_of(self.table.currentRow())

    def _id_of(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _open_row(self, row: int) -> None:
        review_id = self._id_of(row)
        if review_id is not None:
            self.open_requested.emit(review_id)

    def _open_current(self) -> None:
        review_id = self.selected_id()
        if review_id is not None:
            self.open_requested.emit(review_id)

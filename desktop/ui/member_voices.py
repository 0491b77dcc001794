"""Coalition reviews: what each member organisation said, next to the lead's own answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bidi import table_item
from desktop.ui.row_table import row_table
from desktop.ui.start_screen import local_time
from desktop.ui.style import muted, problem, scaled
from forms.merge import Consolidation, Contribution, ObjectiveView
from forms.schema import Field, Form
from forms.values import format_value_choice


class MemberVoicesPanel(QWidget):
    """The ratings and assessments of the members for one objective; one can be taken over."""

    use_voice = Signal(object, str)  # rating key (or None), assessment text

    def __init__(
        self, view: ObjectiveView, rating: Field, lang: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(scaled(QLabel(self.tr("What the member organisations said")), 1.1, True))
        counts = " · ".join(
            f"{format_value_choice(rating, key, lang)}: {n}" for key, n in view.counts.items() if n
        )
        median = format_value_choice(rating, view.median, lang) if view.median else "–"
        summary = self.tr("{0} · median: {1}").format(counts or self.tr("no ratings"), median)
        layout.addWidget(muted(QLabel(summary, self)))
        if view.disagreement:
            warning = problem(
                QLabel(self.tr("⚠ Members disagree strongly on this objective."), self)
            )
            layout.addWidget(warning)
        self.table = row_table(
            self,
            [self.tr("Organisation"), self.tr("Rating"), self.tr("Assessment")],
            self.tr("Member organisations' assessments"),
            stretch=2,
            rows=len(view.voices),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        for row, voice in enumerate(view.voices):
            said = format_value_choice(rating, voice.rating, lang) if voice.rating else ""
            for col, text in enumerate((voice.organisation, said, voice.assessment)):
                item = table_item(text, self.table)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        # Two lines of each member's text (all of it in the tip, and in "Use this…").
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + min(len(view.voices), 6) * rows.defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Use this organisation's rating and text"), self)
        self.take_button.setToolTip(
            self.tr("Copies them into the coalition's answer below, where you can edit them.")
        )
        self.take_button.clicked.connect(self._take)
        self.take_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.take_button.setEnabled(self.table.currentRow() >= 0)
        )
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _take(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.view.voices):
            voice = self.view.voices[row]
            self.use_voice.emit(voice.rating, voice.assessment)


class ContributionsPage(QWidget):
    """The list of contributions a coalition review received, and a way to add more."""

    add_requested = Signal()
    add_folder_requested = Signal()

    def __init__(
        self,
        form: Form,
        contributions: list[Contribution],
        consolidation: Consolidation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from forms.review import completeness, validate

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.addWidget(scaled(QLabel(self.tr("Contributions")), 1.45, True))
        disagreements = sum(v.disagreement for v in consolidation.objectives.values())
        layout.addWidget(
            muted(
                QLabel(
                    self.tr("{0} member reviews · strong disagreement on {1} objectives").format(
                        len(contributions), disagreements
                    )
                )
            )
        )
        headers = [self.tr("Organisation"), self.tr("Received"), self.tr("Revision"),
                   self.tr("Complete"), self.tr("Problems"), self.tr("File")]  # fmt: skip
        self.table = row_table(
            self, headers, self.tr("Contributions"), stretch=0, rows=len(contributions)
        )
        self.table.setWordWrap(False)
        for row, member in enumerate(contributions):
            done = completeness(form, member.answers).overall.percent
            problems = sum(not p.warning for p in validate(form, member.answers))
            values = (member.organisation, local_time(member.received), str(member.revision),
                      f"{done}%", str(problems), member.source)  # fmt: skip
            for col, text in enumerate(values):
                self.table.setItem(row, col, table_item(text, self.table))
        layout.addWidget(self.table, 1)
        self.table.setVisible(bool(contributions))
        if not contributions:
            hint = muted(
                QLabel(
                    self.tr(
                        "No member workbook yet. Add the files your members sent, or a folder "
                        "holding them: each is checked on its own, and a table says what "
                        "became of each."
                    ),
                    self,
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.add_button = QPushButton(self.tr("&Add member workbooks…"), self)
        self.add_button.setToolTip(
            self.tr("Each file is checked; duplicates and older revisions are not counted twice.")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.add_folder_button = QPushButton(self.tr("Add a &folder of workbooks…"), self)
        self.add_folder_button.setToolTip(
            self.tr("Every workbook (.xlsx) in the folder chosen, each checked on its own.")
        )
        self.add_folder_button.clicked.connect(self.add_folder_requested)
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addWidget(self.add_folder_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        if not contributions:
            layout.addStretch(1)

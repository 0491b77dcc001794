"""The review editor: the navigator, the pages and the overview dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.autosave import ReviewSession
from desktop.ui.dashboard import Dashboard
from desktop.ui.member_voices import ContributionsPage, MemberVoicesPanel
from desktop.ui.navigator import Navigator
from desktop.ui.page_ids import CONTRIBUTIONS, OVERVIEW
from desktop.ui.pages import FormPage, is_single_page, item_page, section_page
from forms.errors import InvalidValue
from forms.merge import Contribution, consolidate
from forms.review import completeness, validate
from forms.roles import Role

# How many average characters wide the list of pages is, when there is room.
NAVIGATOR_CHARS = 46

REFRESH_MS = 150


class ReviewEditor(QWidget):
    """Edits one review through its :class:`ReviewSession`; pages are built on first visit."""

    page_changed = Signal(str)
    add_contributions_requested = Signal()
    add_folder_requested = Signal()  # a folder of member workbooks

    def __init__(
        self,
        session: ReviewSession,
        lang: str = "en",
        parent: QWidget | None = None,
        contributions: list[Contribution] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.contributions = contributions
        self.consolidation = (
            consolidate(session.form, contributions) if contributions is not None else None
        )
        self.form = session.form
        self.lang = lang
        self.pages: dict[str, FormPage] = {}
        self._scrolls: dict[str, QScrollArea] = {}

        self.navigator = Navigator(self.form, lang, self)
        self.stack = QStackedWidget(self)
        self.dashboard = Dashboard(self.form, lang)
        self.dashboard.objective_activated.connect(self.show_page)
        self.dashboard.section_activated.connect(self._show_section)
        self._add_scroll(OVERVIEW, self.dashboard)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._list_width_chosen = False  # the person dragged the divider: theirs from then on
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_list_width_chosen", True))
        self._share_width(4 * self.navigator.fontMetrics().averageCharWidth() * NAVIGATOR_CHARS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        if self.consolidation is not None and contributions is not None:
            self.navigator.add_page(CONTRIBUTIONS, self.tr("Contributions"), 1)
            self.contributions_page = ContributionsPage(
                self.form, contributions, self.consolidation
            )
            self.contributions_page.add_requested.connect(self.add_contributions_requested)
            self.contributions_page.add_folder_requested.connect(self.add_folder_requested)
            self._add_scroll(CONTRIBUTIONS, self.contributions_page)
        self.page_order = [entry.page_id for entry in self.navigator.entries]
        self.current_page = OVERVIEW
        self.navigator.page_chosen.connect(self.show_page)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        session.value_changed.connect(lambda _key: self._refresh_timer.start())
        self.navigator.select(OVERVIEW)
        self.refresh()

    def _share_width(self, width: int) -> None:
        """Give the list of pages its width of titles, but never over a third of ``width``:
        with a large font or a small screen, the page keeps the room it needs."""
        titles = self.navigator.fontMetrics().averageCharWidth() * NAVIGATOR_CHARS
        listed = max(self.navigator.minimumSizeHint().width(), min(titles, width // 3))
        self.splitter.setSizes([listed, max(1, width - listed)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._list_width_chosen:
            self._share_width(event.size().width())

    # -- pages -----------------------------------------------------------------
    def _add_scroll(self, page_id: str, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(widget)
        # It takes the focus (to scroll by keys): screen readers say the page's title.
        titles = (entry.title for entry in self.navigator.entries if entry.page_id == page_id)
        scroll.setAccessibleName(next(titles, ""))
        self.stack.addWidget(scroll)
        self._scrolls[page_id] = scroll
        return scroll

    def page(self, page_id: str) -> FormPage:
        """The page ``page_id``, built from the definition on first use."""
        if page_id not in self.pages:
            section = self.form.section(page_id)
            if section is not None:
                page = section_page(self.form, section, self.lang)
            else:
                owner = next(s for s in self.form.sections if s.item(page_id) is not None)
                page = item_page(self.form, owner, page_id, self.lang)
            self._add_member_voices(page_id, page)
            page.load(self.session.answers)
            page.edited.connect(lambda key, page=page: self._edited(page, key))
            self.pages[page_id] = page
            self._add_scroll(page_id, page)
            page.show_problems(self._problems())
        return self.pages[page_id]

    def show_page(self, page_id: str, focus: bool = False) -> None:
        """Show ``page_id`` (``overview``, a section key or an item key)."""
        if page_id not in self.page_order:
            return
        if page_id not in (OVERVIEW, CONTRIBUTIONS):
            self.page(page_id)
        else:
            self.dashboard.update_answers(self.session.answers)
        self.stack.setCurrentWidget(self._scrolls[page_id])
        self._scrolls[page_id].verticalScrollBar().setValue(0)
        self.current_page = page_id
        self.navigator.select(page_id)
        if focus:
            self.focus_page()
        self.page_changed.emit(page_id)

    def _show_section(self, section_key: str) -> None:
        section = self.form.section(section_key)
        if section is None:
            return
        if section.has_items and not is_single_page(section):
            first = [k for g in section.groups for k in g.items] or [section.items[0].key]
            self.show_page(first[0], focus=True)
        else:
            self.show_page(section_key, focus=True)

    def focus_page(self) -> None:
        """Put the keyboard focus on the first input of the current page."""
        if self.current_page == OVERVIEW:
            self.dashboard.setFocus(Qt.FocusReason.OtherFocusReason)
            self.dashboard.focusNextChild()
            return
        if self.current_page not in self.pages:
            self._scrolls[self.current_page].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target = self.pages[self.current_page].first_input()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_page(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) page and focus its first input."""
        index = self.page_order.index(self.current_page) + step
        if 0 <= index < len(self.page_order):
            self.show_page(self.page_order[index], focus=True)

    def toggle_focus(self) -> None:
        """Move the keyboard focus between the navigator and the page (F6)."""
        if self.navigator.hasFocus():
            self.focus_page()
        else:
            self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_member_voices(self, page_id: str, page: FormPage) -> None:
        if self.consolidation is None or page_id not in self.consolidation.objectives:
            return
        view = self.consolidation.objectives[page_id]
        rating = self.form.role_field(Role.RATING)
        if not view.voices:
            return
        panel = MemberVoicesPanel(view, rating, self.lang, page)
        panel.use_voice.connect(
            lambda rating_key, text, key=page_id, page=page: self._use_voice(
                page, key, rating_key, text
            )
        )
        page.add_above_fields(panel)
        page.member_voices = panel

    def _use_voice(self, page: FormPage, key: str, rating: str | None, text: str) -> None:
        if rating:
            self.session.set_value(f"{key}.{self.form.role_field(Role.RATING).key}", rating)
        if text:
            self.session.set_value(f"{key}.{self.form.role_field(Role.ASSESSMENT).key}", text)
        page.load(self.session.answers)

    # -- edits -----------------------------------------------------------------
    def _edited(self, page: FormPage, key: str) -> None:
        value = page.editor(key).value()
        try:
            self.session.set_value(key, value)
        except InvalidValue as err:
            page.rows[key].show_problems([err.detail])

    def _problems(self):
        return validate(self.form, self.session.answers)

    def refresh(self) -> None:
        """Update completeness marks, the dashboard and the problems shown."""
        answers = self.session.answers
        self.navigator.update_marks(completeness(self.form, answers))
        if self.current_page == OVERVIEW:
            self.dashboard.update_answers(answers)
        problems = self._problems()
        for page in self.pages.values():
            page.show_problems(problems)

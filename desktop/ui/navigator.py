"""The list of pages on the left of the editor, with a completeness mark for each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.ui.page_ids import OVERVIEW
from desktop.ui.pages import is_single_page
from forms.review import Completeness, Progress
from forms.schema import Form

PAGE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PageEntry:
    """One page of the editor: its id (overview, a section key or an item key) and title."""

    page_id: str
    title: str
    owners: tuple[str, ...]


def page_entries(form: Form, lang: str) -> list[PageEntry]:
    """Every page of the editor in reading order (objectives in cluster order)."""
    translate = QCoreApplication.translate
    entries = [PageEntry(OVERVIEW, translate("Navigator", "Overview"), ())]
    for section in form.sections:
        if not section.has_items or is_single_page(section):
            entries.append(PageEntry(section.key, section.title.get(lang), section.answer_owners()))
            continue
        order = [k for g in section.groups for k in g.items] or [i.key for i in section.items]
        for key in order:
            item = section.item(key)
            assert item is not None
            label = f"{item.number}. {item.title.get(lang)}"
            entries.append(PageEntry(key, label, (key,)))
    return entries


def mark(progress: Progress) -> str:
    """A short text mark of progress: ✓ when complete, otherwise answered/total.

    A page of optional questions only (the publication's) has none to count: no mark.
    """
    if not progress.total:
        return ""
    if progress.answered == progress.total:
        return "✓"
    return f"{progress.answered}/{progress.total}"


class Navigator(QTreeWidget):
    """Sections, and the objectives grouped by cluster; emits ``page_chosen`` with a page id."""

    page_chosen = Signal(str)

    def __init__(self, form: Form, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Sections and objectives"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.entries = page_entries(form, lang)
        titles = {e.page_id: e.title for e in self.entries}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.items[OVERVIEW] = self._node(self, titles[OVERVIEW], OVERVIEW)
        for section in form.sections:
            if not section.has_items or is_single_page(section):
                self.items[section.key] = self._node(self, titles[section.key], section.key)
                continue
            section_node = self._node(self, section.title.get(lang), None)
            groups = [(g.title.get(lang), g.items) for g in section.groups]
            for group_title, keys in groups or [("", tuple(i.key for i in section.items))]:
                group_node = (
                    self._node(section_node, group_title, None) if group_title else section_node
                )
                for key in keys:
                    self.items[key] = self._node(group_node, titles[key], key)
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)

    @staticmethod
    def _node(parent, title: str, page_id: str | None) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent, [title, ""])
        node.setData(0, PAGE_ROLE, page_id)
        node.setToolTip(0, title)
        if page_id is None:
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
        return node

    def add_page(self, page_id: str, title: str, position: int) -> None:
        """Add a page that is not part of the form (e.g. a coalition's contributions)."""
        node = QTreeWidgetItem([title, ""])
        node.setData(0, PAGE_ROLE, page_id)
        self.insertTopLevelItem(position, node)
        self.items[page_id] = node
        self.entries.insert(position, PageEntry(page_id, title, ()))

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        page_id = current.data(0, PAGE_ROLE)
        node = current
        while page_id is None and node.childCount():  # a group: go to its first page
            child = node.child(0)
            assert child is not None  # childCount() is not zero
            node = child
            page_id = node.data(0, PAGE_ROLE)
        if page_id is not None:
            self.page_chosen.emit(page_id)

    def select(self, page_id: str) -> None:
        """Make ``page_id`` the current entry (without emitting when already current)."""
        node = self.items.get(page_id)
        if node is not None and self.currentItem() is not node:
            self.setCurrentItem(node)

    def update_marks(self, done: Completeness) -> None:
        """Refresh the completeness marks from ``done``."""
        for entry in self.entries:
            node = self.items.get(entry.page_id)
            if node is None or not entry.owners:
                continue
            progress = Progress(0, 0)
            for owner in entry.owners:
                progress = progress + done.owners[owner]
            text = mark(progress)
            node.setText(1, text)
            counted = bool(progress.total)  # else only optional questions: nothing to say
            said = self.tr("{0} of {1} answered").format(progress.answered, progress.total)
            node.setData(1, Qt.ItemDataRole.AccessibleTextRole, said if counted else "")
            tip = self.tr("{0}% complete").format(progress.percent)
            node.setToolTip(1, tip if counted else "")

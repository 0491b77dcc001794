"""Editor pages generated from the form definition.

A page shows one or more *blocks*; a block is the fields of one answer owner
(a section such as the profile, or an item such as objective 5). The
objective page is the same generic page: its header, the confidential switch
and the side-by-side pairs all come from the definition.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.field_widgets import FieldEditor, create_editor, separator
from desktop.ui.problem_text import problem_message
from desktop.ui.style import muted, scaled
from desktop.ui.table_editor import CellProblem, TableEditor
from forms.review import Problem
from forms.schema import Field, Form, Section


@dataclass(frozen=True)
class Block:
    """The fields of one answer owner shown on a page, under an optional heading."""

    owner: str
    fields: tuple[Field, ...]
    heading: str = ""
    side_by_side: tuple[tuple[str, ...], ...] = ()


class FieldRow(QWidget):
    """A field's label (with a required marker), its help, its editor and its problems."""

    def __init__(self, key: str, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.field = fld
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        self.editor = create_editor(fld, lang, self)
        name = fld.label.get(lang)
        help_text = fld.help.get(lang)
        description = help_text
        if fld.required:
            description = (self.tr("Required.") + " " + help_text).strip()
        self.label: QLabel | None = None
        if fld.type != "boolean":  # a check box carries its own label
            self.label = scaled(QLabel(name + (" *" if fld.required else ""), self), 1.0, True)
            self.label.setWordWrap(True)
            self.label.setBuddy(self.editor.focus_widget())
            layout.addWidget(self.label)
        hint = muted(QLabel(help_text, self)) if help_text else None
        if hint is not None:
            hint.setWordWrap(True)
        if hint is not None and fld.type != "boolean":
            layout.addWidget(hint)
        self.editor.set_accessible(name, description)
        layout.addWidget(self.editor)
        if hint is not None and fld.type == "boolean":  # explain a switch under it
            layout.addWidget(hint)
        layout.addStretch(1)  # side by side with a taller neighbour, keep to the top

    def show_problems(self, messages: list[str]) -> None:
        """Show the problems of this field under it (hidden when there are none)."""
        self.editor.show_problems(messages)


class FormPage(QWidget):
    """A scrollable page of blocks; ``edited`` carries the answer key of a user edit."""

    edited = Signal(str)

    def __init__(
        self,
        page_id: str,
        title: str,
        blocks: Iterable[Block],
        lang: str,
        subtitle: str = "",
        help_text: str = "",
        header_fields: Iterable[tuple[str, Field]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.lang = lang
        self.rows: dict[str, FieldRow] = {}
        self.header_keys: set[str] = set()
        self.member_voices: QWidget | None = None  # coalition reviews only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(8)

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = scaled(QLabel(title, self), 1.45, True)
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title)
        titles.addWidget(self.title_label)
        if subtitle:
            sub = muted(QLabel(subtitle, self))
            sub.setWordWrap(True)
            titles.addWidget(sub)
        heading.addLayout(titles, 1)
        for key, fld in header_fields:  # e.g. the confidential switch of an objective
            row = self._add_row(key, fld)
            heading.addWidget(row, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        if help_text:
            hint = muted(QLabel(help_text, self))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(separator(self))
        self._body_start = layout.count()

        header_keys = {key for key, _ in header_fields}
        self.header_keys = header_keys
        for block in blocks:
            if block.heading:
                block_title = scaled(QLabel(block.heading, self), 1.15, True)
                block_title.setWordWrap(True)
                layout.addWidget(block_title)
            placed: set[str] = set()
            for fld in block.fields:
                key = f"{block.owner}.{fld.key}"
                if key in header_keys or fld.key in placed:
                    continue
                group = next((g for g in block.side_by_side if fld.key in g), None)
                if group is None:
                    layout.addWidget(self._add_row(key, fld))
                    continue
                pair = QHBoxLayout()
                pair.setSpacing(16)
                for partner in group:
                    partner_field = next(f for f in block.fields if f.key == partner)
                    pair.addWidget(self._add_row(f"{block.owner}.{partner}", partner_field), 1)
                    placed.add(partner)
                layout.addLayout(pair)
        layout.addStretch(1)

    def _add_row(self, key: str, fld: Field) -> FieldRow:
        row = FieldRow(key, fld, self.lang, self)
        row.editor.edited.connect(lambda key=key: self.edited.emit(key))
        self.rows[key] = row
        return row

    def add_above_fields(self, widget: QWidget) -> None:
        """Show ``widget`` between the page's header and its first field."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._body_start, widget)
        self._body_start += 1

    # -- data ----------------------------------------------------------------
    def editor(self, key: str) -> FieldEditor:
        """The editor of the answer ``key``."""
        return self.rows[key].editor

    def load(self, answers: Mapping[str, Any]) -> None:
        """Show ``answers`` in the editors (without emitting edits)."""
        for key, row in self.rows.items():
            row.editor.set_value(answers.get(key))

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Show each problem under the field it concerns, a table row's under its cell."""
        by_key: dict[str, list[str]] = {key: [] for key in self.rows}
        in_rows: dict[str, list[CellProblem]] = {key: [] for key in self.rows}
        for item in problems:
            base, _, rest = item.key.partition("[")
            if base not in by_key:
                continue
            message = problem_message(item, self.lang)
            if rest:
                number, _, column = rest.partition("]")
                if number.isdigit():
                    in_rows[base].append(CellProblem(int(number), column.lstrip("."), message))
                    continue
            by_key[base].append(message)
        for key, messages in by_key.items():
            editor = self.rows[key].editor
            if isinstance(editor, TableEditor):
                editor.show_cell_problems(in_rows[key])
            else:
                messages += [p.message for p in in_rows[key]]
            self.rows[key].show_problems(messages)

    def first_input(self) -> QWidget | None:
        """The first input of the page, where the keyboard focus goes on arrival."""
        for key, row in self.rows.items():
            if key not in self.header_keys:
                return row.editor.focus_widget()
        return None


def section_page(form: Form, section: Section, lang: str) -> FormPage:
    """The page of a section with its own fields, or of all items of a one-field section."""
    if section.has_items:
        blocks = [
            Block(item.key, section.item_fields, item.title.get(lang)) for item in section.items
        ]
    else:
        blocks = [Block(section.key, section.fields)]
    return FormPage(
        section.key,
        section.title.get(lang),
        blocks,
        lang,
        help_text=section.help.get(lang),
    )


def item_page(form: Form, section: Section, item_key: str, lang: str) -> FormPage:
    """The page of one item (an objective): title, paragraph, group and its fields."""
    item = section.item(item_key)
    assert item is not None
    # "Objective 5: title"; French puts a space before the colon.
    title = QCoreApplication.translate("FormPage", "{0} {1}: {2}").format(
        section.item_label.get(lang), item.number, item.title.get(lang)
    )
    details = []
    if item.paragraph:
        details.append(
            QCoreApplication.translate("FormPage", "GCM paragraph {0}").format(item.paragraph)
        )
    group = next((g for g in section.groups if g.key == item.group), None)
    if group is not None:
        details.append(group.title.get(lang))
    header = []
    if section.confidential_flag:
        flag = section.field(section.confidential_flag)
        assert flag is not None
        header.append((f"{item.key}.{flag.key}", flag))
    return FormPage(
        item.key,
        title,
        [Block(item.key, section.item_fields, side_by_side=section.side_by_side)],
        lang,
        subtitle=" · ".join(details),
        header_fields=header,
    )


def is_single_page(section: Section) -> bool:
    """Whether all items of an item section share one page (one question each)."""
    return section.has_items and len(section.item_fields) == 1

"""The first-start question: which language the interface speaks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.language import INTERFACE_LANGUAGES, layout_direction
from desktop.ui.style import scaled

# Asked before any language is known, so the question is put in all four.
QUESTION = "Language · Langue · Idioma · اللغة"


class LanguageDialog(QDialog):
    """Four choices, each named in its own language; the system's is preselected."""

    def __init__(self, preselected: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QUESTION)
        layout = QVBoxLayout(self)
        layout.addWidget(scaled(QLabel(QUESTION, self), 1.2, True))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for lang, name in INTERFACE_LANGUAGES.items():
            button = QRadioButton(name, self)
            button.setLayoutDirection(layout_direction(lang))
            button.setProperty("lang", lang)
            button.setChecked(lang == preselected)
            self.group.addButton(button)
            self.buttons[lang] = button
            layout.addWidget(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        self.buttons.get(preselected, self.buttons["en"]).setFocus()

    def language(self) -> str:
        """The language chosen."""
        checked = self.group.checkedButton()
        return checked.property("lang") if checked is not None else "en"

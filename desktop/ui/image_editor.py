"""The editor of a picture answer (the logo): a preview, Choose image… and Remove.

The chosen file is read and checked whole at once (``exports.picture_file``);
a file that is refused leaves the answer as it was and says why under the
field. The picture is kept in the review: moving or deleting the file later
changes nothing.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.field_widgets import FieldEditor
from desktop.ui.style import muted
from forms.errors import InvalidValue
from forms.images import PNG
from forms.schema import Field

# The largest the preview is shown, in pixels (width, height).
PREVIEW = (240, 96)


class ImageEditor(FieldEditor):
    """A picture answer: what it is, a preview, and buttons to choose or remove it."""

    def __init__(self, fld: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(fld, lang, parent)
        self._value: dict[str, Any] | None = None
        self.preview = QLabel(self.body)
        self.preview.setMinimumSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.about = QLabel(self.body)
        muted(self.about)
        self.choose = QPushButton(self.tr("Choose image…"), self.body)
        self.remove = QPushButton(self.tr("Remove"), self.body)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        self._show()

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.take(Path(chosen))

    def take(self, path: Path) -> bool:
        """Keep the picture in ``path`` if it is accepted; say why not otherwise."""
        from exports.picture_file import picture_file

        try:
            value = picture_file(path, self.field.key)
        except InvalidValue as err:
            self.say(self.tr("Not used: {0}").format(err.detail))
            return False
        self._value = value
        self.say("")
        self._show()
        self._emit()
        return True

    def _remove(self) -> None:
        if self._value is None:
            return
        self._value = None
        self.say("")
        self._show()
        self._emit()

    def _show(self) -> None:
        value = self._value
        self.remove.setEnabled(value is not None)
        if value is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
            self.about.setText("")
            self._describe()
            return
        from exports.picture_file import preview_png

        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(preview_png(base64.b64decode(value["data"]), *PREVIEW)))
        self.preview.setPixmap(pixmap)
        kind = "PNG" if value.get("media_type") == PNG else "JPEG"
        self.about.setText(
            self.tr("{0} image, {1} × {2} pixels").format(kind, value["width"], value["height"])
        )

        self._describe()

    def value(self) -> dict[str, Any] | None:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value if isinstance(value, dict) else None
        self._show()

    def focus_widget(self) -> QWidget:
        return self.choose

    def apply_accessible(self, name: str, description: str) -> None:
        about = self.about.text() or self.preview.text()
        self.choose.setAccessibleName(f"{name}: {self.choose.text().replace('&', '')}")
        self.choose.setAccessibleDescription(" ".join(p for p in (about, description) if p))
        self.remove.setAccessibleName(f"{name}: {self.remove.text().replace('&', '')}")
        self.preview.setAccessibleName(name)
        self.preview.setAccessibleDescription(about)

"""The application icon: the PNG sizes drawn by ``resources/icons/draw_icon.py``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_NAME = "gcm-review-{0}.png"
# The sizes drawn, in pixels (a test checks that each file exists and has its size).
SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_folder() -> Path:
    """The folder of the icon files, from the sources and in the bundle alike.

    Found beside the ``resources.icons`` package rather than through
    importlib.resources, whose import alone takes some 25 ms of every start.
    """
    import resources.icons

    return Path(resources.icons.__file__).parent


def app_icon() -> QIcon:
    """The icon of every window (title bar, task bar, window switcher).

    Each size is only read when a window first needs it.
    """
    icon = QIcon()
    folder = icon_folder()
    for size in SIZES:
        icon.addFile(str(folder / ICON_NAME.format(size)), QSize(size, size))
    return icon

"""The application icon: every size drawn, and on every window."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage

from desktop.ui.app import application
from desktop.ui.icons import ICON_NAME, SIZES, app_icon, icon_folder


def test_every_size_is_a_square_png_of_its_size():
    folder = icon_folder()
    for size in SIZES:
        image = QImage(str(folder / ICON_NAME.format(size)))
        assert not image.isNull(), f"{size}: not a readable PNG"
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel(), "rounded corners need transparency"


def test_the_windows_executable_gets_every_size_up_to_256():
    with Image.open(icon_folder() / "gcm-review.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in SIZES}


def test_the_application_and_its_windows_carry_the_icon(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    assert application() is qapp
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert sizes == {(s, s) for s in SIZES}
    window = QWidget()
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()
    pixmap = app_icon().pixmap(32, 32)
    assert not pixmap.isNull() and pixmap.width() == 32

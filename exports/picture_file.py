"""Reading a picture a person chose (a logo) from a file: checked whole before it is kept.

The form's check (:mod:`forms.images`) reads the type and size from the bytes;
here the picture is also decoded once, so that a file damaged in its middle is
refused when it is chosen, not when a report is drawn months later.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from forms.errors import AT, InvalidValue
from forms.images import IMAGE_LIMIT, ImageError, read_picture, too_large
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP, problem


def picture_file(path: Path, key: str) -> dict[str, Any]:
    """The image answer for the file at ``path``; InvalidValue naming ``key`` and the file."""
    try:
        size = path.stat().st_size
        if size > IMAGE_LIMIT:  # said before reading: the file's own size, not the part read
            raise too_large(size)
        with path.open("rb") as handle:
            data = handle.read(IMAGE_LIMIT + 1)
        picture = read_picture(data)
        _decode(data)
    except ImageError as err:
        raise InvalidValue(key, problem(AT, where=path.name, problem=err.said)) from None
    except OSError as err:
        unreadable = QT_TRANSLATE_NOOP("Problems", "{file}: cannot be read ({reason})")
        raise InvalidValue(
            key, problem(unreadable, file=path.name, reason=os_reason(err))
        ) from None
    return picture.value()


def _decode(data: bytes) -> None:
    """Decode every pixel once; ImageError when the file is damaged."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception as err:  # Pillow raises many kinds for damaged files
        damaged = QT_TRANSLATE_NOOP("Problems", "a damaged image ({reason})")
        raise ImageError(problem(damaged, reason=str(err))) from None


def preview_png(data: bytes, width: int, height: int) -> bytes:
    """A PNG of the picture ``data`` at most ``width`` × ``height``, for a preview.

    Made with Pillow, which the reports use already, so that a preview needs no image
    plugin of the window's (a JPEG included); empty when the picture cannot be read.
    """
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((width, height))
            shown = io.BytesIO()
            image.save(shown, "PNG")
    except Exception:  # a damaged picture shows no preview; the answer's check says why
        return b""
    return shown.getvalue()

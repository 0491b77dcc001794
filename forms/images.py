"""Pictures as answers (an organisation's logo): PNG or JPEG, checked from their own bytes.

An image answer is stored as ``{"media_type", "width", "height", "data"}``,
``data`` being the file's bytes in base64. Nothing in it is taken on its word:
the type and size are read again from the bytes each time it is checked, and a
file that is not a whole PNG or JPEG, or is too large, is refused.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass
from typing import Any

from forms.said import QT_TRANSLATE_NOOP, Said, as_said, problem

# The largest image file accepted, in bytes.
IMAGE_LIMIT = 2 * 1024 * 1024
# The largest side, and the most pixels, of an accepted image (a logo, not a photograph).
SIDE_LIMIT = 8000
PIXEL_LIMIT = 24_000_000
PNG = "image/png"
JPEG = "image/jpeg"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
# JPEG markers that start a frame and carry its size (SOF0–SOF15 but DHT, JPG and DAC).
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


# Why bytes are refused as an image.
_EMPTY = QT_TRANSLATE_NOOP("Problems", "the file is empty")
_NOT_AN_IMAGE = QT_TRANSLATE_NOOP("Problems", "not a PNG or JPEG image")
_NO_IMAGE = QT_TRANSLATE_NOOP("Problems", "expected an image")
_DATA_DAMAGED = QT_TRANSLATE_NOOP("Problems", "the image's data is damaged")
_PNG_NO_HEADER = QT_TRANSLATE_NOOP("Problems", "a damaged PNG image (no header)")
_PNG_CUT = QT_TRANSLATE_NOOP("Problems", "a PNG image cut short (it has no end)")
_JPEG_CUT = QT_TRANSLATE_NOOP("Problems", "a JPEG image cut short (it has no end)")
_JPEG_DAMAGED = QT_TRANSLATE_NOOP("Problems", "a damaged JPEG image")
_JPEG_NO_SIZE = QT_TRANSLATE_NOOP("Problems", "a damaged JPEG image (no size)")


class ImageError(ValueError):
    """The bytes are not an image this application accepts; the message says why
    (``said``: the same, to say in the interface language)."""

    def __init__(self, message: str | Said) -> None:
        super().__init__(str(message))
        self.said = as_said(message)


@dataclass(frozen=True)
class Picture:
    """A checked image: its type, its size in pixels and its bytes."""

    media_type: str
    width: int
    height: int
    data: bytes

    def value(self) -> dict[str, Any]:
        """The picture as an answer."""
        return {
            "media_type": self.media_type,
            "width": self.width,
            "height": self.height,
            "data": base64.b64encode(self.data).decode("ascii"),
        }


def read_picture(data: bytes) -> Picture:
    """Check ``data`` as a PNG or JPEG file; raise ImageError saying what is wrong."""
    if not data:
        raise _refused(_EMPTY)
    if len(data) > IMAGE_LIMIT:
        raise too_large(len(data))
    if data.startswith(_PNG_SIGNATURE):
        media_type, (width, height) = PNG, _png_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        media_type, (width, height) = JPEG, _jpeg_size(data)
    else:
        raise _refused(_NOT_AN_IMAGE)
    if not (0 < width <= SIDE_LIMIT and 0 < height <= SIDE_LIMIT) or width * height > PIXEL_LIMIT:
        too_big = QT_TRANSLATE_NOOP(
            "Problems",
            "the image is {width} × {height} pixels, at most {most} on a side are allowed",
        )
        raise ImageError(problem(too_big, width=width, height=height, most=SIDE_LIMIT))
    return Picture(media_type, width, height, data)


def _refused(phrase: str) -> ImageError:
    """The error saying ``phrase`` (marked for the catalogues where it is written)."""
    return ImageError(problem(phrase))


def too_large(size: int) -> ImageError:
    """The error for an image file of ``size`` bytes, more than IMAGE_LIMIT."""
    heavy = QT_TRANSLATE_NOOP("Problems", "the image is {size} MB, at most {most} MB are allowed")
    return ImageError(problem(heavy, size=f"{size / 1048576:.1f}", most=IMAGE_LIMIT // 1048576))


def picture_of(value: Any) -> Picture:
    """The picture an image answer holds, checked again from its bytes."""
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        raise _refused(_NO_IMAGE)
    try:
        data = base64.b64decode(value["data"], validate=True)
    except (binascii.Error, ValueError):
        raise _refused(_DATA_DAMAGED) from None
    return read_picture(data)


def _png_size(data: bytes) -> tuple[int, int]:
    if data[12:16] != b"IHDR" or len(data) < 33:
        raise _refused(_PNG_NO_HEADER)
    if not data.rstrip(b"\x00").endswith(_PNG_END):
        raise _refused(_PNG_CUT)
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if b"\xff\xd9" not in data[-64:]:
        raise _refused(_JPEG_CUT)
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise _refused(_JPEG_DAMAGED)
        marker = data[at + 1]
        if marker == 0xFF:  # padding before a marker
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2:
            raise _refused(_JPEG_DAMAGED)
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        if marker == 0xDA:  # the image data starts before any frame header
            break
        at += 2 + length
    raise _refused(_JPEG_NO_SIZE)

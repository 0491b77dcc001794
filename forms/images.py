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

#: The largest image file accepted, in bytes.
IMAGE_LIMIT = 2 * 1024 * 1024
#: The largest side, and the most pixels, of an accepted image (a logo, not a photograph).
SIDE_LIMIT = 8000
PIXEL_LIMIT = 24_000_000
PNG = "image/png"
JPEG = "image/jpeg"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
#: JPEG markers that start a frame and carry its size (SOF0–SOF15 but DHT, JPG and DAC).
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


class ImageError(ValueError):
    """The bytes are not an image this application accepts; the message says why."""


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
        raise ImageError("the file is empty")
    if len(data) > IMAGE_LIMIT:
        raise too_large(len(data))
    if data.startswith(_PNG_SIGNATURE):
        media_type, (width, height) = PNG, _png_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        media_type, (width, height) = JPEG, _jpeg_size(data)
    else:
        raise ImageError("not a PNG or JPEG image")
    if not (0 < width <= SIDE_LIMIT and 0 < height <= SIDE_LIMIT) or width * height > PIXEL_LIMIT:
        raise ImageError(
            f"the image is {width} × {height} pixels, at most {SIDE_LIMIT} on a side are allowed"
        )
    return Picture(media_type, width, height, data)


def too_large(size: int) -> ImageError:
    """The error for an image file of ``size`` bytes, more than IMAGE_LIMIT."""
    return ImageError(
        f"the image is {size / 1048576:.1f} MB, at most {IMAGE_LIMIT // 1048576} MB are allowed"
    )


def picture_of(value: Any) -> Picture:
    """The picture an image answer holds, checked again from its bytes."""
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        raise ImageError("expected an image")
    try:
        data = base64.b64decode(value["data"], validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("the image's data is damaged") from None
    return read_picture(data)


def _png_size(data: bytes) -> tuple[int, int]:
    if data[12:16] != b"IHDR" or len(data) < 33:
        raise ImageError("a damaged PNG image (no header)")
    if not data.rstrip(b"\x00").endswith(_PNG_END):
        raise ImageError("a PNG image cut short (it has no end)")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if b"\xff\xd9" not in data[-64:]:
        raise ImageError("a JPEG image cut short (it has no end)")
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise ImageError("a damaged JPEG image")
        marker = data[at + 1]
        if marker == 0xFF:  # padding before a marker
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2:
            raise ImageError("a damaged JPEG image")
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        if marker == 0xDA:  # the image data starts before any frame header
            break
        at += 2 + length
    raise ImageError("a damaged JPEG image (no size)")

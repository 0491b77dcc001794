"""Pictures as answers: only whole PNG and JPEG files, their size read from their own bytes."""

from __future__ import annotations

import base64
import io
import struct
import zlib

import pytest
from PIL import Image

from forms.errors import InvalidValue
from forms.images import IMAGE_LIMIT, JPEG, PNG, ImageError, picture_of, read_picture
from forms.roles import Role
from forms.values import check_value, format_value
from tests.support import tiny_png


def jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (its pixels never decoded here)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_png_and_jpeg_are_read_with_their_size():
    png = read_picture(tiny_png(120, 45))
    assert (png.media_type, png.width, png.height) == (PNG, 120, 45)
    photo = read_picture(jpeg(300, 80))
    assert (photo.media_type, photo.width, photo.height) == (JPEG, 300, 80)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty"),
        (b"GIF89a\x01\x00\x01\x00", "not a PNG or JPEG"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG or JPEG"),
        (tiny_png(50, 20)[:-20], "cut short"),
        (jpeg(50, 20)[:-40], "cut short"),
        (png_header_only(9000, 200), "9000 × 200"),
        (png_header_only(6000, 6000), "6000 × 6000"),
        (png_header_only(0, 10), "0 × 10"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 40 + b"\xff\xd9", "damaged JPEG"),
    ],
    ids=["empty", "gif", "svg", "png-cut", "jpeg-cut", "too-wide", "too-many-pixels",
         "no-width", "jpeg-no-size"],
)  # fmt: skip
def test_anything_else_is_refused_saying_why(data, said):
    with pytest.raises(ImageError, match=said):
        read_picture(data)


def test_a_file_over_the_limit_is_refused():
    big = tiny_png(10, 10)
    padded = big[:-12] + b"\x00" * (IMAGE_LIMIT - len(big) + 1) + big[-12:]
    with pytest.raises(ImageError, match="at most 2 MB"):
        read_picture(padded)


def test_a_stored_answer_is_checked_again_from_its_bytes(form):
    fld = form.role_field(Role.LOGO)
    value = read_picture(tiny_png(64, 32)).value()
    lying = {**value, "width": 1, "height": 99999, "media_type": "image/gif"}
    assert check_value(fld, lying, "publication.logo") == value
    damaged = {**value, "data": value["data"][:-8] + "!!!!"}
    with pytest.raises(InvalidValue, match=r"publication\.logo: the image.s data is damaged"):
        check_value(fld, damaged, "publication.logo")
    swapped = {**value, "data": base64.b64encode(b"not an image").decode()}
    with pytest.raises(InvalidValue, match="not a PNG or JPEG"):
        check_value(fld, swapped, "publication.logo")
    with pytest.raises(InvalidValue, match="expected an image"):
        check_value(fld, "logo.png", "publication.logo")
    assert picture_of(value).data == tiny_png(64, 32)
    assert format_value(fld, value) == "PNG image, 64 × 32 pixels"

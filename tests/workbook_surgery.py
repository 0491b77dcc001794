"""Surgery on workbook files, to make the damaged and hostile ones users receive.

Each helper rewrites the zip package directly (parts changed, added or
compressed another way, header fields patched), below what openpyxl would
let a test write.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from tests.workbook_cells import sheet_name

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sheet_part(book: Path, sheet: str) -> str:
    """The zip part holding ``sheet`` (a name, or a layout key such as ``objectives``)."""
    with zipfile.ZipFile(book) as archive:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    entries = list(workbook.iter(f"{{{MAIN}}}sheet"))
    named = sheet_name([str(s.get("name")) for s in entries], sheet)
    rid = next(s.get(f"{{{REL}}}id") for s in entries if s.get("name") == named)
    target = next(r.get("Target") for r in rels if r.get("Id") == rid)
    assert target is not None
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def rewrite(
    src: Path,
    dst: Path,
    change: dict[str, Callable[[bytes], bytes]] | None = None,
    add: dict[str, bytes] | None = None,
    methods: dict[str, int] | None = None,
) -> Path:
    """Copy every entry of ``src`` into ``dst``, changing, adding or re-compressing parts."""
    change, add, methods = change or {}, add or {}, methods or {}
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in change:
                data = change[info.filename](data)
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = methods.get(info.filename, zipfile.ZIP_DEFLATED)
            copy.external_attr = info.external_attr
            new.writestr(copy, data)
        for name, data in add.items():
            new.writestr(name, data, zipfile.ZIP_DEFLATED)
    return dst


def patch_headers(
    path: Path,
    part: str,
    *,
    flags: int = 0,
    size: int | None = None,
    method: int | None = None,
    crc: int | None = None,
) -> None:
    """Set ``flags`` bits, the uncompressed ``size``, the ``method`` or the ``crc`` of ``part``.

    Both headers of the part are changed: the local one and the central directory's.
    """
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(part).header_offset
        position = archive.start_dir
    assert data[local : local + 4] == b"PK\x03\x04"
    while data[position : position + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, position + 28)
        if data[position + 46 : position + 46 + name_len] == part.encode():
            break
        position += 46 + name_len + extra_len + comment_len
    else:
        raise AssertionError(f"{part} not in the central directory")
    central = position
    if flags:
        for at in (local + 6, central + 8):
            struct.pack_into("<H", data, at, struct.unpack_from("<H", data, at)[0] | flags)
    if size is not None:
        struct.pack_into("<I", data, local + 22, size)
        struct.pack_into("<I", data, central + 24, size)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    if crc is not None:
        struct.pack_into("<I", data, local + 14, crc)
        struct.pack_into("<I", data, central + 16, crc)
    path.write_bytes(bytes(data))


def add_to_sheet_data(xml: bytes, rows: str) -> bytes:
    """``rows`` appended at the end of a sheet's ``<sheetData>``."""
    assert xml.count(b"</sheetData>") == 1
    return xml.replace(b"</sheetData>", rows.encode() + b"</sheetData>")


def set_dimension(xml: bytes, ref: str) -> bytes:
    changed, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml)
    assert count == 1
    return changed


def with_entity(xml: bytes) -> bytes:
    """``xml`` with an entity declaration just after its XML declaration (if any)."""
    doctype = b'<!DOCTYPE x [<!ENTITY a "b">]>'
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        return xml[:end] + doctype + xml[end:]
    return doctype + xml


def edit(src: Path, dst: Path, change: Callable[[Any], None]) -> Path:
    """``src`` opened with openpyxl, changed by ``change(book)``, saved as ``dst``."""
    book = openpyxl.load_workbook(src)
    change(book)
    book.save(dst)
    book.close()
    return dst

"""What refusing each hostile workbook costs: time and peak memory, against a sound file.

Each case of docs/excel-format.md's refusals is built from a real export of a
full review, then read by ``read_workbook`` in a fresh process (as ``gcm-review
check`` does); the process reports how long the reading took, and its peak
resident memory is taken from the kernel when it ends. The floor is the same
process reading the sound export. Medians of RUNS runs.

  uv run python bench/bench_hostile.py [RUNS]    # 3 runs unless told
"""

from __future__ import annotations

import bz2
import statistics
import subprocess
import sys
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.support import real_answers
from tests.workbook_surgery import (
    add_to_sheet_data,
    patch_headers,
    rewrite,
    set_dimension,
    sheet_part,
    with_entity,
)

CHILD = """
import sys, time
import openpyxl, openpyxl.reader.excel  # imported before the clock starts: the floor has them
from exports.xlsx_reader import read_workbook
from forms.errors import UserError
from forms.loader import load_form
started = time.perf_counter()
try:
    contents = read_workbook(sys.argv[1], load_form)
    outcome = f"read, {len(contents.answers)} answers"
except UserError as err:
    lines = err.lines()
    outcome = f"refused ({len(lines)} lines): " + lines[0].split(': ', 1)[1][:70]
took = (time.perf_counter() - started) * 1000
with open("/proc/self/status") as status:  # the peak since this program started (not the fork)
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
print(f"{took:.1f}\\t{peak / 1024:.1f}\\t{outcome}")
"""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ZEROS = b"\0" * 2**24
LINK = f'<externalLink xmlns="{MAIN}"><externalBook/></externalLink>'.encode()
BOMB_CHUNKS = 64  # 1 GB


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _rows_of_nobody(count: int) -> bytes:
    keys = "".join(
        _inline(f"{c}1", k) for c, k in zip("ABC", ("id", "citation", "link"), strict=True)
    )
    rows = "".join(
        f'<row r="{n}">{_inline(f"A{n}", f"nobody{n}")}</row>' for n in range(3, count + 3)
    )
    return (f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{keys}</row>{rows}'
            "</sheetData></worksheet>").encode()  # fmt: skip


def _meta(book: Path, target: Path, key: str, value: str) -> Path:
    workbook = openpyxl.load_workbook(book)
    for row in workbook["_meta"].iter_rows():
        if row[0].value == key:
            row[1].value = value
    workbook.save(target)
    return target


def _formula_in(book: Path, target: Path, sheet: str, cell: str) -> Path:
    workbook = openpyxl.load_workbook(book)
    sheets = workbook.sheetnames
    (workbook[sheet] if sheet in sheets else workbook.create_sheet(sheet))[cell] = "=1+1"
    workbook.save(target)
    return target


def cases(export: Path, folder: Path) -> dict[str, Callable[[], Path]]:
    """Each hostile case: a name and how to build its file."""
    objectives = sheet_part(export, "objectives")
    sources = sheet_part(export, "sources")

    def lying(method: int, zeros: int) -> Path:
        content, methods = {objectives: lambda _: b"\0" * zeros}, {objectives: method}
        path = rewrite(export, folder / f"lying-{method}.xlsx", content, methods=methods)
        patch_headers(path, objectives, size=100)
        return path

    def encrypted() -> Path:
        path = rewrite(export, folder / "encrypted.xlsx")
        patch_headers(path, objectives, flags=0x1)
        return path

    def bzip2_bomb() -> Path:
        """A part of 1 GB of zeros in one bzip2 stream of a few KB, declared as 100 bytes."""
        packer = bz2.BZ2Compressor(9)
        body = b"".join(packer.compress(ZEROS) for _ in range(BOMB_CHUNKS)) + packer.flush()
        path = folder / "bzip2-bomb.xlsx"
        with zipfile.ZipFile(export) as old, zipfile.ZipFile(path, "w") as new:
            for info in old.infolist():
                if info.filename != objectives:
                    new.writestr(info, old.read(info), zipfile.ZIP_DEFLATED)
            new.writestr(zipfile.ZipInfo(objectives), body)
        # Written stored, then marked bzip2 with the CRC of what it unpacks to, declared 100 bytes.
        crc = _crc_of_the_zeros()
        patch_headers(path, objectives, size=100, method=zipfile.ZIP_BZIP2, crc=crc)
        return path

    active_xml = {
        "dde-formula-below-range": lambda xml: add_to_sheet_data(
            set_dimension(xml, "A1:M10"),
            "<row r=\"40\"><c r=\"B40\"><f>cmd|' /c calc'!A0</f><v>0</v></c></row>"),
        "cell-in-column-XFD": lambda xml: add_to_sheet_data(
            xml, f'<row r="30">{_inline("XFD30", "x")}</row>'),
    }  # fmt: skip
    built: dict[str, Callable[[], Path]] = {
        "sound export (the floor)": lambda: export,
        "stale dimension (read whole)": lambda: rewrite(
            export, folder / "stale.xlsx", {objectives: lambda x: set_dimension(x, "A1:M10")}
        ),
        "bzip2 part declared 100 bytes (50 MB)": lambda: lying(zipfile.ZIP_BZIP2, 50_000_000),
        "lzma part declared 100 bytes (50 MB)": lambda: lying(zipfile.ZIP_LZMA, 50_000_000),
        "bzip2 bomb (1 GB) declared 100 bytes": bzip2_bomb,
        "encryption flag": encrypted,
        "revision of 30 digits": lambda: _meta(export, folder / "rev.xlsx", "revision", "9" * 30),
        "review id 'ce59'": lambda: _meta(export, folder / "id.xlsx", "review_id", "ce59"),
        "review id of 100,000 characters": lambda: _meta(
            export, folder / "long-id.xlsx", "review_id", "x" * 100_000
        ),
        "formula in cover": lambda: _formula_in(export, folder / "f1.xlsx", "cover", "C3"),
        "formula in _meta": lambda: _formula_in(export, folder / "f2.xlsx", "_meta", "C1"),
        "formula in an extra sheet": lambda: _formula_in(export, folder / "f3.xlsx", "notes", "A1"),
        "macros (vbaProject.bin)": lambda: rewrite(
            export, folder / "macro.xlsx", add={"xl/vbaProject.bin": b"\0" * 512}
        ),
        "external link part": lambda: rewrite(
            export, folder / "link.xlsx", add={"xl/externalLinks/externalLink1.xml": LINK}
        ),
        "entity declaration in _rels/.rels": lambda: rewrite(
            export, folder / "entity-rels.xlsx", {"_rels/.rels": with_entity}
        ),
        "entity declaration in the theme": lambda: rewrite(
            export, folder / "entity-theme.xlsx", {"xl/theme/theme1.xml": with_entity}
        ),
        "1,000,000 rows of unknown ids": lambda: rewrite(
            export, folder / "million.xlsx", {sources: lambda _: _rows_of_nobody(1_000_000)}
        ),
        "5,000 rows of unknown ids": lambda: rewrite(
            export, folder / "five-thousand.xlsx", {sources: lambda _: _rows_of_nobody(5_000)}
        ),
    }
    for name, change in active_xml.items():
        built[name] = lambda name=name, change=change: rewrite(
            export, folder / f"{name}.xlsx", {objectives: change}
        )
    return built


def _crc_of_the_zeros() -> int:
    """The CRC-32 of what the bomb's part unpacks to."""
    import zlib

    crc = 0
    for _ in range(BOMB_CHUNKS):
        crc = zlib.crc32(ZEROS, crc)
    return crc


def measure(path: Path, timeout: float = 300) -> tuple[float, float, str]:
    """(reading in ms, peak memory in MB, outcome) of one fresh process reading ``path``."""
    try:
        child = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                               text=True, timeout=timeout)  # fmt: skip
    except subprocess.TimeoutExpired:
        return float("nan"), float("nan"), f"killed after {timeout:.0f} s"
    if child.returncode != 0 or child.stdout.count("\t") < 2:
        last = (child.stderr.strip().splitlines() or ["?"])[-1]
        return float("nan"), float("nan"), f"failed (exit {child.returncode}): {last[:70]}"
    took, peak, outcome = child.stdout.strip().split("\t", 2)
    return float(took), float(peak), outcome


def main(runs: int = 3) -> None:
    form = load_form()
    folder = Path(tempfile.mkdtemp())
    review = Review(str(uuid.uuid4()), form.version, real_answers(form), revision=2)
    export = write_workbook(form, review, folder / "export.xlsx", include_confidential=True)
    print(f"{runs} runs, medians; reading time inside the process, its peak resident memory")
    print(f"{'case':42} {'ms':>9} {'MB':>7}  outcome")
    for name, build in cases(export, folder).items():
        path = build()
        results = [measure(path) for _ in range(runs)]
        took = statistics.median(r[0] for r in results)
        peak = statistics.median(r[1] for r in results)
        size = path.stat().st_size // 1024
        print(f"{name:42} {took:9.1f} {peak:7.1f}  {results[-1][2]} [{size} KB]")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

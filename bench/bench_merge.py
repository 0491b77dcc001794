"""Merging 50, 100 and 200 member workbooks against the bare openpyxl read of the same files.

The floor opens each file with openpyxl in read-only mode and reads every cell
into lists. The merge is what ``gcm-review merge`` and the window do for each
file (``add_member_workbook``): the package checked as it is decompressed,
every sheet read and checked, the member's identity worked out, and the file
kept as a contribution in a (practice) coalition review of a fresh database.
Both run in this process, alternating; medians of RUNS runs are reported, and
the time per file at each count shows whether the merge grows linearly.
Run: ``uv run python bench/bench_merge.py [RUNS]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from desktop.importing import add_member_workbook
from desktop.store import Store
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample_contributions import member_files


def floor(paths: list[Path]) -> None:
    for path in paths:
        book = openpyxl.load_workbook(path, read_only=True)
        for name in book.sheetnames:
            list(book[name].iter_rows(values_only=True))
        book.close()


def merge(paths: list[Path], db: Path) -> None:
    with Store(db) as store:
        coalition = store.coalition("Bench coalition", sample=True)  # practice files
        for path in paths:
            add_member_workbook(store, coalition, path)


def main(runs: int = 3) -> None:
    form = load_form()
    folder = Path(tempfile.mkdtemp())
    files = member_files(form, 202)[:200]  # 200 distinct members
    paths = []
    for member in files:
        review = Review(member.review_id, form.version, member.answers, revision=member.revision)
        paths.append(
            write_workbook(form, review, folder / member.file_name, include_confidential=True)
        )
    print(f"{runs} runs, medians")
    for count in (50, 100, 200):
        floors, merges = [], []
        for run in range(runs):
            start = time.perf_counter()
            floor(paths[:count])
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            merge(paths[:count], folder / f"merge-{count}-{run}.db")
            merges.append(time.perf_counter() - start)
        f, m = statistics.median(floors), statistics.median(merges)
        print(f"  {count} files: merge {m:.2f} s, floor {f:.2f} s, ratio {m / f:.2f}x,"
              f" {m / count * 1000:.1f} ms per file")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

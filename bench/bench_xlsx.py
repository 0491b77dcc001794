"""Workbook export and import against the bare openpyxl floor, side by side in one process.

The floor writes the same cells with plain openpyxl (no styles, validation or
metadata) and reads them back with openpyxl in read-only mode into lists. A
second floor, "same workbook", is openpyxl saving the exported workbook as it
loaded it: the same cells with the same styles, drop-downs, merged labels,
protection and print settings (openpyxl drops the cover's chart on loading),
so it tells what the library itself costs for what the workbook holds. Runs
alternate so that machine noise hits all alike; medians are reported.
Run: ``uv run python bench/bench_xlsx.py [RUNS]``.
"""

from __future__ import annotations  # noqa: I001 - exports first: it sets openpyxl up

import statistics
import sys
import tempfile
import time
from pathlib import Path

import exports  # noqa: F401 - first: openpyxl set up as the application runs it
import openpyxl
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample import sample_answers


def sheet_values(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    values = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    book.close()
    return values


def floor_write(values: dict[str, list[tuple]], path: Path) -> None:
    book = openpyxl.Workbook(write_only=False)
    book.remove(book.active)
    for name, rows in values.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main(runs: int = 15) -> None:
    form = load_form()
    review_id = "bbbbbbbb-0000-4000-8000-00000000be4c"  # the import checks it is a UUID
    review = Review(review_id, form.version, sample_answers(form), revision=1)
    folder = Path(tempfile.mkdtemp())
    app_file, floor_file = folder / "app.xlsx", folder / "floor.xlsx"
    write_workbook(form, review, app_file, include_confidential=True)
    values = sheet_values(app_file)
    floor_write(values, floor_file)
    cells = sum(len(r) for rows in values.values() for r in rows)
    same = openpyxl.load_workbook(app_file)
    results: dict[str, list[float]] = {
        "export": [],
        "floor write": [],
        "same workbook": [],
        "import": [],
        "floor read": [],
    }
    for _ in range(runs):
        results["export"].append(timed(write_workbook, form, review, app_file, "en", "", True))
        results["floor write"].append(timed(floor_write, values, floor_file))
        results["same workbook"].append(timed(same.save, folder / "same.xlsx"))
        results["import"].append(timed(read_workbook, app_file, load_form))
        results["floor read"].append(timed(sheet_values, floor_file))
    median = {name: statistics.median(times) for name, times in results.items()}
    print(f"sample review: {len(review.answers)} answers, {cells} cells, {runs} runs, medians")
    for name, value in median.items():
        print(f"  {name:14s} {value * 1000:7.1f} ms")
    print(f"  export / floor write: {median['export'] / median['floor write']:.2f}x")
    print(f"  export / same workbook: {median['export'] / median['same workbook']:.2f}x")
    print(f"  import / floor read:  {median['import'] / median['floor read']:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)

"""The PDF report against a bare reportlab build of the same text, whole processes side by side.

The application runs ``gcm-review export ID --pdf`` on a database holding the
sample review (start-up, reading the review, building the report, writing
it); the floor, ``bench/pdf_floor.py``, starts a process that lays out the
same text (every heading, line, answer and table cell of the report, taken
from its model) in the same fonts with bare reportlab, shaping Arabic too.
Runs alternate; medians are reported with their ratio, per language, of the
wall-clock time and of the CPU time (user and system) the processes took: on
a shared machine the CPU time is the steadier of the two.

  uv run python bench/bench_pdf.py [RUNS] [LANG ...]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
#: Fields of the report's blocks that name things rather than hold printed text.
NOT_PRINTED = frozenset({"cites", "scope"})


def report_text(lang: str) -> list[tuple[str, str]]:
    """Every text of the sample's report in ``lang``, as (heading or text, the text)."""
    from dataclasses import fields, is_dataclass

    from exports.report_build import ReportOptions, build_report
    from exports.report_model import Heading
    from forms.loader import load_form
    from forms.review import Review
    from forms.sample import sample_answers

    form = load_form()
    review = Review("sample", form.version, sample_answers(form), sample=True)
    report = build_report(form, review, ReportOptions(lang=lang))
    texts: list[tuple[str, str]] = [("heading", report.title), ("text", report.subtitle)]

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value] if value.strip() else []
        if isinstance(value, tuple):
            return [s for part in value for s in strings(part)]
        return []

    for block in report.blocks:
        if isinstance(block, Heading):
            texts.append(("heading", block.text))
        elif is_dataclass(block):
            for part in fields(block):
                if part.name not in NOT_PRINTED:
                    texts.extend(("text", s) for s in strings(getattr(block, part.name)))
    return texts


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=ENV, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(runs: int, languages: list[str]) -> None:
    folder = Path(tempfile.mkdtemp())
    database = folder / "bench.db"
    command = [sys.executable, "-m", "desktop.cli"]
    subprocess.run([*command, "demo", "--db", str(database)], check=True, env=ENV)
    listed = subprocess.run(
        [*command, "list", "--db", str(database)],
        check=True,
        env=ENV,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    review_id = listed[1].split()[0]
    for lang in languages:
        source = folder / f"text-{lang}.json"
        source.write_text(json.dumps([lang, report_text(lang)]), encoding="utf-8")
        app = [*command, "export", review_id, "--db", str(database), "--lang", lang,
               "--pdf", str(folder / f"app-{lang}.pdf")]  # fmt: skip
        floor = [sys.executable, str(ROOT / "bench" / "pdf_floor.py"), str(source),
                 str(folder / f"floor-{lang}.pdf")]  # fmt: skip
        timed(app), timed(floor)  # warm the caches of both
        times: dict[str, list[tuple[float, float]]] = {"export": [], "floor": []}
        for _ in range(runs):
            times["export"].append(timed(app))
            times["floor"].append(timed(floor))
        for index, kind in ((0, "wall"), (1, "cpu")):
            export, bare = (
                statistics.median(t[index] for t in times[k]) for k in ("export", "floor")
            )
            print(f"{lang} ({kind}): export {export * 1000:.0f} ms, floor {bare * 1000:.0f} ms,"
                  f" ratio {export / bare:.2f}x ({runs} runs, medians)")  # fmt: skip


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    main(count, sys.argv[2:] or ["en", "ar"])

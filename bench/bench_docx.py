"""The Word report against bare python-docx writing the same text, side by side in one process.

The application's ``build_docx`` builds the sample review's report (the report
model, styles, numbering, tables, the chart's picture, links, right to left) and
saves it; the floor writes the same text (every heading, line, answer and table
cell of the report, taken from its model as ``bench_pdf.py`` takes it) with bare
python-docx, a heading or a paragraph each, and saves it. Runs alternate so that
machine noise hits both alike; medians of the wall-clock and CPU time are reported
with their ratio, per language.

  uv run python bench/bench_docx.py [RUNS] [LANG ...]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pdf import report_text  # the same text as the PDF benchmark's floor


def floor(texts: list[tuple[str, str]], path: Path) -> None:
    """The text as bare python-docx writes it: headings and paragraphs, nothing else."""
    from docx import Document

    document = Document()
    for kind, value in texts:
        if kind == "heading":
            document.add_heading(value, level=1)
        else:
            for paragraph in value.split("\n"):
                document.add_paragraph(paragraph)
    document.save(str(path))


def timed(function, *args) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(runs: int, languages: list[str]) -> None:
    from exports.docx import build_docx
    from exports.report_build import ReportOptions
    from forms.loader import load_form
    from forms.review import Review
    from forms.sample import sample_answers

    form = load_form()
    review = Review("sample", form.version, sample_answers(form), sample=True)
    folder = Path(tempfile.mkdtemp())
    for lang in languages:
        texts = report_text(lang)
        options = ReportOptions(lang=lang)
        app, bare = folder / f"app-{lang}.docx", folder / f"floor-{lang}.docx"
        build_docx(form, review, app, options)  # warm: fonts, templates, imports
        floor(texts, bare)
        times: dict[str, list[tuple[float, float]]] = {"export": [], "floor": []}
        for _ in range(runs):
            times["export"].append(timed(build_docx, form, review, app, options))
            times["floor"].append(timed(floor, texts, bare))
        for index, clock in ((0, "wall"), (1, "cpu")):
            export = statistics.median(t[index] for t in times["export"])
            bottom = statistics.median(t[index] for t in times["floor"])
            print(
                f"{lang} ({clock}): export {export * 1000:.0f} ms, floor {bottom * 1000:.0f} ms, "
                f"ratio {export / bottom:.2f}x ({runs} runs, medians)"
            )
        words = sum(len(value.split()) for _, value in texts)
        sizes = f"{app.stat().st_size // 1024} KB and {bare.stat().st_size // 1024} KB"
        print(f"{lang}: {len(texts)} texts, {words} words; files {sizes}")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    main(count, sys.argv[2:] or ["en", "ar"])

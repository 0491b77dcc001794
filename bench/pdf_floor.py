"""The floor of the PDF benchmark: the report's text laid out by bare reportlab.

Reads the text ``bench_pdf.py`` wrote (a JSON list of [kind, text] for one
language), registers the same font files, and builds a PDF of paragraphs and
headings with ``SimpleDocTemplate``, nothing else: no contents, no tables, no
page furniture. Right-to-left text is shaped and put in display order one
paragraph at a time (arabic_reshaper and python-bidi), as the least an Arabic
PDF needs. Run by the benchmark as a process of its own:
``python bench/pdf_floor.py TEXT.json OUT.pdf``.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import as_file, files
from xml.sax.saxutils import escape


def main(source: str, target: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from exports.fonts import PRIMARY_FILES, PRIMARY_PACKAGE  # the same font files, by name

    for name, filename in PRIMARY_FILES.items():
        with as_file(files(PRIMARY_PACKAGE).joinpath("files").joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    regular, bold = PRIMARY_FILES
    with open(source, encoding="utf-8") as text:
        lang, blocks = json.load(text)
    rtl = lang == "ar"
    if rtl:
        from arabic_reshaper import reshape
        from bidi import get_display
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=10, leading=14, alignment=2 if rtl else 0
    )
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=13, leading=17)
    story = []
    for kind, text in blocks:
        for paragraph in text.split("\n\n"):
            if rtl:
                paragraph = get_display(reshape(paragraph))
            style = heading if kind == "heading" else body
            story.append(Paragraph(escape(paragraph).replace("\n", "<br/>"), style))
    SimpleDocTemplate(target, initialFontName=regular).build(story)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

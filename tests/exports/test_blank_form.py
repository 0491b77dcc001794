"""The printable blank questionnaire, read back from real PDF files in every export language."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from exports.atomic import ExportCancelled, ExportError
from exports.blank_form import BOX, build_blank_pdf
from exports.report_texts import EXPORT_LANGUAGES, text
from forms.sample import sample_answers
from forms.schema import Form
from forms.typography import labelled, list_separator
from tests.exports.test_rich_text import logical, pdf_words
from tests.pdf_text import unembedded_fonts

#: The fixed texts the questionnaire adds to those of the reports.
FIXED = (
    "blank_template",
    "how_to_title",
    "how_to",
    "tick_one",
    "tick_any",
    "count_people",
    "confidential_field",
    "year",
    "month",
    "day",
)
_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069"))


def words(value: str) -> str:
    """Runs of letters and of digits, space-separated: shaping and bidi order undone.

    Arabic presentation forms become letters again (NFKC, as the rich-text tests compare
    them); vowel marks (dropped by the shaper), bidi controls, punctuation and the spaces
    around numbers (which text extraction places differently in right-to-left lines) are
    left out.
    """
    value = unicodedata.normalize("NFKC", value).translate(_CONTROLS)
    value = "".join(c for c in value if unicodedata.category(c) != "Mn")
    return " ".join(re.findall(r"\d+|[^\W\d_]+|\*", value))


def pdf_text(path: Path, pages: tuple[int, int] | None = None) -> str:
    """The text of ``path`` (or of pages first to last), right-to-left lines in logical order."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    chosen = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    return subprocess.run(
        ["pdftotext", *chosen, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def blank_pdfs(form, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("blank")
    return {
        lang: build_blank_pdf(form, folder / f"blank-{lang}.pdf", lang, "9.9")
        for lang in EXPORT_LANGUAGES
    }


def definition_texts(form: Form, lang: str) -> list[str]:
    """Every text of the form definition in ``lang``."""
    found = [form.title.get(lang), form.subtitle.get(lang)]
    fields = []
    for section in form.sections:
        found += [section.title.get(lang), section.help.get(lang), section.item_label.get(lang)]
        found += [item.title.get(lang) for item in section.items]
        found += [group.title.get(lang) for group in section.groups]
        fields += [*section.fields, *section.item_fields]
    while fields:
        fld = fields.pop()
        found += [fld.label.get(lang), fld.help.get(lang)]
        found += [c.label.get(lang) for c in fld.choices] + [c.help.get(lang) for c in fld.choices]
        fields += fld.columns
    return [t for t in found if t]


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_written_with_sensible_pages_and_metadata(form, blank_pdfs, lang):
    path = blank_pdfs[lang]
    assert path.read_bytes().startswith(b"%PDF")
    assert not list(path.parent.glob("*.part"))
    reader = PdfReader(path)
    objectives = len(form.objectives.items)
    # Form version 2 asks more of each objective; its tables of entries are asked once, on
    # the entry sheets, and each scale is explained once: under 5 pages an objective.
    assert objectives + 5 <= len(reader.pages) <= 5 * objectives
    title = form.title.get(lang)
    assert reader.metadata.title == f"{title} – {text('blank_template', lang)}"
    assert reader.metadata.subject == form.subtitle.get(lang)
    assert reader.trailer["/Root"]["/Lang"] == lang
    first, second = (words(pdf_text(path, (n, n))) for n in (1, 2))
    total = len(reader.pages)
    assert words(text("page", lang, 2, total)) in second
    assert words(text("page", lang, 1, total)) not in first
    assert unembedded_fonts(path) == []


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_every_question_and_objective_in_that_language(form, blank_pdfs, lang):
    printed = words(pdf_text(blank_pdfs[lang]))
    objectives = form.objectives
    rating = objectives.field("rating")
    expected = [form.title.get(lang), form.subtitle.get(lang)]
    expected += [section.title.get(lang) for section in form.sections]
    expected += [group.title.get(lang) for group in objectives.groups]
    expected += [item.title.get(lang) for item in objectives.items]
    expected += [text("paragraph", lang, item.paragraph) for item in objectives.items]
    expected += [item.title.get(lang) for item in form.section("principles").items]
    expected += [choice.label.get(lang) for choice in rating.choices]
    expected += [choice.help.get(lang) for choice in rating.choices]
    expected += [
        fld.label.get(lang)
        for section in form.sections
        for fld in section.fields
        if fld.in_workbook
    ]
    expected += [fld.label.get(lang) for fld in objectives.item_fields]
    expected += [text(key, lang) for key in FIXED]
    expected.append(text("form_version", lang, form.version))
    missing = [value for value in expected if words(value) not in printed]
    assert not missing


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_tables_of_entries_are_asked_once_and_each_block_asks_its_objective(form, blank_pdfs, lang):
    """The objectives' recommendations, follow-up, mechanisms and testimonies: on entry sheets.

    The workbook asks them the same way: one sheet per table, each row naming its objective.
    """
    from exports.blank_form import BLOCK_ENTRIES

    printed = words(pdf_text(blank_pdfs[lang]))
    section = form.objectives
    gathered = [
        f for f in section.item_fields
        if f.type == "table" and any(c.type == "longtext" for c in f.columns)
    ]  # fmt: skip
    assert {f.key for f in gathered} >= {"state_recommendations", "follow_up", "testimonies"}
    for fld in gathered:
        assert printed.count(words(fld.help.get(lang))) == 1, fld.key
    names = list_separator(lang).join(f.label.get(lang) for f in gathered)
    assert printed.count(words(text("entries_elsewhere", lang, names))) == len(section.items)
    explained = words(text("entry_sheets_help", lang))
    sheets = printed.index(explained)
    last = max(printed.index(words(item.title.get(lang))) for item in section.items)
    assert sheets > last, "after the last objective"
    owner = words(text("entry_owner", lang, section.item_label.get(lang)))
    assert printed[sheets + len(explained) :].count(owner) == BLOCK_ENTRIES * len(gathered)
    # The rating scale is explained once, for the rating of the first objective printed.
    for choice in section.field("rating").choices:
        assert printed.count(words(choice.help.get(lang))) == 1, choice.key


@pytest.mark.parametrize("lang", EXPORT_LANGUAGES)
def test_objectives_in_cluster_order_with_bookmarks(form, blank_pdfs, lang):
    """Bookmarks keep the logical text, so Arabic titles compare exactly."""
    reader = PdfReader(blank_pdfs[lang])

    def walk(entries: list[Any]) -> list[str]:
        found = []
        for entry in entries:
            found.extend(walk(entry) if isinstance(entry, list) else [entry.title])
        return found

    titles = walk(reader.outline)
    section = form.objectives
    label = section.item_label.get(lang)
    expected = [
        labelled(f"{label} {section.item(key).number}", section.item(key).title.get(lang), lang)
        for group in section.groups
        for key in group.items
    ]
    positions = [titles.index(title) for title in expected]
    assert positions == sorted(positions)
    assert section.title.get(lang) in titles and form.sections[0].title.get(lang) in titles


def test_no_answer_of_the_sample_review_and_no_watermark(form, blank_pdfs):
    answers: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, str):
            answers.append(value)
        elif isinstance(value, list):
            for row in value:
                collect(row)
        elif isinstance(value, dict):
            for cell in value.values():
                collect(cell)

    for value in sample_answers(form).values():
        collect(value)
    definition = [words(t) for t in definition_texts(form, "en")]
    printed = words(pdf_text(blank_pdfs["en"]))
    definition_words = "\n".join(definition)
    checked = {words(a) for a in answers} - {""}
    checked = {a for a in checked if len(a) >= 12 and a not in definition_words}
    assert len(checked) > 50
    assert [a for a in checked if a in printed] == []
    raw = pdf_text(blank_pdfs["en"])
    assert text("sample", "en") not in raw
    assert "[U+" not in raw and "\u2610" not in raw, "tick boxes are drawn, not glyphs"


def tick_boxes(path: Path, page_number: int) -> list[tuple[float, float]]:
    """(x, y from the top) of the tick boxes drawn on a page (1-based)."""
    page = PdfReader(path).pages[page_number - 1]
    height = float(page.mediabox.height)
    boxes = []

    def visit(operator: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        if (
            operator == b"re"
            and abs(float(args[2]) - BOX) < 0.1
            and abs(float(args[3]) - BOX) < 0.1
        ):
            x, y = float(args[0]), float(args[1])
            left = cm[0] * x + cm[2] * y + cm[4]
            bottom = cm[1] * x + cm[3] * y + cm[5]
            boxes.append((left, height - bottom - BOX))

    page.extract_text(visitor_operand_before=visit)
    return boxes


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_tick_boxes_stand_before_their_labels_in_reading_order(form, blank_pdfs, lang):
    """Left to right: the box on the left of its label; Arabic: on the right."""
    path = blank_pdfs[lang]
    label = form.objectives.field("rating").choices[0].label.get(lang)
    found = [w for w in pdf_words(path) if logical(w.text) == words(label)]
    assert found, label
    word = found[0]
    beside = [(x, y) for x, y in tick_boxes(path, word.page + 1) if abs(y - word.y_min) < 2 * BOX]
    assert beside
    if lang == "ar":
        assert any(word.x_max < x < word.x_max + 10 * BOX for x, _ in beside)
        assert word.x_max > 400, "right-aligned"
    else:
        assert any(word.x_min - 10 * BOX < x < word.x_min for x, _ in beside)
        assert word.x_min < 150, "left-aligned"


def test_cancel_and_failures_leave_nothing_and_keep_the_existing_file(form, tmp_path):
    target = tmp_path / "blank.pdf"
    target.write_bytes(b"the questionnaire printed last week")
    calls = []

    def stop_after_a_while() -> bool:
        calls.append(1)
        return len(calls) > 30

    with pytest.raises(ExportCancelled):
        build_blank_pdf(form, target, "fr", should_stop=stop_after_a_while)
    with pytest.raises(ExportError, match="does not exist"):
        build_blank_pdf(form, tmp_path / "missing" / "blank.pdf", "fr")
    with pytest.raises(ExportError, match="is a folder"):
        build_blank_pdf(form, tmp_path, "fr")
    assert target.read_bytes() == b"the questionnaire printed last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blank.pdf"]


def test_cancel_leaves_no_file(form, tmp_path):
    with pytest.raises(ExportCancelled):
        build_blank_pdf(form, tmp_path / "new.pdf", "ar", should_stop=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(form, tmp_path):
    seen: list[tuple[int, int]] = []
    build_blank_pdf(form, tmp_path / "p.pdf", "es", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] and len({t for _, t in seen}) == 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_fixed_texts_are_translated():
    for key in (*FIXED, "form_version", "date_hint", "write_code", "write_codes", "entry"):
        values = {text(key, lang, "X") for lang in EXPORT_LANGUAGES}
        assert len(values) == len(EXPORT_LANGUAGES), key
    assert re.search(r"[\u0600-\u06ff]", text("how_to", "ar"))


def every_type_form() -> Form:
    """A small form asking every field type, in a section, in items and in table columns."""
    from forms.schema import Choice, Field, Item, Section
    from forms.text import Text

    arabic = str.maketrans("tlchmdnbosegri", "تلكهمدنبوسيغرع")
    words_ar = {"Label": "سؤال", "Help": "شرح", "opt": "خيار", "Item": "بند"}

    def tx(en: str) -> Text:
        """English, and a purely Arabic counterpart (mixed scripts reorder on extraction)."""
        ar = " ".join(words_ar.get(w, w.translate(arabic)) for w in en.split())
        return Text({"en": en, "ar": ar})

    def choices(count: int, long: bool = False) -> tuple[Choice, ...]:
        word = "opt " * 8 if long else "opt"
        return tuple(Choice(f"c{n}", tx(f"{word} {n}")) for n in range(1, count + 1))

    def fld(key: str, kind: str, **kw: Any) -> Field:
        return Field(key, kind, tx(f"Label {key}"), tx(f"Help {key}"), **kw)

    fields = (
        fld("t", "text", required=True),
        fld("lt", "longtext", max_length=500),
        fld("ch", "choice", choices=tuple(Choice(c.key, c.label, tx("why")) for c in choices(3))),
        fld("mc", "multichoice", choices=choices(5)),
        fld("mcl", "multichoice", choices=choices(9, long=True)),
        fld("d", "date"),
        fld("n", "number"),
        fld("b", "boolean"),
        fld("co", "counts", choices=choices(5)),
        fld("sec", "text", confidential=True, personal=True),
        fld(
            "grid",
            "table",
            columns=(
                fld("gd", "date"),
                fld("gn", "number"),
                fld("gb", "boolean"),
                fld("gc", "choice", choices=choices(3)),
                fld("gs", "text", confidential=True),
            ),
        ),
        fld("tr", "table", columns=(fld("tt", "text"), fld("tc", "counts", choices=choices(3)))),
        fld(
            "bl",
            "table",
            columns=(
                fld("bt", "longtext", required=True),
                fld("bm", "multichoice", choices=choices(12)),
            ),
        ),
    )
    items = tuple(Item(f"i{n}", tx(f"Item {n}"), n, paragraph=n + 16) for n in (1, 2))
    return Form(
        "test",
        3,
        ("en", "ar"),
        tx("Test form"),
        tx("Every type"),
        (
            Section("s", tx("Section"), tx("Section help"), fields=fields),
            Section("i", tx("Items"), item_label=tx("Item"), item_fields=fields, items=items),
        ),
        choice_lists={},
    )


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_field_type_has_an_answer_area(tmp_path, lang):
    small = every_type_form()
    path = build_blank_pdf(small, tmp_path / "every.pdf", lang)
    printed = words(pdf_text(path))
    section = small.sections[0]
    labels = [f.label.get(lang) for f in section.fields]
    labels += [c.label.get(lang) for f in section.fields for c in f.columns]
    assert [label for label in labels if words(label) not in printed] == []
    assert words(text("confidential_field", lang)) in printed
    legend = text("write_code", lang, section.field("grid").column("gc").label.get(lang))
    assert words(legend) in printed
    boxes = sum(len(tick_boxes(path, n)) for n in range(1, len(PdfReader(path).pages) + 1))
    assert boxes > 2 * (3 + 5 + 9 + 2)


def test_french_headings_and_notes_take_a_no_break_space_before_their_colon(form):
    """The blank questionnaire's "Objectif 5 : …", and its notes "Libellé : aide"."""
    from exports.blank_form import _Builder

    def texts(flowable):
        text = getattr(flowable, "text", None)
        if isinstance(text, str):
            yield text
        for attr in ("_content", "_flowables", "content"):
            for inner in getattr(flowable, attr, None) or []:
                yield from texts(inner)

    said = [t for f in _Builder(form, "fr").build() for t in texts(f)]
    assert any(t.startswith("Objectif 5\u00a0: ") for t in said)
    assert not [t for t in said if ": " in t.replace("\u00a0: ", "").replace("://", "")]

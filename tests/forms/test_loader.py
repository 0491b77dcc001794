"""The shipped form definition, and the checks that reject broken definitions."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from forms.errors import DefinitionError
from forms.loader import CURRENT_VERSION, available_versions, load_form, parse_form
from forms.schema import CHOICE_TYPES

DEFINITION = (resources.files("forms.definitions") / "shadow-review-v1.yaml").read_text("utf-8")

OBJECTIVE_TITLES = {
    1: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    8: "Save lives and establish coordinated international efforts on missing migrants",
    13: "Use migration detention only as a measure of last resort and work towards alternatives",
    23: "Strengthen international cooperation and global partnerships for safe, orderly and "
    "regular migration",
}
ROUND_TABLES = {
    "round1": [2, 5, 6, 12, 18],
    "round2": [4, 8, 9, 10, 11, 13, 21],
    "round3": [14, 15, 16, 19, 20, 22],
    "round4": [1, 3, 7, 17, 23],
}


def test_current_version_is_shipped():
    assert CURRENT_VERSION in available_versions()
    assert load_form().version == CURRENT_VERSION


def test_all_sections_of_a_shadow_review(form):
    assert [s.key for s in form.sections] == [
        "profile", "framework", "methodology", "principles", "objectives", "pledges",
        "recommendations", "endorsements", "publication",
    ]  # fmt: skip


def test_23_objectives_with_official_titles_and_paragraphs(form):
    items = form.objectives.items
    assert [i.key for i in items] == [f"obj{n:02d}" for n in range(1, 24)]
    assert [i.paragraph for i in items] == [16 + n for n in range(1, 24)]
    for number, title in OBJECTIVE_TITLES.items():
        assert items[number - 1].title.get("en") == title


def test_objectives_grouped_in_the_four_imrf_round_tables(form):
    groups = {g.key: [int(k[3:]) for k in g.items] for g in form.objectives.groups}
    assert groups == ROUND_TABLES
    titles = [g.title.get("en") for g in form.objectives.groups]
    assert [t.split(":")[0] for t in titles] == [f"Round table {n}" for n in range(1, 5)]
    assert "not an official title" in form.objectives.help.get("en")
    assert all(item.group for item in form.objectives.items)


def test_ten_guiding_principles(form):
    principles = form.section("principles")
    assert [i.key for i in principles.items] == [f"gp{n:02d}" for n in range(1, 11)]
    assert principles.items[5].title.get("en") == "Human rights"


def test_objective_fields_of_the_domain(form):
    keys = {f.key for f in form.objectives.item_fields}
    assert {
        "official_claim", "assessment", "rating", "evidence", "evidence_strength",
        "good_practices", "gaps", "state_recommendations", "sources", "priority",
        "pd_paragraphs", "key_ways", "indicators", "confidential", "previous_rating",
        "follow_up", "mechanisms",
    } <= keys  # fmt: skip
    assert form.objectives.confidential_flag == "confidential"


def test_rating_keys(form):
    rating = form.ref("obj01.rating").field
    assert [c.key for c in rating.choices] == [
        "regression", "none", "limited", "moderate", "substantial", "not_assessed",
    ]  # fmt: skip
    assert all(c.help.get("en") for c in rating.choices), "the rating scale must be explained"
    colors = [c.color for c in rating.choices]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colors) and len(set(colors)) == 6


def test_progress_declaration_and_key_ways(form):
    pd = form.ref("obj01.pd_paragraphs").field
    # Keyed by edition: a later declaration reuses the numbers for other texts.
    assert [c.key for c in pd.choices] == [f"pd2022_{n}" for n in range(51, 78)]
    assert all("(2022)" in c.label.get("en") for c in pd.choices)
    ways = form.ref("obj01.key_ways").field
    assert [c.key for c in ways.choices] == [f"kw{n:02d}" for n in range(1, 13)]


def test_every_choice_field_has_a_valid_list(form):
    for ref in form.refs():
        fields = [ref.field, *ref.field.columns]
        for fld in fields:
            if fld.type in CHOICE_TYPES:
                assert fld.choices, fld.key
                keys = [c.key for c in fld.choices]
                assert len(keys) == len(set(keys)), fld.key
                assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in keys), keys
                assert all(c.label.get("en") for c in fld.choices)


def test_disaggregations_allow_prefer_not_to_say(form):
    consultations = form.ref("methodology.consultations").field
    for column in consultations.columns:
        if column.type == "counts":
            assert column.choice("undisclosed") is not None, column.key


def test_answer_keys_are_unique_and_labelled(form):
    keys = list(form.answer_keys())
    assert len(keys) == len(set(keys))
    assert "obj23.rating" in keys and "gp10.assessment" in keys and "profile.country" in keys
    for ref in form.refs():
        assert ref.field.label.get("en"), ref.key


def test_personal_data_is_confidential(form):
    personal = [ref.key for ref in form.refs() if ref.field.personal]
    assert "profile.contact_email" in personal
    for ref in form.refs():
        for fld in (ref.field, *ref.field.columns):
            if fld.personal:
                assert fld.confidential, fld.key


def test_indicator_codes_live_in_the_definition(form):
    indicator = form.ref("obj06.indicators").field.column("indicator")
    assert indicator.choice("sdg_10_7_1").extra["objectives"] == ["obj06"]
    assert indicator.choice("sdg_10_c_1") is not None


def test_translations_fall_back_to_english():
    from forms.text import Text

    title = Text({"en": "Data", "fr": "Données"})
    assert title.get("fr") == "Données"
    assert title.get("ar") == "Data" and not title.has("ar")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("type: longtext", "type: essay", "unknown type 'essay'"),
        ("choices: rating", "choices: ratings", "unknown choice list 'ratings'"),
        ("key: obj02\n", "key: obj01\n", "duplicate key 'obj01'"),
        ("items: [obj02, obj05,", "items: [obj05,", "'obj02' is in no group"),
        ('    - key: "yes"', "    - key: yes", "must be lower-case"),
        ("          en: Country\n", "", "English text ('en') is required"),
        ("          en: Country\n", "          de: Land\n", "language 'de'"),
        ("version: 1", "version: one", "whole number"),
        ("- [pd_paragraphs, key_ways]", "- [pd_paragraphs, nowhere]", "two or more fields"),
        ("max_length: 100", "max_length: -1", "max_length"),
        ("max_length: 100", "max_length: 40000", "max_length is at most 32767"),
        (
            "        report: cover\n        required: true\n        max_length: 100",
            "        report: cover\n        required: maybe\n        max_length: 100",
            "'required'",
        ),
        ("role: country\n", "role: nation\n", "unknown role 'nation'"),
        (
            "          - key: citation\n            type: text",
            "          - key: citation\n            type: image",
            "a table cannot hold an image",
        ),
        ("report: cover\n", "report: inside\n", "report is 'cover', 'front', 'back' or 'none'"),
        ("languages: [en, fr, es, ar]", "languages: [en, fr, es, ar, de]", "unknown language 'de'"),
        (
            "languages: [en, fr, es, ar]\n",
            "languages: [en]\ntranslating: [Deutsch]\n",
            "translating: must list language codes",
        ),
        ("        role: country\n", "", "no field plays the role country"),
        ("role: organisation\n", "role: country\n", "the role country is also profile.country's"),
        ("role: review_date\n", "role: rating\n", "the role rating is for a choice field"),
        ("role: language\n", "role: rating\n", "belongs to a field of each objective"),
    ],
)
def test_broken_definitions_are_refused_with_their_place(old, new, message):
    assert old in DEFINITION
    broken = DEFINITION.replace(old, new, 1)
    with pytest.raises(DefinitionError, match=re.escape(message)) as info:
        parse_form(broken, source="broken.yaml")
    assert str(info.value).startswith("broken.yaml: ")


def test_the_texts_of_a_language_being_translated_are_read_past():
    """Portuguese written into the definition before it is reviewed: not offered, not refused."""
    assert "          en: Country\n" in DEFINITION
    drafted = DEFINITION.replace(
        "          en: Country\n", "          en: Country\n          pt: País\n", 1
    )
    drafted = drafted.replace(
        "languages: [en, fr, es, ar]\n", "languages: [en, fr, es, ar]\ntranslating: [pt]\n"
    )
    form = parse_form(drafted, source="drafted.yaml")
    assert form.languages == ("en", "fr", "es", "ar")
    assert form.ref("profile.country").field.label.get("pt") == "Country"  # English, not pt


def test_not_yaml_is_refused():
    with pytest.raises(DefinitionError, match="not valid YAML"):
        parse_form("sections: [", source="x.yaml")


def test_unknown_version_is_refused():
    with pytest.raises(DefinitionError, match="form version 99"):
        load_form(99)


def test_the_compiled_definition_matches_its_yaml():
    """The JSON read at start-up is the YAML's data; regenerate with python -m forms.compile."""
    from importlib import resources

    from forms.compile import compiled_text
    from forms.loader import available_versions, compiled_name

    for version in available_versions():
        shipped = resources.files("forms.definitions") / compiled_name(version)
        assert shipped.read_text(encoding="utf-8") == compiled_text(version), (
            "run: uv run python -m forms.compile"
        )


def test_a_definition_fingerprint_follows_its_file(tmp_path, monkeypatch):
    import forms.definitions
    from forms.versions import definition_name, definition_stamp

    shipped = definition_stamp(CURRENT_VERSION)
    assert shipped is not None and shipped == definition_stamp(CURRENT_VERSION)
    assert definition_stamp(999) is None, "a version not shipped has none"
    source = Path(forms.definitions.__file__).parent / definition_name(CURRENT_VERSION)
    copy = tmp_path / definition_name(CURRENT_VERSION)
    copy.write_bytes(source.read_bytes())
    monkeypatch.setattr(forms.definitions, "__file__", str(tmp_path / "__init__.py"))
    assert definition_stamp(CURRENT_VERSION) == shipped, "the content counts, not the place"
    copy.write_bytes(source.read_bytes() + b"\n# a question added\n")
    assert definition_stamp(CURRENT_VERSION) != shipped

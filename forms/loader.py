"""Load a form definition file and check it into :mod:`forms.schema` dataclasses.

Every inconsistency is reported as a :class:`DefinitionError` naming the file
and the place in it, e.g. ``sections[3].item_fields[2]: unknown type 'foo'``.

The YAML file is the definition. Next to it ships its compiled copy, the same
data as JSON, which reads ten times faster at start-up; ``python -m
forms.compile`` writes it and a test fails while it differs from the YAML.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from forms.carry_over import carried_problem
from forms.errors import DefinitionError
from forms.languages import CODE_PATTERN, CODES
from forms.roles import ITEM_ROLES, REQUIRED_ROLES, ROLE_TYPES, Role
from forms.schema import (
    CHOICE_TYPES,
    FIELD_TYPES,
    TEXT_LIMIT,
    TEXT_TYPES,
    Choice,
    Field,
    Form,
    Group,
    Item,
    Rule,
    Section,
)
from forms.sheet_names import sheet_name_problem
from forms.text import FALLBACK_LANGUAGE, Text
from forms.versions import CURRENT_VERSION as CURRENT_VERSION  # re-exported for callers
from forms.versions import DEFINITION_PREFIX as DEFINITION_PREFIX
from forms.versions import available_versions as available_versions  # re-exported
from forms.versions import compiled_name as compiled_name  # re-exported
from forms.versions import definition_name

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
#: What ``carried_from`` names: a field of the same section or item, or ``section.field``.
SOURCE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")
RULES = {"date_order"}
#: Where a field's answer may be printed, besides its section ("").
REPORT_PLACES = ("", "cover", "front", "back", "none")


@cache
def load_form(version: int = CURRENT_VERSION) -> Form:
    """The shipped form definition of ``version`` (loaded once, then cached)."""
    if version not in available_versions():
        raise DefinitionError(
            f"form version {version} is not known to this version of the application"
        )
    from importlib import resources

    entry = resources.files("forms.definitions") / definition_name(version)
    compiled = resources.files("forms.definitions") / compiled_name(version)
    if compiled.is_file():
        data = json.loads(compiled.read_text(encoding="utf-8"))
        return _FormBuilder(entry.name).build(data)
    return parse_form(entry.read_text(encoding="utf-8"), source=entry.name)


def read_yaml(text: str, source: str = "<definition>") -> Any:
    """The data of YAML text; DefinitionError when it is not valid YAML."""
    import yaml  # here, not at start-up: the compiled definition needs no YAML

    # The C loader is several times faster; fall back when libyaml is absent.
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        raise DefinitionError(f"{source}: not valid YAML ({err})") from err


def load_form_file(path: Path) -> Form:
    """Load a definition from any file (used by tests and by form authors)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise DefinitionError(f"{path}: cannot read the definition ({err.strerror})") from err
    return parse_form(text, source=str(path))


def parse_form(text: str, source: str = "<definition>") -> Form:
    """Parse and check definition text; raise DefinitionError on any problem."""
    return _FormBuilder(source).build(read_yaml(text, source))


class _FormBuilder:
    """Turns parsed YAML into a checked :class:`Form`, tracking where it is in the file."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.languages: tuple[str, ...] = (FALLBACK_LANGUAGE,)
        self.translating: frozenset[str] = frozenset()
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self.item_choices: dict[str, tuple[Choice, ...]] = {}

    def fail(self, where: str, message: str) -> DefinitionError:
        return DefinitionError(f"{self.source}: {where}: {message}")

    # -- small typed readers -------------------------------------------------
    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a mapping")
        return value

    def sequence(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def key(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not KEY_PATTERN.match(value):
            raise self.fail(where, f"key {value!r} must be lower-case letters, digits and _")
        return value

    def text(self, value: Any, where: str, required: bool = True) -> Text:
        if value is None and not required:
            return Text()
        data = self.mapping(value, where)
        for lang, translated in data.items():
            if lang not in self.languages and lang not in self.translating:
                raise self.fail(where, f"language {lang!r} is not in the form's languages")
            if not isinstance(translated, str):
                raise self.fail(f"{where}.{lang}", "expected text")
        if not data.get(FALLBACK_LANGUAGE):
            raise self.fail(where, "an English text ('en') is required")
        return Text({lang: t for lang, t in data.items() if lang in self.languages})

    def sheet_name(self, value: Any, where: str) -> Text:
        """A workbook sheet's name in each language: what a spreadsheet's tab can hold."""
        names = self.text(value, where, required=False)
        for lang, name in names.values.items():
            problem = sheet_name_problem(name)
            if problem:
                raise self.fail(f"{where}.{lang}", problem)
        return names

    def check_unknown(self, data: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise self.fail(where, f"unknown entry {unknown[0]!r}")

    def number(self, value: Any, where: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, "expected a number")
        return value

    # -- the parts of the form -----------------------------------------------
    def build(self, data: Any) -> Form:
        data = self.mapping(data, "top level")
        allowed = {"form", "version", "languages", "translating", "title", "subtitle"}
        allowed |= {"choice_lists", "sections"}
        self.check_unknown(data, allowed, "top level")
        form_key = data.get("form")
        if not isinstance(form_key, str) or not form_key:
            raise self.fail("form", "the form needs a name")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", "the version must be a whole number from 1")
        languages = self.sequence(data.get("languages"), "languages")
        if FALLBACK_LANGUAGE not in languages or not all(isinstance(x, str) for x in languages):
            raise self.fail("languages", "must list language codes, English ('en') included")
        unknown = [code for code in languages if code not in CODES]
        if unknown:
            known = ", ".join(CODES)
            raise self.fail("languages", f"unknown language {unknown[0]!r} (known: {known})")
        self.languages = tuple(languages)
        # Languages being translated, not offered yet: their texts are read past.
        translating = self.sequence(data.get("translating", []), "translating")
        if not all(isinstance(x, str) and CODE_PATTERN.match(x) for x in translating):
            raise self.fail("translating", "must list language codes (pt, sw…)")
        self.translating = frozenset(translating) - set(languages)

        lists = self.mapping(data.get("choice_lists", {}), "choice_lists")
        for name, choices in lists.items():
            self.choice_lists[self.key(name, "choice_lists")] = self.choices(
                choices, f"choice_lists.{name}"
            )

        raw_sections = self.sequence(data.get("sections"), "sections")
        # Items are collected first so that fields may offer them as choices.
        for index, raw in enumerate(raw_sections):
            raw = self.mapping(raw, f"sections[{index}]")
            if "items" in raw:
                items = self.sequence(raw["items"], f"sections[{index}].items")
                self.item_choices[self.key(raw.get("key"), f"sections[{index}].key")] = tuple(
                    Choice(
                        self.key(self.mapping(it, "item").get("key"), "item key"),
                        self.text(it.get("title"), f"sections[{index}].items.title"),
                    )
                    for it in items
                )
        sections = tuple(
            self.section(raw, f"sections[{index}]") for index, raw in enumerate(raw_sections)
        )
        self.check_global_keys(sections)
        if not any(s.key == "objectives" and s.has_items for s in sections):
            raise self.fail("sections", "the form needs an 'objectives' section of items")
        self.check_roles(sections)
        carried = carried_problem(sections)
        if carried is not None:
            raise self.fail(*carried)
        return Form(
            key=form_key,
            version=version,
            languages=self.languages,
            title=self.text(data.get("title"), "title"),
            subtitle=self.text(data.get("subtitle"), "subtitle", required=False),
            sections=sections,
            choice_lists=dict(self.choice_lists),
        )

    def choices(self, raw: Any, where: str) -> tuple[Choice, ...]:
        result: list[Choice] = []
        seen: set[str] = set()
        for index, entry in enumerate(self.sequence(raw, where)):
            here = f"{where}[{index}]"
            entry = self.mapping(entry, here)
            key = self.key(entry.get("key"), f"{here}.key")
            if key in seen:
                raise self.fail(here, f"duplicate choice key {key!r}")
            seen.add(key)
            extra = {k: v for k, v in entry.items() if k not in {"key", "label", "help"}}
            self.check_former_labels(extra.get("former_labels"), f"{here}.former_labels")
            for flag in ("sensitive", "settled"):
                if not isinstance(extra.get(flag, False), bool):
                    raise self.fail(here, f"'{flag}' must be true or false")
            result.append(
                Choice(
                    key=key,
                    label=self.text(entry.get("label"), f"{here}.label"),
                    help=self.text(entry.get("help"), f"{here}.help", required=False),
                    extra=extra,
                )
            )
        if not result:
            raise self.fail(where, "a choice list needs at least one choice")
        return tuple(result)

    def check_former_labels(self, former: Any, where: str) -> None:
        """``former_labels``, when given: per language, a list of texts."""
        if former is None:
            return
        if not isinstance(former, dict) or not all(
            lang in CODES and isinstance(labels, list) and all(isinstance(t, str) for t in labels)
            for lang, labels in former.items()
        ):
            raise self.fail(where, "former_labels give, per language code, a list of labels")

    def field(self, raw: Any, where: str, in_table: bool = False) -> Field:
        raw = self.mapping(raw, where)
        allowed = {
            "key", "type", "label", "help", "required", "optional", "confidential", "personal",
            "max_length", "min", "max", "integer", "max_rows", "format", "total", "choices",
            "choices_from", "columns", "sheet", "role", "report", "report_label", "group_by",
            "listing", "carried", "carried_from", "carried_origin", "shares_row",
            "withholds_row", "withheld_note", "short_report",
        }  # fmt: skip
        self.check_unknown(raw, allowed, where)
        key = self.key(raw.get("key"), f"{where}.key")
        where = f"{where} ({key})"
        kind = raw.get("type")
        if kind not in FIELD_TYPES:
            raise self.fail(where, f"unknown type {kind!r}")
        if in_table and kind in ("table", "image"):
            raise self.fail(
                where, "a table cannot hold " + ("an image" if kind == "image" else "another table")
            )
        flags = ("required", "optional", "confidential", "personal", "integer", "carried")
        for flag in (*flags, "carried_origin", "shares_row", "withholds_row", "short_report"):
            if not isinstance(raw.get(flag, False), bool):
                raise self.fail(where, f"'{flag}' must be true or false")

        choices: tuple[Choice, ...] = ()
        choice_list = raw.get("choices")
        if kind in CHOICE_TYPES:
            if choice_list is not None and "choices_from" in raw:
                raise self.fail(where, "give either 'choices' or 'choices_from', not both")
            if choice_list is not None:
                if choice_list not in self.choice_lists:
                    raise self.fail(where, f"unknown choice list {choice_list!r}")
                choices = self.choice_lists[choice_list]
            elif raw.get("choices_from") in self.item_choices:
                choice_list = raw["choices_from"]
                choices = self.item_choices[choice_list]
            else:
                raise self.fail(where, "a choice field needs 'choices' or 'choices_from'")
        elif choice_list is not None or "choices_from" in raw:
            raise self.fail(where, f"a {kind} field takes no choices")

        max_length = raw.get("max_length")
        if kind in TEXT_TYPES:
            if max_length is None:
                max_length = 200 if kind == "text" else 30000
            if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
                raise self.fail(where, "max_length must be a positive whole number")
            if max_length > TEXT_LIMIT:
                raise self.fail(
                    where, f"max_length is at most {TEXT_LIMIT}, what a spreadsheet cell holds"
                )
        elif max_length is not None:
            raise self.fail(where, f"a {kind} field takes no max_length")

        columns: tuple[Field, ...] = ()
        if kind == "table":
            raw_columns = self.sequence(raw.get("columns"), f"{where}.columns")
            columns = tuple(
                self.field(col, f"{where}.columns[{i}]", in_table=True)
                for i, col in enumerate(raw_columns)
            )
            self.unique([c.key for c in columns], f"{where}.columns")
            if not columns:
                raise self.fail(where, "a table needs at least one column")
            for column in columns:
                if column.total and column.total not in {c.key for c in columns}:
                    raise self.fail(where, f"column total {column.total!r} is not a column")
        group_by = raw.get("group_by")
        if group_by is not None and not any(
            c.key == group_by and c.type in ("text", "choice") for c in columns
        ):
            raise self.fail(where, "group_by names a text or choice column of the table")
        listing = raw.get("listing", False)
        if listing not in (False, True) or (listing and kind != "longtext"):
            raise self.fail(where, "listing is true or false, for a longtext field")

        minimum = self.number(raw.get("min"), f"{where}.min")
        maximum = self.number(raw.get("max"), f"{where}.max")
        if minimum is not None and maximum is not None and minimum > maximum:
            raise self.fail(where, "min is greater than max")
        max_rows = raw.get("max_rows")
        if max_rows is not None and (
            kind != "table" or isinstance(max_rows, bool) or not isinstance(max_rows, int)
        ):
            raise self.fail(where, "max_rows is a whole number, for tables only")
        if raw.get("format") not in (None, "email"):
            raise self.fail(where, f"unknown format {raw.get('format')!r}")
        role = self.role(raw.get("role"), kind, in_table, where)
        carried_from = self.carried_from(raw, key, where)
        if raw.get("carried_origin", False) and not (in_table and kind in TEXT_TYPES):
            raise self.fail(where, "carried_origin is for a text column of a table")
        deciding = [f for f in ("shares_row", "withholds_row") if raw.get(f, False)]
        if deciding and not (in_table and kind == "boolean"):
            raise self.fail(where, f"{deciding[0]} is for a yes/no column of a table")
        if len(deciding) > 1:
            raise self.fail(where, "give either 'shares_row' or 'withholds_row', not both")
        if raw.get("short_report", False) and in_table:
            raise self.fail(where, "short_report is for a question, not a table column")
        report = raw.get("report", "")
        if report not in REPORT_PLACES or (report and in_table):
            raise self.fail(
                where, "report is 'cover', 'front', 'back' or 'none', for a field asked once"
            )
        built = Field(
            key=key,
            type=kind,
            label=self.text(raw.get("label"), f"{where}.label"),
            help=self.text(raw.get("help"), f"{where}.help", required=False),
            required=raw.get("required", False),
            optional=raw.get("optional", False),
            confidential=raw.get("confidential", False),
            personal=raw.get("personal", False),
            max_length=max_length,
            minimum=minimum,
            maximum=maximum,
            integer=raw.get("integer", False),
            max_rows=max_rows,
            format=raw.get("format"),
            total=raw.get("total"),
            group_by=group_by,
            listing=listing,
            choice_list=choice_list,
            choices=choices,
            columns=columns,
            sheet=self.sheet_name(raw.get("sheet"), f"{where}.sheet"),
            role=role,
            report=report,
            report_label=self.text(raw.get("report_label"), f"{where}.report_label", False),
            carried_from=carried_from,
            carried_origin=raw.get("carried_origin", False),
            shares_row=raw.get("shares_row", False),
            withholds_row=raw.get("withholds_row", False),
            withheld_note=self.text(raw.get("withheld_note"), f"{where}.withheld_note", False),
            short_report=raw.get("short_report", False),
        )
        if "withheld_note" in raw and not built.keeps_rows_back:
            raise self.fail(
                where, "withheld_note is for a table with a shares_row or withholds_row column"
            )
        return built

    def carried_from(self, raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        """``carried: true`` (the same key) or ``carried_from``: one key, or a list of keys."""
        given = raw.get("carried_from")
        if given is None:
            return (key,) if raw.get("carried", False) else ()
        if "carried" in raw:
            raise self.fail(where, "give either 'carried' or 'carried_from', not both")
        sources = [given] if isinstance(given, str) else self.sequence(given, where)
        if not sources or not all(isinstance(s, str) and SOURCE_PATTERN.match(s) for s in sources):
            raise self.fail(where, "carried_from names a key, or a list of keys (section.field)")
        return tuple(sources)

    def role(self, value: Any, kind: str, in_table: bool, where: str) -> Role | None:
        """A field's role, checked against its type (where it stands is checked by build)."""
        if value is None:
            return None
        try:
            role = Role(value)
        except ValueError:
            known = ", ".join(sorted(Role))
            raise self.fail(where, f"unknown role {value!r} (known: {known})") from None
        if in_table or kind not in ROLE_TYPES[role]:
            types = " or ".join(sorted(ROLE_TYPES[role]))
            raise self.fail(where, f"the role {role} is for a {types} field asked once")
        return role

    def check_roles(self, sections: tuple[Section, ...]) -> None:
        """Each role played once, where it can be; the roles code relies on all played."""
        played: dict[Role, str] = {}
        for section in sections:
            placed = [(f, False) for f in section.fields] + [(f, True) for f in section.item_fields]
            for fld, per_item in placed:
                if fld.role is None:
                    continue
                where = f"{section.key}.{fld.key}"
                if fld.role in played:
                    raise self.fail(where, f"the role {fld.role} is also {played[fld.role]}'s")
                if (fld.role in ITEM_ROLES) != (per_item and section.key == "objectives"):
                    place = "each objective" if fld.role in ITEM_ROLES else "a section, once"
                    raise self.fail(where, f"the role {fld.role} belongs to a field of {place}")
                played[fld.role] = where
        missing = sorted(REQUIRED_ROLES - played.keys())
        if missing:
            raise self.fail("sections", f"no field plays the role {missing[0]}")

    def section(self, raw: dict[str, Any], where: str) -> Section:
        allowed = {
            "key", "title", "help", "fields", "item_label", "item_fields", "items", "groups",
            "confidential_flag", "rules", "side_by_side", "sheet", "report_title",
        }  # fmt: skip
        self.check_unknown(raw, allowed, where)
        key = self.key(raw.get("key"), f"{where}.key")
        where = f"{where} ({key})"
        has_items = "items" in raw
        if has_items == ("fields" in raw):
            raise self.fail(where, "a section has either 'fields' or 'items' with 'item_fields'")
        raw_fields = raw.get("item_fields") if has_items else raw.get("fields")
        list_name = "item_fields" if has_items else "fields"
        fields = tuple(
            self.field(f, f"{where}.{list_name}[{i}]")
            for i, f in enumerate(self.sequence(raw_fields, f"{where}.{list_name}"))
        )
        self.unique([f.key for f in fields], f"{where}.{list_name}")
        shortened = [f.key for f in fields if f.short_report]
        if has_items and shortened:
            # A short report rates the items and prints none of their answers.
            raise self.fail(
                f"{where} ({shortened[0]})", "short_report is for a question asked once"
            )
        items, groups = self.items(raw, where) if has_items else ((), ())
        flag = raw.get("confidential_flag")
        if flag is not None and not any(f.key == flag and f.type == "boolean" for f in fields):
            raise self.fail(where, f"confidential_flag {flag!r} is not a boolean field")
        return Section(
            key=key,
            title=self.text(raw.get("title"), f"{where}.title"),
            help=self.text(raw.get("help"), f"{where}.help", required=False),
            fields=() if has_items else fields,
            item_label=self.text(raw.get("item_label"), f"{where}.item_label", required=False),
            item_fields=fields if has_items else (),
            items=items,
            groups=groups,
            confidential_flag=flag,
            rules=self.rules(raw.get("rules", []), fields, f"{where}.rules"),
            side_by_side=self.side_by_side(raw.get("side_by_side", []), fields, where),
            sheet=self.sheet_name(raw.get("sheet"), f"{where}.sheet"),
            report_title=self.text(raw.get("report_title"), f"{where}.report_title", False),
        )

    def side_by_side(
        self, raw: Any, fields: tuple[Field, ...], where: str
    ) -> tuple[tuple[str, ...], ...]:
        groups = []
        known = {f.key for f in fields}
        placed: set[str] = set()
        for index, group in enumerate(self.sequence(raw, f"{where}.side_by_side")):
            here = f"{where}.side_by_side[{index}]"
            keys = tuple(self.sequence(group, here))
            if len(keys) < 2 or not set(keys) <= known or placed & set(keys):
                raise self.fail(here, "expected two or more fields of the section, each once")
            placed.update(keys)
            groups.append(keys)
        return tuple(groups)

    def items(self, raw: dict[str, Any], where: str) -> tuple[tuple[Item, ...], tuple[Group, ...]]:
        raw_groups = self.sequence(raw.get("groups", []), f"{where}.groups")
        groups = []
        group_of: dict[str, str] = {}
        for index, entry in enumerate(raw_groups):
            here = f"{where}.groups[{index}]"
            entry = self.mapping(entry, here)
            self.check_unknown(entry, {"key", "title", "items"}, here)
            members = tuple(
                self.key(k, f"{here}.items") for k in self.sequence(entry.get("items"), here)
            )
            group = Group(
                self.key(entry.get("key"), f"{here}.key"),
                self.text(entry.get("title"), f"{here}.title"),
                members,
            )
            for member in members:
                if member in group_of:
                    raise self.fail(here, f"item {member!r} is in two groups")
                group_of[member] = group.key
            groups.append(group)
        self.unique([g.key for g in groups], f"{where}.groups")

        items = []
        for index, entry in enumerate(self.sequence(raw.get("items"), f"{where}.items")):
            here = f"{where}.items[{index}]"
            entry = self.mapping(entry, here)
            self.check_unknown(entry, {"key", "title", "paragraph"}, here)
            paragraph = entry.get("paragraph")
            if paragraph is not None and (
                isinstance(paragraph, bool) or not isinstance(paragraph, int)
            ):
                raise self.fail(here, "paragraph must be a whole number")
            key = self.key(entry.get("key"), f"{here}.key")
            items.append(
                Item(
                    key,
                    self.text(entry.get("title"), f"{here}.title"),
                    index + 1,
                    paragraph,
                    group_of.get(key),
                )
            )
        keys = [item.key for item in items]
        self.unique(keys, f"{where}.items")
        if groups:
            missing = sorted(set(keys) - set(group_of))
            stray = sorted(set(group_of) - set(keys))
            if missing:
                raise self.fail(f"{where}.groups", f"item {missing[0]!r} is in no group")
            if stray:
                raise self.fail(f"{where}.groups", f"{stray[0]!r} is not an item of the section")
        return tuple(items), tuple(groups)

    def rules(self, raw: Any, fields: tuple[Field, ...], where: str) -> tuple[Rule, ...]:
        rules = []
        # Looked up with the raw definition's values, which may be missing (None).
        by_key: dict[str | None, Field] = {f.key: f for f in fields}
        for index, entry in enumerate(self.sequence(raw, where)):
            here = f"{where}[{index}]"
            entry = dict(self.mapping(entry, here))
            name = entry.pop("rule", None)
            if name not in RULES:
                raise self.fail(here, f"unknown rule {name!r}")
            for end in ("start", "end"):
                if getattr(by_key.get(entry.get(end)), "type", None) != "date":
                    raise self.fail(here, f"'{end}' must name a date field")
            rules.append(Rule(name, entry))
        return tuple(rules)

    def unique(self, keys: list[str], where: str) -> None:
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                raise self.fail(where, f"duplicate key {key!r}")
            seen.add(key)

    def check_global_keys(self, sections: tuple[Section, ...]) -> None:
        """Section keys and item keys share one namespace: answer keys must be unambiguous."""
        owners: list[str] = []
        for section in sections:
            owners.extend(section.answer_owners())
        self.unique(owners, "sections (section and item keys)")

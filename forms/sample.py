"""The sample review used at workshops: a fictional country, every section filled."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from forms.errors import DefinitionError, InvalidValue, UnknownKey
from forms.review import check_answers
from forms.schema import Form

SAMPLE_FILE = "sample-review.yaml"


def sample_answers(form: Form) -> dict[str, Any]:
    """The sample review's answers, checked against ``form``."""
    entry = resources.files("forms.definitions") / SAMPLE_FILE
    try:
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise DefinitionError(f"{SAMPLE_FILE}: not valid YAML ({err})") from err
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise DefinitionError(f"{SAMPLE_FILE}: expected a mapping 'answers'")
    try:
        checked = check_answers(form, data["answers"])
    except (UnknownKey, InvalidValue) as err:
        raise DefinitionError(f"{SAMPLE_FILE}: {err}") from err
    return {key: value for key, value in checked.items() if value is not None}

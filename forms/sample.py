"""The sample review used at workshops: a fictional country, every section filled."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

from forms.errors import DefinitionError, InvalidValue, UnknownKey
from forms.loader import load_form
from forms.review import check_answers
from forms.roles import Role
from forms.safe_text import folded
from forms.sample_marks import is_sample_id
from forms.schema import Form

SAMPLE_FILE = "sample-review.yaml"


#: Answers that only the fictional sample gives (its invented country, its organisation).
MARKER_ROLES = (Role.COUNTRY, Role.ORGANISATION)


def _raw_answers() -> dict[str, Any]:
    entry = resources.files("forms.definitions") / SAMPLE_FILE
    try:
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise DefinitionError(f"{SAMPLE_FILE}: not valid YAML ({err})") from err
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise DefinitionError(f"{SAMPLE_FILE}: expected a mapping 'answers'")
    answers: dict[str, Any] = data["answers"]
    return answers


@cache
def _markers() -> dict[str, str]:
    answers = _raw_answers()
    keys = [load_form().role_key(role) for role in MARKER_ROLES]
    return {key: folded(answers[key]) for key in keys if answers.get(key)}


def sample_country() -> str:
    """The fictional country of the sample (and of the practice files of a merge)."""
    return str(_raw_answers()[load_form().role_key(Role.COUNTRY)])


def looks_like_sample(answers: Mapping[str, Any], review_id: str | None) -> bool:
    """Whether a review is workshop material, by its id's mark or the sample's own answers.

    The ``sample`` flag of a file is one cell anyone can edit; these marks stay.
    """
    if is_sample_id(review_id):
        return True
    return any(
        answers.get(key) and folded(answers[key]) == marker for key, marker in _markers().items()
    )


def sample_answers(form: Form) -> dict[str, Any]:
    """The sample review's answers, checked against ``form``."""
    data = {"answers": _raw_answers()}
    try:
        checked = check_answers(form, data["answers"])
    except (UnknownKey, InvalidValue) as err:
        raise DefinitionError(f"{SAMPLE_FILE}: {err}") from err
    return {key: value for key, value in checked.items() if value is not None}

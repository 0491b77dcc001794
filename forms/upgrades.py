"""Carrying answers written against an earlier form version over to a later one.

Each version after the first has one upgrade, in ``forms/upgrade_v<N>.py``,
from the version before it. A review of any earlier version is brought to the
current one step by step, and checked against each definition it passes
through, so that a step never hands on what its version cannot hold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from forms import upgrade_v2
from forms.review import check_answers
from forms.schema import Form
from forms.versions import CURRENT_VERSION

Step = Callable[[Mapping[str, Any], Form], dict[str, Any]]
FormLoader = Callable[[int], Form]

#: The upgrade that brings answers of a version to the next: from version -> step.
STEPS: dict[int, Step] = {upgrade_v2.FROM_VERSION: upgrade_v2.upgrade}


def upgrade_answers(
    answers: Mapping[str, Any],
    from_version: int,
    form_loader: FormLoader,
    to_version: int = CURRENT_VERSION,
) -> dict[str, Any]:
    """``answers`` of ``from_version`` as ``to_version`` asks them.

    Raises InvalidValue or UnknownKey (from the check of each step) when the
    answers cannot be carried over: a programming error in a step, never
    something to pass on half done.
    """
    if from_version > to_version:
        raise ValueError(f"cannot take answers back from version {from_version}")
    current = dict(answers)
    for version in range(from_version, to_version):
        step = STEPS.get(version)
        if step is None:
            raise ValueError(f"no upgrade from form version {version}")
        form = form_loader(version + 1)
        checked = check_answers(form, step(current, form))
        current = {key: value for key, value in checked.items() if value is not None}
    return current


def needs_upgrade(version: int) -> bool:
    """Whether answers of ``version`` are older than the current form's."""
    return version < CURRENT_VERSION

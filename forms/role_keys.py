"""Which answer keys play a role in the shipped definitions, read without building a form.

The start screen names each review by its country and organisation before any
form definition is loaded (the form classes cost tens of milliseconds): the
keys come from the compiled definitions, a millisecond each.
"""

from __future__ import annotations

import json
from functools import cache

from forms.roles import Role
from forms.versions import available_versions, compiled_name


@cache
def role_keys(role: Role) -> tuple[str, ...]:
    """The answer keys of the field asked once that plays ``role``, in any shipped version.

    A version shipped without its compiled copy is read through the loader.
    """
    from importlib import resources

    keys: dict[str, None] = {}
    for version in available_versions():
        compiled = resources.files("forms.definitions") / compiled_name(version)
        if not compiled.is_file():
            from forms.loader import load_form

            ref = load_form(version).role_ref(role)
            if ref is not None and ref.item is None:
                keys[ref.key] = None
            continue
        for section in json.loads(compiled.read_text(encoding="utf-8"))["sections"]:
            for fld in section.get("fields", ()):
                if fld.get("role") == role.value:
                    keys[f"{section['key']}.{fld['key']}"] = None
    return tuple(keys)

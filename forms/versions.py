"""The form versions: the one new reviews are written against, and a fingerprint of each.

Kept apart from the loader: naming the current version, or telling whether a
definition changed, needs none of the definition classes (a quicker start).
"""

from __future__ import annotations

from pathlib import Path

#: The version new reviews are written against.
CURRENT_VERSION = 2
DEFINITION_PREFIX = "shadow-review-v"


def definition_name(version: int) -> str:
    """The file name of the definition (YAML, the source of truth) of ``version``."""
    return f"{DEFINITION_PREFIX}{version}.yaml"


def definition_stamp(version: int) -> str | None:
    """A fingerprint of the shipped definition of ``version``; None when it is not shipped.

    It changes whenever the definition does (a question added to a version,
    say), so that what was worked out from the old one, such as the recorded
    completeness of the reviews, is worked out again. The file is found beside
    the ``forms.definitions`` package, from the sources and in the bundle alike,
    rather than through importlib.resources, whose import costs the start-up
    some 10 ms.
    """
    import zlib

    import forms.definitions

    path = Path(forms.definitions.__file__).parent / definition_name(version)
    try:
        return f"{version}:{zlib.crc32(path.read_bytes()):08x}"
    except OSError:
        return None


def available_versions() -> list[int]:
    """The form versions shipped with the application, oldest first."""
    from importlib import resources  # when first needed: it imports zipfile and tempfile

    versions = []
    for entry in resources.files("forms.definitions").iterdir():
        name = entry.name
        if name.startswith(DEFINITION_PREFIX) and name.endswith(".yaml"):
            number = name[len(DEFINITION_PREFIX) : -len(".yaml")]
            if number.isdigit():
                versions.append(int(number))
    return sorted(versions)


def compiled_name(version: int) -> str:
    """The file name of the compiled (JSON) copy of a definition version."""
    return f"{DEFINITION_PREFIX}{version}.json"

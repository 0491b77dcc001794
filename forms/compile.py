"""Write the compiled (JSON) copy of each shipped form definition.

Run ``uv run python -m forms.compile`` after editing a definition: the
application reads the JSON at start-up, and a test fails while it differs
from its YAML file.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from forms.loader import available_versions, compiled_name, read_yaml
from forms.versions import DEFINITION_PREFIX


def compiled_text(version: int) -> str:
    """The JSON text that the definition ``version`` compiles to."""
    folder = resources.files("forms.definitions")
    source = f"{DEFINITION_PREFIX}{version}.yaml"
    data = read_yaml((folder / source).read_text(encoding="utf-8"), source)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> None:
    """Compile every shipped definition next to its YAML file."""
    folder = Path(str(resources.files("forms.definitions")))
    for version in available_versions():
        target = folder / compiled_name(version)
        target.write_text(compiled_text(version), encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()

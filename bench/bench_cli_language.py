"""The command line in another language: ``gcm-review`` in French or Arabic against English.

A command speaks the interface language (desktop.command_language): for a
language other than English it loads the window's compiled catalogue through
QtCore. Each run is a new process, timed from spawn to exit, alternating: the
floor is a bare interpreter importing sqlite3, then ``list`` and a refused
``show`` in English, French and Arabic. Medians and their ratio to the floor.

  uv run python bench/bench_cli_language.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("gcm-review")
LOCALES = {"English": "C.UTF-8", "French": "fr_FR.UTF-8", "Arabic": "ar_EG.UTF-8"}


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "reviews.db")
        env = {**os.environ, "XDG_DATA_HOME": folder}  # no interface language chosen
        subprocess.run([str(SCRIPT), "demo", "--db", db], check=True, capture_output=True, env=env)
        commands: dict[str, tuple[list[str], dict[str, str]]] = {
            "floor (python -c 'import sqlite3')": ([sys.executable, "-c", "import sqlite3"], env)
        }
        for name, locale in LOCALES.items():
            speaking = {**env, "LANG": locale}
            commands[f"list, {name}"] = ([str(SCRIPT), "list", "--db", db], speaking)
            commands[f"refused show, {name}"] = (
                [str(SCRIPT), "show", "zzzz", "--db", db],
                speaking,
            )
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(runs + 3):  # three warm-up rounds write the bytecode
            for name, (command, command_env) in commands.items():
                start = time.perf_counter()
                subprocess.run(command, capture_output=True, env=command_env, check=False)
                if run >= 3:
                    times[name].append(time.perf_counter() - start)
    floor = statistics.median(next(iter(times.values())))
    print(f"spawn to exit, {runs} runs each, medians")
    for name, measured in times.items():
        median = statistics.median(measured)
        print(f"  {name:<36} {median * 1000:5.0f} ms   {median / floor:5.2f}x the floor")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)

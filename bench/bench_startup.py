"""Start-up: the application's first window against a bare PySide6 window (the floor).

Each run is a new process, timed from spawn to the moment it says its first
window is shown (interpreter start, imports, the window and its first pass of
events), and to its exit. The application runs with ``--smoke`` (opens the main
window on the database, processes events once, says so, exits); the floor is
``bench/bare_window.py`` doing the same. Runs alternate; medians are reported
with their ratio.

  uv run python bench/bench_startup.py [RUNS]            # from the sources
  uv run python bench/bench_startup.py [RUNS] --frozen   # also the built bundles

``--frozen`` builds the application (``build.spec``) and the bare window with
PyInstaller into ``build/bench`` first, then times both executables.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
# As on an installed system, compiled bytecode is written once and reused (the warm-up
# runs write it); without it every start would recompile every module it imports.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the first window (its "window is shown" line) and to exit."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    shown = time.perf_counter() - start
    child.stdout.read()
    if child.wait() != 0 or "window is shown" not in line:
        raise subprocess.CalledProcessError(child.returncode, command, line)
    return shown, time.perf_counter() - start


def compare(label: str, app: list[str], floor: list[str], runs: int, reviews: bool) -> float:
    """Alternate the two commands ``runs`` times; print the medians and return the ratio.

    With ``reviews`` the database holds the sample review, so the start screen
    lists it (reading the form definition to show its completeness).
    """
    folder = Path(tempfile.mkdtemp())
    env = {**ENV, "GCM_REVIEW_DB": str(folder / "bench.db"), "HOME": str(folder)}
    if reviews:
        subprocess.run([*app[:-1], "demo"], env=env, check=True, capture_output=True)
    for command in (app, floor):  # warm the file cache once
        timed(command, env)
    app_runs, floor_runs = [], []
    for _ in range(runs):
        app_runs.append(timed(app, env))
        floor_runs.append(timed(floor, env))
    shutil.rmtree(folder, ignore_errors=True)
    what = "1 review" if reviews else "empty"
    ratios = []
    for index, clock in enumerate(("shown", "exit")):
        app_median = statistics.median(r[index] for r in app_runs)
        floor_median = statistics.median(r[index] for r in floor_runs)
        ratios.append(app_median / floor_median)
        print(
            f"  {label:<7}{what:<9}{clock:<5} app {app_median * 1000:5.0f} ms   bare window"
            f" {floor_median * 1000:5.0f} ms   ratio {ratios[-1]:.2f}x"
        )
    return ratios[0]


def build() -> tuple[Path, Path]:
    """Build the application and the bare window with PyInstaller; their executables."""
    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    work = ["--distpath", str(BENCH / "dist"), "--workpath", str(BENCH / "work")]
    subprocess.run([*pyinstaller, *work, str(ROOT / "build.spec")], check=True, cwd=ROOT)
    bare = [*work, "--onedir", "--specpath", str(BENCH), "--name", "bare-window"]
    bare += ["--exclude-module", "PIL", "--exclude-module", "tkinter"]
    subprocess.run([*pyinstaller, *bare, str(ROOT / "bench" / "bare_window.py")], check=True)
    suffix = ".exe" if sys.platform == "win32" else ""
    return (
        BENCH / "dist" / "gcm-review" / f"gcm-review{suffix}",
        BENCH / "dist" / "bare-window" / f"bare-window{suffix}",
    )


def bundle_sizes(folder: Path) -> tuple[float, float]:
    """The bundle's size unpacked and as a .tar.gz, in MB (10^6 bytes)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    unpacked = sum(p.stat().st_size for p in files)
    archive = BENCH / "bundle.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return unpacked / 1e6, archive.stat().st_size / 1e6


def main(runs: int, frozen: bool) -> None:
    print(f"start to first window and exit, {runs} runs each, medians ({ENV['QT_QPA_PLATFORM']})")
    # The command as installed (as users start it), else through the interpreter.
    command = shutil.which("gcm-review", path=str(Path(sys.executable).parent))
    app = [command, "--smoke"] if command else [sys.executable, "-m", "desktop", "--smoke"]
    floor = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    for reviews in (False, True):
        compare("source", app, floor, runs, reviews)
    if frozen:
        app_exe, floor_exe = build()
        for reviews in (False, True):
            compare("frozen", [str(app_exe), "--smoke"], [str(floor_exe)], runs, reviews)
        unpacked, packed = bundle_sizes(app_exe.parent)
        print(f"  bundle   {unpacked:.0f} MB unpacked, {packed:.0f} MB as .tar.gz")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--frozen"]
    main(int(arguments[0]) if arguments else 15, "--frozen" in sys.argv[1:])

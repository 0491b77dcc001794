"""Shared test setup: Qt runs offscreen, and no test touches the user's real data."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the data folder and GCM_REVIEW_DB away from the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("GCM_REVIEW_DB", raising=False)
    # The command line speaks the system's language: English here, unless a test says otherwise.
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="session")
def form():
    from forms.loader import load_form

    return load_form()

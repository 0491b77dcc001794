"""Each file on its own: a refusal or a fault stops only that file; cancelling skips the rest."""

from __future__ import annotations

from pathlib import Path

from desktop.operations.batch import DONE, FAILED, REFUSED, SKIPPED_FILE, WAITING, each_file
from desktop.operations.wording import SKIPPED, said
from forms.errors import UserError


class Later(UserError):
    """A refusal that waits for a confirmation."""


def test_every_file_gets_its_outcome_and_the_progress_is_told():
    paths = [Path(f"{name}.xlsx") for name in ("good", "bad", "broken", "later", "fine")]

    def take(path: Path):
        if path.stem == "bad":
            raise UserError(f"{path}: not a workbook")
        if path.stem == "broken":
            raise ZeroDivisionError("a fault")
        if path.stem == "later":
            raise Later(f"{path}: would replace a review")
        return said("{name} taken", name=path.stem), path.stem

    told: list[tuple[int, int, str]] = []
    outcomes = each_file(paths, take, lambda *step: told.append(step), waits=Later)
    assert [o.status for o in outcomes] == [DONE, REFUSED, FAILED, WAITING, DONE]
    assert str(outcomes[0].said) == "good taken" and outcomes[4].result == "fine"
    assert outcomes[1].reasons == ["bad.xlsx: not a workbook"]
    assert "ZeroDivisionError" in outcomes[2].reasons[0]
    assert isinstance(outcomes[3].error, Later)
    assert told == [(0, 5, "good.xlsx"), (1, 5, "bad.xlsx"), (2, 5, "broken.xlsx"),
                    (3, 5, "later.xlsx"), (4, 5, "fine.xlsx"), (5, 5, "")]  # fmt: skip


def test_cancelling_skips_the_files_left_and_keeps_what_was_done():
    paths = [Path(f"{n}.xlsx") for n in range(5)]
    taken: list[Path] = []

    def take(path: Path):
        taken.append(path)
        return said("taken"), None

    outcomes = each_file(paths, take, cancelled=lambda: len(taken) >= 2)
    assert [o.status for o in outcomes] == [DONE, DONE, SKIPPED_FILE, SKIPPED_FILE, SKIPPED_FILE]
    assert taken == paths[:2], "no file is started once cancelled"
    assert outcomes[3].said is not None and outcomes[3].said.phrase == SKIPPED

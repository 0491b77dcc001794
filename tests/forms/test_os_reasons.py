"""The system's refusals said as phrases: the common ones translated, the rest as they are."""

from __future__ import annotations

import errno

import pytest

from forms.os_reasons import os_reason
from forms.said import PROBLEMS


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "not permitted here"),
        (errno.EPERM, "not permitted here"),
        (errno.ENOENT, "there is no such file or folder"),
        (errno.ENAMETOOLONG, "the name is too long"),
        (errno.EIO, "the disk could not be read or written"),
    ],
)
def test_a_common_reason_is_a_phrase_of_the_catalogues(code, said):
    reason = os_reason(OSError(code, "whatever the C library says"))
    assert (str(reason), reason.context) == (said, PROBLEMS)


def test_a_file_open_in_another_program_on_windows():
    err = OSError(errno.EACCES, "The process cannot access the file")
    err.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
    assert str(os_reason(err)) == "another program is using the file"


def test_another_reason_is_the_system_s_own_text():
    reason = os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert (str(reason), reason.context) == ("Invalid cross-device link", "")
    assert str(os_reason(ValueError("odd"))) == "odd"

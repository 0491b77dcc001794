"""The signing keys of a coalition's member organisations: first seen, then pinned.

The first verified file of an organisation pins its key in the lead's
database. A later file of the same organisation signed with another key, or
not signed at all, still goes in, with a warning that says so: only a word
with the organisation (the fingerprint read out on the phone) tells a new key
from a forged file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from desktop.store import Store, utc_now
from exports.signing import Signature, Verdict, fingerprint


class KeyNote(StrEnum):
    """What the pinned keys say of a member's file."""

    NONE = ""
    FIRST = "first"  # the first file signed with this organisation's key
    CHANGED = "changed"  # signed with another key than the one pinned
    UNSIGNED = "unsigned"  # not signed, though the organisation's files were


class Pinned(NamedTuple):
    note: KeyNote
    organisation: str = ""
    pinned: str = ""  # the fingerprint of the key pinned


def organisation_key(name: str) -> str:
    """An organisation's name as keys are pinned by: case and spacing ignored."""
    return " ".join(name.casefold().split())


def check_and_pin(store: Store, organisation: str, signature: Signature, source: str) -> Pinned:
    """What the member keys say of a file of ``organisation``; a first verified key is pinned.

    A verified file is known by its signer's name (which its signature covers),
    any other by the organisation its answers name.
    """
    name = signature.signed_by if signature.verdict is Verdict.VERIFIED else organisation
    key = organisation_key(name)
    if not key:
        return Pinned(KeyNote.NONE)
    row = store.db.execute(
        "SELECT organisation, public FROM member_keys WHERE organisation_key = ?", [key]
    ).fetchone()
    if signature.verdict is Verdict.VERIFIED:
        if row is None:
            store.db.execute(
                "INSERT INTO member_keys (organisation_key, organisation, public, first_seen,"
                " source) VALUES (?, ?, ?, ?, ?)",
                [key, name, signature.public, utc_now(), source],
            )
            return Pinned(KeyNote.FIRST, name, signature.fingerprint)
        if bytes(row[1]) != signature.public:
            return Pinned(KeyNote.CHANGED, row[0], fingerprint(bytes(row[1])))
        return Pinned(KeyNote.NONE)
    if signature.verdict is Verdict.UNSIGNED and row is not None:
        return Pinned(KeyNote.UNSIGNED, row[0], fingerprint(bytes(row[1])))
    return Pinned(KeyNote.NONE)  # a signature that does not match is said so already


def pinned_keys(store: Store) -> list[tuple[str, str, str]]:
    """Each pinned organisation, the fingerprint of its key, and when it was first seen."""
    rows = store.db.execute(
        "SELECT organisation, public, first_seen FROM member_keys ORDER BY organisation_key"
    ).fetchall()
    return [(row[0], fingerprint(bytes(row[1])), row[2]) for row in rows]

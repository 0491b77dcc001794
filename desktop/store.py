"""The review database: one SQLite file, its schema kept by sqlite-utils migrations.

WAL journal, ``synchronous=FULL`` (an old laptop's battery may die at any
moment) and foreign keys on. Every save is one transaction: either all of
its answers are written with the review's new revision, or none are.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Callable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop import migrations
from desktop.connection import Connection, WriteError
from desktop.sqlite_engine import connect, is_plain, sqlite
from forms.errors import UserError
from forms.roles import Role
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said
from forms.versions import CURRENT_VERSION, definition_stamp

# The form's classes are imported when first needed: listing the reviews for
# the first window needs none of them (see bench/bench_startup.py).
if TYPE_CHECKING:
    from exports.lead_key import LeadKey
    from exports.signing import SigningKey
    from forms.merge import Contribution
    from forms.replacement import Risk
    from forms.review import Review
    from forms.schema import Form

    FormLoader = Callable[[int], Form]
MIN_ID_PREFIX = 4


class StoreError(UserError):
    """The database cannot be opened or used."""


class DamagedDatabase(StoreError):
    """The database file is damaged: empty, not SQLite, or failing SQLite's check."""


class Locked(StoreError):
    """The database is encrypted and its passphrase was not given in this process."""


class NoDatabase(StoreError):
    """There is no database at the path given (and it was not to be created)."""


class ReplaceNeeded(StoreError):
    """A file would replace a review in a way that needs a person's confirmation.

    ``reasons`` says why (another organisation, many answers removed); nothing
    was written.
    """

    def __init__(self, review_id: str, reasons: list[Risk]) -> None:
        self.review_id = review_id
        self.reasons = reasons
        said = "; ".join(str(reason) for reason in reasons)
        super().__init__(f"it would replace review {review_id}: {said}")


class ReviewNotFound(UserError):
    """No review has the id (or id prefix) given."""


class ReviewSummary(NamedTuple):
    """What a list of reviews shows about each one, without loading its answers.

    A named tuple: a record as light to define as to use (a quicker start).
    """

    id: str
    kind: str
    country: str
    organisation: str
    percent: int
    revision: int
    created: str
    updated: str
    sample: bool
    archived: bool = False


class DeletedReview(NamedTuple):
    """Every row a deletion removed (the review, its answers, a coalition's contributions).

    Held by whoever deleted it, so that the deletion can be undone exactly
    (:meth:`Store.undelete`); ``name`` says which review it was.
    """

    id: str
    name: str
    tables: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]


# The tables holding a review, and the column naming it, in the order they are written.
_REVIEW_ROWS = (("reviews", "id"), ("answers", "review_id"), ("contributions", "coalition_id"))


def _new_id(sample: bool = False) -> str:
    """A new random review id (uuid is imported when first needed, not at start-up).

    A sample review's id carries the sample's mark (forms.sample_marks).
    """
    if sample:
        from forms.sample_marks import sample_id

        return sample_id()
    import uuid

    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with microseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """All reviews in one database file.

    ``form_loader`` gives the form definition of a version; it is passed in so
    that tests and future form versions need no global state. A missing
    database is created (0600, in a 0700 folder) unless ``create`` is False
    (NoDatabase). ``check`` runs SQLite's quick check before anything is
    written, and refuses a damaged database (DamagedDatabase). A fault of the
    disk (full, unreadable, read-only) is a StoreError saying so: it is never
    taken for damage.
    """

    def __init__(
        self,
        path: Path | str,
        form_loader: FormLoader | None = None,
        *,
        create: bool = True,
        check: bool = False,
    ) -> None:
        self.path = Path(path)
        self._form_loader = form_loader
        self._bases: dict[int, str | None] = {}
        self.db = self._open(self.path, create, check)

    # -- opening ---------------------------------------------------------------
    def _open(self, path: Path, create: bool, check: bool) -> Connection:
        from desktop import db_faults

        db_faults.prepare_file(path, create)
        key = self._key(path)
        try:
            conn = connect(path, key, isolation_level=None, check_same_thread=False)
        except sqlite.Error as err:
            raise db_faults.classify(path, err) from err
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            db = Connection(conn, path)
            if check:
                problem = db_faults.integrity_problem(conn)
                if problem is not None:
                    damaged = QT_TRANSLATE_NOOP(
                        "Problems", "{file}: the database is damaged ({reason})"
                    )
                    raise DamagedDatabase(said(damaged, file=path, reason=problem))
            upgraded = self._migrate(conn, path)
            self.db = db
            self._upgrade_reviews(backed_up=upgraded)
            if key is not None:
                from desktop.passphrase import encrypt_backups_once

                encrypt_backups_once(path, key)
        except sqlite.DatabaseError as err:
            conn.close()
            raise db_faults.classify(path, err) from err
        except BaseException:
            conn.close()
            raise
        return db

    @staticmethod
    def _key(path: Path) -> bytes | None:
        """The key of an encrypted database (None for a plain one); Locked when not unlocked."""
        from desktop.database_key import remembered

        try:
            if is_plain(path):
                return None
        except OSError:
            return None  # SQLite says what is wrong with the file
        key = remembered(path)
        if key is None:
            locked = QT_TRANSLATE_NOOP(
                "Problems", "{file}: the database is protected by a passphrase"
            )
            raise Locked(said(locked, file=path))
        return key

    @staticmethod
    def _migrate(conn: sqlite.Connection, path: Path) -> bool:
        """Bring the schema up to date; True when a backup was made before (an upgrade)."""
        applied = set(migrations.applied_names(conn))
        known = migrations.known_names()
        if applied - known:
            newer = QT_TRANSLATE_NOOP(
                "Problems",
                "{file}: the database was written by a newer version of GCM Shadow Review",
            )
            raise StoreError(said(newer, file=path))
        if applied == known:
            return False
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        if not applied and any(not t.startswith("_sqlite") for t in tables):
            other = QT_TRANSLATE_NOOP(
                "Problems", "{file}: not a review database (it holds other tables)"
            )
            raise StoreError(said(other, file=path))
        if applied:  # reviews written by an older version: keep a copy before the upgrade
            from desktop.backups import create_backup

            create_backup(path, "before-upgrade")
        migrations.apply(conn)
        return bool(applied)

    def _upgrade_reviews(self, backed_up: bool) -> None:
        """Carry the reviews written against an earlier form version over to the current one.

        A backup is kept first. Every review, and every member review a
        coalition keeps, is upgraded in one transaction: a database is never
        left with some reviews upgraded and others not. A review keeps its
        revision: what it says has not changed, only how the form asks it.
        """
        old = self.db.execute(
            "SELECT id, form_version FROM reviews WHERE form_version < ?", [CURRENT_VERSION]
        ).fetchall()
        if not old:
            return
        from forms.review import answers_digest
        from forms.upgrades import upgrade_answers

        if not backed_up:
            from desktop.backups import create_backup

            create_backup(self.path, "before-upgrade")
        form = self.form(CURRENT_VERSION)
        now = utc_now()
        with self.db.atomic():
            for review_id, version in old:
                stored = {
                    key: json.loads(value)
                    for key, value in self.db.execute(
                        "SELECT key, value FROM answers WHERE review_id = ?", [review_id]
                    )
                }
                upgraded = upgrade_answers(stored, version, self.form)
                changes: dict[str, Any] = {k: None for k in stored if k not in upgraded}
                changes.update({k: v for k, v in upgraded.items() if stored.get(k) != v})
                self.db.execute(
                    "UPDATE reviews SET form_key = ?, form_version = ? WHERE id = ?",
                    [form.key, form.version, review_id],
                )
                self._write(review_id, changes, now, form)
                members = self.db.execute(
                    "SELECT review_id, answers FROM contributions WHERE coalition_id = ?",
                    [review_id],
                ).fetchall()
                for member_id, answers in members:
                    carried = upgrade_answers(json.loads(answers), version, self.form)
                    self.db.execute(
                        "UPDATE contributions SET answers = ?, digest = ?"
                        " WHERE coalition_id = ? AND review_id = ?",
                        [_encode(carried), answers_digest(carried), review_id, member_id],
                    )

    def integrity_problem(self) -> str | None:
        """What SQLite's quick check finds wrong with the database, or None when it is sound."""
        from desktop.db_faults import integrity_problem

        return integrity_problem(self.db.conn)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def form(self, version: int) -> Form:
        """The form definition of ``version`` (read when first needed)."""
        if self._form_loader is None:
            from forms.loader import load_form

            self._form_loader = load_form
        return self._form_loader(version)

    # -- reading ---------------------------------------------------------------
    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the review whose id is, or starts with, ``id_or_prefix``."""
        wanted = id_or_prefix.strip().lower()
        row = self.db.execute("SELECT id FROM reviews WHERE id = ?", [wanted]).fetchone()
        if row:
            return row[0]
        if len(wanted) >= MIN_ID_PREFIX:
            escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.db.execute(
                "SELECT id FROM reviews WHERE id LIKE ? ESCAPE '\\' LIMIT 2", [escaped + "%"]
            ).fetchall()
            if len(rows) == 1:
                return rows[0][0]
            if len(rows) > 1:
                several = QT_TRANSLATE_NOOP(
                    "Problems", "{id} matches several reviews; give more of the id"
                )
                raise ReviewNotFound(said(several, id=repr(id_or_prefix)))
        nowhere = QT_TRANSLATE_NOOP("Problems", "no review with id {id} in {file}")
        raise ReviewNotFound(said(nowhere, id=repr(id_or_prefix), file=self.path))

    def get(self, review_id: str) -> Review:
        """The whole review ``review_id`` (an id or a unique prefix of one)."""
        from forms.review import Review

        review_id = self.resolve_id(review_id)
        row = self.db.execute(
            "SELECT id, kind, form_version, sample, revision, created, updated"
            " FROM reviews WHERE id = ?",
            [review_id],
        ).fetchone()
        answers = {
            key: json.loads(value)
            for key, value in self.db.execute(
                "SELECT key, value FROM answers WHERE review_id = ?", [review_id]
            )
        }
        form = self.form(row[2])
        ordered = {key: answers.pop(key) for key in form.answer_keys() if key in answers}
        ordered.update(answers)  # keys of no known field are kept, never dropped
        return Review(
            id=row[0],
            kind=row[1],
            form_version=row[2],
            sample=bool(row[3]),
            revision=row[4],
            created=row[5],
            updated=row[6],
            answers=ordered,
        )

    def list(self, archived: bool | None = False) -> list[ReviewSummary]:
        """The reviews not archived (``archived``: only those archived; None: all),
        most recently edited first, with their completeness.

        The completeness is the one recorded by the last save, so listing needs
        no form definition (a quick start screen). A review that has none yet
        (written by an older version), or one worked out from a definition that
        has changed since, has it worked out again and recorded here.
        """
        # The name's parts by role: their keys may differ from one form version to another.
        from forms.role_keys import role_keys

        played = {
            key: role for role in (Role.COUNTRY, Role.ORGANISATION) for key in role_keys(role)
        }
        names: dict[tuple[str, Role], str] = {}
        for rid, key, value in self.db.execute(
            "SELECT review_id, key, value FROM answers"
            f" WHERE key IN ({', '.join('?' * len(played))})",
            list(played),
        ):
            names.setdefault((rid, played[key]), json.loads(value))
        summaries = []
        for row in self.db.execute(
            "SELECT id, kind, form_version, sample, revision, created, updated, percent,"
            " percent_basis, archived IS NOT NULL FROM reviews"
            + ("" if archived is None else " WHERE (archived IS NOT NULL) = ?")
            + " ORDER BY updated DESC, id",
            [] if archived is None else [int(archived)],
        ).fetchall():
            rid = row[0]
            percent = row[7]
            if percent is None or row[8] is None or row[8] != self._basis(row[2]):
                percent = self._record_percent(rid, row[2])
            summaries.append(
                ReviewSummary(
                    id=rid,
                    kind=row[1],
                    country=names.get((rid, Role.COUNTRY), ""),
                    organisation=names.get((rid, Role.ORGANISATION), ""),
                    percent=percent,
                    revision=row[4],
                    created=row[5],
                    updated=row[6],
                    sample=bool(row[3]),
                    archived=bool(row[9]),
                )
            )
        return summaries

    def _record_percent(self, review_id: str, version: int) -> int:
        """Work out and record the completeness of a review that has none, or a stale one.

        It is only a summary of the answers: when it cannot be written (a
        read-only file, a full disk) it is shown all the same.
        """
        percent = self._percent(review_id, self.form(version))
        with suppress(WriteError):
            self.db.execute(
                "UPDATE reviews SET percent = ?, percent_basis = ? WHERE id = ?",
                [percent, self._basis(version), review_id],
            )
        return percent

    # -- writing ---------------------------------------------------------------
    def create(
        self,
        answers: Mapping[str, Any] | None = None,
        *,
        sample: bool = False,
        kind: str = "review",
        form_version: int = CURRENT_VERSION,
    ) -> Review:
        """Create a review (with a new UUID) holding ``answers``, in one transaction."""
        from forms.review import check_answers

        form = self.form(form_version)
        checked = check_answers(form, answers or {})
        review_id = _new_id(sample)
        now = utc_now()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO reviews (id, kind, form_key, form_version, sample, revision,"
                " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [review_id, kind, form.key, form.version, int(sample), 1, now, now],
            )
            self._write(review_id, checked, now, form)
        return self.get(review_id)

    def save(self, review_id: str, changes: Mapping[str, Any]) -> int:
        """Save ``changes`` (answer key -> value, None to clear) as one transaction.

        Every key and value is checked first; one bad entry saves nothing.
        Values equal to what is stored are skipped; when anything changed the
        review's revision goes up by one. Returns the revision after the save.
        """
        from forms.review import check_answers

        review_id = self.resolve_id(review_id)
        version, revision = self.db.execute(
            "SELECT form_version, revision FROM reviews WHERE id = ?", [review_id]
        ).fetchone()
        form = self.form(version)
        checked = check_answers(form, changes)
        placeholders = ",".join("?" * len(checked))
        stored = {
            key: value
            for key, value in self.db.execute(
                f"SELECT key, value FROM answers WHERE review_id = ? AND key IN ({placeholders})",
                [review_id, *checked],
            )
        }
        changed = {
            key: value
            for key, value in checked.items()
            if (None if value is None else _encode(value)) != stored.get(key)
        }
        if not changed:
            return revision
        now = utc_now()
        with self.db.atomic():
            self._write(review_id, changed, now, form)
            self.db.execute(
                "UPDATE reviews SET revision = revision + 1, updated = ? WHERE id = ?",
                [now, review_id],
            )
            revision = self.db.execute(
                "SELECT revision FROM reviews WHERE id = ?", [review_id]
            ).fetchone()[0]
        return revision

    def _write(self, review_id: str, values: Mapping[str, Any], now: str, form: Form) -> None:
        """Write (or, for None, delete) answers and record the review's new completeness."""
        for key, value in values.items():
            if value is None:
                self.db.execute(
                    "DELETE FROM answers WHERE review_id = ? AND key = ?", [review_id, key]
                )
            else:
                self.db.execute(
                    "INSERT INTO answers (review_id, key, value, updated) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (review_id, key)"
                    " DO UPDATE SET value = excluded.value, updated = excluded.updated",
                    [review_id, key, _encode(value), now],
                )
        self.db.execute(
            "UPDATE reviews SET percent = ?, percent_basis = ? WHERE id = ?",
            [self._percent(review_id, form), self._basis(form.version), review_id],
        )

    def _basis(self, version: int) -> str | None:
        """The fingerprint of the definition of ``version`` (read once per store)."""
        if version not in self._bases:
            self._bases[version] = definition_stamp(version)
        return self._bases[version]

    def _percent(self, review_id: str, form: Form) -> int:
        """How complete the stored answers of ``review_id`` are, in whole percent."""
        from forms.review import completeness

        keys = self.db.execute("SELECT key FROM answers WHERE review_id = ?", [review_id])
        return completeness(form, dict.fromkeys((row[0] for row in keys), True)).overall.percent

    def import_review(
        self,
        review_id: str | None,
        form_version: int,
        revision: int,
        answers: Mapping[str, Any],
        *,
        sample: bool = False,
        keep: frozenset[str] | set[str] = frozenset(),
        before_write: Callable[[], object] | None = None,
        replace: bool = False,
    ) -> tuple[str, str]:
        """Bring a review read from a file into the database, in one transaction.

        A review not in the database is created (under its own id when it has one).
        The same answers change nothing; an older revision is refused; otherwise the
        answers are replaced, except the keys in ``keep`` (answers the file left out,
        such as withheld confidential ones), and the revision goes up. Returns the id
        and what happened: ``created``, ``updated``, ``unchanged`` or ``older``.
        ``before_write`` is called before anything is written, and only then (a backup).
        A replacement that changes the organisation or removes more than a few
        answers raises ReplaceNeeded unless ``replace`` confirms it.
        """
        from forms.review import check_answers

        form = self.form(form_version)
        checked = {k: v for k, v in check_answers(form, answers).items() if v is not None}
        now = utc_now()
        existing = None
        if review_id:
            existing = self.db.execute(
                "SELECT revision FROM reviews WHERE id = ?", [review_id]
            ).fetchone()
        if existing is None:
            if before_write is not None:
                before_write()
            new_id = review_id or _new_id(sample)
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO reviews (id, kind, form_key, form_version, sample, revision,"
                    " created, updated) VALUES (?, 'review', ?, ?, ?, ?, ?, ?)",
                    [new_id, form.key, form.version, int(sample), max(revision, 1), now, now],
                )
                self._write(new_id, checked, now, form)
            return new_id, "created"
        assert review_id is not None
        stored = existing[0]
        if revision < stored:
            return review_id, "older"
        current = {
            key: json.loads(value)
            for key, value in self.db.execute(
                "SELECT key, value FROM answers WHERE review_id = ?", [review_id]
            )
        }
        kept = {k: v for k, v in current.items() if k in keep and k not in checked}
        if {**checked, **kept} == current:
            return review_id, "unchanged"
        removed = {k: None for k in current if k not in checked and k not in keep}
        if not replace:
            from forms.replacement import replacement_risks

            risks = replacement_risks(current, {**checked, **kept}, removed)
            if risks:
                raise ReplaceNeeded(review_id, risks)
        if before_write is not None:
            before_write()
        with self.db.atomic():
            # Edited in the spreadsheet without a new revision: still newer than what is here.
            new_revision = revision if revision > stored else stored + 1
            self._write(review_id, {**removed, **checked}, now, form)
            self.db.execute(
                "UPDATE reviews SET revision = ?, updated = ? WHERE id = ?",
                [new_revision, now, review_id],
            )
        return review_id, "updated"

    # -- coalitions ------------------------------------------------------------
    def coalition(self, name: str, sample: bool = False) -> str:
        """The id of the coalition review named ``name``, created when there is none.

        A ``sample`` coalition (practice files of a workshop) is kept apart from a
        real one of the same name.
        """
        found = self.find_coalition(name, sample)
        if found is not None:
            return found
        form = self.form(CURRENT_VERSION)
        answers = {
            form.role_key(Role.ORGANISATION): name,
            form.role_key(Role.ORGANISATION_KIND): "coalition",
        }
        return self.create(answers, kind="coalition", sample=sample).id

    def signing_key(self) -> SigningKey | None:
        """The organisation's signing key kept in this database, or None."""
        from exports.signing import SigningKey

        row = self.db.execute("SELECT organisation, seed FROM signing_key").fetchone()
        return SigningKey(bytes(row[1]), row[0]) if row else None

    def create_signing_key(self, organisation: str) -> SigningKey:
        """Make the organisation's signing key; StoreError if there is one already.

        A key is never replaced here: the coalitions that know it would take a new
        one for another organisation's.
        """
        from exports.signing import SigningKey, fingerprint

        existing = self.signing_key()
        if existing is not None:
            phrase = QT_TRANSLATE_NOOP(
                "Problems", "this database already has a signing key, {organisation}'s (key {key})"
            )
            raise StoreError(
                said(phrase, organisation=existing.organisation, key=fingerprint(existing.public))
            )
        key = SigningKey.generate(organisation)
        self.db.execute(
            "INSERT INTO signing_key (id, organisation, seed, created) VALUES (1, ?, ?, ?)",
            [organisation, key.seed, utc_now()],
        )
        return key

    def lead_key(self) -> LeadKey | None:
        """The coalition lead's key kept in this database (it opens sealed packages), or None."""
        from exports.lead_key import LeadKey

        row = self.db.execute("SELECT coalition, secret FROM lead_key").fetchone()
        return LeadKey(bytes(row[1]), row[0]) if row else None

    def create_lead_key(self, coalition: str) -> LeadKey:
        """Make the coalition lead's key; StoreError if there is one already.

        Never replaced: the packages members sealed for it would no longer open.
        """
        from exports.lead_key import LeadKey

        existing = self.lead_key()
        if existing is not None:
            phrase = QT_TRANSLATE_NOOP(
                "Problems", "this database already has a coalition key, {coalition}'s (key {key})"
            )
            raise StoreError(
                said(phrase, coalition=existing.coalition, key=existing.public.fingerprint)
            )
        key = LeadKey.generate(coalition)
        self.db.execute(
            "INSERT INTO lead_key (id, coalition, secret, created) VALUES (1, ?, ?, ?)",
            [coalition, key.secret, utc_now()],
        )
        return key

    def lead_secret(self) -> bytes | None:
        """The private key that opens packages sealed for this database's coalition, if any."""
        key = self.lead_key()
        return key.secret if key is not None else None

    def find_coalition(self, name: str, sample: bool = False) -> str | None:
        """The id of the coalition review named ``name``, or None when there is none.

        Of several of that name (one per review cycle), the newest.
        """
        from forms.role_keys import role_keys

        keys = role_keys(Role.ORGANISATION)
        for row in self.db.execute(
            "SELECT r.id FROM reviews r JOIN answers a ON a.review_id = r.id"
            " WHERE r.kind = 'coalition' AND r.sample = ?"
            f" AND a.key IN ({', '.join('?' * len(keys))}) AND a.value = ?"
            " ORDER BY r.created DESC, r.rowid DESC",
            [int(sample), *keys, _encode(name)],
        ):
            return str(row[0])
        return None

    def add_contribution(
        self,
        coalition_id: str,
        review_id: str,
        organisation: str,
        revision: int,
        answers: Mapping[str, Any],
        source: str,
        before_write: Callable[[], object] | None = None,
        edited: bool = False,
    ) -> str:
        """Keep a member's review in a coalition; returns what happened.

        ``review_id`` is the member's identity (forms.merge.member_identity).
        ``added`` (new), ``duplicate`` (the same answers again), ``older`` (an
        older revision than the one kept: nothing changes), ``updated`` (a newer
        revision replaces it) or ``replaced`` (the same revision with other
        answers: the member's corrected file replaces it). One member is never
        counted twice. ``edited`` records that the file was edited by hand after
        its export. ``before_write`` is called before anything is written, and
        only then (a backup).
        """
        from forms.review import answers_digest

        digest = answers_digest(answers)
        row = self.db.execute(
            "SELECT revision, digest FROM contributions WHERE coalition_id = ? AND review_id = ?",
            [coalition_id, review_id],
        ).fetchone()
        if row is not None and row[1] == digest:
            return "duplicate"
        if row is not None and revision < row[0]:
            return "older"
        if before_write is not None:
            before_write()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO contributions (coalition_id, review_id, organisation, revision,"
                " digest, answers, source, received, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (coalition_id, review_id) DO UPDATE SET"
                " organisation = excluded.organisation, revision = excluded.revision,"
                " digest = excluded.digest, answers = excluded.answers,"
                " source = excluded.source, received = excluded.received,"
                " edited = excluded.edited",
                [coalition_id, review_id, organisation, revision, digest, _encode(dict(answers)),
                 source, utc_now(), int(edited)],
            )  # fmt: skip
            self.db.execute(
                "UPDATE reviews SET revision = revision + 1, updated = ? WHERE id = ?",
                [utc_now(), coalition_id],
            )
        if row is None:
            return "added"
        return "updated" if revision > row[0] else "replaced"

    def contributions(self, coalition_id: str) -> builtins.list[Contribution]:
        """The member reviews of a coalition, by organisation name (then identity)."""
        from forms.merge import Contribution

        return [
            Contribution(
                rid, organisation, revision, json.loads(answers), source, received, bool(edited)
            )
            for rid, organisation, revision, answers, source, received, edited in self.db.execute(
                "SELECT review_id, organisation, revision, answers, source, received, edited"
                " FROM contributions"
                " WHERE coalition_id = ? ORDER BY organisation COLLATE NOCASE, review_id",
                [coalition_id],
            )
        ]

    def delete(self, review_id: str) -> DeletedReview:
        """Delete a review, its answers and contributions, in one transaction; return them."""
        review_id = self.resolve_id(review_id)
        with self.db.atomic():
            tables = []
            for table, column in _REVIEW_ROWS:
                cursor = self.db.execute(f"SELECT * FROM {table} WHERE {column} = ?", [review_id])
                names = tuple(d[0] for d in cursor.description)
                tables.append((table, names, tuple(cursor.fetchall())))
            name = self.get(review_id).name
            self.db.execute("DELETE FROM reviews WHERE id = ?", [review_id])
        return DeletedReview(review_id, name, tuple(tables))

    def undelete(self, deleted: DeletedReview) -> None:
        """Put back, exactly, the rows a deletion removed; StoreError if the review is here."""
        if self.db.execute("SELECT 1 FROM reviews WHERE id = ?", [deleted.id]).fetchone():
            there = QT_TRANSLATE_NOOP("Problems", "the review {review} is already in the database")
            raise StoreError(said(there, review=deleted.id))
        with self.db.atomic():
            for table, names, rows in deleted.tables:
                if not rows:
                    continue
                columns = ", ".join(names)
                marks = ", ".join("?" * len(names))
                for row in rows:
                    self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)

    def set_archived(self, review_id: str, archived: bool = True) -> None:
        """Archive a review (put it away from the list, whole) or bring it back."""
        review_id = self.resolve_id(review_id)
        self.db.execute(
            "UPDATE reviews SET archived = ? WHERE id = ?",
            [utc_now() if archived else None, review_id],
        )

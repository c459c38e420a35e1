"""The case store: one encrypted SQLCipher file holding cases, assessments and their audit.

Every write is one IMMEDIATE transaction that includes its audit entry, and returns only
after COMMIT (synchronous=FULL in WAL mode: the commit is on disk when the call returns).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tally.core.record import (
    AnswerRecord,
    AssessmentRecord,
    CaseRecord,
    EvaluatorRecord,
    SignatureManifest,
    VersionNote,
    canonical_json,
)
from tally.store import (
    audit,
    casic_links,
    kept_forms,
    lifecycle,
    locked_scores,
    locking,
    signoff,
    voids,
)
from tally.store.clock import now_iso
from tally.store.connection import APPLICATION_ID, connect, quote_literal
from tally.store.connection import create as create_file
from tally.store.errors import LifecycleError, StoreError, WrongPassphrase, disk_full
from tally.store.notices import Notice
from tally.store.rows import AssessmentMeta, CaseRow, VoidNote
from tally.store.schema import migrate

if TYPE_CHECKING:
    from datetime import date

    from tally.core.model import Form
    from tally.store.deletion import DeletedCase, RetentionCandidate

CASE_FIELDS = ("case_id", "date_of_birth", "facts", "offence_pattern", "notes")
IDENTIFYING_FIELDS = ("case_id", "date_of_birth")  # a change on a locked case needs a reason
CASE_ORDERS = {
    "case_id": "c.case_id",
    "date_of_birth": "c.date_of_birth",
    "offence_pattern": "c.offence_pattern",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
    "n_assessments": "n_assessments",
}
_CASE_COLUMNS = (
    "c.id, c.case_id, c.date_of_birth, c.facts, c.offence_pattern, c.notes, c.created_at, "
    "c.updated_at, (SELECT count(DISTINCT a.chain_uid) FROM assessments a WHERE a.case_pk = c.id)"
    " - (SELECT count(*) FROM voids v WHERE v.case_pk = c.id) AS n_assessments"
)  # a voided chain counts for nothing: it has one void, on its newest version (store.voids)
_META_COLUMNS = (
    f"a.id, a.uid, a.case_pk, a.form_id, {voids.STATUS_SQL}, a.version, p.item_id, "
    "a.created_at, a.updated_at, a.form_version, a.assessment_date, c.case_id, a.amends_uid, "
    f"a.chain_uid, a.content_hash, {voids.NOTE_COLUMNS}, a.form_hash"
)
_META_FROM = (
    "assessments a JOIN cases c ON c.id = a.case_pk "
    "LEFT JOIN wizard_positions p ON p.assessment_id = a.id "
    "LEFT JOIN voids v ON v.assessment_id = a.id"
)
_ANSWER_COLUMNS = "item_id, points, origin, rationale, sources, override_reason, derivation"


def fts_query(text: str) -> str:
    """User text -> an FTS5 query: every word must match as a prefix (search-as-you-type)."""
    return " AND ".join(f'"{word}"*' for word in re.findall(r"\w+", text))


def _case_row(row: Sequence[Any]) -> CaseRow:
    return CaseRow(
        pk=row[0], case_id=row[1], date_of_birth=row[2], facts=json.loads(row[3]),
        offence_pattern=row[4], notes=row[5], created_at=row[6], updated_at=row[7],
        n_assessments=row[8],
    )


def _case_dict(row: CaseRow) -> dict[str, Any]:
    return {
        "case_id": row.case_id, "date_of_birth": row.date_of_birth, "facts": row.facts,
        "offence_pattern": row.offence_pattern, "notes": row.notes,
    }


def _meta_row(r: Sequence[Any]) -> AssessmentMeta:
    """An AssessmentMeta of _META_COLUMNS."""
    return AssessmentMeta(
        id=r[0], uid=r[1], case_pk=r[2], form_id=r[3], status=r[4], version=r[5],
        position=r[6], created_at=r[7], updated_at=r[8], form_version=r[9],
        assessment_date=r[10], case_id=r[11], amends_uid=r[12], chain_uid=r[13],
        content_hash=r[14], void=voids.note(*r[15:19]), form_hash=r[19],
    )


def _answer_dict(row: Sequence[Any]) -> dict[str, Any]:
    return {
        "item_id": row[0], "points": row[1], "origin": row[2], "rationale": row[3],
        "sources": json.loads(row[4]), "override_reason": row[5], "derivation": row[6],
    }



def _require_rule(passphrase: str) -> None:
    """The one passphrase rule (core.passphrase) for every new database passphrase."""
    from tally.core.passphrase import passphrase_problem

    if isinstance(passphrase, str) and passphrase and (problem := passphrase_problem(passphrase)):
        raise StoreError(problem)


def _fresh_id(conn: Any, table: str, entity: str) -> int:
    """A row number no case (or assessment) ever had: a deleted one's number stays in its
    redacted audit entries, and a new row taking it would inherit them in the audit view and
    in a later deletion's redaction. Every created row has an audit entry with its number, so
    the audit's highest (an index lookup) covers the deleted ones."""
    row = conn.execute(
        f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "
        "coalesce((SELECT max(entity_id) FROM audit WHERE entity = ?), 0))", (entity,),
    ).fetchone()
    return int(row[0]) + 1


class Store:
    """An open case database. Create with Store.create or Store.open; close when done."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self._conn = conn
        self._lock: Any = None  # the shared lock that makes a restore wait for close()
        self._who: str | None = None
        # one-line messages for the user about what opening found (e.g. a WAL set aside)
        self.notices: list[Notice] = []

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def create(cls, path: str | Path, passphrase: str) -> Store:
        """A new, empty database; refuses a path where anything already exists."""
        path = Path(path)
        _require_rule(passphrase)
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                raise StoreError(f"{candidate}: already exists; refusing to overwrite it")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = locking.shared(path)
        try:
            conn = create_file(path, passphrase)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn)
            except BaseException:
                conn.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                raise
        except BaseException as exc:
            lock.release()
            if not path.exists():  # nothing of a database was left: leave no lock file either
                Path(f"{path}.lock").unlink(missing_ok=True)
            if isinstance(exc, OSError) or type(exc).__name__ == "OperationalError":
                raise StoreError(f"{path}: cannot create the database ("
                                 f"{'the disk is full' if disk_full(exc) else exc}); nothing "
                                 "was created") from None
            raise
        store = cls(path, conn)
        store._lock = lock
        return store

    @classmethod
    def open(cls, path: str | Path, passphrase: str, *, check: str = "quick") -> Store:
        """Open an existing database; wrong key or a damaged file raise and touch nothing.

        check: "quick" (PRAGMA quick_check, the default for unlock), "full" or "none".
        """
        from tally.store.backup import recover_interrupted_restore

        path = Path(path)
        notices = recover_interrupted_restore(path, passphrase)
        while True:
            before = locking.file_identity(path)
            conn = connect(path, passphrase, mode="rw", check=check, notices=notices)
            try:
                # the lock file appears only beside a proven database; a restore that swapped
                # the file between the proof and the lock means opening again
                lock = locking.shared(path)
                if locking.file_identity(path) != before:
                    lock.release()
                    conn.close()
                    continue
                try:
                    migrate(conn)
                except BaseException:
                    lock.release()
                    raise
            except BaseException:
                conn.close()
                raise
            store = cls(path, conn)
            store.notices, store._lock = notices, lock
            try:
                store.notices += signoff.recover(store)
            except BaseException:
                store.close()
                raise
            return store

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise StoreError("the database is closed")
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One IMMEDIATE transaction; nested use becomes a savepoint of the outer one."""
        conn = self.conn
        if conn.in_transaction:
            name = f"tally_{uuid.uuid4().hex}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[Store]:
        """Group many writes into one transaction (demo data, imports); all or nothing."""
        with self._write():
            yield self

    def _audit(
        self, action: str, entity: str, entity_id: int | None, before: Any = None,
        after: Any = None, at: str | None = None,
    ) -> int:
        return audit.append(
            self.conn, at=at or now_iso(), who=self.who(), action=action, entity=entity,
            entity_id=entity_id, before=before, after=after,
        )

    # ----------------------------------------------------------------- passphrase

    def verify_passphrase(self, passphrase: str) -> bool:
        """Re-authentication (before signing, after idle): does this passphrase open the file?"""
        try:
            probe = connect(self.path, passphrase, mode="ro", check="none", set_aside=False)
        except (WrongPassphrase, StoreError):
            return False
        probe.close()
        return True

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the whole file with a new passphrase (PRAGMA rekey)."""
        from tally.store.connection import check_passphrase_text

        check_passphrase_text(new)
        if not self.verify_passphrase(old):
            raise WrongPassphrase("the current passphrase is wrong; nothing was changed")
        _require_rule(new)
        self.conn.execute(f"PRAGMA rekey = {quote_literal(new)}")
        with self._write():
            self._audit("passphrase.change", "database", None)

    # ----------------------------------------------------------------- evaluator

    def who(self) -> str:
        if self._who is None:
            current = self.evaluator()
            self._who = current.name if current else "system"
        return self._who

    def set_evaluator(self, name: str, credentials: str = "", organisation: str = "") -> int:
        """Set this installation's evaluator profile (one current profile; updated in place)."""
        if not name or not name.strip():
            raise StoreError("the evaluator needs a name")
        after = {"name": name.strip(), "credentials": credentials, "organisation": organisation}
        now = now_iso()
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, name, credentials, organisation FROM evaluators "
                "WHERE is_current = 1 ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                eid = conn.execute(
                    "INSERT INTO evaluators (name, credentials, organisation, is_current, "
                    "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
                    (after["name"], credentials, organisation, now, now),
                ).lastrowid
                before = None
            else:
                eid = row[0]
                before = {"name": row[1], "credentials": row[2], "organisation": row[3]}
                conn.execute(
                    "UPDATE evaluators SET name = ?, credentials = ?, organisation = ?, "
                    "updated_at = ? WHERE id = ?",
                    (after["name"], credentials, organisation, now, eid),
                )
            self._who = after["name"]
            if before != after:
                self._audit("evaluator.set", "evaluator", eid, before, after, at=now)
        return int(eid)

    def evaluator(self) -> EvaluatorRecord | None:
        row = self.conn.execute(
            "SELECT name, credentials, organisation FROM evaluators WHERE is_current = 1 "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return EvaluatorRecord(*row) if row else None

    def evaluator_id(self) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM evaluators WHERE is_current = 1 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    # ----------------------------------------------------------------- cases

    def create_case(
        self, case_id: str, date_of_birth: str | None = None,
        facts: dict[str, Any] | None = None, offence_pattern: str = "", notes: str = "",
    ) -> int:
        case_id = (case_id or "").strip()
        if not case_id:
            raise StoreError("a case needs a case id")
        values = {
            "case_id": case_id, "date_of_birth": date_of_birth, "facts": dict(facts or {}),
            "offence_pattern": offence_pattern, "notes": notes,
        }
        now = now_iso()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE case_id = ?", (case_id,)).fetchone():
                raise StoreError(f"a case with id '{case_id}' already exists")
            pk = conn.execute(
                "INSERT INTO cases (id, case_id, date_of_birth, facts, offence_pattern, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (_fresh_id(conn, "cases", "case"), case_id, date_of_birth,
                 canonical_json(values["facts"]).decode(), offence_pattern, notes, now, now),
            ).lastrowid
            self._audit("case.create", "case", pk, None, values, at=now)
        return int(pk)

    def update_case(self, case_pk: int, *, reason: str = "", **fields: Any) -> None:
        """Change profile fields (audited). Changing an identifying field (the case id or the
        date of birth) of a case with locked work needs a reason, kept in the audit entry's
        `after` as "reason" (any reason given is kept there)."""
        unknown = set(fields) - set(CASE_FIELDS)
        if unknown:
            raise StoreError(f"unknown case field(s): {', '.join(sorted(unknown))}")
        if "case_id" in fields:
            fields["case_id"] = (fields["case_id"] or "").strip()
            if not fields["case_id"]:
                raise StoreError("a case needs a case id")
        if "facts" in fields:
            fields["facts"] = dict(fields["facts"] or {})
        now = now_iso()
        with self._write() as conn:
            current = _case_dict(self.get_case(case_pk))
            changed = {k: v for k, v in fields.items() if current[k] != v}
            if not changed:
                return
            if "case_id" in changed and conn.execute(
                "SELECT 1 FROM cases WHERE case_id = ? AND id <> ?", (changed["case_id"], case_pk)
            ).fetchone():
                raise StoreError(f"a case with id '{changed['case_id']}' already exists")
            identifying = [k for k in IDENTIFYING_FIELDS if k in changed]
            if identifying and not reason.strip() and self.has_locked_work(case_pk):
                raise LifecycleError(
                    f"changing the {' and the '.join(k.replace('_', ' ') for k in identifying)}"
                    " of a case with locked work needs a reason")
            stored = {
                k: canonical_json(v).decode() if k == "facts" else v for k, v in changed.items()
            }
            sets = ", ".join(f"{k} = ?" for k in stored)
            conn.execute(
                f"UPDATE cases SET {sets}, updated_at = ? WHERE id = ?",
                (*stored.values(), now, case_pk),
            )
            after = {**changed, "reason": reason.strip()} if reason.strip() else changed
            self._audit(
                "case.update", "case", case_pk, {k: current[k] for k in changed}, after, at=now
            )

    def has_locked_work(self, case_pk: int) -> bool:
        """True when any assessment of the case has left draft (locked, signed, amended...)."""
        return self.conn.execute(
            "SELECT 1 FROM assessments WHERE case_pk = ? AND status <> ? LIMIT 1",
            (case_pk, lifecycle.DRAFT),
        ).fetchone() is not None

    def set_fact(self, assessment_id: int, name: str, value: Any) -> None:
        """One case fact entered inside a draft (a count, the CASIC total): written to the
        case profile, and to the draft's own facts when it keeps them apart from the profile
        (an amendment starts from its locked version's facts). One transaction."""
        now = now_iso()
        with self._write() as conn:
            lifecycle.require_draft(self._status(assessment_id), "change a fact")
            case_pk, snapshot = conn.execute(
                "SELECT case_pk, case_snapshot FROM assessments WHERE id = ?", (assessment_id,)
            ).fetchone()
            case = self.get_case(case_pk)
            self.update_case(case_pk, facts={**case.facts, name: value})
            if snapshot is None:
                return
            kept = json.loads(snapshot)
            before = kept["facts"].get(name)
            if before == value and name in kept["facts"]:
                return
            kept["facts"] = {**kept["facts"], name: value}
            conn.execute(
                "UPDATE assessments SET case_snapshot = ?, updated_at = ? WHERE id = ?",
                (canonical_json(kept).decode(), now, assessment_id),
            )
            self._audit("assessment.fact", "assessment", assessment_id, {name: before},
                        {name: value}, at=now)

    def get_case(self, case_pk: int) -> CaseRow:
        row = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases c WHERE c.id = ?", (case_pk,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no case with key {case_pk}")
        return _case_row(row)

    def find_case(self, case_id: str) -> CaseRow | None:
        """The case with this pseudonymous id, or None."""
        row = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases c WHERE c.case_id = ?", (case_id,)
        ).fetchone()
        return _case_row(row) if row else None

    def count_cases(self, query: str = "") -> int:
        match = fts_query(query)
        params: tuple[str, ...] = ()
        if match:
            sql, params = "SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?", (match,)
        else:
            sql = "SELECT count(*) FROM cases"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def list_cases(
        self, query: str = "", offset: int = 0, limit: int = 200, order: str = "case_id",
        descending: bool = False,
    ) -> list[CaseRow]:
        """One page of cases, for a lazy list model; query is a prefix search on id and notes."""
        if order not in CASE_ORDERS:
            raise StoreError(f"cannot order cases by '{order}' (use {', '.join(CASE_ORDERS)})")
        direction = "DESC" if descending else "ASC"
        match = fts_query(query)
        where, params = "", []
        if match:
            # "+c.id" keeps SQLite walking the case_id index in order and testing membership,
            # instead of fetching and sorting every match: 3-5x faster for broad prefixes.
            where = "WHERE +c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)"
            params.append(match)
        sql = (
            f"SELECT {_CASE_COLUMNS} FROM cases c {where} "
            f"ORDER BY {CASE_ORDERS[order]} {direction}, c.id {direction} LIMIT ? OFFSET ?"
        )
        rows = self.conn.execute(sql, (*params, int(limit), int(offset))).fetchall()
        return [_case_row(r) for r in rows]

    # ----------------------------------------------------------------- assessments

    def _status(self, assessment_id: int) -> str:
        """The status as the lifecycle sees it: `void` once voided (store.voids)."""
        row = self.conn.execute(
            f"SELECT {voids.STATUS_SQL} FROM assessments a "
            "LEFT JOIN voids v ON v.assessment_id = a.id WHERE a.id = ?", (assessment_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no assessment with id {assessment_id}")
        return str(row[0])

    def create_assessment(
        self, case_pk: int, form_id: str, form_version: str, form_hash: str,
        assessment_date: str, kind_note: str = "", form: Form | None = None,
    ) -> int:
        """A new draft. Given the form it is scored with, its file is kept (store.kept_forms),
        so the draft and every later version show with this very form."""
        self.get_case(case_pk)  # a clear message for a missing case
        evaluator = self.evaluator() or EvaluatorRecord("system")
        uid = uuid.uuid4().hex
        now = now_iso()
        values = {
            "uid": uid, "case_pk": case_pk, "form_id": form_id, "form_version": form_version,
            "form_hash": form_hash, "assessment_date": assessment_date, "kind_note": kind_note,
        }
        with self._write() as conn:
            aid = conn.execute(
                "INSERT INTO assessments (id, uid, chain_uid, case_pk, form_id, form_version, "
                "form_hash, assessment_date, kind_note, evaluator_id, evaluator, status, "
                "version, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)",
                (_fresh_id(conn, "assessments", "assessment"), uid, uid, case_pk, form_id,
                 form_version, form_hash, assessment_date, kind_note,
                 self.evaluator_id(), canonical_json(asdict(evaluator)).decode(), now, now),
            ).lastrowid
            if form is not None and (form.id, form.content_hash) == (form_id, form_hash):
                kept_forms.keep(conn, form, now)
            self._audit("assessment.create", "assessment", aid, None, values, at=now)
        return int(aid)

    def update_assessment(
        self, assessment_id: int, *, assessment_date: str | None = None,
        kind_note: str | None = None,
    ) -> None:
        """Change a draft's date or note (audited)."""
        changes = {
            k: v for k, v in (("assessment_date", assessment_date), ("kind_note", kind_note))
            if v is not None
        }
        now = now_iso()
        with self._write() as conn:
            lifecycle.require_draft(self._status(assessment_id), "change the assessment")
            row = conn.execute(
                "SELECT assessment_date, kind_note FROM assessments WHERE id = ?",
                (assessment_id,),
            ).fetchone()
            before = {"assessment_date": row[0], "kind_note": row[1]}
            changed = {k: v for k, v in changes.items() if before[k] != v}
            if not changed:
                return
            sets = ", ".join(f"{k} = ?" for k in changed)
            conn.execute(
                f"UPDATE assessments SET {sets}, updated_at = ? WHERE id = ?",
                (*changed.values(), now, assessment_id),
            )
            self._audit(
                "assessment.update", "assessment", assessment_id,
                {k: before[k] for k in changed}, changed, at=now,
            )

    def set_answer(
        self, assessment_id: int, item_id: str, points: int | None, *,
        rationale: str | None = None, sources: Sequence[str] | None = None,
        origin: str = "entered", override_reason: str | None = None,
        derivation: str | None = None,
    ) -> None:
        """Autosave one answer: one transaction with its audit entry, on disk on return.

        None for rationale, sources, override_reason or derivation leaves them as they were;
        points None clears the score.
        """
        lifecycle.check_origin(origin)
        if points is not None and (isinstance(points, bool) or not isinstance(points, int)):
            raise StoreError(f"points must be a whole number or None, got {points!r}")
        now = now_iso()
        with self._write() as conn:
            lifecycle.require_draft(self._status(assessment_id), "change an answer")
            old = conn.execute(
                f"SELECT {_ANSWER_COLUMNS} FROM answers WHERE assessment_id = ? AND item_id = ?",
                (assessment_id, item_id),
            ).fetchone()
            before = _answer_dict(old) if old else None
            base = before or {
                "item_id": item_id, "points": None, "origin": "entered", "rationale": "",
                "sources": [], "override_reason": "", "derivation": "",
            }
            after = dict(base, points=points, origin=origin)
            if rationale is not None:
                after["rationale"] = rationale
            if sources is not None:
                after["sources"] = list(sources)
            if override_reason is not None:
                after["override_reason"] = override_reason
            if derivation is not None:
                after["derivation"] = derivation
            if after == before:
                return  # nothing changed: no write, no audit noise
            values = (
                after["points"], after["origin"], after["rationale"],
                canonical_json(after["sources"]).decode(), after["override_reason"],
                after["derivation"], now,
            )
            if old is None:
                conn.execute(
                    "INSERT INTO answers (points, origin, rationale, sources, override_reason, "
                    "derivation, updated_at, created_at, assessment_id, item_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, now, assessment_id, item_id),
                )
            else:
                conn.execute(
                    "UPDATE answers SET points = ?, origin = ?, rationale = ?, sources = ?, "
                    "override_reason = ?, derivation = ?, updated_at = ? "
                    "WHERE assessment_id = ? AND item_id = ?",
                    (*values, assessment_id, item_id),
                )
            conn.execute(
                "UPDATE assessments SET updated_at = ? WHERE id = ?", (now, assessment_id)
            )
            self._audit("answer.set", "assessment", assessment_id, before, after, at=now)

    def set_position(self, assessment_id: int, item_id: str) -> None:
        """Where the wizard resumes; UI state, so not audited."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO wizard_positions (assessment_id, item_id, updated_at) "
                "VALUES (?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET "
                "item_id = excluded.item_id, updated_at = excluded.updated_at",
                (assessment_id, item_id, now_iso()),
            )

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete a draft that was started by mistake (audited with its answers)."""
        with self._write() as conn:
            lifecycle.require_draft(self._status(assessment_id), "delete the assessment")
            before = self.get_assessment(assessment_id)
            conn.execute("DELETE FROM answers WHERE assessment_id = ?", (assessment_id,))
            conn.execute("DELETE FROM wizard_positions WHERE assessment_id = ?", (assessment_id,))
            casic_links.forget(self, assessment_id)
            conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
            self._audit(
                "assessment.delete", "assessment", assessment_id,
                before.content() | {"status": before.status}, None,
            )

    def delete_case(self, case_pk: int, reason: str = "") -> DeletedCase:
        """Delete the case and all of it for good, redacting its audit entries
        (store.deletion). A case with a signed assessment needs a reason."""
        from tally.store.deletion import delete_case

        return delete_case(self, case_pk, reason)

    def retention_candidates(self, years: int, today: date) -> list[RetentionCandidate]:
        """Cases with no activity for more than `years` years before `today`; deletes nothing."""
        from tally.store.deletion import retention_candidates

        return retention_candidates(self, years, today)

    def _meta_rows(self, where: str, params: Sequence[Any]) -> list[AssessmentMeta]:
        rows = self.conn.execute(
            f"SELECT {_META_COLUMNS} FROM {_META_FROM} {where} "
            "ORDER BY a.created_at DESC, a.id DESC",
            params,
        ).fetchall()
        return [_meta_row(r) for r in rows]

    def assessment_meta(self, assessment_id: int) -> AssessmentMeta:
        rows = self._meta_rows("WHERE a.id = ?", (assessment_id,))
        if not rows:
            raise StoreError(f"no assessment with id {assessment_id}")
        return rows[0]

    def list_assessments(
        self, case_pk: int | None = None, form_id: str | None = None
    ) -> list[AssessmentMeta]:
        """Newest first."""
        clauses: list[str] = []
        params: list[Any] = []
        if case_pk is not None:
            clauses.append("a.case_pk = ?")
            params.append(case_pk)
        if form_id is not None:
            clauses.append("a.form_id = ?")
            params.append(form_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._meta_rows(where, params)

    def get_assessment(self, assessment_id: int) -> AssessmentRecord:
        conn = self.conn
        row = conn.execute(
            "SELECT a.id, a.uid, a.case_pk, a.form_id, a.form_version, a.form_hash, "
            f"a.assessment_date, a.evaluator, {voids.STATUS_SQL}, a.version, a.amends_uid, "
            "a.amendment_reason, a.content_hash, a.locked_at, a.case_snapshot, a.chain_uid "
            "FROM assessments a LEFT JOIN voids v ON v.assessment_id = a.id WHERE a.id = ?",
            (assessment_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no assessment with id {assessment_id}")
        if row[14] is not None:  # locked: the case as it was when the content hash was fixed
            # (or an amendment's draft, still on the facts its locked version had)
            case = CaseRecord(**json.loads(row[14]))
        else:
            case = CaseRecord(**_case_dict(self.get_case(row[2])))
        answers = tuple(
            AnswerRecord(
                item_id=a[0], points=a[1], origin=a[2], rationale=a[3],
                sources=tuple(json.loads(a[4])), override_reason=a[5], derivation=a[6],
            )
            for a in conn.execute(
                f"SELECT {_ANSWER_COLUMNS} FROM answers WHERE assessment_id = ? ORDER BY id",
                (assessment_id,),
            )
        )
        signatures = tuple(
            SignatureManifest(*s)
            for s in conn.execute(
                "SELECT printed_name, signed_at, meaning FROM signatures "
                "WHERE assessment_id = ? ORDER BY id",
                (assessment_id,),
            )
        )
        history = tuple(
            VersionNote(version=h[0], status=h[1], changed_at=h[2], reason=h[3])
            for h in conn.execute(
                f"SELECT a.version, {voids.STATUS_SQL}, coalesce(v.voided_at, a.updated_at), "
                "a.amendment_reason FROM assessments a "
                "LEFT JOIN voids v ON v.assessment_id = a.id WHERE a.chain_uid = ? "
                "ORDER BY a.version",
                (row[15],),
            )
        )
        return AssessmentRecord(
            id=row[0], uid=row[1], case=case, form_id=row[3], form_version=row[4],
            form_hash=row[5], assessment_date=row[6],
            evaluator=EvaluatorRecord(**json.loads(row[7])), status=row[8], version=row[9],
            amends_uid=row[10], amendment_reason=row[11], answers=answers,
            content_hash=row[12], locked_at=row[13], signatures=signatures, history=history,
        )

    # ----------------------------------------------------------------- kept forms

    def kept_form(self, form_hash: str) -> tuple[str, bytes, Mapping[str, bytes]] | None:
        """The form file an assessment was scored with, by its hash (store.kept_forms)."""
        return kept_forms.kept(self.conn, form_hash)

    def keep_forms(self, forms: Iterable[Form]) -> int:
        """Keep the files of these forms that assessments here were scored with and that are
        not kept yet (databases from before forms were kept). Returns how many were kept."""
        used = {str(r[0]) for r in self.conn.execute("SELECT DISTINCT form_hash FROM assessments")}
        have = kept_forms.kept_hashes(self.conn)
        missing = [f for f in forms
                   if f.source and f.content_hash in used and f.content_hash not in have]
        if not missing:
            return 0
        now = now_iso()
        with self._write() as conn:
            for form in missing:
                kept_forms.keep(conn, form, now)
        return len(missing)

    # ----------------------------------------------------------------- lifecycle

    def lock(self, assessment_id: int, form: Form | None = None,
             facts: Mapping[str, Any] | None = None) -> str:
        """Fix the content: answers, form version and the case as it is now. Returns the hash.

        Given the form the assessment was scored with, its score is kept with it in the same
        transaction (store.locked_scores), so validation need not score it again. Given
        `facts`, those are the case facts frozen with it (a CPORT's, with the casic_total its
        linked CASIC gives rather than the profile's: operations.casic)."""
        now = now_iso()
        with self._write() as conn:
            lifecycle.require_lockable(self._status(assessment_id))
            record = self.get_assessment(assessment_id)
            if facts is not None:
                record = replace(record, case=replace(record.case, facts=dict(facts)))
            content_hash = record.content_hash_now()
            snapshot = canonical_json(_case_dict_of(record.case)).decode()
            conn.execute(
                "UPDATE assessments SET status = 'locked', content_hash = ?, case_snapshot = ?, "
                "locked_at = ?, updated_at = ? WHERE id = ?",
                (content_hash, snapshot, now, now, assessment_id),
            )
            if form is not None and (form.id, form.content_hash) == (record.form_id,
                                                                      record.form_hash):
                locked_scores.record_score(conn, assessment_id, form, record, now)
                kept_forms.keep(conn, form, now)
            self._audit(
                "lock", "assessment", assessment_id, {"status": lifecycle.DRAFT},
                {"status": lifecycle.LOCKED, "content_hash": content_hash}, at=now,
            )
        return content_hash

    def sign(self, assessment_id: int, manifest: SignatureManifest) -> None:
        """Record a signature on a locked assessment; the caller has re-authenticated."""
        lifecycle.check_manifest(manifest)
        now = now_iso()
        with self._write() as conn:
            status = self._status(assessment_id)
            lifecycle.require_signable(status)
            record = self.get_assessment(assessment_id)
            if record.content_hash_now() != record.content_hash:
                raise StoreError(
                    f"assessment {assessment_id}: its content no longer matches the hash fixed "
                    "at lock; the database was altered outside Tally"
                )
            conn.execute(
                "INSERT INTO signatures (assessment_id, printed_name, signed_at, meaning, "
                "content_hash, evaluator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (assessment_id, manifest.printed_name, manifest.signed_at, manifest.meaning,
                 record.content_hash, self.evaluator_id(), now),
            )
            conn.execute(
                "UPDATE assessments SET status = 'signed', updated_at = ? WHERE id = ?",
                (now, assessment_id),
            )
            self._audit(
                "sign", "assessment", assessment_id, {"status": status},
                {"status": lifecycle.SIGNED, "content_hash": record.content_hash,
                 "signature": asdict(manifest)}, at=now,
            )

    def amend(self, assessment_id: int, reason: str, *,
              take_profile_facts: bool = False) -> int:
        """A new draft version copying the answers and the case facts it was locked with
        (so it opens exactly as the locked version); the old version stays, unchanged.
        `take_profile_facts`: the new draft uses the case profile as it is now instead, as
        any draft does (its later profile edits reach it)."""
        now = now_iso()
        with self._write() as conn:
            status = self._status(assessment_id)
            lifecycle.require_amendable(status, reason)
            old = self.get_assessment(assessment_id)
            row = conn.execute(
                "SELECT case_pk, chain_uid, kind_note, case_snapshot FROM assessments "
                "WHERE id = ?", (assessment_id,),
            ).fetchone()
            snapshot = None if take_profile_facts else row[3]
            evaluator = self.evaluator() or old.evaluator
            uid = uuid.uuid4().hex
            new_id = conn.execute(
                "INSERT INTO assessments (id, uid, chain_uid, case_pk, form_id, form_version, "
                "form_hash, assessment_date, kind_note, evaluator_id, evaluator, status, "
                "version, amends_uid, amendment_reason, case_snapshot, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)",
                (_fresh_id(conn, "assessments", "assessment"), uid, row[1], row[0], old.form_id,
                 old.form_version, old.form_hash,
                 old.assessment_date, row[2], self.evaluator_id(),
                 canonical_json(asdict(evaluator)).decode(), old.version + 1, old.uid,
                 reason.strip(), snapshot, now, now),
            ).lastrowid
            conn.execute(
                "INSERT INTO answers (assessment_id, item_id, points, rationale, sources, origin, "
                "override_reason, derivation, created_at, updated_at) "
                "SELECT ?, item_id, points, rationale, sources, origin, override_reason, "
                "derivation, ?, ? FROM answers WHERE assessment_id = ? ORDER BY id",
                (new_id, now, now, assessment_id),
            )
            from tally.store.report_context import copy_period

            copy_period(conn, assessment_id, new_id, now)
            casic_links.copy_link(self, assessment_id, new_id, now)
            conn.execute(
                "UPDATE assessments SET status = 'amended', updated_at = ? WHERE id = ?",
                (now, assessment_id),
            )
            self._audit(
                "amend", "assessment", assessment_id, {"status": status},
                {"status": lifecycle.AMENDED, "amended_by": new_id, "reason": reason.strip()},
                at=now,
            )
            self._audit(
                "assessment.create", "assessment", new_id, None,
                {"uid": uid, "amends_uid": old.uid, "version": old.version + 1,
                 "reason": reason.strip(), "answers_copied": len(old.answers),
                 "facts": "profile" if snapshot is None else "locked version"}, at=now,
            )
        return int(new_id)

    # ----------------------------------------------------------------- CASIC links

    def casic_link(self, cport_id: int) -> casic_links.CasicLink | None:
        """The CASIC a CPORT assessment takes item 5 from, with the gate (store.casic_links)."""
        return casic_links.get_link(self.conn, cport_id)

    def casic_links_to(self, casic_id: int) -> list[casic_links.CasicLink]:
        """The CPORT assessments linked to any version of this CASIC."""
        return casic_links.linked_to(self.conn, casic_id)

    def casic_current(self, casic_id: int) -> int:
        """The newest version of this CASIC's amendment chain."""
        return casic_links.current_version(self.conn, casic_id)

    def link_casic(self, cport_id: int, casic_id: int) -> casic_links.CasicLink:
        return casic_links.link(self, cport_id, casic_id)

    def unlink_casic(self, cport_id: int) -> None:
        casic_links.unlink(self, cport_id)

    def set_casic_gate(self, cport_id: int, no_admission_no_diagnosis: bool | None) -> None:
        casic_links.set_gate(self, cport_id, no_admission_no_diagnosis)

    def freeze_casic_link(self, cport_id: int, casic_id: int, casic_total: int | None) -> None:
        casic_links.freeze(self, cport_id, casic_id, casic_total)

    def void(self, assessment_id: int, reason: str) -> VoidNote:
        """Void a locked or signed assessment scored in error (store.voids): it stays, with
        its answers and signatures, audited; it is never exported and counts for nothing."""
        return voids.void(self, assessment_id, reason)

    def void_note(self, assessment_id: int) -> VoidNote | None:
        """Why, when and by whom the assessment was voided; None when it is not void."""
        row = self.conn.execute(
            f"SELECT {voids.NOTE_COLUMNS} FROM voids v WHERE v.assessment_id = ?",
            (assessment_id,)).fetchone()
        return voids.note(*row) if row else None

    def record_export(
        self, assessment_ids: Sequence[int], pdf_sha256: str, data_sha256: str, path: str
    ) -> None:
        """Audit an export: which assessments went out, where, and the hashes of the files."""
        ids = [int(i) for i in assessment_ids]
        for aid in ids:
            if self._status(aid) == lifecycle.VOID:
                raise LifecycleError(f"assessment {aid} was voided; a void is never exported")
        with self._write():
            self._audit(
                "export", "assessment", ids[0] if len(ids) == 1 else None, None,
                {"assessment_ids": ids, "pdf_sha256": pdf_sha256, "data_sha256": data_sha256,
                 "path": str(path)},
            )

    # ----------------------------------------------------------------- audit

    def audit_entries(
        self, entity: str | None = None, entity_id: int | None = None
    ) -> list[audit.AuditEntry]:
        return audit.entries(self.conn, entity, entity_id)

    def audit_subjects(self) -> dict[tuple[str, int], str]:
        """What an audit entry's (entity, entity_id) names, for people: "CASE-7" for a case,
        "CASE-7 · cport v2" for an assessment (the audit keeps only the row number)."""
        subjects: dict[tuple[str, int], str] = {}
        for pk, case_id in self.conn.execute("SELECT id, case_id FROM cases"):
            subjects[("case", int(pk))] = str(case_id)
        for aid, case_id, form_id, version in self.conn.execute(
                "SELECT a.id, c.case_id, a.form_id, a.version FROM assessments a "
                "JOIN cases c ON c.id = a.case_pk"):
            subjects[("assessment", int(aid))] = f"{case_id} · {form_id} v{version}"
        return subjects

    def deleted_subjects(self) -> dict[tuple[str, int], str]:
        """(entity, entity_id) -> the case id of a deleted case, for its own entry and its
        redacted ones (kept in the chain with their row numbers, which are never reused)."""
        subjects: dict[tuple[str, int], str] = {}
        for pk, after in self.conn.execute(
                "SELECT entity_id, after FROM audit WHERE action = 'case.delete'"):
            deletion = json.loads(after)
            case_id = str(deletion.get("case_id", "?"))
            subjects[("case", int(pk))] = case_id
            redacted = [int(i) for i in deletion.get("redacted", [])]
            for start in range(0, len(redacted), 500):  # within SQLite's bound-variable limit
                chunk = redacted[start:start + 500]
                for entity, entity_id in self.conn.execute(
                        f"SELECT entity, entity_id FROM audit WHERE id IN "
                        f"({','.join('?' * len(chunk))}) AND entity_id IS NOT NULL", chunk):
                    subjects.setdefault((str(entity), int(entity_id)), case_id)
        return subjects

    def audit_head(self) -> tuple[int, str]:
        """(sequence, hash) of the newest audit entry; (0, "") before the first."""
        row = self.conn.execute(
            "SELECT last_id, last_hash FROM audit_head WHERE one = 1").fetchone()
        return (int(row[0]), str(row[1])) if row and row[0] else (0, "")

    def audit_entry_hash(self, entry: int) -> str | None:
        """The stored hash of audit entry `entry` (None when there is no such entry)."""
        row = self.conn.execute("SELECT hash FROM audit WHERE id = ?", (int(entry),)).fetchone()
        return None if row is None else str(row[0])

    def verify_audit(self) -> audit.AuditReport:
        return audit.verify(self.conn)

    def invariant_problems(self) -> list[str]:
        """What must hold whoever wrote to the file (store.invariants): triggers as the
        migrations made them, signed => a signature, amended => a newer version, content
        hashes that still match the answers. Empty when the database is as Tally left it."""
        from tally.store import invariants

        return invariants.problems(self.conn)

    def integrity_check(self) -> str:
        """"ok", or SQLite's first complaint (full check; slower than the one at unlock)."""
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # ----------------------------------------------------------------- backup and demo

    def backup(self, dest: str | Path) -> Path:
        from tally.store.backup import backup

        return backup(self, Path(dest))

    @staticmethod
    def restore(backup: str | Path, target: str | Path, passphrase: str) -> Path | None:
        """Replace target with a verified backup; returns where the old database was kept."""
        from tally.store.backup import restore

        return restore(Path(backup), Path(target), passphrase)

    def demo_data(self, n_cases: int, seed: int = 20251124) -> int:
        from tally.store.demo import add_demo_data

        return add_demo_data(self, n_cases, seed=seed)


def _case_dict_of(case: CaseRecord) -> dict[str, Any]:
    return asdict(case) | {"facts": dict(case.facts)}


__all__ = ["LifecycleError", "Store"]

"""The Desk: what a user does to the cases of one open database, as plain calls.

The GUI holds a Desk, never the store. Reads pass through; every write runs the store's
committed transaction and then tells the desk's ChangeHub what it changed, so the views that
show it refresh once (and only those). The CLI may call the same operations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tally.operations import changes
from tally.operations.changes import Change, ChangeHub

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.core.model import Form
    from tally.core.record import AssessmentRecord, EvaluatorRecord
    from tally.operations.casic import CasicFeed
    from tally.operations.facts_diff import FactsDiff
    from tally.store import AssessmentMeta, CaseRow, Store
    from tally.store.audit import AuditReport
    from tally.store.deletion import DeletedCase, RetentionCandidate
    from tally.store.notices import Notice
    from tally.store.rows import VoidNote
    from tally.training.storage import TrainingStore


class Desk:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.changes = ChangeHub()
        self._case_pks: dict[int, int] = {}  # assessment id -> case key (never changes)
        self._catalog: Catalog | None = None  # the forms: which companion feeds which item

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: str | Path, passphrase: str) -> Desk:
        from tally.store import Store

        return cls(Store.create(path, passphrase))

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Desk:
        from tally.store import Store

        return cls(Store.open(path, passphrase))

    @staticmethod
    def create_demo(path: str | Path, passphrase: str, n_cases: int, *, seed: int,
                    outcomes: bool = False) -> Path:
        """A NEW database of clearly synthetic cases (store.demo; `tally demo-data`), with
        synthetic follow-up outcomes when asked; refuses an existing file."""
        from tally.store.demo import create_demo_db

        return create_demo_db(path, passphrase, n_cases, seed=seed, outcomes=outcomes)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def notices(self) -> list[Notice]:
        """What opening the database did on its own (an interrupted sign-off finished or
        undone, a restore completed or rolled back, a foreign -wal set aside): one line each,
        for the user. Each is its English line, with `kind` and `values` for a translation."""
        return list(self._store.notices)

    @property
    def closed(self) -> bool:
        from tally.store import StoreError

        try:
            self._store.conn  # noqa: B018 - raises once the connection is closed
        except StoreError:
            return True
        return False

    @property
    def path(self) -> Path:
        return self._store.path

    @contextmanager
    def batch(self) -> Iterator[Desk]:
        """Several operations in one transaction (bulk imports, tests)."""
        with self._store.batch():
            yield self

    def kept_form(self, form_hash: str) -> tuple[str, bytes, Mapping[str, bytes]] | None:
        """The form file an assessment here was scored with, by its hash, for
        `Catalog.keep_from` (a read: a command shows old records with their own forms)."""
        return self._store.kept_form(form_hash)

    def use_catalog(self, *catalogs: Catalog) -> None:
        """Show this database's records with the forms they were scored with: each catalog
        reads older forms from the database's kept copies, and the installed files that
        records here were scored with are kept now if they were not (older databases)."""
        for catalog in catalogs:
            self._store.keep_forms(catalog)
            catalog.keep_from(self._store.kept_form)
        if catalogs and self._catalog is None:
            self._catalog = catalogs[0]

    @property
    def catalog(self) -> Catalog:
        """The forms this desk scores with: the first given to use_catalog, else the
        installed ones (a command or a test that gave none)."""
        if self._catalog is None:
            from tally.paths import load_catalog

            catalog = load_catalog()
            catalog.keep_from(self._store.kept_form)  # older records' forms; nothing written
            self._catalog = catalog
        return self._catalog

    def training_store(self) -> TrainingStore:
        """The training tables of this database (kept apart from real cases)."""
        from tally.training.storage import TrainingStore

        return TrainingStore(self._store.conn)

    # ------------------------------------------------------------------ the database's life
    # The same store functions the CLI calls (tally backup / passphrase change / audit).

    def backup(self, dest: str | Path) -> Path:
        """An encrypted, checked copy of the database at dest (never over an existing file)."""
        return self._store.backup(dest)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-key the whole file; the one passphrase rule applies to the new one."""
        self._store.change_passphrase(old, new)
        self.changes.emit(Change(changes.PASSPHRASE_CHANGED))

    def audit_entries(self, entity: str | None = None,
                      entity_id: int | None = None) -> list[Any]:
        """Every audit entry (store.audit.AuditEntry), oldest first; optionally of one thing."""
        return self._store.audit_entries(entity, entity_id)

    def audit_subjects(self) -> dict[tuple[str, int], str]:
        """(entity, entity_id) -> the case id (and instrument) it names, for the audit view."""
        return self._store.audit_subjects()

    def deleted_subjects(self) -> dict[tuple[str, int], str]:
        """(entity, entity_id) -> the case id of a deleted case its entries belonged to."""
        return self._store.deleted_subjects()

    def audit_problems(self) -> list[str]:
        """Empty when the chain verifies and the lifecycle invariants hold; else one line each."""
        return self.audit_verdict()[0]

    def audit_verdict(self) -> tuple[list[str], int]:
        """audit_problems and how many entries were checked, from one pass over the chain."""
        report = self._store.verify_audit()
        problems = [] if report.ok else [report.message]
        return problems + self._store.invariant_problems(), report.checked

    def verify_audit(self) -> AuditReport:
        """The hash chain checked entry by entry (store.audit.AuditReport: ok, message,
        first_broken, checked), for `tally audit verify`."""
        return self._store.verify_audit()

    def invariant_problems(self) -> list[str]:
        """The lifecycle invariants a passphrase holder could break with SQL alone (dropped
        triggers, signed without a signature, ...): one line each, empty when they hold."""
        return self._store.invariant_problems()

    def audit_head(self) -> tuple[int, str]:
        """(sequence, hash) of the newest audit entry; (0, "") before the first."""
        return self._store.audit_head()

    def audit_entry_hash(self, entry: int) -> str | None:
        """The stored hash of audit entry `entry`, None when there is no such entry (what a
        signed report's audit anchor is held against)."""
        return self._store.audit_entry_hash(entry)

    @staticmethod
    def restore(backup: str | Path, target: str | Path, passphrase: str) -> Path | None:
        """Replace the (closed) database at target by a checked backup; returns where the
        previous one was kept. Refused while any window or command holds target open."""
        from tally.store import Store

        return Store.restore(backup, target, passphrase)

    # ------------------------------------------------------------------ report context

    def report_context(self, case_pk: int) -> dict[str, Any] | None:
        from tally.store import report_context

        return report_context.get_context(self._store, case_pk)

    def set_report_context(self, case_pk: int, context: dict[str, Any]) -> None:
        from tally.store import report_context

        report_context.set_context(self._store, case_pk, context)
        self.changes.emit(Change(changes.CASE_EDITED, case_pk))

    def training(self) -> dict[str, str]:
        """The evaluator's training per instrument (form id -> text)."""
        from tally.store import report_context

        return report_context.get_training(self._store)

    def set_training(self, form_id: str, text: str) -> None:
        from tally.store import report_context

        report_context.set_training(self._store, form_id, text)

    def rating_period(self, assessment_id: int) -> tuple[str, str] | None:
        from tally.store import report_context

        return report_context.get_period(self._store, assessment_id)

    def set_rating_period(self, assessment_id: int, start: str | None, end: str | None) -> None:
        """The period a draft rating covers (inclusive ISO dates); None for both clears it."""
        from tally.store import report_context

        report_context.set_period(self._store, assessment_id, start, end)
        self.changes.emit(Change(changes.ANSWERED, self._case_of(assessment_id), assessment_id))

    # ------------------------------------------------------------------ the evaluator

    def evaluator(self) -> EvaluatorRecord | None:
        return self._store.evaluator()

    def set_evaluator(self, name: str, credentials: str = "", organisation: str = "") -> int:
        pk = self._store.set_evaluator(name, credentials, organisation)
        self.changes.emit(Change(changes.EVALUATOR))
        return pk

    # ------------------------------------------------------------------ cases

    def get_case(self, case_pk: int) -> CaseRow:
        return self._store.get_case(case_pk)

    def find_case(self, case_id: str) -> CaseRow | None:
        return self._store.find_case(case_id)

    def count_cases(self, query: str = "") -> int:
        return self._store.count_cases(query)

    def list_cases(self, *args: Any, **kwargs: Any) -> list[CaseRow]:
        return self._store.list_cases(*args, **kwargs)

    def create_case(
        self, case_id: str, date_of_birth: str | None = None,
        facts: dict[str, Any] | None = None, offence_pattern: str = "", notes: str = "",
    ) -> int:
        pk = self._store.create_case(case_id, date_of_birth, facts, offence_pattern, notes)
        self.changes.emit(Change(changes.CASE_CREATED, pk))
        return pk

    def update_case(self, case_pk: int, *, reason: str = "", **fields: Any) -> None:
        """Change profile fields. The case id or date of birth of a case with locked work
        changes only with a reason (the store refuses it without one and audits it)."""
        self._store.update_case(case_pk, reason=reason, **fields)
        self.changes.emit(Change(changes.CASE_EDITED, case_pk))

    def has_locked_work(self, case_pk: int) -> bool:
        """Any assessment of the case locked, signed or amended: its profile is edited only
        on purpose (the case view's Edit profile)."""
        return self._store.has_locked_work(case_pk)

    def set_case_fact(self, case_pk: int, name: str, value: Any) -> None:
        """One fact of the profile, read and written in one step (the others stay)."""
        with self._store.batch():
            case = self._store.get_case(case_pk)
            self._store.update_case(case_pk, facts={**case.facts, name: value})
        self.changes.emit(Change(changes.CASE_EDITED, case_pk))

    def delete_case(self, case_pk: int, reason: str = "") -> DeletedCase:
        """Delete the case and everything of it for good (store.deletion); a case with a
        signed assessment needs a reason. The caller has asked the user to confirm."""
        deleted = self._store.delete_case(case_pk, reason)
        self._case_pks = {a: c for a, c in self._case_pks.items() if c != case_pk}
        self.changes.emit(Change(changes.CASE_DELETED, case_pk))
        return deleted

    def retention_candidates(self, years: int) -> list[RetentionCandidate]:
        """Cases with no activity for more than `years` years, by the store's clock today.
        A read: nothing is deleted and nothing notified."""
        from datetime import date

        from tally.store.clock import now_iso

        return self._store.retention_candidates(years, date.fromisoformat(now_iso()[:10]))

    # ------------------------------------------------------------------ assessments

    def list_assessments(
        self, case_pk: int | None = None, form_id: str | None = None
    ) -> list[AssessmentMeta]:
        return self._store.list_assessments(case_pk=case_pk, form_id=form_id)

    def assessment_meta(self, assessment_id: int) -> AssessmentMeta:
        return self._store.assessment_meta(assessment_id)

    def get_assessment(self, assessment_id: int) -> AssessmentRecord:
        """The assessment; a draft whose item a companion feeds (CPORT item 5) carries the
        fact its linked CASIC gives, never the profile's (operations.casic)."""
        from tally.operations.casic import feed, with_feed

        record = self._store.get_assessment(assessment_id)
        if record.status != "draft":
            return record
        return with_feed(record, feed(self._store, self.catalog,
                                      self._store.assessment_meta(assessment_id)))

    def create_assessment(
        self, case_pk: int, form_id: str, form_version: str, form_hash: str,
        assessment_date: str, kind_note: str = "", form: Form | None = None,
    ) -> int:
        aid = self._store.create_assessment(
            case_pk, form_id, form_version, form_hash, assessment_date, kind_note, form)
        self.changes.emit(Change(changes.ASSESSMENT_CREATED, case_pk, aid))
        return aid

    def set_answer(self, assessment_id: int, item_id: str, points: int | None,
                   **fields: Any) -> None:
        self._store.set_answer(assessment_id, item_id, points, **fields)
        self.changes.emit(Change(changes.ANSWERED, self._case_of(assessment_id), assessment_id))

    def set_fact(self, assessment_id: int, name: str, value: Any) -> None:
        """A case fact entered inside a draft (a count): the profile has it,
        and so does the draft when it keeps its own facts (an amendment)."""
        self._store.set_fact(assessment_id, name, value)
        self.changes.emit(Change(changes.CASE_EDITED, self._case_of(assessment_id)))

    def set_position(self, assessment_id: int, item_id: str) -> None:
        """Where the wizard resumes: no view shows it, so nothing is notified."""
        self._store.set_position(assessment_id, item_id)

    def lock(self, assessment_id: int, form: Form | None = None) -> str:
        """Lock a draft. One fed by a companion (CPORT) needs its linked CASIC locked first,
        and freezes that CASIC's version and total with its own facts, in one transaction."""
        from tally.operations.casic import lock_facts

        with self._store.batch():
            facts = lock_facts(self._store, self.catalog, assessment_id)
            digest = self._store.lock(assessment_id, form, facts)
        self.changes.emit(Change(changes.LOCKED, self._case_of(assessment_id), assessment_id))
        return digest

    def amend(self, assessment_id: int, reason: str, *,
              take_profile_facts: bool = False) -> int:
        """A new draft version with the locked version's answers and facts, or (chosen after
        `profile_diff` showed what changes) with the profile's facts as they are now."""
        new_id = self._store.amend(assessment_id, reason, take_profile_facts=take_profile_facts)
        self.changes.emit(Change(changes.AMENDED, self._case_of(new_id), new_id))
        return new_id

    def void(self, assessment_id: int, reason: str) -> VoidNote:
        """Void a locked or signed assessment scored in error, with a reason (store.voids):
        it stays on record and in the audit trail, is never exported, and leaves the case's
        totals and trends."""
        note = self._store.void(assessment_id, reason)
        self.changes.emit(Change(changes.VOIDED, self._case_of(assessment_id), assessment_id))
        return note

    def void_note(self, assessment_id: int) -> VoidNote | None:
        return self._store.void_note(assessment_id)

    def profile_diff(self, assessment_id: int, form: Form) -> FactsDiff:
        """What taking the profile's current facts would change in an amendment of this
        locked version: each fact that differs and each item re-derived (a read)."""
        from tally.operations.casic import feeder
        from tally.operations.facts_diff import profile_diff

        record = self._store.get_assessment(assessment_id)
        case = self._store.get_case(self._case_of(assessment_id))
        companion = feeder(self.catalog, record.form_id)
        if companion is not None and companion.feeds is not None:
            # the fed fact is the link's, not the profile's: an amendment keeps it as locked
            name = companion.feeds.fact
            facts = {k: v for k, v in case.facts.items() if k != name}
            if name in record.case.facts:
                facts[name] = record.case.facts[name]
            case = replace(case, facts=facts)
        return profile_diff(form, record, case)

    # ------------------------------------------------------------------ CASIC links (#11)

    def casic_feed(self, assessment_id: int) -> CasicFeed | None:
        """What the assessment's linked CASIC gives its fed item (CPORT item 5) and why;
        None when no companion feeds its form."""
        from tally.operations.casic import feed

        return feed(self._store, self.catalog, self._store.assessment_meta(assessment_id))

    def casic_link(self, cport_id: int) -> Any:
        """The stored link (store.casic_links.CasicLink) of a CPORT version, or None."""
        return self._store.casic_link(cport_id)

    def feeds_into(self, casic_id: int) -> list[AssessmentMeta]:
        """The assessments (CPORT versions) linked to any version of this CASIC."""
        return [self._store.assessment_meta(link.cport_id)
                for link in self._store.casic_links_to(casic_id)]

    def link_casic(self, cport_id: int, casic_id: int) -> None:
        """Link a draft CPORT to a CASIC assessment of its case (the gate recorded stays)."""
        from tally.operations.casic import check_pair

        check_pair(self._store, self.catalog, cport_id, casic_id)
        self._store.link_casic(cport_id, casic_id)
        self._linked(cport_id, casic_id)

    def start_casic(self, cport_id: int) -> int:
        """A new CASIC draft of the CPORT's case and date, linked to it; returns its id."""
        from tally.operations.casic import start_casic

        casic_id = start_casic(self._store, self.catalog, cport_id)
        self.changes.emit(Change(changes.ASSESSMENT_CREATED, self._case_of(casic_id), casic_id))
        self._linked(cport_id, casic_id)
        return casic_id

    def unlink_casic(self, cport_id: int) -> None:
        link = self._store.casic_link(cport_id)
        self._store.unlink_casic(cport_id)
        self._linked(cport_id, link.casic_id if link else None)

    def set_casic_gate(self, cport_id: int, no_admission_no_diagnosis: bool | None) -> None:
        """Record the evaluator's statement: no admission and no diagnosis is on file (True),
        there is one (False), not recorded (None). Only True lets the CASIC score the item."""
        self._store.set_casic_gate(cport_id, no_admission_no_diagnosis)
        self._linked(cport_id, None)

    def _linked(self, cport_id: int, casic_id: int | None) -> None:
        case_pk = self._case_of(cport_id)
        self.changes.emit(Change(changes.ANSWERED, case_pk, cport_id))
        if casic_id is not None:
            self.changes.emit(Change(changes.ANSWERED, case_pk, casic_id))

    def record_lookups(self) -> tuple[Any, Any]:
        """(lookup(id, uid), newest(record)) for `verify_pdf`, read through this Desk as the
        app's Verify screen reads them (a newer CPORT draft with its linked CASIC's value),
        so `tally verify --db` and the screen name the same newer total."""
        from tally.operations.lookups import record_lookups

        return record_lookups(self)

    def sign_off(self, records: Sequence[AssessmentRecord], result: Any, meaning: str) -> None:
        """After a written report: sign what it holds and audit the export."""
        from tally.operations.signoff import record_sign_off

        record_sign_off(self._store, records, result, meaning)
        for case_pk in {self._case_of(r.id) for r in records}:
            self.changes.emit(Change(changes.EXPORTED, case_pk))

    def _case_of(self, assessment_id: int) -> int:
        pk = self._case_pks.get(assessment_id)
        if pk is None:
            pk = self._case_pks[assessment_id] = self._store.assessment_meta(assessment_id).case_pk
        return pk

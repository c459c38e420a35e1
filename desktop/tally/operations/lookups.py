"""The records around a report in an open database, for the app and the CLI alike.

The report context of a case (referral, sources, the evaluator's judgement) is loaded and
saved here, with the evaluator's training and the rating periods.

An export names, for each amended assessment, the version it replaced (so page 1 can say
what changed). `tally verify --db` and the Verify screen compare the assessments embedded in
a report with the records there: a record is found by its uid (so a report from another
database is absent, never a match), and the newest version of its amendment chain too, so a
superseded report says so; a voided one says when and why. The store and the reports package
may not import each other, so this glue lives above both.
"""

from __future__ import annotations

from typing import Any


def record_lookups(store: Any) -> tuple[Any, Any]:
    """(lookup(id, uid), newest(record)) over `store`, for `verify_pdf`."""
    from tally.store import StoreError

    metas: list[Any] = []

    def all_metas() -> list[Any]:
        if not metas:
            metas.extend(store.list_assessments())
        return metas

    def lookup(_assessment_id: int, uid: str) -> Any:
        found = next((m.id for m in all_metas() if m.uid == uid), None)
        if found is None:
            return None
        try:
            return store.get_assessment(found)
        except StoreError:
            return None

    def newest(record: Any) -> Any:
        chain = next((m.chain_uid for m in all_metas() if m.uid == record.uid), None)
        versions = [m for m in all_metas() if m.chain_uid == chain]
        if not versions:
            return None
        last = max(versions, key=lambda m: m.version)
        try:
            return store.get_assessment(last.id)
        except StoreError:
            return None

    return lookup, newest


def record_voids(store: Any) -> Any:
    """voided(record) for `verify_pdf`: (date, reason) of its void in `store`, else None."""

    def voided(record: Any) -> tuple[str, str] | None:
        note = store.void_note(record.id)
        return None if note is None else (note.voided_at[:10], note.reason)

    return voided


def previous_versions(store: Any, records: Any) -> dict[str, Any]:
    """The versions `records` amend, keyed by their uid (what `prepare` takes)."""
    from tally.store import StoreError

    wanted = {r.amends_uid for r in records if r.amends_uid}
    if not wanted:
        return {}
    out = {}
    for meta in store.list_assessments():
        if meta.uid in wanted:
            try:
                out[meta.uid] = store.get_assessment(meta.id)
            except StoreError:
                continue  # unreadable: the page then says the changes cannot be listed
    return out


def companions(store: Any, records: Any) -> dict[str, Any]:
    """The CASIC version each locked CPORT of `records` took item 5 from, with the gate
    recorded (reports.content.CompanionUse), keyed by the CPORT's uid (#11)."""
    from tally.reports.content import CompanionUse

    out = {}
    for record in records:
        link = store.casic_link(record.id)
        if link is not None and link.frozen:
            out[record.uid] = CompanionUse(store.get_assessment(link.casic_id), link.gate)
    return out


def earlier_ratings(store: Any, records: Any) -> dict[str, Any]:
    """For each record, the previous rating of the same instrument for the same case.

    The newest version of another amendment chain, locked or signed, rated on or before the
    record's date; keyed by the record's uid (what `prepare` takes as `earlier`).
    """
    from tally.store import StoreError

    out: dict[str, Any] = {}
    for record in records:
        try:
            meta = store.assessment_meta(record.id)
        except StoreError:
            continue
        newest: dict[str, Any] = {}
        for other in store.list_assessments(meta.case_pk, record.form_id):
            if other.chain_uid == meta.chain_uid:
                continue
            if other.chain_uid not in newest or other.version > newest[other.chain_uid].version:
                newest[other.chain_uid] = other
        candidates = [m for m in newest.values() if m.status in ("locked", "signed")
                      and (m.assessment_date, m.created_at) <= (meta.assessment_date,
                                                                 meta.created_at)]
        if candidates:
            last = max(candidates, key=lambda m: (m.assessment_date, m.created_at))
            try:
                out[record.uid] = store.get_assessment(last.id)
            except StoreError:
                continue
    return out


def load_report_context(store: Any, records: Any, case_pk: int | None = None) -> Any:
    """The case's remembered report context, with the evaluator's training and the periods
    of `records` (what `export_report` takes as `context`); the case is that of the records,
    or `case_pk` (a case with nothing locked yet)."""
    from dataclasses import replace

    from tally.core.report_context import RatingPeriod, ReportContext

    stored = _desk(store)
    if records:
        case_pk = store.assessment_meta(records[0].id).case_pk
    if case_pk is None:
        return ReportContext()
    ctx = ReportContext.from_dict(stored.report_context(case_pk))
    periods = {}
    for record in records:
        found = stored.rating_period(record.id)
        if found is not None:
            periods[record.uid] = RatingPeriod(*found)
    return replace(ctx, training=stored.training(), periods=periods)


def audit_anchor(store: Any) -> Any:
    """The database's audit head as a report attaches it (None before the first entry)."""
    from tally.operations.outcomes import store_of
    from tally.reports.content import AuditAnchor

    entry, digest = store_of(store).audit_head()
    return AuditAnchor(entry, digest) if entry else None


def save_report_context(store: Any, case_pk: int, context: Any) -> None:
    """Remember `context` for the case; its training goes to the evaluator profile (the
    periods belong to the ratings and are set in the wizard, not here)."""
    from dataclasses import replace

    stored = _desk(store)
    for form_id, text in context.training.items():
        stored.set_training(form_id, text)
    stored.set_report_context(case_pk, replace(context, training={}, periods={}).to_dict())


def _desk(store: Any) -> Any:
    """The Desk over `store` (the CLI holds a bare Store, the app a Desk)."""
    from tally.operations.desk import Desk

    return store if isinstance(store, Desk) else Desk(store)

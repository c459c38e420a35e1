"""A companion assessment that scores an item of another (CASIC -> CPORT item 5, #11).

Which form feeds which item through which fact is the companion form's `[feeds]` (data). A
CPORT assessment is linked to one CASIC assessment of the same case (store.casic_links); the
fact (`casic_total`) comes from that CASIC only when the evaluator has recorded the gate (no
admission, no diagnosis) and the CASIC is complete. The case profile never gives it: a CPORT
draft's facts are the profile's without that fact, plus what its link gives. At lock the
facts are frozen with the record (the store's lock) and the exact CASIC version with its
total in the link, so a later CASIC amendment changes nothing locked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from tally.store.errors import LifecycleError

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.core.model import Feeds, Form
    from tally.core.record import AssessmentRecord
    from tally.store import AssessmentMeta, Store
    from tally.store.casic_links import CasicLink

# why a linked item is or is not derived from the companion (CasicFeed.why)
FED = "fed"
UNLINKED = "unlinked"
GATE_UNRECORDED = "gate_unrecorded"
GATE_NO = "gate_no"  # an admission or a diagnosis decides the item, not the CASIC
INCOMPLETE = "incomplete"
VOID = "void"
FINISHED = ("locked", "signed")  # a CASIC a CPORT may be locked with


@dataclass(frozen=True)
class CasicFeed:
    """What a CPORT assessment's fed item gets from its linked companion, and why."""

    feeds: Feeds
    link: CasicLink | None = None
    casic: AssessmentMeta | None = None  # the version read: newest of its chain, or frozen
    total: int | None = None  # the companion's total (of the items answered)
    answered: int = 0
    items: int = 0
    fed: int | None = None  # the fact's value given to the item; None: not from the CASIC
    why: str = UNLINKED


def feeder(catalog: Catalog, form_id: str) -> Form | None:
    """The companion form that feeds an item of `form_id` (CASIC for CPORT), if any."""
    return next((f for f in catalog if f.feeds is not None and f.feeds.form == form_id), None)


def feed(store: Store, catalog: Catalog, cport: AssessmentMeta) -> CasicFeed | None:
    """What the link of this assessment gives its fed item; None when no form feeds it."""
    companion = feeder(catalog, cport.form_id)
    if companion is None:
        return None
    assert companion.feeds is not None
    feeds = companion.feeds
    link = store.casic_link(cport.id)
    if link is None:
        return CasicFeed(feeds)
    casic_id = link.casic_id if link.frozen else store.casic_current(link.casic_id)
    meta = store.assessment_meta(casic_id)
    form = catalog.form_of(meta.form_id, meta.form_hash)
    if link.frozen:
        total, answered = link.casic_total, len(form.items)
    else:
        total, answered = _total(form, store.get_assessment(casic_id))
    found = CasicFeed(feeds, link, meta, total, answered, len(form.items))
    if meta.status == VOID:
        return replace(found, why=VOID)
    if link.gate is None:
        return replace(found, why=GATE_UNRECORDED)
    if link.gate is False:
        return replace(found, why=GATE_NO)
    if answered < len(form.items):
        return replace(found, why=INCOMPLETE)
    return replace(found, fed=total, why=FED)


def _total(form: Form, record: AssessmentRecord) -> tuple[int | None, int]:
    from tally.core.scoring import score

    entered = record.scoring_input()
    result = score(form, entered["items"], entered["facts"])
    return result.total, len(form.items) - len(result.missing)


def facts_with(feed: CasicFeed, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The case facts of a fed draft: the profile's without the fed fact, plus the link's."""
    name = feed.feeds.fact
    kept = {k: v for k, v in facts.items() if k != name}
    if feed.fed is not None:
        kept[name] = feed.fed
    return kept


def with_feed(record: AssessmentRecord, found: CasicFeed | None) -> AssessmentRecord:
    """A draft as scored: its facts with what its link gives (locked records are as kept)."""
    if found is None or record.status != "draft":
        return record
    return replace(record, case=replace(record.case, facts=facts_with(found, record.case.facts)))


def lock_facts(store: Store, catalog: Catalog, assessment_id: int) -> dict[str, Any] | None:
    """Before a fed draft locks: refuse a linked CASIC that is not locked (one line), freeze
    the CASIC version and total into the link, and return the facts to freeze. None for a
    form no companion feeds. Runs inside the caller's transaction."""
    meta = store.assessment_meta(assessment_id)
    found = feed(store, catalog, meta)
    if found is None or meta.status != "draft":
        return None
    if found.casic is not None:
        casic = found.casic
        if casic.status == VOID:
            raise LifecycleError(
                "the linked CASIC was voided: unlink it, or link another, before locking")
        if casic.status not in FINISHED:
            raise LifecycleError(
                f"lock the linked CASIC ({casic.assessment_date}, version {casic.version}) "
                "first: item 5 is scored from it")
        store.freeze_casic_link(assessment_id, casic.id, found.total)
    record = store.get_assessment(assessment_id)
    return facts_with(found, record.case.facts)


def start_casic(store: Store, catalog: Catalog, cport_id: int) -> int:
    """A new CASIC draft for the CPORT's case, on its date, linked to it."""
    meta = store.assessment_meta(cport_id)
    companion = feeder(catalog, meta.form_id)
    if companion is None:
        raise LifecycleError(f"no form feeds an item of {meta.form_id}")
    with store.batch():
        casic_id = store.create_assessment(
            meta.case_pk, companion.id, companion.version, companion.content_hash,
            meta.assessment_date, form=companion)
        store.link_casic(cport_id, casic_id)
    return casic_id


def check_pair(store: Store, catalog: Catalog, cport_id: int, casic_id: int) -> None:
    """A link only between a form and the companion that feeds it."""
    cport, casic = store.assessment_meta(cport_id), store.assessment_meta(casic_id)
    companion = feeder(catalog, cport.form_id)
    if companion is None or casic.form_id != companion.id:
        raise LifecycleError(f"a {casic.form_id} assessment does not feed {cport.form_id}")


__all__ = ["FED", "GATE_NO", "GATE_UNRECORDED", "INCOMPLETE", "UNLINKED", "VOID", "CasicFeed",
           "check_pair", "facts_with", "feed", "feeder", "lock_facts", "start_casic",
           "with_feed"]

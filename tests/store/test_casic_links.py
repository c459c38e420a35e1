"""The CASIC a CPORT takes item 5 from (#11): one link per CPORT version with the
evaluator's gate, every change audited, frozen with the exact CASIC version at lock, copied
into an amendment, gone with a deleted draft or case; triggers keep a locked one fixed."""

from __future__ import annotations

import pytest

from tally.store import LifecycleError, Store, StoreError

from .conftest import drop_triggers

CASE = "C-011"


def _pair(store: Store, case_id: str = CASE) -> tuple[int, int, int]:
    pk = store.create_case(case_id, "1980-05-06", {"csem_only": True})
    cport = store.create_assessment(pk, "cport", "1.0", "c" * 64, "2026-12-01")
    casic = store.create_assessment(pk, "casic", "1.0", "a" * 64, "2026-12-01")
    for item in ("never_married", "csem_videos", "csem_stories"):
        store.set_answer(casic, item, 1, rationale=f"why {item}")
    return pk, cport, casic


def _actions(store: Store, aid: int) -> list[tuple[str, object, object]]:
    return [(e.action, e.before, e.after) for e in store.audit_entries("assessment", aid)
            if e.action.startswith("casic_link")]


def test_link_gate_unlink_are_each_audited(store: Store) -> None:
    _, cport, casic = _pair(store)
    assert store.casic_link(cport) is None
    link = store.link_casic(cport, casic)
    assert (link.casic_id, link.gate, link.frozen, link.linked_by) == (
        casic, None, False, "Dr Test Evaluator")
    store.set_casic_gate(cport, True)
    store.set_casic_gate(cport, True)  # no change, no entry
    assert store.casic_link(cport).gate is True
    assert [link.cport_id for link in store.casic_links_to(casic)] == [cport]
    store.unlink_casic(cport)
    store.unlink_casic(cport)  # nothing to remove, no entry
    assert store.casic_link(cport) is None
    linked = {"casic_id": casic, "no_admission_no_diagnosis": None, "casic_uid": None,
              "casic_version": None, "casic_total": None}
    assert _actions(store, cport) == [
        ("casic_link.set", None, linked),
        ("casic_link.gate", {"no_admission_no_diagnosis": None},
         {"no_admission_no_diagnosis": True}),
        ("casic_link.remove", linked | {"no_admission_no_diagnosis": True}, None),
    ]
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_relinking_keeps_the_gate_and_a_link_follows_the_chain(store: Store) -> None:
    _, cport, casic = _pair(store)
    store.link_casic(cport, casic)
    store.set_casic_gate(cport, False)
    store.lock(casic)
    newer = store.amend(casic, "item 4 was missed")
    assert store.casic_current(casic) == newer
    assert store.casic_links_to(newer)[0].cport_id == cport  # any version of the chain
    relinked = store.link_casic(cport, casic)  # the newest version of what was chosen
    assert (relinked.casic_id, relinked.gate) == (newer, False)


@pytest.mark.parametrize("what, match", [
    ("self", "linked to itself"),
    ("other case", "another case"),
    ("void", "void CASIC"),
])
def test_a_link_is_refused_to_itself_another_case_or_a_void(store: Store, what, match) -> None:
    _, cport, casic = _pair(store)
    target = cport if what == "self" else casic
    if what == "other case":
        target = _pair(store, "C-012")[2]
    if what == "void":
        store.lock(casic)
        store.void(casic, "scored for the wrong man")
    with pytest.raises(StoreError, match=match):
        store.link_casic(cport, target)
    assert store.casic_link(cport) is None


def test_a_gate_needs_a_link(store: Store) -> None:
    _, cport, _ = _pair(store)
    with pytest.raises(StoreError, match="link a CASIC before"):
        store.set_casic_gate(cport, True)


def test_freeze_at_lock_then_nothing_changes_it(store: Store) -> None:
    _, cport, casic = _pair(store)
    store.link_casic(cport, casic)
    store.set_casic_gate(cport, True)
    store.lock(casic)
    with store.batch():
        store.freeze_casic_link(cport, casic, 3)
        store.lock(cport, facts={"csem_only": True, "casic_total": 3})
    link = store.casic_link(cport)
    uid = store.assessment_meta(casic).uid
    assert (link.casic_id, link.casic_uid, link.casic_version, link.casic_total, link.frozen) \
        == (casic, uid, 1, 3, True)
    record = store.get_assessment(cport)
    assert record.case.facts == {"csem_only": True, "casic_total": 3}
    assert record.content_hash == record.content_hash_now()
    assert _actions(store, cport)[-1][0] == "casic_link.freeze"
    for change in (lambda: store.set_casic_gate(cport, False), lambda: store.unlink_casic(cport),
                   lambda: store.link_casic(cport, casic)):
        with pytest.raises(LifecycleError):
            change()
    conn = store.conn
    for sql in ("UPDATE casic_links SET casic_total = 0",
                "DELETE FROM casic_links",
                f"INSERT INTO casic_links VALUES ({cport}, {casic}, 1, NULL, NULL, NULL, 'x', 'y')"):
        with pytest.raises(Exception, match="CASIC link of a locked assessment cannot change"):
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(sql)
            finally:
                conn.execute("ROLLBACK")
    with pytest.raises(StoreError, match="no CASIC is linked"):
        store.freeze_casic_link(store.create_assessment(
            store.assessment_meta(cport).case_pk, "cport", "1.0", "c" * 64, "2026-12-02"),
            casic, 3)
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_an_amendment_starts_with_a_copy_of_the_link(store: Store) -> None:
    _, cport, casic = _pair(store)
    store.link_casic(cport, casic)
    store.set_casic_gate(cport, True)
    store.lock(casic)
    with store.batch():
        store.freeze_casic_link(cport, casic, 3)
        store.lock(cport, facts={"casic_total": 3})
    newer = store.amend(cport, "rationale of item 2 corrected")
    link = store.casic_link(newer)
    assert (link.casic_id, link.gate, link.frozen) == (casic, True, False)
    assert store.get_assessment(newer).case.facts == {"casic_total": 3}
    assert _actions(store, newer)[0][0] == "casic_link.set"
    store.amend(casic, "a newer CASIC")  # never reaches the locked CPORT
    assert store.casic_link(cport).casic_total == 3


def test_deleting_a_draft_or_the_case_takes_its_links(store: Store) -> None:
    pk, cport, casic = _pair(store)
    store.link_casic(cport, casic)
    store.delete_assessment(casic)  # a draft CASIC: the draft CPORT is unlinked
    assert store.casic_link(cport) is None
    assert _actions(store, cport)[-1][0] == "casic_link.remove"
    casic = store.create_assessment(pk, "casic", "1.0", "a" * 64, "2026-12-01")
    store.link_casic(cport, casic)
    store.delete_assessment(cport)
    assert store.casic_links_to(casic) == []
    other = store.create_assessment(pk, "cport", "1.0", "c" * 64, "2026-12-03")
    store.link_casic(other, casic)
    store.lock(casic)
    with store.batch():
        store.freeze_casic_link(other, casic, 0)
        store.lock(other)
    store.delete_case(pk)
    assert store.conn.execute("SELECT count(*) FROM casic_links").fetchone()[0] == 0
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_the_migration_runs_again_over_itself(store: Store) -> None:
    from tally.store.casic_links import CASIC_LINKS_SQL

    store.conn.executescript(f"BEGIN;{CASIC_LINKS_SQL}COMMIT;")
    assert store.invariant_problems() == []
    drop_triggers(store)
    assert any("casic_links_frozen" in p for p in store.invariant_problems())


def test_audit_verify_finds_a_link_changed_behind_the_store(store: Store) -> None:
    _, cport, casic = _pair(store)
    store.link_casic(cport, casic)
    store.lock(casic)
    with store.batch():
        store.freeze_casic_link(cport, casic, 3)
        store.lock(cport)
    assert store.invariant_problems() == []
    drop_triggers(store)
    conn = store.conn
    conn.execute("UPDATE casic_links SET casic_version = 2")
    conn.execute("DELETE FROM audit WHERE action = 'casic_link.freeze'")
    conn.commit()
    found = store.invariant_problems()
    assert f"assessment {cport} is locked but its CASIC link was not frozen with the CASIC used" \
        in found
    assert f"assessment {cport}: its CASIC link's freeze is not in the audit trail" in found


def test_a_file_from_before_links_has_no_link_problems() -> None:
    from tally.store import casic_links
    from tally.store.connection import driver
    from tally.store.schema import MIGRATIONS

    conn = driver().connect(":memory:")
    try:
        for script in MIGRATIONS[:9]:  # up to voids, before the links
            conn.executescript(script)
        assert casic_links.problems(conn) == []
    finally:
        conn.close()

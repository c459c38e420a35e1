"""A whole case through a real encrypted store: score several instruments, lock, amend, sign,
export, verify; then read the pages as a reader would and check the store agrees."""

from __future__ import annotations

import json

from tally.operations.lookups import (
    audit_anchor,
    earlier_ratings,
    previous_versions,
    record_lookups,
)
from tally.operations.signoff import record_sign_off
from tally.reports.export import export_report
from tally.reports.identity import SigningIdentity, make_self_signed
from tally.reports.verify import verify_pdf
from tally.store import Store

from .test_report_pages import flatten, identifiers, pages

FACTS = {"release_date": "2025-11-03", "index_investigation_date": "2023-09-14",
         "casic_total": 3, "csem_only": True, "csem_production": False,
         "contact_sexual_offence": False}


def _assess(store, catalog, case, form_id: str, day: str, points: dict[str, int]) -> int:
    form = catalog.get(form_id)
    aid = store.create_assessment(case, form_id, form.version, form.content_hash, day)
    for item in form.items:
        if item.derive is None or item.derive.optional:  # a count table: scored by hand here
            value = points.get(item.id, item.min_points)
            store.set_answer(aid, item.id, value, rationale=f"Seen in the file ({item.name}).",
                             sources=["file_review", "criminal_record"])
    store.lock(aid, form)  # as the wizard locks: the score is kept with it
    return aid


def test_journey_amend_sign_export_verify(catalog, tmp_path):
    store = Store.create(tmp_path / "cases.db", "journey passphrase 1")
    key, cert = make_self_signed("Dr Journey", "Clinic", bits=2048)
    signer = SigningIdentity(key, cert)
    try:
        store.set_evaluator("Dr Journey", "PhD", "Clinic")
        case = store.create_case("J-7", "1988-04-12", FACTS, "csem_stable")
        old_stable = _assess(store, catalog, case, "stable2007", "2026-05-01",
                             {"general_social_rejection": 2})
        cport = _assess(store, catalog, case, "cport", "2026-11-02", {})
        stable = _assess(store, catalog, case, "stable2007", "2026-11-02",
                         {"general_social_rejection": 1})
        acute = _assess(store, catalog, case, "acute2007", "2026-11-02",
                        {"sexual_preoccupation": 2})
        newer = store.amend(cport, "prior conviction found in the court record")
        store.set_answer(newer, "prior_criminal_history", 1)
        store.lock(newer, catalog.get("cport"))

        records = [store.get_assessment(i) for i in (newer, stable, acute)]
        kept = dict(store.conn.execute("SELECT assessment_id, total FROM locked_scores"))
        out = tmp_path / "report.pdf"
        result = export_report(records, catalog.get, out, identity=signer,  # as the app does
                               previous=previous_versions(store, records),
                               earlier=earlier_ratings(store, records), write=False,
                               audit_anchor=audit_anchor(store))
        assert not out.exists()  # nothing is out before the sign-off records it
        printed = {a["id"]: a["result"]["total"] for a in json.loads(result.data)["assessments"]}
        assert printed == {i: kept[i] for i in printed}  # the kept scores are the report's
        record_sign_off(store, records, result, "Author: I scored these.")
        assert out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert {store.get_assessment(i).status for i in (newer, stable, acute)} == {"signed"}
        assert store.get_assessment(cport).status == "amended"
        assert store.get_assessment(old_stable).status == "locked"

        text = pages(out)
        for n, page in enumerate(text, 1):
            assert not identifiers(page), (n, identifiers(page))
        first = flatten(text[0])
        assert "CPORT was amended: record version 2" in first
        assert "prior conviction found in the court record" in first
        assert "Item 2 Any prior criminal history: 0 → 1" in first
        assert "Total" in first and "CSEM only, repeated" in first
        flat = flatten(" ".join(text))
        assert "Information sources: file review; criminal record" in flat
        assert "not recorded; rated on 2026-11-02" in flat  # no period entered: says so
        assert "Item 5 General social rejection: 2 → 1" in flat  # the trend since May
        assert "Acute items needing attention now" in flat and "Sexual preoccupation (2)" in flat
        assert "Moderate density of needs" not in flat  # court profile

        lookup, newest = record_lookups(store)
        check = verify_pdf(out, [cert], lookup=lookup, newest=newest, forms=catalog.get)
        assert check.exit_code == 0 and {r.status for r in check.records} == {"match"}
        # the audit head it carries is still in the trail, unchanged; and it is on the page
        assert check.anchor is not None
        assert store.audit_entry_hash(check.anchor.entry) == check.anchor.hash
        assert f"audit trail stood at entry {check.anchor.entry}" in flat

        # a later amendment of the STABLE-2007: the same signed report is now superseded
        again = store.amend(stable, "collateral contact changed item 1")
        store.set_answer(again, "significant_social_influences", 2)
        store.lock(again, catalog.get("stable2007"))
        lookup, newest = record_lookups(store)
        check = verify_pdf(out, [cert], lookup=lookup, newest=newest, forms=catalog.get)
        assert check.exit_code == 3
        (stale,) = [r for r in check.records if r.status == "superseded"]
        assert stale.form_id == "stable2007" and stale.newer.version == 2
        assert stale.newer.total_after == stale.newer.total_before + 2
    finally:
        store.close()


def test_journey_with_a_withheld_level_a_consistency_check_and_a_profile_edit(catalog, tmp_path):
    """CSEM-only man: Static-99R keeps its total but no level; RM2000/S non-contact = 1 draws
    the form's consistency warning; a profile edit after lock changes no locked number."""
    store = Store.create(tmp_path / "cases.db", "journey passphrase 2")
    try:
        store.set_evaluator("Dr Journey", "PhD", "Clinic")
        case = store.create_case("J-8", "1979-02-10", FACTS, "csem_only")
        cport = _assess(store, catalog, case, "cport", "2026-11-02", {})
        static = _assess(store, catalog, case, "static99r", "2026-11-02",
                         {"prior_sex_offences": 2, "noncontact_sex_offences": 1})
        rm = _assess(store, catalog, case, "rm2000s", "2026-11-02", {"noncontact_offence": 1})
        locked = {i: store.get_assessment(i) for i in (cport, static, rm)}
        # the profile changes after lock: the locked records keep the facts they were scored on
        store.update_case(case, facts={**FACTS, "casic_total": 0, "release_date": "2027-01-05"})
        records = [store.get_assessment(i) for i in (cport, static, rm)]
        for record in records:
            assert record.facts()["casic_total"] == 3
            assert record.content_hash == locked[record.id].content_hash
        out = tmp_path / "report.pdf"
        export_report(records, catalog.get, out)
        flat = flatten(" ".join(pages(out)))
        assert "No risk level: scoring criteria not met" in flat
        assert "Level IV" not in flat and "Level III" not in flat
        assert "Consistency check, item 2.4: Non-contact offence is scored 1 on a case" in flat
        assert "incomplete" not in flatten(pages(out)[0]).lower()  # every instrument complete
        assert "2025-11-03" in flat and "2027-01-05" not in flat  # the frozen release date
    finally:
        store.close()

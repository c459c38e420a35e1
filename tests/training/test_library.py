"""The bundled sample cases: enough of them, spread well, and every reference consistent
with the forms when scored through the same core as real work."""

from __future__ import annotations

from collections import Counter

import pytest

from tally.core.scoring import score
from tally.training.validate import check_cases

INSTRUMENTS = ("cport", "casic", "rm2000s", "static99r", "stable2007", "acute2007")


def test_at_least_twelve_cases_with_every_difficulty(library) -> None:
    assert len(library) >= 12
    assert {c.difficulty for c in library} == {"introductory", "intermediate", "advanced"}
    assert {c.offence_pattern for c in library} >= {"csem_only", "mixed_escalation",
                                                   "mixed_deescalation"}


@pytest.mark.parametrize("form_id", INSTRUMENTS)
def test_four_cases_per_instrument_spread_over_scores(library, catalog, form_id) -> None:
    cases = library.for_form(form_id)
    assert len(cases) >= 4, form_id
    form = catalog.get(form_id)
    scale = form.primary
    totals = [r.total for c in cases for r in c.references_for(form_id)]
    third = (scale.max_total - scale.min_total) / 3
    # at least one low and one clearly higher total; bands: more than one band used
    assert min(totals) <= scale.min_total + third
    assert max(totals) - min(totals) >= 3
    bands = {r.band for c in cases for r in c.references_for(form_id)}
    if scale.bands:
        assert len(bands) >= 2


def test_every_reference_agrees_with_the_forms(library, catalog) -> None:
    assert check_cases(library, catalog) == []


def test_totals_and_bands_by_the_scoring_core(library, catalog) -> None:
    checked = 0
    for case in library:
        for ref in case.references:
            form = catalog.get(ref.form_id)
            assert set(ref.items) == set(form.item_ids), (case.id, ref.key)
            result = score(form, ref.points(), case.facts_for(ref))
            assert result.complete, (case.id, ref.key)
            assert result.total == ref.total, (case.id, ref.key)
            assert (result.band.id if result.band else None) == ref.band, (case.id, ref.key)
            for scale_id, expected in ref.scales.items():
                got = result.scales[scale_id]
                assert (got.total, got.band.id if got.band else None) == (
                    expected.total, expected.band), (case.id, ref.key, scale_id)
            checked += 1
    assert checked >= 30


def test_pitfalls_of_the_talk_are_exercised(library) -> None:
    cases = list(library)
    text = {c.id: c.vignette_text() for c in cases}
    # Static-99R criteria not met (CSEM only, no production, no direct victim)
    not_met = [c for c in cases for r in c.references_for("static99r") if r.expect_warnings]
    assert len(not_met) >= 2
    # boy-content proportions on both sides of 51%
    assert any("(49%)" in t for t in text.values())
    assert any("(52%)" in t for t in text.values())
    # CASIC feeding CPORT item 5 (no admission: item derived from casic_total >= 3)
    fed = [
        c for c in cases
        if c.facts.get("casic_total", 0) >= 3 and "cport" in c.form_ids
        and not c.reference("cport").items["sexual_interest_in_children"].override
    ]
    assert fed
    # RM2000/S CSEM adaptations: a CSEM-only case with non-contact 0, a dual case with 1
    rm = [(c, c.reference("rm2000s")) for c in cases if "rm2000s" in c.form_ids]
    assert any(c.offence_pattern == "csem_only" and r.items["noncontact_offence"].points == 0
               for c, r in rm)
    assert any(c.offence_pattern != "csem_only" and r.items["noncontact_offence"].points == 1
               for c, r in rm)
    # emotional identification with children scored for a CSEM-only case
    assert any(
        c.offence_pattern == "csem_only"
        and r.items["emotional_identification_with_children"].points > 0
        for c in cases for r in c.references_for("stable2007")
    )
    # ACUTE-2007 re-scored: one case with three dated reference scorings
    dated = Counter(c.id for c in cases for r in c.references_for("acute2007") if r.date)
    assert max(dated.values()) >= 3


def test_every_item_names_its_guidance(library) -> None:
    for case in library:
        for ref in case.references:
            for item in ref.items.values():
                assert len(item.rationale) > 10 and len(item.guidance) > 5, (case.id, item)


def test_cases_use_pseudonymous_codes_only(library) -> None:
    for case in library:
        assert case.code.startswith("TR-")
        assert case.code in case.vignette_text()

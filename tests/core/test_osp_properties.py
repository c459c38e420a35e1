"""Properties of OSP/DC and OSP/IIC over generated answers and case facts.

OSP/DC: the total stays within 0–64; the band (before reduction) and the probability never
fall as the total rises; the reduction lowers by at most one level and never raises.
OSP/IIC: a higher band never carries a lower probability; more image sanctions never lower it.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tally.core import rules
from tally.core.scoring import score

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
counts = st.integers(min_value=0, max_value=12)
days = st.dates(min_value=date(1930, 1, 1), max_value=date(2030, 12, 31))


@SETTINGS
@given(data=st.data())
def test_dc_total_within_0_to_64_from_any_facts(catalog, data):
    dc = catalog.get("ospdc")
    born = data.draw(days, label="born")
    later = st.dates(min_value=born + timedelta(days=1), max_value=date(2035, 1, 1))
    facts = {
        "date_of_birth": born.isoformat(),
        "followup_start_date": data.draw(later).isoformat(),
        "most_recent_sexual_offence_date": data.draw(later).isoformat(),
        "contact_adult_sexual_sanction_count": data.draw(counts),
        "contact_child_sexual_sanction_count": data.draw(counts),
        "noncontact_sexual_offence_count": data.draw(counts),
        "sanction_count_all_offences": data.draw(st.integers(1, 999)),
        "stranger_victim_current": data.draw(st.booleans()),
    }
    result = score(dc, {}, facts)
    assert result.complete and 0 <= result.total <= 64
    assert result.total == sum(r.points for r in result.items.values())
    assert 0.0 <= result.prediction.probability < 1.0


def test_dc_band_and_probability_are_monotone_in_the_total(catalog):
    dc = catalog.get("ospdc")
    scale = dc.primary
    assert (scale.min_total, scale.max_total) == (0, 64)
    positions = [scale.bands.index(scale.band_for(t)) for t in range(65)]
    assert positions == sorted(positions)
    probabilities = [rules.logistic(dc.probability, t) for t in range(65)]
    assert probabilities == sorted(probabilities) and len(set(probabilities)) == 65


@SETTINGS
@given(data=st.data())
def test_dc_items_give_the_band_of_their_total_and_a_rising_probability(catalog, data):
    dc = catalog.get("ospdc")
    items = {i.id: data.draw(st.sampled_from(sorted(i.allowed)), label=i.id) for i in dc.items}
    bigger = dict(items)
    raise_item = data.draw(st.sampled_from(dc.item_ids), label="raised")
    bigger[raise_item] = dc.item(raise_item).max_points
    low, high = score(dc, items, {}), score(dc, bigger, {})
    assert 0 <= low.total <= high.total <= 64
    assert low.band is dc.primary.band_for(low.total)
    assert dc.primary.bands.index(low.band) <= dc.primary.bands.index(high.band)
    assert low.prediction.probability <= high.prediction.probability


@SETTINGS
@given(data=st.data())
def test_the_reduction_lowers_by_at_most_one_level(catalog, data):
    dc = catalog.get("ospdc")
    items = {i.id: data.draw(st.sampled_from(sorted(i.allowed)), label=i.id) for i in dc.items}
    facts = {
        "assessment_date": "2026-06-01",
        "followup_start_date": data.draw(days).isoformat(),
        "most_recent_offence_date": data.draw(st.none() | days.map(date.isoformat)),
        "most_recent_sexual_offence_date": data.draw(st.none() | days.map(date.isoformat)),
        "in_custody": data.draw(st.booleans()),
    }
    result = score(dc, items, facts)
    before = dc.primary.bands.index(result.prediction.base_band)
    after = dc.primary.bands.index(result.band)
    assert after in (before, before - 1) and after >= 0
    assert result.to_contract()["band_reduced"] is (after == before - 1)
    if facts["in_custody"]:
        assert after == before


@SETTINGS
@given(images=counts, child=counts, adult=counts, noncontact=counts)
def test_iic_higher_bands_carry_higher_probabilities(catalog, images, child, adult, noncontact):
    iic = catalog.get("ospiic")
    order = ["low", "medium", "high"]

    def run(n_images):
        return score(iic, {}, {
            "indecent_image_sanction_count": n_images,
            "contact_child_sexual_sanction_count": child,
            "contact_adult_sexual_sanction_count": adult,
            "noncontact_sexual_offence_count": noncontact,
        })

    found, more = run(images), run(images + 1)
    assert found.to_contract()["total"] is None
    assert order.index(found.band.id) <= order.index(more.band.id)
    assert found.prediction.probability <= more.prediction.probability
    for tier in iic.probability.tiers:
        for other in iic.probability.tiers:
            if order.index(tier.band.id) > order.index(other.band.id):
                assert tier.probability > other.probability

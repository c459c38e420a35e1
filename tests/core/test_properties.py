"""Properties every bundled form must keep, checked with generated answer sets.

The total equals the sum of its items; bands are monotone in the total and cover the whole
range without gaps; an incomplete assessment never gets a band.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tally.core.scoring import score

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def answers(form, complete: bool):
    item_strategies = {i.id: st.sampled_from(sorted(i.allowed)) for i in form.items}
    if complete:
        return st.fixed_dictionaries(item_strategies)
    return st.fixed_dictionaries({}, optional=item_strategies)


@PROPERTY_SETTINGS
@given(data=st.data())
def test_total_is_the_sum_of_its_items(catalog, data):
    for form in catalog:
        items = data.draw(answers(form, complete=False), label=form.id)
        result = score(form, items, {})
        for scale in form.scales:
            expected = sum(items[i] for i in scale.items if i in items)
            assert result.scales[scale.id].total == expected
        assert result.total == result.scales[form.primary_scale].total
        assert result.complete == (len(items) == len(form.items))
        assert set(result.missing) == set(form.item_ids) - set(items)
        if not result.complete:
            assert result.band is None


@PROPERTY_SETTINGS
@given(data=st.data())
def test_complete_answers_always_get_the_band_of_their_total(catalog, data):
    for form in catalog:
        items = data.draw(answers(form, complete=True), label=form.id)
        result = score(form, items, {})
        assert result.complete
        for scale in form.scales:
            band = result.scales[scale.id].band
            if scale.bands:
                assert band is not None and band.min <= result.scales[scale.id].total <= band.max
            else:
                assert band is None
        if not form.primary.bands and form.probability is None:
            assert result.band is None  # a first-match hierarchy (OSP/IIC) bands without a total


def test_bands_are_monotone_and_cover_every_total(catalog):
    for form in catalog:
        for scale in form.scales:
            if not scale.bands:
                continue
            order = [scale.band_for(t) for t in range(scale.min_total, scale.max_total + 1)]
            assert None not in order, (form.id, scale.id)
            positions = [scale.bands.index(b) for b in order]
            assert positions == sorted(positions), (form.id, scale.id)
            assert positions[0] == 0 and positions[-1] == len(scale.bands) - 1


@PROPERTY_SETTINGS
@given(data=st.data())
def test_raising_never_lowers_and_never_passes_the_top(catalog, data):
    for form in catalog:
        if form.rule is None:
            continue
        items = data.draw(answers(form, complete=True), label=form.id)
        result = score(form, items, {})
        base = form.scale(form.rule.base_scale)
        base_band = result.scales[base.id].band
        final = base.bands.index(result.band)
        assert final >= base.bands.index(base_band)
        assert final <= len(base.bands) - 1
        assert result.band_evidence is not None

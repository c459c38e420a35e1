"""Every citation says what kind of document it is, and every number carries its sources' kinds."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.evidence import WEAK_WARNING, mark, support_warning
from tally.core.loader import parse_form
from tally.core.model import Confirmation, Evidence, SourceKind
from tests.core.test_loader_errors import valid

FORMS = Path(__file__).resolve().parents[2] / "forms"


def test_kinds_reach_the_model_and_every_provenance():
    data = copy.deepcopy(valid())
    data["items"][1].update(source=["blog", "paper"], evidence="published")
    form = parse_form(data, "mini.toml")
    assert form.citation_kinds == {
        "talk": SourceKind.TALK, "blog": SourceKind.THIRD_PARTY, "paper": SourceKind.PEER_REVIEWED,
    }
    assert form.citations["paper"] == "A paper."
    first, second = form.items
    assert first.provenance.kinds == (SourceKind.TALK,)
    assert second.provenance.sources == ("blog", "paper")
    assert second.provenance.kinds == (SourceKind.THIRD_PARTY, SourceKind.PEER_REVIEWED)
    assert second.provenance.kind_text == "third-party + peer-reviewed"


def test_a_number_resting_only_on_talk_or_third_party_sources_is_marked():
    data = copy.deepcopy(valid())
    data["items"][1].update(source=["blog", "talk"])
    data["research"][0].update(source=["talk", "paper"])
    form = parse_form(data, "mini.toml")
    talk_only, weak_pair = form.items[0].provenance, form.items[1].provenance
    assert talk_only.weak_only and weak_pair.weak_only
    assert support_warning(talk_only) == WEAK_WARNING
    assert mark(weak_pair) == f"seed; blog (third-party), talk (talk); {WEAK_WARNING}"
    backed = form.research[0].provenance
    assert not backed.weak_only and support_warning(backed) == ""
    assert mark(backed) == "seed; talk (talk), paper (peer-reviewed)"


def test_a_local_confirmation_lifts_the_warning_and_shows_in_the_mark():
    from dataclasses import replace

    prov = parse_form(valid(), "mini.toml").items[0].provenance
    local = Confirmation("Dr A. Reviewer", "Mini manual", "2nd ed.", "12", "2026-12-01")
    confirmed = replace(prov, evidence=Evidence.UNCONFIRMED, local=local)
    assert not confirmed.weak_only
    assert mark(confirmed) == (
        "UNCONFIRMED; talk (talk); confirmed locally by Dr A. Reviewer against Mini manual, "
        "2nd ed., p. 12 (2026-12-01)"
    )


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.toml")), ids=lambda p: p.stem)
def test_every_bundled_citation_declares_a_kind(path):
    catalog = Catalog.load([FORMS])
    assert catalog.problems == []
    form = catalog.get(path.stem)
    assert set(form.citation_kinds) == set(form.citations)
    if form.id.startswith("osp"):  # encoded from the MoJ's code; the talk gives no numbers
        assert set(form.citation_kinds.values()) == {SourceKind.OFFICIAL_CODE}
    else:
        assert form.citation_kinds["talk"] is SourceKind.TALK

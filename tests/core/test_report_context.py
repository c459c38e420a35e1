"""The report context round-trips through stored JSON and reads an older or odd row safely."""

from __future__ import annotations

import json

from tally.core.report_context import DatedEntry, Departure, RatingPeriod, ReportContext


def test_round_trip_through_json():
    ctx = ReportContext(
        referral_question="Risk on release?", jurisdiction="Ontario, Canada",
        jurisdiction_country="CA", requested_by="Parole board", notification="Told in writing.",
        records=(DatedEntry("Police summary", "2026-01-02"),),
        interviews=(DatedEntry("Interview", "2026-02-01", "2 h"),),
        collateral=(DatedEntry("Brother", "2026-02-03", "phone"),),
        responsivity="Prefers written material.", combined_level="Level II (by hand)",
        combined_level_source="Workbook table 3", departures=(Departure("acute2007", "Higher.",
                                                                        "Recent loss."),),
        profile="working", training={"cport": "Workshop 2024"},
        periods={"uid-1": RatingPeriod("2026-01-01", "2026-02-01")})
    again = ReportContext.from_dict(json.loads(json.dumps(ctx.to_dict())))
    assert again == ctx
    assert not again.in_united_states


def test_empty_odd_and_newer_rows():
    assert ReportContext.from_dict(None) == ReportContext()
    assert ReportContext.from_dict({}) == ReportContext()
    odd = ReportContext.from_dict({
        "profile": "glossy", "records": ["not a dict", {"what": "File"}],
        "departures": [1, {"form_id": "x"}], "periods": {"u": "bad", "v": {"end": "2026-01-01"}},
        "future_field": "ignored", "referral_question": None})
    assert odd.profile == "court" and odd.records == (DatedEntry("File"),)
    assert odd.departures == (Departure("x", "", ""),)
    assert odd.periods == {"v": RatingPeriod("", "2026-01-01")} and odd.referral_question == ""


def test_united_states_from_the_country_code_or_the_words():
    assert ReportContext(jurisdiction_country="us").in_united_states
    assert ReportContext(jurisdiction="District court, United States").in_united_states
    assert ReportContext(jurisdiction="Texas, USA").in_united_states
    assert not ReportContext(jurisdiction="Ontario, Canada").in_united_states
    assert not ReportContext(jurisdiction="Bus depot").in_united_states

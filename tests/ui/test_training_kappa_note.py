"""The progress card explains a low kappa beside a high agreement (86 % and kappa 0.00 read
as a contradiction to a trainee) and says nothing extra when the two agree."""

from __future__ import annotations

import pytest

from tally.training.progress import InstrumentProgress, ProficiencyRule

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _progress(agreement: float, kappa: float) -> InstrumentProgress:
    return InstrumentProgress(
        form_id="casic", attempts=2, scorings_done=2, cases_done=2, qualifying=1,
        rule=ProficiencyRule(0.8, 4), timeline=(("2026-12-01T10:00:00+00:00", agreement),),
        missed=(), item_agreement=agreement, item_kappa=kappa, item_kappa_quadratic=None,
        band_kappa=None, total_icc=None)


def test_a_low_kappa_beside_high_agreement_is_explained(qtbot, catalog) -> None:
    from tally.ui.training.progress import InstrumentCard

    card = InstrumentCard(_progress(0.86, 0.0), catalog)
    qtbot.addWidget(card)
    assert not card.kappa_note.isHidden()
    assert "86%" in card.kappa_note.text() and "chance" in card.kappa_note.text()

    agreeing = InstrumentCard(_progress(0.9, 0.8), catalog)
    qtbot.addWidget(agreeing)
    assert agreeing.kappa_note.isHidden()

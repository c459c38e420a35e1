"""A local review that confirms or corrects a derivation shows on the report's item row, in
the report's language, beside the derived score it decided."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.core import local_review as lr
from tally.core.loader import load_form
from tally.reports.export import export_report
from tally.store import Store
from tests.reports.conftest import pdf_text

FORMS = Path(__file__).resolve().parents[2] / "forms"
REF = {"reviewer": "Dr Local", "manual": "Static-99R Coding Rules", "edition": "2016",
       "page": "31", "date": "2026-12-04"}


def reviewed_static99r():
    path = FORMS / "static99r.toml"
    plain = load_form(path)
    target = "item.age_at_release.derive"
    value = next(n.value for n in lr.numbers(plain) if n.target == target)
    entry = {"action": lr.CONFIRM, "form": plain.id, "form_version": plain.version,
             "target": target, "value": value, **REF}
    return load_form(path, amend=lambda data: lr.amend(data, plain, [entry]))


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Derivation confirmed locally by Dr Local against Static-99R Coding Rules, 2016"),
    ("fr", "Déduction — confirmé localement par"),
])
def test_a_locally_confirmed_derivation_is_on_its_item_row(tmp_path, lang, words):
    form = reviewed_static99r()
    assert form.item("age_at_release").derive.provenance.local is not None
    store = Store.create(tmp_path / "cases.db", "local derivation passphrase")
    try:
        pk = store.create_case("LD-1", "1975-04-02", {"release_date": "2024-03-01"})
        aid = store.create_assessment(pk, form.id, form.version, form.content_hash,
                                      "2024-05-02", form=form)
        for item in form.items:
            if item.derive is None:
                store.set_answer(aid, item.id, item.min_points, rationale="on file")
        store.lock(aid, form)
        out = tmp_path / "report.pdf"
        export_report([store.get_assessment(aid)], {form.id: form}.__getitem__, out, lang=lang)
        text = " ".join(pdf_text(out).split())
        assert words in text
    finally:
        store.close()

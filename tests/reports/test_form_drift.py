"""A form file changed after lock (a corrected cut-off, a new edition): the locked record keeps
showing, verifying and exporting with the form it was scored with, which the database kept;
a new assessment is scored with the new file; each report names its own edition."""

from __future__ import annotations

import shutil
from pathlib import Path

from tally.core.catalog import Catalog
from tally.operations.lookups import record_lookups
from tally.reports.export import export_report
from tally.reports.identity import SigningIdentity, make_self_signed
from tally.reports.verify import verify_pdf
from tally.store import Store

from ..conftest import FORMS
from .test_report_journey import _assess
from .test_report_pages import flatten, pages

FACTS = {"release_date": "2025-11-03", "index_investigation_date": "2023-09-14",
         "csem_only": False, "csem_production": False, "contact_sexual_offence": True}
POINTS = {"prior_sex_offences": 2, "noncontact_sex_offences": 1}  # age 37: total 3


def new_edition(tmp_path: Path) -> Path:
    """The installed forms with Static-99R's Level III/IVa cut-off moved from 3|4 to 2|3."""
    folder = tmp_path / "forms"
    shutil.copytree(FORMS, folder, ignore=shutil.ignore_patterns("README.md"))
    path = folder / "static99r.toml"
    text = path.read_text(encoding="utf-8")
    for old, new in (('version = "2016.1"', 'version = "2016.2"'),
                     ('id = "III"\nlabel = "Level III – Average risk"\nmin = 1\nmax = 3',
                      'id = "III"\nlabel = "Level III – Average risk"\nmin = 1\nmax = 2'),
                     ('id = "IVa"\nlabel = "Level IVa – Above average risk"\nmin = 4',
                      'id = "IVa"\nlabel = "Level IVa – Above average risk"\nmin = 3')):
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return folder


def test_a_cut_off_edited_after_lock_changes_no_old_record(catalog, tmp_path):
    store = Store.create(tmp_path / "cases.db", "drift passphrase 1")
    key, cert = make_self_signed("Dr Drift", "Clinic", bits=2048)
    signer = SigningIdentity(key, cert)
    try:
        store.set_evaluator("Dr Drift", "PhD", "Clinic")
        case = store.create_case("FD-1", "1988-04-12", FACTS, "mixed")
        old = _assess(store, catalog, case, "static99r", "2026-03-02", POINTS)
        before = export_report([store.get_assessment(old)], catalog, tmp_path / "before.pdf",
                               identity=signer, profile="working")

        # the routine update: a new form file is installed; the database is opened with it
        updated = Catalog.load([new_edition(tmp_path)])
        assert not updated.problems
        assert updated.get("static99r").version == "2016.2"
        updated.keep_from(store.kept_form)
        record = store.get_assessment(old)
        shown = updated.form_of(record.form_id, record.form_hash)
        assert shown.kept and shown.version == "2016.1"

        new = _assess(store, updated, case, "static99r", "2026-11-20", POINTS)
        assert store.get_assessment(new).form_version == "2016.2"

        after = export_report([store.get_assessment(old)], updated, tmp_path / "after.pdf",
                              identity=signer, profile="working")
        fresh = export_report([store.get_assessment(new)], updated, tmp_path / "new.pdf",
                              identity=signer, profile="working")
        assert after.data_sha256 == before.data_sha256  # the same record, the same content

        old_text = flatten(" ".join(pages(tmp_path / "after.pdf")))
        assert "Instrument edition (form) 2016.1" in old_text
        assert "Level III – Average risk" in old_text and "Level IVa" not in old_text
        assert "which the database keeps" in old_text  # says why it is not today's file
        assert "The form file has changed" not in old_text
        assert flatten(" ".join(pages(tmp_path / "before.pdf"))).count("Level III") == \
            old_text.count("Level III")

        new_text = flatten(" ".join(pages(tmp_path / "new.pdf")))
        assert "Instrument edition (form) 2016.2" in new_text
        assert "Level IVa – Above average risk" in new_text
        assert "which the database keeps" not in new_text

        lookup, newest = record_lookups(store)
        for path in (tmp_path / "after.pdf", tmp_path / "new.pdf"):
            check = verify_pdf(path, [cert], lookup=lookup, newest=newest, forms=updated)
            assert check.exit_code == 0 and {r.status for r in check.records} == {"match"}
        assert fresh.data_sha256 != after.data_sha256
    finally:
        store.close()


def test_without_a_kept_copy_the_report_still_refuses_another_edition(catalog, tmp_path):
    """A record locked before forms were kept, whose file has since changed: as before, the
    report names both editions and refuses, rather than print today's cut-offs."""
    import pytest

    from tally.reports.content import ReportError

    store = Store.create(tmp_path / "cases.db", "drift passphrase 2")
    try:
        store.set_evaluator("Dr Drift", "PhD", "Clinic")
        case = store.create_case("FD-2", "1988-04-12", FACTS, "mixed")
        form = catalog.get("static99r")
        aid = store.create_assessment(case, form.id, form.version, form.content_hash,
                                      "2026-03-02")
        for item in form.items:
            if item.derive is None or item.derive.optional:
                store.set_answer(aid, item.id, POINTS.get(item.id, item.min_points),
                                 rationale="Seen in the file.")
        store.lock(aid)  # no form given: nothing kept, as in a database from 0.1
        updated = Catalog.load([new_edition(tmp_path)])
        updated.keep_from(store.kept_form)
        with pytest.raises(ReportError, match=r"version 2016\.1, but version 2016\.2 is installed"):
            export_report([store.get_assessment(aid)], updated, tmp_path / "r.pdf")
    finally:
        store.close()

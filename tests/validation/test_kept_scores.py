"""Validation from the scores kept at lock gives exactly what scoring every assessment again
gives, and falls back to scoring when no kept score fits (older database, other form)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tally.operations.validation import load_dataset, run_validation
from tally.store import Store

from .conftest import PASS, build_db


def _rows(dataset):
    return sorted((r.case_key, r.instrument, r.total, r.band, dict(r.items), r.groups,
                   r.index, r.durations["sexual_recidivism"]) for r in dataset.rows)


@pytest.fixture(scope="module")
def unkept(tmp_path_factory: pytest.TempPathFactory, catalog, men) -> Path:
    path = tmp_path_factory.mktemp("unkept") / "site.db"
    build_db(path, catalog, men, keep_scores=False)
    return path


def test_kept_and_rescored_give_the_same_validation(db: Path, unkept: Path, catalog) -> None:
    with Store.open(db, PASS) as kept, Store.open(unkept, PASS) as scored:
        assert kept.conn.execute("SELECT count(*) FROM locked_scores").fetchone()[0] == 60
        assert scored.conn.execute("SELECT count(*) FROM locked_scores").fetchone()[0] == 0
        assert _rows(load_dataset(kept, catalog)) == _rows(load_dataset(scored, catalog))
        for outcome in ("sexual_recidivism", "csem_recidivism"):
            one, two = (run_validation(s, catalog, outcome=outcome) for s in (kept, scored))
            assert [r.to_contract() for r in one.results] == [
                r.to_contract() for r in two.results]


def test_kept_scores_are_read_not_scored_again(db: Path, catalog, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("scored again although a kept score fits")

    monkeypatch.setattr("tally.store.locked_scores.score_of", refuse)
    with Store.open(db, PASS) as store:
        assert len(load_dataset(store, catalog).rows) == 60


def test_a_changed_form_is_scored_again_not_read(db: Path, catalog, monkeypatch) -> None:
    from tally.core.catalog import Catalog

    calls = []
    import tally.store.locked_scores as kept

    real = kept.score_of
    monkeypatch.setattr(kept, "score_of", lambda *a: calls.append(a[0].id) or real(*a))
    changed = Catalog.__new__(Catalog)
    changed.__dict__.update(catalog.__dict__)
    forms = dict(catalog._forms)
    forms["cport"] = replace(catalog.get("cport"), content_hash="1" * 64)
    changed._forms = forms
    with Store.open(db, PASS) as store:
        found = load_dataset(store, changed)
        rows = found.rows
    assert not found.skipped, found.skipped
    assert calls == ["cport"] * 30, calls  # STABLE read, CPORT scored again
    assert len(rows) == 60


def test_validation_leaves_the_garbage_collector_as_it_found_it(db: Path, catalog,
                                                                monkeypatch) -> None:
    import gc

    with Store.open(db, PASS) as store:
        assert gc.isenabled()
        run_validation(store, catalog, with_incremental=False)
        assert gc.isenabled()
        gc.disable()  # a caller's own pause is its to end
        try:
            run_validation(store, catalog, with_incremental=False)
            assert not gc.isenabled()
        finally:
            gc.enable()

        def broken(*_args, **_kwargs):
            raise RuntimeError("a statistic failed")

        monkeypatch.setattr("tally.operations.validation.validate", broken)
        with pytest.raises(RuntimeError):
            run_validation(store, catalog)
        assert gc.isenabled()

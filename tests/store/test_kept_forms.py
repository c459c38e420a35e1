"""The form files assessments were scored with, kept in the database by their hash: written
when a draft starts and at lock, never changed, read back by the catalog for records whose
form file has since changed (the whole journey is tests/reports/test_form_drift.py)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from tally.core.catalog import Catalog
from tally.operations.desk import Desk
from tally.store import Store

from ..conftest import FORMS
from .conftest import PASS
from .test_triggers import _refused


def _case(store: Store) -> int:
    return store.create_case("KF-1", "1980-05-06", {"csem_only": True}, "csem_only", "")


def _kept_rows(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        "SELECT form_hash, form_id, form_version, file_name FROM kept_forms").fetchall()


def test_a_draft_keeps_the_file_it_is_scored_with(store: Store, catalog: Catalog) -> None:
    form = catalog.get("stable2007")
    store.create_assessment(_case(store), form.id, form.version, form.content_hash,
                            "2026-01-05", form=form)
    assert _kept_rows(store) == [(form.content_hash, "stable2007", form.version,
                                  "stable2007.toml")]
    name, raw, translations = store.kept_form(form.content_hash)
    assert name == "stable2007.toml"
    assert raw == (FORMS / "stable2007.toml").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == form.content_hash
    assert translations == {"fr": (FORMS / "fr" / "stable2007.toml").read_bytes()}
    assert store.kept_form("0" * 64) is None


def test_lock_keeps_it_once_and_a_draft_without_it_keeps_none(store: Store,
                                                              catalog: Catalog) -> None:
    form = catalog.get("acute2007")
    pk = _case(store)
    aid = store.create_assessment(pk, form.id, form.version, form.content_hash, "2026-01-05")
    assert _kept_rows(store) == []  # as a script without forms creates a draft
    store.lock(aid, form)
    again = store.create_assessment(pk, form.id, form.version, form.content_hash, "2026-02-05",
                                    form=form)
    store.lock(again, form)
    assert [r[0] for r in _kept_rows(store)] == [form.content_hash]  # one copy per file
    other = catalog.get("cport")
    store.create_assessment(pk, other.id, other.version, "1" * 64, "2026-01-05", form=other)
    assert len(_kept_rows(store)) == 1  # not the file it claims: nothing kept under that hash


def test_a_kept_form_cannot_change_or_be_deleted(store: Store, catalog: Catalog) -> None:
    form = catalog.get("cport")
    store.create_assessment(_case(store), form.id, form.version, form.content_hash,
                            "2026-01-05", form=form)
    assert "a kept form cannot change" in _refused(store, "UPDATE kept_forms SET source = x'00'")
    assert "a kept form cannot be deleted" in _refused(store, "DELETE FROM kept_forms")


def test_opening_keeps_the_installed_files_older_records_used(db_path: Path,
                                                              catalog: Catalog) -> None:
    """A database from before forms were kept: the app keeps the files its records used."""
    store = Store.create(db_path, PASS)
    store.set_evaluator("Dr Test", "", "")
    form = catalog.get("rm2000s")
    pk = _case(store)
    aid = store.create_assessment(pk, form.id, form.version, form.content_hash, "2026-01-05")
    store.lock(aid)
    store.create_assessment(pk, "cport", "1.0", "2" * 64, "2026-01-05")  # a file long gone
    desk = Desk(store)
    fresh = Catalog.load([FORMS])
    desk.use_catalog(fresh)
    assert [r[1] for r in _kept_rows(store)] == ["rm2000s"]  # only files records used
    assert store.keep_forms(fresh) == 0  # nothing left to keep
    assert fresh.form_of("rm2000s", form.content_hash) is fresh.get("rm2000s")
    desk.close()


def _edited_forms(tmp_path: Path, form_id: str, old: str, new: str) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(FORMS, folder, ignore=shutil.ignore_patterns("README.md"))
    path = folder / f"{form_id}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_the_catalog_gives_each_record_its_own_form(store: Store, catalog: Catalog,
                                                    tmp_path: Path) -> None:
    form = catalog.get("stable2007")
    store.create_assessment(_case(store), form.id, form.version, form.content_hash,
                            "2026-01-05", form=form)
    newer = Catalog.load([_edited_forms(tmp_path, "stable2007", 'version = "',
                                        'version = "9.')])
    assert not newer.problems
    installed = newer.get("stable2007")
    assert installed.content_hash != form.content_hash
    # without the database, an old record can only be shown with today's file
    assert newer.form_of("stable2007", form.content_hash) is installed
    newer.keep_from(store.kept_form)
    kept = newer.form_of("stable2007", form.content_hash)
    assert kept.kept and (kept.version, kept.content_hash) == (form.version, form.content_hash)
    assert kept.path == "" and kept.source == form.source
    assert newer.form_of("stable2007", form.content_hash) is kept  # read once
    assert newer.form_of("stable2007", installed.content_hash) is installed
    assert newer.form_of("stable2007", "") is installed  # a practice session: no hash
    assert newer.form_of("stable2007", "3" * 64) is installed  # no copy: today's, flagged
    with pytest.raises(KeyError):
        newer.form_of("nosuchform", "3" * 64)


def test_the_kept_form_is_in_the_catalogs_language(store: Store, catalog: Catalog,
                                                   tmp_path: Path) -> None:
    form = catalog.get("acute2007")
    store.create_assessment(_case(store), form.id, form.version, form.content_hash,
                            "2026-01-05", form=form)
    french = Catalog.load([_edited_forms(tmp_path, "acute2007", 'version = "',
                                         'version = "9.')], "fr")
    french.keep_from(store.kept_form)
    kept = french.form_of("acute2007", form.content_hash)
    assert kept.kept and kept.lang == "fr"
    assert kept.name == Catalog.load([FORMS], "fr").get("acute2007").name
    assert kept.items[0].guidance == Catalog.load([FORMS], "fr").get("acute2007").items[0].guidance


def test_a_damaged_copy_is_said_and_not_used(store: Store, catalog: Catalog,
                                             tmp_path: Path) -> None:
    form = catalog.get("cport")
    store.create_assessment(_case(store), form.id, form.version, form.content_hash,
                            "2026-01-05", form=form)
    store.conn.execute("DROP TRIGGER kept_forms_fixed_update")
    store.conn.execute("UPDATE kept_forms SET source = CAST(? AS BLOB)",
                       (form.source.decode().replace("CPORT", "CP0RT", 1),))
    store.conn.commit()
    newer = Catalog.load([_edited_forms(tmp_path, "cport", 'version = "', 'version = "9.')])
    newer.keep_from(store.kept_form)
    assert newer.form_of("cport", form.content_hash) is newer.get("cport")
    assert newer.problems == ["the database's copy of form cport does not match its hash; "
                              "it was not used"]
    store.conn.execute("UPDATE kept_forms SET source = x'ff00'")
    store.conn.commit()
    newer.keep_from(store.kept_form)
    assert newer.form_of("cport", form.content_hash) is newer.get("cport")
    assert newer.problems[-1] == "the database's copy of cport.toml: is not UTF-8 text"

"""The form files assessments were scored with, kept in the database by their hash.

An assessment names its form by the SHA-256 of the form file. When the installed file changes
(a corrected guidance text, a new cut-off), older records must still show, verify and report
with the form they were scored with, so the file's bytes (and its translations) are kept here
when an assessment is started and again at lock. A row is written once and never changes; the
hash is checked again when the copy is read (core.catalog), so a damaged row is never used.
Forms are not case data: deleting a case leaves them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tally.core.model import Form

# Appended as its own migration: one new table, nothing existing changes. It can run again
# over itself (a test sets the version back), so every statement is IF NOT EXISTS.
KEPT_FORMS_SQL = """
CREATE TABLE IF NOT EXISTS kept_forms (
    form_hash TEXT PRIMARY KEY,
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    file_name TEXT NOT NULL,
    source BLOB NOT NULL,
    translations TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(translations)),
    kept_at TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS kept_forms_fixed_update BEFORE UPDATE ON kept_forms
BEGIN SELECT RAISE(ABORT, 'a kept form cannot change'); END;
CREATE TRIGGER IF NOT EXISTS kept_forms_fixed_delete BEFORE DELETE ON kept_forms
BEGIN SELECT RAISE(ABORT, 'a kept form cannot be deleted'); END;
"""


def keep(conn: Any, form: Form, at: str) -> None:
    """Inside the caller's transaction; nothing when this form's copy is already kept or the
    form was not read from bytes (a form built in memory by a test or an example)."""
    if not form.source or not form.content_hash:
        return
    translations = {lang: text.decode("utf-8") for lang, text in form.translations}
    name = form.path.rsplit("/", 1)[-1] if form.path else f"{form.id}.toml"
    conn.execute(
        "INSERT OR IGNORE INTO kept_forms (form_hash, form_id, form_version, file_name, source, "
        "translations, kept_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (form.content_hash, form.id, form.version, name, form.source,
         json.dumps(translations, ensure_ascii=False, sort_keys=True), at),
    )


def kept(conn: Any, form_hash: str) -> tuple[str, bytes, Mapping[str, bytes]] | None:
    """The kept copy of the form with this hash: file name, bytes, translations."""
    row = conn.execute(
        "SELECT file_name, source, translations FROM kept_forms WHERE form_hash = ?",
        (form_hash,),
    ).fetchone()
    if row is None:
        return None
    try:
        translations = {str(k): str(v).encode("utf-8") for k, v in json.loads(row[2]).items()}
    except (ValueError, AttributeError):
        translations = {}
    return str(row[0]), bytes(row[1]), translations


def kept_hashes(conn: Any) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT form_hash FROM kept_forms")}

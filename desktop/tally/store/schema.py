"""Tables and versioned migrations. PRAGMA user_version holds the schema version.

Each migration runs in one transaction with the version bump, so a crash leaves the schema at
the old version or the new one, never between.
"""

from __future__ import annotations

from typing import Any

from tally.store.audit import GENESIS
from tally.store.casic_links import CASIC_LINKS_SQL
from tally.store.deletion import DELETION_SQL
from tally.store.errors import NotATallyDatabase
from tally.store.kept_forms import KEPT_FORMS_SQL
from tally.store.lifecycle import TRIGGERS_SQL
from tally.store.locked_scores import LOCKED_SCORES_SQL
from tally.store.report_context import REPORT_CONTEXT_SQL
from tally.store.signoff import PENDING_SQL
from tally.store.training_tables import TRAINING_SQL
from tally.store.voids import VOIDS_SQL

# The search index keeps no positions (detail=none: words are matched as prefixes, not as
# phrases) and indexes prefixes of 1-9 letters: measured over 100,000 demo cases this makes
# the broadest search-as-you-type queries 2-3x faster than prefix queries on the plain index.
TABLES_V1 = f"""
CREATE TABLE evaluators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    credentials TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    is_current INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE CHECK (length(trim(case_id)) > 0),
    date_of_birth TEXT,
    facts TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(facts)),
    offence_pattern TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_date_of_birth ON cases(date_of_birth);
CREATE INDEX cases_offence_pattern ON cases(offence_pattern);
CREATE INDEX cases_created_at ON cases(created_at);
CREATE INDEX cases_updated_at ON cases(updated_at);
CREATE VIRTUAL TABLE cases_fts USING fts5(
    case_id, notes, content='cases', content_rowid='id', detail='none',
    prefix='1 2 3 4 5 6 7 8 9'
);
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, case_id, notes) VALUES (NEW.id, NEW.case_id, NEW.notes);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, case_id, notes)
    VALUES ('delete', OLD.id, OLD.case_id, OLD.notes);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF case_id, notes ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, case_id, notes)
    VALUES ('delete', OLD.id, OLD.case_id, OLD.notes);
    INSERT INTO cases_fts(rowid, case_id, notes) VALUES (NEW.id, NEW.case_id, NEW.notes);
END;
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    chain_uid TEXT NOT NULL,
    case_pk INTEGER NOT NULL REFERENCES cases(id),
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    form_hash TEXT NOT NULL,
    assessment_date TEXT NOT NULL,
    kind_note TEXT NOT NULL DEFAULT '',
    evaluator_id INTEGER REFERENCES evaluators(id),
    evaluator TEXT NOT NULL CHECK (json_valid(evaluator)),
    status TEXT NOT NULL CHECK (status IN ('draft', 'locked', 'signed', 'amended')),
    version INTEGER NOT NULL DEFAULT 1,
    amends_uid TEXT REFERENCES assessments(uid),
    amendment_reason TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    case_snapshot TEXT,
    locked_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessments_case ON assessments(case_pk);
CREATE INDEX assessments_chain ON assessments(chain_uid, version);
CREATE INDEX assessments_form ON assessments(form_id);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    item_id TEXT NOT NULL,
    points INTEGER,
    rationale TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
    origin TEXT NOT NULL DEFAULT 'entered' CHECK (origin IN ('entered', 'derived')),
    override_reason TEXT NOT NULL DEFAULT '',
    derivation TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (assessment_id, item_id)
);
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    printed_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    meaning TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    evaluator_id INTEGER REFERENCES evaluators(id),
    created_at TEXT NOT NULL
);
CREATE INDEX signatures_assessment ON signatures(assessment_id);
CREATE TABLE wizard_positions (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TABLE audit_head (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (one, last_id, last_hash) VALUES (1, 0, '{GENESIS}');
"""


# Follow-up outcomes for local validation (issue 17): one follow-up period per case and its
# recidivism events. Kept beside the case, never in its facts, so no assessment snapshot and
# no report ever carries them. `synthetic` marks demo outcomes, which every screen labels.
OUTCOMES = """
CREATE TABLE followups (
    case_pk INTEGER PRIMARY KEY REFERENCES cases(id),
    start_date TEXT NOT NULL,
    start_basis TEXT NOT NULL CHECK (start_basis IN ('release', 'community_assessment')),
    end_date TEXT,
    end_reason TEXT CHECK (end_reason IN ('records_check', 'death', 'deportation')),
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((end_date IS NULL) = (end_reason IS NULL))
);
CREATE TABLE recidivism_events (
    id INTEGER PRIMARY KEY,
    case_pk INTEGER NOT NULL REFERENCES cases(id),
    event_type TEXT NOT NULL
        CHECK (event_type IN ('sexual', 'contact_sexual', 'csem', 'violent', 'any')),
    event_date TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('charge', 'conviction')),
    source TEXT NOT NULL DEFAULT '',
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX recidivism_events_case ON recidivism_events(case_pk, event_date);
"""

# Each migration is one SQL script; scripts (not Python steps) so one executescript runs it
# inside the same transaction as the version bump.
MIGRATIONS: tuple[str, ...] = (
    TABLES_V1 + TRIGGERS_SQL,
    OUTCOMES,  # 2: follow-up outcomes for local validation
    REPORT_CONTEXT_SQL,  # 3: report context per case, training per instrument, rating periods
    LOCKED_SCORES_SQL,  # 4: the score each assessment was locked with, for validation
    PENDING_SQL,  # 5: sign-offs under way, finished or undone at the next open
    TRAINING_SQL,  # 6: the training tables, until now created outside the versioned schema
    DELETION_SQL,  # 7: case deletion: redacted audit entries, deletable frozen rows
    KEPT_FORMS_SQL,  # 8: the form files assessments were scored with, by their hash
    VOIDS_SQL,  # 9: voided assessments: kept and audited, never exported or counted
    CASIC_LINKS_SQL,  # 10: the CASIC a CPORT takes item 5 from, and the evaluator's gate
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Any) -> None:
    """Bring the schema up to SCHEMA_VERSION; refuse a file written by a newer Tally."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NotATallyDatabase(
            f"this database was written by a newer Tally (schema {version}, "
            f"this Tally knows {SCHEMA_VERSION}); update Tally to open it"
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

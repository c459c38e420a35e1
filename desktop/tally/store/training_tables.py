"""The training tables (tally.training.storage reads and writes them): practice attempts kept
apart from real cases in the same encrypted file.

Appended as migration 6. Until schema 6, Tally created these tables on first use of training,
outside the versioned schema; IF NOT EXISTS makes the migration take such a database as
it is, and a new database gets them with everything else.
"""

TRAINING_SQL = """
CREATE TABLE IF NOT EXISTS training_trainees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS training_attempts (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES training_trainees(id),
    case_id TEXT NOT NULL,
    reference_key TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    submitted_at TEXT,
    position TEXT,
    result_json TEXT
);
CREATE TABLE IF NOT EXISTS training_answers (
    attempt_id INTEGER NOT NULL REFERENCES training_attempts(id),
    item_id TEXT NOT NULL,
    points INTEGER,
    rationale TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'entered',
    sources_json TEXT NOT NULL DEFAULT '[]',
    override_reason TEXT NOT NULL DEFAULT '',
    derivation TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (attempt_id, item_id)
);
CREATE TABLE IF NOT EXISTS training_attempt_facts (
    attempt_id INTEGER NOT NULL REFERENCES training_attempts(id),
    name TEXT NOT NULL,
    value_json TEXT NOT NULL,
    PRIMARY KEY (attempt_id, name)
);
CREATE TABLE IF NOT EXISTS training_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS training_attempts_trainee ON training_attempts(trainee_id);
"""

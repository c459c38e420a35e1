"""Training data in the app's (encrypted) database, in `training_*` tables of their own
(created and versioned with the store's other tables: store/training_tables.py).

The UI glue hands in the keyed connection of the real store (`store.conn`), so practice
attempts are as protected as real work; but they live in separate tables that the case list,
exports and reports never read, so training never mixes with real cases. Every answer is
saved as it is given (one transaction each), like the real wizard's autosave.

The reference values are frozen into the attempt at submit, so progress stays right even if a
case file is later edited or removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tally.core.record import AnswerRecord
from tally.training.compare import Feedback
from tally.training.progress import AttemptResult, ProficiencyRule


class TrainingStoreError(ValueError):
    """A training action that cannot be done; str() is one line for the user."""


@dataclass(frozen=True)
class Trainee:
    id: int
    name: str
    created_at: str


@dataclass(frozen=True)
class Attempt:
    id: int
    trainee_id: int
    case_id: str
    reference_key: str
    form_id: str
    form_version: str
    started_at: str
    submitted_at: str | None

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class TrainingStore:
    def __init__(self, conn: Any, clock: Callable[[], str] = _now) -> None:
        """`conn` is a DB-API connection (the app's `store.conn`, or a test database)."""
        self.conn = conn
        self.clock = clock
        # the tables are the store's (migration 6, store/training_tables.py): never made here
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                      "AND name = 'training_attempts'").fetchone() is None:
            raise TrainingStoreError("this database has no training tables; open it with "
                                     "Tally first so that it is brought up to date")

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    # trainees -----------------------------------------------------------------------------
    def add_trainee(self, name: str) -> Trainee:
        name = " ".join(name.split())
        if not name:
            raise TrainingStoreError("a trainee needs a name")
        if self._one("SELECT 1 FROM training_trainees WHERE name = ?", (name,)):
            raise TrainingStoreError(f"there is already a trainee called '{name}'")
        now = self.clock()
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO training_trainees (name, created_at) VALUES (?, ?)", (name, now)
            )
        return Trainee(int(cur.lastrowid), name, now)

    def trainees(self) -> list[Trainee]:
        rows = self.conn.execute(
            "SELECT id, name, created_at FROM training_trainees ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [Trainee(*row) for row in rows]

    def trainee(self, trainee_id: int) -> Trainee:
        row = self._one(
            "SELECT id, name, created_at FROM training_trainees WHERE id = ?", (trainee_id,)
        )
        if row is None:
            raise TrainingStoreError(f"no trainee with id {trainee_id}")
        return Trainee(*row)

    # attempts -----------------------------------------------------------------------------
    def start_attempt(
        self, trainee_id: int, case_id: str, reference_key: str, form_id: str, form_version: str
    ) -> Attempt:
        self.trainee(trainee_id)
        now = self.clock()
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO training_attempts (trainee_id, case_id, reference_key, form_id, "
                "form_version, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (trainee_id, case_id, reference_key, form_id, form_version, now),
            )
        return self.attempt(int(cur.lastrowid))

    def attempt(self, attempt_id: int) -> Attempt:
        row = self._one(
            "SELECT id, trainee_id, case_id, reference_key, form_id, form_version, started_at, "
            "submitted_at FROM training_attempts WHERE id = ?",
            (attempt_id,),
        )
        if row is None:
            raise TrainingStoreError(f"no practice attempt with id {attempt_id}")
        return Attempt(*row)

    def open_attempt(self, trainee_id: int, case_id: str, reference_key: str) -> Attempt | None:
        """The trainee's unfinished attempt on this scoring, to resume it."""
        row = self._one(
            "SELECT id FROM training_attempts WHERE trainee_id = ? AND case_id = ? AND "
            "reference_key = ? AND submitted_at IS NULL ORDER BY id DESC LIMIT 1",
            (trainee_id, case_id, reference_key),
        )
        return self.attempt(row[0]) if row else None

    def _draft(self, attempt_id: int) -> None:
        if self.attempt(attempt_id).submitted:
            raise TrainingStoreError("this attempt was submitted; start a new one to change it")

    def set_answer(self, attempt_id: int, answer: AnswerRecord) -> None:
        """Store one item's answer (autosave: committed when this returns)."""
        self._draft(attempt_id)
        with self.conn:
            self.conn.execute(
                "INSERT INTO training_answers (attempt_id, item_id, points, rationale, origin, "
                "sources_json, override_reason, derivation, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, item_id) DO UPDATE "
                "SET points = excluded.points, rationale = excluded.rationale, "
                "origin = excluded.origin, sources_json = excluded.sources_json, "
                "override_reason = excluded.override_reason, derivation = excluded.derivation, "
                "updated_at = excluded.updated_at",
                (
                    attempt_id,
                    answer.item_id,
                    answer.points,
                    answer.rationale,
                    answer.origin,
                    json.dumps(list(answer.sources)),
                    answer.override_reason,
                    answer.derivation,
                    self.clock(),
                ),
            )

    def answers(self, attempt_id: int) -> dict[str, AnswerRecord]:
        rows = self.conn.execute(
            "SELECT item_id, points, origin, rationale, sources_json, override_reason, "
            "derivation FROM training_answers WHERE attempt_id = ?",
            (attempt_id,),
        ).fetchall()
        return {
            r[0]: AnswerRecord(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6])
            for r in rows
        }

    def set_fact(self, attempt_id: int, name: str, value: Any) -> None:
        """A case fact the trainee found while scoring (a count typed on an item's page)."""
        self._draft(attempt_id)
        with self.conn:
            self.conn.execute(
                "INSERT INTO training_attempt_facts (attempt_id, name, value_json) VALUES "
                "(?, ?, ?) ON CONFLICT (attempt_id, name) DO UPDATE SET "
                "value_json = excluded.value_json",
                (attempt_id, name, json.dumps(value)),
            )

    def facts(self, attempt_id: int) -> dict[str, Any]:
        rows = self.conn.execute(
            "SELECT name, value_json FROM training_attempt_facts WHERE attempt_id = ?",
            (attempt_id,),
        ).fetchall()
        return {name: json.loads(value) for name, value in rows}

    def position(self, attempt_id: int) -> str | None:
        row = self._one("SELECT position FROM training_attempts WHERE id = ?", (attempt_id,))
        return row[0] if row else None

    def set_position(self, attempt_id: int, item_id: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE training_attempts SET position = ? WHERE id = ? AND submitted_at IS NULL",
                (item_id, attempt_id),
            )

    def submit(self, attempt_id: int, feedback: Feedback) -> AttemptResult:
        attempt = self.attempt(attempt_id)
        if attempt.submitted:
            raise TrainingStoreError("this attempt was already submitted")
        if (feedback.case_id, feedback.reference_key) != (attempt.case_id, attempt.reference_key):
            raise TrainingStoreError("the feedback belongs to another case or scoring")
        result = {
            "given": {i.item_id: i.given for i in feedback.items},
            "expected": {i.item_id: i.expected for i in feedback.items},
            "trainee_total": feedback.trainee_total,
            "reference_total": feedback.reference_total,
            "trainee_band": feedback.trainee_band,
            "reference_band": feedback.reference_band,
        }
        now = self.clock()
        with self.conn:
            self.conn.execute(
                "UPDATE training_attempts SET submitted_at = ?, result_json = ? WHERE id = ? "
                "AND submitted_at IS NULL",
                (now, json.dumps(result, sort_keys=True), attempt_id),
            )
        return self._result(attempt, now, result)

    @staticmethod
    def _result(attempt: Attempt, submitted_at: str, data: Mapping[str, Any]) -> AttemptResult:
        return AttemptResult(
            attempt_id=attempt.id,
            trainee_id=attempt.trainee_id,
            case_id=attempt.case_id,
            reference_key=attempt.reference_key,
            form_id=attempt.form_id,
            submitted_at=submitted_at,
            given=dict(data["given"]),
            expected=dict(data["expected"]),
            trainee_total=data["trainee_total"],
            reference_total=data["reference_total"],
            trainee_band=data["trainee_band"],
            reference_band=data["reference_band"],
        )

    def results(self, trainee_id: int) -> list[AttemptResult]:
        """The trainee's submitted attempts, oldest first."""
        rows = self.conn.execute(
            "SELECT id, trainee_id, case_id, reference_key, form_id, form_version, started_at, "
            "submitted_at, result_json FROM training_attempts WHERE trainee_id = ? AND "
            "submitted_at IS NOT NULL ORDER BY submitted_at, id",
            (trainee_id,),
        ).fetchall()
        return [self._result(Attempt(*row[:8]), row[7], json.loads(row[8])) for row in rows]

    # settings -----------------------------------------------------------------------------
    def proficiency_rule(self) -> ProficiencyRule:
        row = self._one("SELECT value FROM training_settings WHERE key = 'proficiency'")
        if row is None:
            return ProficiencyRule()
        data = json.loads(row[0])
        return ProficiencyRule(float(data["min_agreement"]), int(data["min_cases"]))

    def set_proficiency_rule(self, rule: ProficiencyRule) -> None:
        value = json.dumps({"min_agreement": rule.min_agreement, "min_cases": rule.min_cases})
        with self.conn:
            self.conn.execute(
                "INSERT INTO training_settings (key, value) VALUES ('proficiency', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (value,),
            )

"""Timestamps: ISO 8601 in local time with its UTC offset, so a court reads the evaluator's time."""

from __future__ import annotations

from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="milliseconds")

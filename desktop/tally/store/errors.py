"""Exceptions of the case store. Each message is one clear line a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Any failure of the case store that the caller should show to the user."""


class SignOffIncomplete(StoreError):
    """A sign-off was recorded but its files could not be put in place yet; the next open
    of the database finishes it (store.signoff). Unlike other errors, something happened."""


class WrongPassphrase(StoreError):
    """The passphrase does not open this database."""


class NotATallyDatabase(StoreError):
    """The file is missing, damaged, plain SQLite, or some other program's database."""


class LifecycleError(StoreError):
    """The action is not allowed in the assessment's current state (e.g. editing a locked one)."""


def disk_full(problem: object) -> bool:
    """True when an OSError or SQLite's complaint says the disk is full."""
    text = (getattr(problem, "strerror", None) or str(problem)).lower()
    return "full" in text or "no space" in text

"""The errors an operation raises, for the views that catch them (they may not import the
store)."""

from tally.store.errors import (
    LifecycleError,
    NotATallyDatabase,
    SignOffIncomplete,
    StoreError,
    WrongPassphrase,
)

__all__ = ["LifecycleError", "NotATallyDatabase", "SignOffIncomplete", "StoreError",
           "WrongPassphrase"]

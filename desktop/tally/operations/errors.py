"""The errors an operation raises, for the views and commands that catch them (they may not
import the store)."""

from tally.store.errors import (
    LifecycleError,
    NotATallyDatabase,
    SignOffIncomplete,
    StoreError,
    WrongPassphrase,
)
from tally.store.locking import DatabaseInUse

__all__ = ["DatabaseInUse", "LifecycleError", "NotATallyDatabase", "SignOffIncomplete",
           "StoreError", "WrongPassphrase"]

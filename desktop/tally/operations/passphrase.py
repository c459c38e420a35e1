"""The store's one passphrase rule, for the app's first-run and change-passphrase screens."""

from tally.core.passphrase import MIN_LENGTH, passphrase_problem, passphrase_strength

__all__ = ["MIN_LENGTH", "passphrase_problem", "passphrase_strength"]

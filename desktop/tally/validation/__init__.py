"""Local validation: how the instruments perform on an agency's own cases.

Pure computation over plain rows (no Qt, no store): outcomes as durations, groups, the
statistics (scikit-learn, lifelines, statsmodels, SciPy, each imported when first used), the
de-identified research export and multi-site pooling. tally.operations.validation feeds it
from the store; the CLI and the validation screen show what it returns.
"""

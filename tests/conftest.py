"""Shared test set-up: Qt offscreen, and a throwaway user data folder for every test run.

No test may read or write the real user's Tally folder, so TALLY_DATA_DIR points into a
temporary directory before anything from tally is imported.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = Path(tempfile.mkdtemp(prefix="tally-test-data-"))
os.environ["TALLY_DATA_DIR"] = str(_DATA)
os.environ.pop("TALLY_DB", None)
os.environ.pop("TALLY_PASSPHRASE", None)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "forms"


def pytest_sessionstart(session: pytest.Session) -> None:
    from tests.benchmarks.report import RESULTS

    RESULTS.unlink(missing_ok=True)  # the budget table shows this run's measurements only


@pytest.fixture(scope="session")
def catalog():
    from tally.core.catalog import Catalog

    loaded = Catalog.load([FORMS])
    assert not loaded.problems, loaded.problems
    return loaded

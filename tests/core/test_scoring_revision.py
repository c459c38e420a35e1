"""Kept scores (store.locked_scores) are reused only by the core that wrote them, and the core
is named by SCORING_REVISION, not by the release number (which stays the same between
releases). This pins the core's sources to the revision: when it fails, raise
SCORING_REVISION in tally/core/scoring.py and put the new revision and digest here, so no
kept score from the old code is ever read as the new code's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import tally.core
from tally.core.scoring import SCORING_REVISION
from tally.store.locked_scores import ENGINE

PINNED = (7, "45bbc2403a984c52664b32b141bf3dc3cf5137c8925356d893ab777469deb9f8")


def _core_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(tally.core.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0"
                      + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def test_the_core_sources_are_the_pinned_revision() -> None:
    found = _core_digest()
    assert (SCORING_REVISION, found) == PINNED, (
        f"tally.core changed (digest {found}): raise SCORING_REVISION and set "
        f"PINNED = ({SCORING_REVISION + 1}, \"<new digest>\") in this file")


def test_kept_scores_are_keyed_by_the_revision() -> None:
    assert ENGINE.endswith(f"+core.{SCORING_REVISION}")

"""Crash safety: SIGKILL an autosaving process at random moments; every acknowledged answer
survives, the file passes a full integrity check and the audit chain stays whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tally.store import Store

from .crash_child import PASSPHRASE

CHILD = Path(__file__).with_name("crash_child.py")


def _setup(folder: Path) -> tuple[Path, int]:
    path = folder / "crash.db"
    with Store.create(path, PASSPHRASE) as store:
        store.set_evaluator("Dr Crash Test")
        pk = store.create_case("CRASH-1")
        aid = store.create_assessment(pk, "cport", "1", "h", "2025-01-01")
    return path, aid


def _trial(path: Path, aid: int, start: int, rng: random.Random) -> tuple[int, int]:
    """One kill; returns (acknowledged writes, next start)."""
    env = dict(os.environ, PYTHONPATH=str(CHILD.parent))
    errors = path.with_name("child-stderr.txt")
    with errors.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(aid), str(start)],
            stdout=subprocess.PIPE, stderr=err, text=True, env=env,
        )
    assert child.stdout is not None
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.15))  # sometimes during start-up and unlock
        first = ""
    else:
        first = child.stdout.readline()
        assert first == "ready\n", errors.read_text()
        time.sleep(rng.uniform(0.0, 0.06))
    child.send_signal(signal.SIGKILL)
    # read through the same buffered file: lines readline() buffered are not lost
    rest = first + child.stdout.read()
    child.stdout.close()
    child.wait()
    assert child.returncode == -signal.SIGKILL, errors.read_text()
    acked = [int(line.split()[1]) for line in rest.splitlines() if line.startswith("ack ")]
    with Store.open(path, PASSPHRASE, check="full") as store:
        assert store.integrity_check() == "ok"
        report = store.verify_audit()
        assert report.ok, report.message
        answers = {a.item_id: a for a in store.get_assessment(aid).answers}
        for n in acked:
            assert answers[f"i{n}"].points == n % 3, f"acknowledged answer i{n} lost"
            assert answers[f"i{n}"].rationale == f"reason {n}"
        # at most one more (committed, killed before its acknowledgement was printed)
        written = sorted(int(k[1:]) for k in answers if int(k[1:]) >= start)
        assert written[: len(acked)] == acked and len(written) - len(acked) in (0, 1)
        answer_entries = [e for e in store.audit_entries("assessment", aid)
                          if e.action == "answer.set"]
        assert len(answer_entries) == len(answers)
    return len(acked), (written[-1] + 1) if written else start


def _run(tmp_path: Path, trials: int, seed: int) -> int:
    rng = random.Random(seed)
    path, aid = _setup(tmp_path)
    start, total = 0, 0
    for _ in range(trials):
        acked, start = _trial(path, aid, start, rng)
        total += acked
    return total


def test_sigkill_during_autosave_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    total = _run(tmp_path, trials=20, seed=1)
    assert total > 20  # the kills really landed mid-stream, not only before any write


@pytest.mark.slow
def test_sigkill_stress_1000(tmp_path: Path) -> None:
    total = _run(tmp_path, trials=1000, seed=2)
    assert total > 1000

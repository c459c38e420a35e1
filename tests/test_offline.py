"""Offline means offline: Tally's processes never attempt a network connection.

Every command below runs in a real process with an audit hook (tests/helpers/no_network)
that logs and refuses any connect, name look-up or HTTP request. The control test proves
the hook catches a real attempt, so an empty log means something.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HOOK_DIR = Path(__file__).resolve().parent / "helpers" / "no_network"


def offline_run(tmp_path: Path, *args: str, stdin: str = "") -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / "network.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(HOOK_DIR), os.environ.get("PYTHONPATH", "")]),
        "TALLY_NETWORK_LOG": str(log),
        "TALLY_DATA_DIR": str(tmp_path / "data"),
        "TALLY_PASSPHRASE": "correct horse battery staple",
        "TALLY_KEY_PASSPHRASE": "key passphrase for tests",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, env=env,
        timeout=300, cwd=tmp_path,
    )
    return done, log.read_text() if log.exists() else ""


def test_the_hook_catches_a_real_attempt(tmp_path: Path):
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
    done, log = offline_run(tmp_path, "-c", code)
    assert done.returncode == 0
    assert "socket.connect" in log or "socket.getaddrinfo" in log


COMMANDS = [
    ("score", ["-m", "tally", "score", "static99r", "-"], '{"items": {"male_victims": 1}}\n'),
    ("forms", ["-m", "tally", "forms", "show", "cport"], ""),
    ("demo data", ["-m", "tally", "demo-data", "--db", "demo.db", "--cases", "20"], ""),
    ("example report", ["-m", "tally", "report", "--example", "ex.pdf", "--cert-out", "ex.pem"], ""),
    ("smoke test", ["-m", "tally", "--smoke-test"], ""),
]


@pytest.mark.parametrize(("name", "args", "stdin"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_commands_stay_offline(tmp_path: Path, name, args, stdin):
    done, log = offline_run(tmp_path, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert log == "", f"{name} tried the network:\n{log}"
    if name == "example report":
        verified, log = offline_run(tmp_path, "-m", "tally", "verify", "ex.pdf", "--trust", "ex.pem")
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert log == ""

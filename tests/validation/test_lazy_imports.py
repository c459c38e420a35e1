"""The statistics libraries load when a validation runs, never for the parser or the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STATS = ("numpy", "scipy", "sklearn", "statsmodels", "lifelines", "pandas")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(','.join(m for m in {STATS!r} if m in sys.modules))\n"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=Path(__file__).parents[2], timeout=120)
    assert run.returncode == 0, run.stderr
    return [m for m in run.stdout.strip().split(",") if m]


def test_parser_and_validation_modules_load_no_statistics_library() -> None:
    assert loaded_after("import tally.cli; tally.cli.build_parser()") == []
    assert loaded_after("import tally.operations.outcomes, tally.validation.outcomes, "
                        "tally.commands.validate") == []
    # the analysis modules need numpy, but the statistics libraries only inside a function
    assert loaded_after("import tally.operations.validation, tally.validation.research, "
                        "tally.validation.tables") == ["numpy"]

"""Where Tally keeps things: bundled forms and resources, the user's data directory.

Overrides, for tests and scripted use: TALLY_DATA_DIR (the whole user data directory),
TALLY_DB (the database file), TALLY_FORMS_DIR (the bundled forms folder).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parents[2]  # desktop/tally -> repository root


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle carries forms/ beside it
    return Path(frozen) if frozen else _SOURCE_ROOT


def bundled_forms_dir() -> Path:
    override = os.environ.get("TALLY_FORMS_DIR")
    return Path(override) if override else _root() / "forms"


def resources_dir() -> Path:
    return _root() / "resources"


def data_dir() -> Path:
    override = os.environ.get("TALLY_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when first needed: it is not free at start-up

    return Path(platformdirs.user_data_dir("Tally", "Tally"))


def user_forms_dir() -> Path:
    return data_dir() / "forms"


def default_db_path() -> Path:
    override = os.environ.get("TALLY_DB")
    return Path(override) if override else data_dir() / "tally.db"


def load_catalog(lang: str = "en"):
    """Bundled forms, then the user's own forms, through the same validator."""
    from tally.core.catalog import Catalog

    return Catalog.load([bundled_forms_dir(), user_forms_dir()], lang)

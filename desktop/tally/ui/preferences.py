"""The user's preferences, kept in QSettings (never in the encrypted database: they are
needed before it is unlocked, and hold nothing about cases)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "fr")  # "system": French for a French system locale, else English
IDLE_MINUTES_RANGE = (1, 240)
FONT_POINTS_RANGE = (8, 24)
DEFAULT_IDLE_MINUTES = 10


def _settings() -> QSettings:
    # INI format in the user scope: tests point QSettings.setPath at a temporary folder
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Tally", "Tally")


class Preferences:
    """Typed access to the few settings Tally keeps outside the database."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else _settings()

    def _int(self, key: str, default: int, lo: int, hi: int) -> int:
        try:
            value = int(self._s.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if lo <= value <= hi else default

    @property
    def database_path(self) -> str:
        return str(self._s.value("database/path", "") or "")

    @database_path.setter
    def database_path(self, path: str) -> None:
        self._s.setValue("database/path", path)

    @property
    def idle_lock_minutes(self) -> int:
        return self._int("security/idle_lock_minutes", DEFAULT_IDLE_MINUTES, *IDLE_MINUTES_RANGE)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        lo, hi = IDLE_MINUTES_RANGE
        if not lo <= minutes <= hi:
            raise ValueError(f"idle lock must be {lo} to {hi} minutes")
        self._s.setValue("security/idle_lock_minutes", minutes)

    @property
    def retention_years(self) -> int:
        """The agency's retention period in years; 0 = not set (Tally has no default)."""
        return self._int("records/retention_years", 0, 0, 100)

    @retention_years.setter
    def retention_years(self, years: int) -> None:
        if not 0 <= years <= 100:
            raise ValueError("the retention period must be 0 to 100 years")
        self._s.setValue("records/retention_years", years)

    @property
    def theme(self) -> str:
        value = str(self._s.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        self._s.setValue("appearance/theme", theme)

    @property
    def font_points(self) -> int:
        """0 means the system's default size."""
        value = self._int("appearance/font_points", 0, 0, FONT_POINTS_RANGE[1])
        return value if value == 0 or value >= FONT_POINTS_RANGE[0] else 0

    @font_points.setter
    def font_points(self, points: int) -> None:
        lo, hi = FONT_POINTS_RANGE
        if points != 0 and not lo <= points <= hi:
            raise ValueError(f"font size must be {lo} to {hi} points")
        self._s.setValue("appearance/font_points", points)

    @property
    def window_geometry(self) -> bytes:
        """The main window's last size and place (QWidget.saveGeometry), b"" before the
        first close."""
        value = self._s.value("window/geometry", b"")
        return bytes(value) if value else b""

    @window_geometry.setter
    def window_geometry(self, geometry: bytes) -> None:
        self._s.setValue("window/geometry", geometry)

    @property
    def language(self) -> str:
        value = str(self._s.value("appearance/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        self._s.setValue("appearance/language", language)

    def sync(self) -> None:
        self._s.sync()

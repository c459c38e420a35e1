"""The sample-case library: bundled cases (resources/training) and the user's own
(training/ in the Tally data folder: cases authored in the app or imported from packs).

Like the form catalog, loading never stops at a bad file: it is listed in `problems` and
skipped, so one broken user case cannot hide the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tally import paths
from tally.training.cases import CaseError, TrainingCase, load_case

BUNDLED, USER = "bundled", "user"


def bundled_dir() -> Path:
    return paths.resources_dir() / "training"


def user_dir() -> Path:
    return paths.data_dir() / "training"


def case_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


class Library:
    def __init__(self, cases: dict[str, TrainingCase], problems: list[str]) -> None:
        self._cases = cases
        self.problems = problems

    @classmethod
    def load(cls, folders: Iterable[tuple[Path, str]] | None = None,
             lang: str = "en") -> Library:
        """Cases from (folder, origin) pairs; default: bundled, then the user's folder.
        Their text is in `lang` where a case has a translation (fr/NAME.toml), else English."""
        if folders is None:
            folders = [(bundled_dir(), BUNDLED), (user_dir(), USER)]
        cases: dict[str, TrainingCase] = {}
        problems: list[str] = []
        for folder, origin in folders:
            if not folder.is_dir():
                continue
            for path in case_files(folder):
                try:
                    case = load_case(path, origin, lang)
                except CaseError as exc:
                    problems.append(str(exc))
                    continue
                if case.id in cases:
                    problems.append(
                        f"{path.name}: case id '{case.id}' is already loaded from "
                        f"{Path(cases[case.id].path).name}; this file was skipped"
                    )
                    continue
                cases[case.id] = case
        return cls(cases, problems)

    def __iter__(self) -> Iterator[TrainingCase]:
        return iter(sorted(self._cases.values(), key=lambda c: (c.code, c.id)))

    def __len__(self) -> int:
        return len(self._cases)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._cases

    def get(self, case_id: str) -> TrainingCase:
        try:
            return self._cases[case_id]
        except KeyError:
            raise KeyError(f"unknown training case '{case_id}'") from None

    def for_form(self, form_id: str) -> list[TrainingCase]:
        return [c for c in self if form_id in c.form_ids]

    def form_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for case in self:
            for form_id in case.form_ids:
                seen.setdefault(form_id)
        return list(seen)

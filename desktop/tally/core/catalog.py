"""The set of forms available to the app: the bundled ones, then the user's own.

Loading never stops at a bad file: it is reported in `problems` and skipped, so one broken
user form cannot keep an evaluator from working.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tally.core.loader import FormError, load_form
from tally.core.model import Form


class Catalog:
    def __init__(self, forms: dict[str, Form], problems: list[str]) -> None:
        self._forms = forms
        self.problems = problems
        self.reviews: list[str] = []  # local reviews applied (set by reports.local_review)

    @classmethod
    def load(cls, folders: Iterable[Path | None], lang: str = "en") -> Catalog:
        forms: dict[str, Form] = {}
        problems: list[str] = []
        for folder in folders:
            if folder is None or not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.toml")):
                try:
                    form = load_form(path, lang)
                except FormError as exc:
                    problems.append(str(exc))
                    continue
                if form.id in forms:
                    problems.append(
                        f"{path.name}: form id '{form.id}' is already loaded from "
                        f"{Path(forms[form.id].path).name}; this file was skipped"
                    )
                    continue
                forms[form.id] = form
        return cls(forms, problems)

    def __iter__(self) -> Iterator[Form]:
        return iter(self._forms.values())

    def __len__(self) -> int:
        return len(self._forms)

    def __contains__(self, form_id: object) -> bool:
        return form_id in self._forms

    def get(self, form_id: str) -> Form:
        """The form with this id; KeyError with a readable message if there is none."""
        try:
            return self._forms[form_id]
        except KeyError:
            known = ", ".join(self._forms) or "none"
            raise KeyError(f"unknown form '{form_id}' (known: {known})") from None

    @property
    def ids(self) -> list[str]:
        return list(self._forms)

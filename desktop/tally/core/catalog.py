"""The set of forms available to the app: the bundled ones, then the user's own.

Loading never stops at a bad file: it is reported in `problems` and skipped, so one broken
user form cannot keep an evaluator from working.

An assessment names the form it was scored with by its hash. `form_of` gives that very form:
the installed one when its hash matches, else the copy a database kept when the assessment
was started or locked (given by `keep_from`), so an old record never shows, verifies or
reports with a form file installed after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from tally.core.loader import FormError, load_form, load_kept_form
from tally.core.model import Form

# A database's kept copy of a form by its hash: (file name, form file bytes, translations by
# language), or None when it holds none.
KeptForms = Callable[[str], "tuple[str, bytes, Mapping[str, bytes]] | None"]


class Catalog:
    def __init__(self, forms: dict[str, Form], problems: list[str], lang: str = "en") -> None:
        self._forms = forms
        self.problems = problems
        self.lang = lang
        self.reviews: list[str] = []  # local reviews applied (set by reports.local_review)
        self._kept: KeptForms | None = None
        self._kept_forms: dict[str, Form | None] = {}

    def keep_from(self, kept: KeptForms | None) -> None:
        """Where the forms of older records come from (an open database), or None."""
        self._kept = kept
        self._kept_forms.clear()

    def form_of(self, form_id: str, form_hash: str) -> Form:
        """The form an assessment was scored with: installed if its hash matches, else the
        database's kept copy, else (a record older than kept copies) the installed form,
        which the caller reports as changed. KeyError when neither exists."""
        installed = self._forms.get(form_id)
        if installed is not None and (not form_hash or installed.content_hash == form_hash):
            return installed
        kept = self._kept_form(form_id, form_hash)
        if kept is not None:
            return kept
        return self.get(form_id)

    def _kept_form(self, form_id: str, form_hash: str) -> Form | None:
        if self._kept is None or not form_hash:
            return None
        if form_hash not in self._kept_forms:
            form = None
            found = self._kept(form_hash)
            if found is not None:
                name, raw, translations = found
                try:
                    form = load_kept_form(name, raw, translations, self.lang)
                except FormError as exc:
                    self.problems.append(f"the database's copy of {exc}")
                if form is not None and (form.id, form.content_hash) != (form_id, form_hash):
                    self.problems.append(
                        f"the database's copy of form {form_id} does not match its hash; "
                        "it was not used")
                    form = None
            self._kept_forms[form_hash] = form
        return self._kept_forms[form_hash]

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
        for form in list(forms.values()):
            if form.feeds is not None and (problem := _feeds_problem(form, forms)):
                problems.append(f"{Path(form.path).name}: feeds: {problem}; the link is off")
                forms[form.id] = replace(form, feeds=None)
        return cls(forms, problems, lang)

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


def _feeds_problem(form: Form, forms: Mapping[str, Form]) -> str:
    """Why a companion's [feeds] cannot work with the forms loaded, or ''."""
    feeds = form.feeds
    assert feeds is not None
    target = forms.get(feeds.form)
    if target is None:
        return f"no form '{feeds.form}' is loaded"
    if not target.has_item(feeds.item):
        return f"form '{feeds.form}' has no item '{feeds.item}'"
    derive = target.item(feeds.item).derive
    if derive is None or derive.fact != feeds.fact:
        return f"item '{feeds.item}' of '{feeds.form}' is not derived from '{feeds.fact}'"
    return ""

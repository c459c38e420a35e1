"""Case packs: several sample cases in one zip file, to pass between trainers.

A pack holds `manifest.toml` (schema, name, created, the list of case files) and the case
files under `cases/`. Import reads and checks every case first and writes nothing unless all
of them pass (the validator, plus id clashes with cases already installed), so a bad pack
changes nothing. Archives are read defensively: only the listed names, size limits, no paths.
"""

from __future__ import annotations

import tomllib
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from tally.training.cases import CaseError, TrainingCase, parse_case_text
from tally.training.validate import FormSource, check_cases
from tally.training.writer import case_to_toml, toml_str, toml_value

PACK_SCHEMA = 1
PACK_SUFFIX = ".zip"
MAX_CASES = 500
MAX_FILE_BYTES = 1_000_000


class PackError(ValueError):
    """A pack that cannot be used; str() is one line (more lines in `problems`)."""

    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


@dataclass(frozen=True)
class Pack:
    name: str
    created: str
    cases: tuple[TrainingCase, ...]


def export_pack(cases: Iterable[TrainingCase], target: str | Path, name: str = "") -> Path:
    target = Path(target)
    cases = list(cases)
    if not cases:
        raise PackError("no cases to export")
    files = [f"cases/{c.id}.toml" for c in cases]
    created = datetime.now(UTC).isoformat(timespec="seconds")
    manifest = "\n".join(
        [
            f"schema = {PACK_SCHEMA}",
            f"name = {toml_str(name or target.stem)}",
            f"created = {toml_str(created)}",
            f"cases = {toml_value(files)}",
            "",
        ]
    )
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.toml", manifest)
        for case, file in zip(cases, files, strict=True):
            archive.writestr(file, case_to_toml(case))
    partial.replace(target)  # never leave a half-written pack under the real name
    return target


def _member(archive: zipfile.ZipFile, name: str, pack: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        raise PackError(f"{pack}: unsafe file name '{name}' in the manifest")
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise PackError(f"{pack}: the manifest lists '{name}' but the pack lacks it") from None
    too_large = PackError(f"{pack}: '{name}' is larger than {MAX_FILE_BYTES // 1000} kB")
    if info.file_size > MAX_FILE_BYTES:
        raise too_large
    try:  # never more than the limit, whatever size the header claims
        with archive.open(info) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, OSError,
            zlib.error) as exc:  # bad CRC, encrypted, deflate64, a name that differs ...
        raise PackError(f"{pack}: '{name}' cannot be read from the pack ({exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise too_large
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(f"{pack}: '{name}' is not UTF-8 text") from None


def read_pack(path: str | Path) -> Pack:
    """Parse a pack (not yet checked against the forms). PackError names the problem."""
    path = Path(path)
    pack = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(f"{pack}: not a case pack (a zip file): {exc}") from None
    with archive:
        try:
            manifest = tomllib.loads(_member(archive, "manifest.toml", pack))
        except tomllib.TOMLDecodeError as exc:
            raise PackError(f"{pack}: manifest.toml is not valid TOML: {exc}") from None
        if manifest.get("schema") != PACK_SCHEMA:
            raise PackError(f"{pack}: manifest 'schema' must be {PACK_SCHEMA}")
        files = manifest.get("cases")
        if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
            raise PackError(f"{pack}: manifest 'cases' must list the case files")
        if len(files) > MAX_CASES:
            raise PackError(f"{pack}: more than {MAX_CASES} cases")
        cases: list[TrainingCase] = []
        problems: list[str] = []
        for file in files:
            text = _member(archive, file, pack)
            try:
                cases.append(parse_case_text(text, f"{pack}:{file}", origin="user"))
            except CaseError as exc:
                problems.append(str(exc))
        if problems:
            raise PackError(f"{pack}: {len(problems)} case file(s) cannot be read", problems)
    name = str(manifest.get("name", path.stem))
    return Pack(name, str(manifest.get("created", "")), tuple(cases))


def check_pack(pack: Pack, forms: FormSource) -> list[str]:
    return check_cases(pack.cases, forms)


def import_pack(
    path: str | Path,
    forms: FormSource,
    target_dir: str | Path,
    existing: Iterable[str] = (),
) -> list[TrainingCase]:
    """Check every case, then write them all to target_dir; on any problem write nothing."""
    pack = read_pack(path)
    problems = check_pack(pack, forms)
    taken = set(existing)
    clashes = [c.id for c in pack.cases if c.id in taken]
    if clashes:
        problems.append(
            f"{Path(path).name}: case id(s) already installed: {', '.join(clashes)} "
            "(rename them in the pack or remove the installed ones first)"
        )
    if problems:
        raise PackError(f"{Path(path).name}: not imported, {len(problems)} problem(s)", problems)
    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for case in pack.cases:
        file = target / f"{case.id}.toml"
        file.write_text(case_to_toml(case), encoding="utf-8")
        written.append(file)
    return [
        parse_case_text(f.read_text(encoding="utf-8"), f.name, str(f), "user") for f in written
    ]

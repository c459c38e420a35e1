"""Write a TrainingCase back to the TOML case-file format (for in-app authoring and packs).

The standard library reads TOML but does not write it; the case format is small, so this
writes it directly. `parse_case_text(case_to_toml(case))` gives the same case back.
"""

from __future__ import annotations

from typing import Any

from tally.training.cases import SCHEMA_VERSION, TrainingCase


def _escape(text: str, multiline: bool) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' and not multiline:
            out.append('\\"')
        elif ch == "\n" and multiline:
            out.append("\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def toml_str(text: str) -> str:
    """A TOML basic string; multi-line text becomes a triple-quoted block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return f'"{_escape(text, False)}"'
    body = _escape(text, True).replace('"""', '""\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return f'"""\n{body}"""'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a case file")


def case_to_toml(case: TrainingCase) -> str:
    lines = [
        f"schema = {SCHEMA_VERSION}",
        f"id = {toml_str(case.id)}",
        f"code = {toml_str(case.code)}",
        f"title = {toml_str(case.title)}",
        f"difficulty = {toml_str(case.difficulty)}",
        f"offence_pattern = {toml_str(case.offence_pattern)}",
        f"summary = {toml_str(case.summary)}",
    ]
    if case.author:
        lines.append(f"author = {toml_str(case.author)}")
    if case.pitfalls:
        lines.append(f"pitfalls = {toml_value(list(case.pitfalls))}")
    lines += ["", "[facts]"]
    lines += [f"{k} = {toml_value(v)}" for k, v in case.facts.items()]
    for section in case.sections:
        lines += ["", "[[sections]]", f"heading = {toml_str(section.heading)}"]
        lines.append(f"text = {toml_str(section.text)}")
    for ref in case.references:
        lines += ["", "[[reference]]", f"form = {toml_str(ref.form_id)}"]
        if ref.date:
            lines.append(f"date = {toml_str(ref.date)}")
        lines.append(f"total = {ref.total}")
        if ref.band is not None:
            lines.append(f"band = {toml_str(ref.band)}")
        if ref.note:
            lines.append(f"note = {toml_str(ref.note)}")
        if ref.expect_warnings:
            lines.append(f"expect_warnings = {toml_value(list(ref.expect_warnings))}")
        for scale_id, exp in ref.scales.items():
            band = f", band = {toml_str(exp.band)}" if exp.band is not None else ""
            lines.append(f"scales.{scale_id} = {{ total = {exp.total}{band} }}")
        for item in ref.items.values():
            lines += ["", f"[reference.items.{item.item_id}]", f"points = {item.points}"]
            lines.append(f"rationale = {toml_str(item.rationale)}")
            lines.append(f"guidance = {toml_str(item.guidance)}")
            if item.override:
                lines.append(f"override = {toml_str(item.override)}")
    return "\n".join(lines) + "\n"

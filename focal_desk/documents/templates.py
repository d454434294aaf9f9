"""The templates in forms/*.toml: loaded and checked once, so a province's wrong edit stops the app with the
file and line to fix instead of printing a wrong paper. The format is described in forms/README.md."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.documents import FormCode, TemplateField, TemplateInfo
from ..domain.errors import FocalDeskError
from .facts_text import BUILTIN_FLAGS, BUILTIN_VALUES
from .layout import BlockStyle

FIELD_KINDS = ("text", "date", "money", "ground")
SIGNER_KINDS = ("agency", "requester", "officer")
# The columns each table kind fills (the header wording is the template's).
TABLE_COLUMNS = {"members": 4, "fees": 6}

# What the code relies on, whatever the wording: the service passes these and records the dates printed.
FORM_CONTRACT: dict[FormCode, dict[str, str]] = {
    FormCode.RESOLUTION: {"provide_due": "date", "provide_place": "text", "payment_due": "date"},
    FormCode.EXTENSION: {"extension_reason": "text", "new_due": "date"},
    FormCode.REFUSAL: {"refusal_ground": "ground", "refusal_detail": "text"},
}

_TOP_KEYS = {
    "id", "version", "form", "title", "type_line", "type_abbr", "numbered", "subject", "subject_under_number",
    "agency_heading", "recipients", "fields", "signer", "left_signer", "blocks",
}
_REQUIRED_TOP = ("id", "version", "form", "title", "type_line", "type_abbr", "numbered", "subject", "signer",
                 "blocks")
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")  # escaped brace, placeholder, or a lone brace
_NAME = re.compile(r"[a-z][a-z0-9_]*")


class TemplateError(FocalDeskError):
    """A template in forms/ is wrong; the message names the file and the line (1-based)."""

    def __init__(self, path: Path, line: int, message: str):
        self.path = path
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class FieldSpec:
    """A value the action adds (DocumentFacts.extra). ``required`` may hold only under a condition."""

    name: str
    kind: str
    label: str
    required: bool
    when: str = ""  # required only when this condition holds


@dataclass(frozen=True)
class TextBlock:
    text: str
    style: BlockStyle
    when: str = ""


@dataclass(frozen=True)
class TableBlock:
    table: str  # "members" | "fees"
    header: tuple[str, ...]
    widths: tuple[float, ...]
    total_label: str = ""
    when: str = ""


@dataclass(frozen=True)
class SignerSpec:
    kind: str
    authority: str
    title: str
    name: str
    hint: str


@dataclass(frozen=True)
class FormTemplate:
    path: Path
    id: str
    version: int
    form: FormCode
    title: str
    type_line: str
    type_abbr: str
    numbered: bool
    agency_heading: bool
    subject: str
    subject_under_number: str
    recipients: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    signer: SignerSpec
    left_signer: SignerSpec | None
    blocks: tuple[TextBlock | TableBlock, ...]

    @property
    def required_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required and not f.when)

    def info(self) -> TemplateInfo:
        return TemplateInfo(
            form=self.form,
            template_id=self.id,
            version=self.version,
            title=self.title,
            type_abbr=self.type_abbr,
            numbered=self.numbered,
            extra_fields=self.required_fields,
            fields=tuple(TemplateField(f.name, f.kind, f.label, f.required, f.when) for f in self.fields),
        )


def load_templates(folder: Path) -> dict[FormCode, FormTemplate]:
    """Every forms/*.toml, checked; one template per form code, none missing."""
    found: dict[FormCode, FormTemplate] = {}
    for path in sorted(folder.glob("*.toml")):
        t = load_template(path)
        if t.form in found:
            raise TemplateError(path, _Raw(path, path.read_text(encoding="utf-8")).key_line("form"),
                                f"form \"{t.form}\" already has a template: {found[t.form].path.name}")
        found[t.form] = t
    missing = [f.value for f in FormCode if f not in found]
    if missing:
        raise TemplateError(folder, 0, f"no template for form(s): {', '.join(missing)}")
    return found


def load_template(path: Path) -> FormTemplate:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = getattr(e, "lineno", None) or _line_from_message(str(e))
        raise TemplateError(path, line, f"TOML syntax: {e}") from e
    return _Checker(_Raw(path, text), data).template()


def _line_from_message(msg: str) -> int:
    m = re.search(r"line (\d+)", msg)
    return int(m.group(1)) if m else 0


class _Raw:
    """The file's text, to point at the line of a problem tomllib's data no longer knows."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.text = text
        self.blocks = [m.start() for m in re.finditer(r"(?m)^[ \t]*\[\[\s*blocks\s*\]\]", text)]

    def line_at(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def find(self, needle: str, start: int = 0) -> int:
        at = self.text.find(needle, start)
        if at < 0 and start:
            at = self.text.find(needle)
        return self.line_at(at) if at >= 0 else 1

    def key_line(self, key: str, start: int = 0) -> int:
        m = re.compile(rf"(?m)^[ \t]*{re.escape(key)}\s*=").search(self.text, start)
        return self.line_at(m.start()) if m else 1

    def table_line(self, header: str) -> int:
        m = re.compile(rf"(?m)^[ \t]*\[\s*{re.escape(header)}\s*\]").search(self.text)
        return self.line_at(m.start()) if m else 1

    def block_start(self, index: int) -> int:
        return self.blocks[index] if index < len(self.blocks) else 0


class _Checker:
    def __init__(self, raw: _Raw, data: dict[str, Any]):
        self.raw = raw
        self.data = data

    def fail(self, line: int, message: str) -> TemplateError:
        return TemplateError(self.raw.path, line, message)

    def need(self, table: Mapping[str, Any], key: str, kind: type, where: str, line: int) -> Any:
        if key not in table:
            return self._missing(key, where, line)
        value = table[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise self.fail(self.raw.key_line(key, self._offset(line)), f"{key} must be {kind.__name__}")
        return value

    def _missing(self, key: str, where: str, line: int) -> Any:
        raise self.fail(line, f"missing required key \"{key}\"{where}")

    def _offset(self, line: int) -> int:
        lines = self.raw.text.split("\n")
        return sum(len(x) + 1 for x in lines[: max(line - 1, 0)])

    def template(self) -> FormTemplate:
        d = self.data
        for key in d:
            if key not in _TOP_KEYS:
                raise self.fail(self.raw.key_line(key), f"unknown key \"{key}\"")
        for key in _REQUIRED_TOP:
            if key not in d:
                self._missing(key, "", 1)
        form_text = self.need(d, "form", str, "", 1)
        try:
            form = FormCode(form_text)
        except ValueError:
            raise self.fail(self.raw.key_line("form"), f"unknown form code \"{form_text}\"") from None
        version = self.need(d, "version", int, "", 1)
        if version < 1:
            raise self.fail(self.raw.key_line("version"), "version must be 1 or more")
        fields = self.fields()
        names = set(BUILTIN_VALUES) | {f.name for f in fields} | {f"{f.name}_text" for f in fields
                                                                  if f.kind == "ground"}
        conditions = set(BUILTIN_FLAGS) | names
        self.contract(form, fields)
        for key in ("title", "type_line", "type_abbr", "subject", "subject_under_number"):
            if key in d:
                self.placeholders(self.need(d, key, str, "", 1), names, self.raw.key_line(key), 0)
        recipients = d.get("recipients", [])
        if not isinstance(recipients, list) or not all(isinstance(x, str) for x in recipients):
            raise self.fail(self.raw.key_line("recipients"), "recipients must be a list of lines")
        for line in recipients:
            self.placeholders(line, names, self.raw.key_line("recipients"), self._offset(
                self.raw.key_line("recipients")))
        numbered = self.need(d, "numbered", bool, "", 1)
        agency_heading = d.get("agency_heading", True)
        if not isinstance(agency_heading, bool):
            raise self.fail(self.raw.key_line("agency_heading"), "agency_heading must be true or false")
        return FormTemplate(
            path=self.raw.path,
            id=self.need(d, "id", str, "", 1),
            version=version,
            form=form,
            title=d["title"],
            type_line=self.need(d, "type_line", str, "", 1),
            type_abbr=self.need(d, "type_abbr", str, "", 1),
            numbered=numbered,
            agency_heading=agency_heading,
            subject=self.need(d, "subject", str, "", 1),
            subject_under_number=d.get("subject_under_number", ""),
            recipients=tuple(recipients),
            fields=fields,
            signer=self.signer("signer", names),
            left_signer=self.signer("left_signer", names) if "left_signer" in d else None,
            blocks=self.blocks(names, conditions),
        )

    def fields(self) -> tuple[FieldSpec, ...]:
        table = self.data.get("fields", {})
        if not isinstance(table, dict):
            raise self.fail(self.raw.key_line("fields"), "fields must be a table of [fields.NAME]")
        out = []
        for name, spec in table.items():
            header = f"fields.{name}"
            line = self.raw.table_line(header)
            if not _NAME.fullmatch(name):
                raise self.fail(line, f"field name \"{name}\": use lower case letters, digits and _")
            if name in BUILTIN_VALUES or name in BUILTIN_FLAGS:
                raise self.fail(line, f"field \"{name}\" is a built-in placeholder; choose another name")
            if not isinstance(spec, dict):
                raise self.fail(line, f"{header} must be a table")
            kind = spec.get("kind", "text")
            if kind not in FIELD_KINDS:
                raise self.fail(self.raw.find(f'"{kind}"', self._offset(line)),
                                f"unknown field kind \"{kind}\" (one of {', '.join(FIELD_KINDS)})")
            label = self.need(spec, "label", str, f" in [{header}]", line)
            required = spec.get("required", False)
            if not isinstance(required, bool):
                raise self.fail(self.raw.key_line("required", self._offset(line)), "required must be true or false")
            when = spec.get("when", "")
            out.append(FieldSpec(name, kind, label, required, when))
        conditions = set(BUILTIN_FLAGS) | {f.name for f in out}
        for f in out:
            if f.when:
                self.condition(f.when, conditions, self.raw.table_line(f"fields.{f.name}"))
        return tuple(out)

    def contract(self, form: FormCode, fields: tuple[FieldSpec, ...]) -> None:
        declared = {f.name: f for f in fields}
        for name, kind in FORM_CONTRACT.get(form, {}).items():
            f = declared.get(name)
            line = self.raw.table_line(f"fields.{name}") if f else self.raw.key_line("form")
            if f is None:
                raise self.fail(line, f"form {form.value} needs the field \"{name}\" (kind \"{kind}\"); "
                                      f"it is not declared under [fields.{name}]")
            if f.kind != kind:
                raise self.fail(line, f"field \"{name}\" must have kind \"{kind}\"")

    def signer(self, key: str, names: set[str]) -> SignerSpec:
        spec = self.data[key]
        line = self.raw.table_line(key)
        if not isinstance(spec, dict):
            raise self.fail(self.raw.key_line(key), f"{key} must be a table [{key}]")
        kind = self.need(spec, "kind", str, f" in [{key}]", line)
        if kind not in SIGNER_KINDS:
            raise self.fail(self.raw.find(f'"{kind}"', self._offset(line)),
                            f"unknown signer kind \"{kind}\" (one of {', '.join(SIGNER_KINDS)})")
        defaults = {
            "agency": ("{signer_authority}", "{signer_position}", "{signer_name}"),
            "requester": ("", "NGƯỜI YÊU CẦU", "{requester_name}"),
            "officer": ("", "NGƯỜI TIẾP NHẬN", ""),
        }[kind]
        parts = []
        for part, default in zip(("authority", "title", "name", "hint"), (*defaults, ""), strict=True):
            value = spec.get(part, default)
            if not isinstance(value, str):
                raise self.fail(self.raw.key_line(part, self._offset(line)), f"{key}.{part} must be text")
            self.placeholders(value, names, line, self._offset(line))
            parts.append(value)
        for extra in spec:
            if extra not in ("kind", "authority", "title", "name", "hint"):
                raise self.fail(self.raw.key_line(extra, self._offset(line)), f"unknown key \"{extra}\" in [{key}]")
        return SignerSpec(kind, *parts)

    def blocks(self, names: set[str], conditions: set[str]) -> tuple[TextBlock | TableBlock, ...]:
        blocks = self.data["blocks"]
        if not isinstance(blocks, list) or not blocks:
            raise self.fail(self.raw.key_line("blocks"), "blocks must be one or more [[blocks]]")
        out: list[TextBlock | TableBlock] = []
        for i, b in enumerate(blocks):
            start = self.raw.block_start(i)
            line = self.raw.line_at(start) if start else self.raw.key_line("blocks")
            where = f" in block {i + 1} ([[blocks]] at line {line})"
            if not isinstance(b, dict):
                raise self.fail(line, f"block {i + 1} must be a table")
            when = b.get("when", "")
            if when:
                self.condition(when, conditions, self.raw.key_line("when", start))
            if "table" in b:
                out.append(self.table(b, line, start, where, when))
                continue
            for key in b:
                if key not in ("text", "style", "when"):
                    raise self.fail(self.raw.key_line(key, start), f"unknown key \"{key}\"{where}")
            text = self.need(b, "text", str, where, line)
            style_name = b.get("style", "body")
            try:
                style = BlockStyle(style_name)
            except ValueError:
                raise self.fail(self.raw.find(f'"{style_name}"', start), f"unknown style \"{style_name}\"{where} "
                                f"(one of {', '.join(s.value for s in BlockStyle)})") from None
            self.placeholders(text, names, line, start)
            out.append(TextBlock(text, style, when))
        return tuple(out)

    def table(self, b: dict[str, Any], line: int, start: int, where: str, when: str) -> TableBlock:
        kind = b["table"]
        if kind not in TABLE_COLUMNS:
            raise self.fail(self.raw.find(f'"{kind}"', start),
                            f"unknown table \"{kind}\"{where} (one of {', '.join(TABLE_COLUMNS)})")
        for key in b:
            if key not in ("table", "header", "widths", "total_label", "when"):
                raise self.fail(self.raw.key_line(key, start), f"unknown key \"{key}\"{where}")
        header = self.need(b, "header", list, where, line)
        widths = self.need(b, "widths", list, where, line)
        n = TABLE_COLUMNS[kind]
        if len(header) != n or not all(isinstance(h, str) for h in header):
            raise self.fail(self.raw.key_line("header", start), f"table \"{kind}\" has {n} columns: header needs "
                            f"{n} texts{where}")
        if len(widths) != n or not all(isinstance(w, int | float) and w > 0 for w in widths) or not math.isclose(
                sum(widths), 1.0, abs_tol=1e-6):
            raise self.fail(self.raw.key_line("widths", start), f"widths: {n} positive fractions summing to 1{where}")
        return TableBlock(kind, tuple(header), tuple(float(w) for w in widths), b.get("total_label", ""), when)

    def condition(self, when: str, conditions: set[str], line: int) -> None:
        name = when.removeprefix("not ").strip()
        if name not in conditions:
            raise self.fail(line, f"unknown condition \"{when}\": a flag ({', '.join(BUILTIN_FLAGS)}) or a "
                                  f"placeholder name, optionally after \"not \"")

    def placeholders(self, text: str, names: set[str], line: int, start: int) -> None:
        for m in _TOKEN.finditer(text):
            if m.group(0) in ("{{", "}}"):
                continue
            name = m.group(1)
            if name is None:  # a lone brace: point at the line of the template text that holds it
                own_line = text[text.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0]
                raise self.fail(self.raw.find(own_line, start) if own_line.strip() else line,
                                "a lone { or }: write {{ or }} for a brace that prints")
            if name not in names:
                at = self.raw.find("{" + name + "}", start)
                raise self.fail(at, f"unknown placeholder {{{name}}}: not a built-in value nor a field declared "
                                    "under [fields.NAME]")

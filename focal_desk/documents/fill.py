"""Template + facts → DocumentLayout: placeholders replaced once (a value is never read as a template),
empty values printed as a dotted blank, line breaks typed by the officer kept as paragraphs, all NFC."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..domain.documents import DocumentFacts
from ..domain.errors import ValidationError
from ..domain.refusal import RefusalGround
from . import facts_text as ft
from .layout import Block, DocumentLayout, Heading, Paragraph, Signer, Table
from .templates import FieldSpec, FormTemplate, SignerSpec, TableBlock

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}")
BLANK_MEMBER_ROWS = 5


@dataclass(frozen=True)
class Filled:
    layout: DocumentLayout
    printed_dates: Mapping[str, date]


def fill(template: FormTemplate, facts: DocumentFacts) -> Filled:
    """Raises ValidationError naming each required field of DocumentFacts.extra that is missing or wrong."""
    values = ft.values(facts)
    flags = ft.flags(facts)
    dates = {k: d for k, d in ft.dates(facts).items() if d is not None}
    extra_values, extra_dates = _extras(template, facts, flags)
    values.update(extra_values)
    dates.update(extra_dates)

    def holds(when: str) -> bool:
        if not when:
            return True
        name = when.removeprefix("not ").strip()
        value = flags[name] if name in flags else bool(values.get(name))
        return not value if when.startswith("not ") else value

    used: set[str] = set()

    def sub(text: str, empty: str = ft.BLANK) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(0) in ("{{", "}}"):
                return m.group(0)[0]
            used.add(m.group(1))
            return values.get(m.group(1)) or empty

        return ft.nfc(_PLACEHOLDER.sub(one, text))

    blocks: list[Block] = []
    for b in template.blocks:
        if not holds(b.when):
            continue
        if isinstance(b, TableBlock):
            blocks.append(_table(b, facts))
            continue
        for piece in sub(b.text).split("\n"):
            blocks.append(Paragraph(piece, b.style))

    blank = facts.request is None
    if template.agency_heading:
        heading = Heading(
            parent_body=ft.nfc(facts.agency.parent_body.upper()),
            issuing_body=ft.nfc(facts.agency.name.upper()),
            number_line=ft.nfc(ft.number_line(facts, template.type_abbr)) if template.numbered else "",
            place_date=ft.nfc(ft.date_line(facts.agency.place_name, facts.issued_on)),
            subject_under_number=sub(template.subject_under_number, ""),
        )
    else:
        place_date = ft.blank_date_line() if blank else ft.date_line(facts.agency.place_name, facts.issued_on)
        heading = Heading("", "", "", ft.nfc(place_date), sub(template.subject_under_number, ""))

    def signer(spec: SignerSpec) -> Signer:
        return Signer(sub(spec.authority, ""), sub(spec.title, ""), sub(spec.name, ""), sub(spec.hint, ""))

    title = template.title if facts.request is None else f"{template.title} — {facts.request.register_number}"
    layout = DocumentLayout(
        heading=heading,
        type_line=sub(template.type_line, ""),
        subject=sub(template.subject, ""),
        blocks=tuple(blocks),
        signer=signer(template.signer),
        recipients=tuple(sub(r, "") for r in template.recipients),
        title=ft.nfc(title),
        left_signer=signer(template.left_signer) if template.left_signer else None,
    )
    printed = {k: d for k, d in dates.items() if k in used}
    return Filled(layout, printed)


def _extras(template: FormTemplate, facts: DocumentFacts, flags: Mapping[str, bool]
            ) -> tuple[dict[str, str], dict[str, date]]:
    errors: dict[str, str] = {}
    out: dict[str, str] = {}
    dates: dict[str, date] = {}
    for f in template.fields:
        raw = ft.nfc(facts.extra.get(f.name, ""))
        needed = f.required and (not f.when or _flag(f.when, flags, facts))
        if not raw.strip():
            if needed:
                errors[f.name] = f"Chưa có {f.label.lower()}"
            out[f.name] = ""
            continue
        try:
            out.update(_typed(f, raw if f.kind == "text" else raw.strip(), dates))
        except ValueError:
            errors[f.name] = f"{f.label}: giá trị không hợp lệ ({raw})"
    if errors:
        raise ValidationError(errors)
    return out, dates


def _flag(when: str, flags: Mapping[str, bool], facts: DocumentFacts) -> bool:
    name = when.removeprefix("not ").strip()
    value = flags[name] if name in flags else bool(facts.extra.get(name, "").strip())
    return not value if when.startswith("not ") else value


def _typed(f: FieldSpec, raw: str, dates: dict[str, date]) -> dict[str, str]:
    if f.kind == "date":
        d = date.fromisoformat(raw)  # the service passes ISO dates
        dates[f.name] = d
        return {f.name: ft.day_text(d)}
    if f.kind == "money":
        return {f.name: ft.money(int(raw))}
    if f.kind == "ground":
        ground = RefusalGround(raw)
        return {f.name: ground.point, f"{f.name}_text": ground.text_vi}
    return {f.name: raw}


def _table(b: TableBlock, facts: DocumentFacts) -> Table:
    rows: tuple[tuple[str, ...], ...]
    if b.table == "members":
        members = facts.request.requester.members if facts.request else ()
        if members:
            rows = tuple((str(i), m.full_name, m.id_number, m.purpose) for i, m in enumerate(members, start=1))
        else:
            rows = tuple((str(i), "", "", "") for i in range(1, BLANK_MEMBER_ROWS + 1))
        numeric: tuple[int, ...] = ()
    else:
        rows = tuple(
            (str(i), f.label, f.unit, str(f.quantity), ft.number(f.unit_rate), ft.number(f.amount))
            for i, f in enumerate(facts.fee_lines, start=1)
        )
        total = sum(f.amount for f in facts.fee_lines)
        rows += (("", b.total_label, "", "", "", ft.number(total)),)
        numeric = (3, 4, 5)
    nfc_rows = tuple(tuple(ft.nfc(c) for c in row) for row in rows)
    return Table(tuple(ft.nfc(h) for h in b.header), nfc_rows, b.widths, numeric)

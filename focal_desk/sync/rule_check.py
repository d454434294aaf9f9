"""A deadline rule set arriving from the province (issue 10.4), checked strictly before anyone computes a
deadline with it: the shape of data/rule_sets/*.json and nothing else, every channel × complexity and every
correction kind covered once, dates in the law's time, periods a deadline can be. Both sides use it: the
province before it signs, the office before it applies."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..domain.enums import Channel, Complexity, CorrectionKind
from ..domain.errors import ValidationError
from ..domain.rules import LAW_IN_FORCE, PeriodUnit, RuleSet, rule_set_from_dict
from ..domain.text import control_problem
from .package import PackageError

_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_TOP = {"code", "name", "valid_from", "source", "rules", "corrections"}
_RULE = {"channel", "complexity", "provide", "notice", "extension"}
LAST_YEAR = 2100
# The law gives days and weeks, never months: a period past this is a typing error, not a rule (Luật 104/2016
# Đ29–32: at most 15 working days, extended by at most 15 days).
MAX_DAYS = 60


def _text(value: Any, label: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PackageError(f"Bộ quy tắc: thiếu {label}")
    if len(value) > limit:
        raise PackageError(f"Bộ quy tắc: {label} dài quá {limit} ký tự")
    problem = control_problem(value, f"Bộ quy tắc: {label}")
    if problem:
        raise PackageError(problem)
    return value


def _day(value: Any, label: str) -> date:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise PackageError(f"Bộ quy tắc: {label} không phải ngày YYYY-MM-DD")
    if not LAW_IN_FORCE <= day <= date(LAST_YEAR, 12, 31):
        raise PackageError(
            f"Bộ quy tắc: {label} {day:%d/%m/%Y} nằm ngoài thời gian Luật Tiếp cận thông tin "
            f"có hiệu lực ({LAW_IN_FORCE:%d/%m/%Y}–{LAST_YEAR})"
        )
    return day


def _period(value: Any, label: str) -> tuple[int, PeriodUnit]:
    if not (isinstance(value, dict) and set(value) == {"amount", "unit", "article"}):
        raise PackageError(f"Bộ quy tắc: thời hạn {label} không đúng dạng (amount, unit, article)")
    amount, unit = value["amount"], value["unit"]
    if type(amount) is not int or unit not in {u.value for u in PeriodUnit}:
        raise PackageError(f"Bộ quy tắc: thời hạn {label} phải là số nguyên ngày với đơn vị hợp lệ")
    if (unit == PeriodUnit.SAME_DAY) != (amount == 0) or not 0 <= amount <= MAX_DAYS:
        raise PackageError(
            f"Bộ quy tắc: thời hạn {label} phải từ 1 đến {MAX_DAYS} ngày, hoặc 0 với 'same_day'"
        )
    _text(value["article"], f"điều luật của thời hạn {label}", 300)
    return amount, PeriodUnit(unit)


def strict_rule_set(obj: Any) -> RuleSet:
    """The rule set, or PackageError naming the first thing wrong."""
    if not isinstance(obj, dict) or not _TOP <= set(obj) <= _TOP | {"caveats"}:
        raise PackageError(
            "Bộ quy tắc không đúng lược đồ (code, name, valid_from, source, rules, corrections)"
        )
    if not isinstance(obj["code"], str) or not _CODE.match(obj["code"]):
        raise PackageError("Bộ quy tắc: mã chỉ gồm chữ thường, số, dấu chấm, gạch (tối đa 64 ký tự)")
    _text(obj["name"], "tên", 300)
    _text(obj["source"], "văn bản nguồn", 1000)
    _day(obj["valid_from"], "ngày hiệu lực")
    rules = obj["rules"]
    if not isinstance(rules, list):
        raise PackageError("Bộ quy tắc: 'rules' phải là danh sách")
    seen = set()
    for r in rules:
        if not (isinstance(r, dict) and {"channel", "complexity", "provide"} <= set(r) <= _RULE):
            raise PackageError("Bộ quy tắc: một quy tắc không đúng dạng (channel, complexity, provide …)")
        pair = (r["channel"], r["complexity"])
        if r["channel"] not in {c.value for c in Channel} or r["complexity"] not in {
            c.value for c in Complexity
        }:
            raise PackageError(f"Bộ quy tắc: kênh hoặc mức độ không biết: {pair!r}")
        if pair in seen:
            raise PackageError(f"Bộ quy tắc: quy tắc {r['channel']}/{r['complexity']} có hai lần")
        seen.add(pair)
        label = f"{r['channel']}/{r['complexity']}"
        provide = _period(r["provide"], f"cung cấp ({label})")
        for extra in ("notice", "extension"):
            if r.get(extra) is not None:
                amount, unit = _period(r[extra], f"{extra} ({label})")
                if extra == "notice" and unit == provide[1] and amount > provide[0]:
                    raise PackageError(f"Bộ quy tắc: hạn thông báo ({label}) sau hạn cung cấp")
    missing = {(c.value, x.value) for c in Channel for x in Complexity} - seen
    if missing:
        raise PackageError(f"Bộ quy tắc thiếu quy tắc cho: {', '.join(sorted('/'.join(m) for m in missing))}")
    corrections = obj["corrections"]
    if not (isinstance(corrections, dict) and set(corrections) == {k.value for k in CorrectionKind}):
        raise PackageError(
            "Bộ quy tắc: 'corrections' phải có đúng các loại đính chính "
            + ", ".join(k.value for k in CorrectionKind)
        )
    for kind, period in corrections.items():
        _period(period, f"đính chính ({kind})")
    caveats = obj.get("caveats", [])
    if not (
        isinstance(caveats, list)
        and len(caveats) <= 20
        and all(isinstance(c, dict) and set(c) == {"from", "text"} for c in caveats)
    ):
        raise PackageError("Bộ quy tắc: 'caveats' phải là danh sách {from, text}")
    for c in caveats:
        _day(c["from"], "ngày của ghi chú")
        _text(c["text"], "ghi chú", 2000)
    try:
        return rule_set_from_dict(obj)
    except ValidationError as exc:  # checked above: only a case this module forgot
        raise PackageError("; ".join(exc.errors.values())) from None

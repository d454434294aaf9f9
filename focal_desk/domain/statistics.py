"""The statistics of a period (ND13 Đ12: received, resolved, refused; complaints and lawsuits; costs), each
figure defined once: its key, its Vietnamese label (document text, printed in the report) and what it counts.
storage/statistics.py computes every figure in SQL from these definitions, and lists the requests behind
one (``RequestQuery.figure``); the statistics page, the exports, the report and the province summary all
read them from there.

Which date puts a request in the period ``[start, end]`` (both days included):

- *received* figures: the day it was received (``received_on``);
- *valid* and *simple / complex*: the day it became valid (``valid_on``) — the day the clock started;
- *extended*: the day the extension was granted (``extended_on``);
- *outcomes* (provided, refused, transferred, withdrawn, on time, late): the day of the outcome
  (``closed_on``). A request being corrected (Đ32) keeps the outcome it had before the correction;
- *at the period's end* (still open, open past due, awaiting supplement): the request was received on or
  before ``end`` and had no outcome on ``end`` (none yet, or one dated after ``end``);
- corrections, complaints, lawsuits and payments: their own dates (opened, filed, decided, paid).

So a request received in March and answered in April counts as received in March, as an outcome in April,
and as open at the end of March. Figures read the register as it stands when they are computed: a deadline
moved since the period ended is read as moved, except that an extension granted after ``end`` is not
counted in ``end``'s deadline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .complaints import ComplaintKind
from .enums import Channel, Complexity, RequesterKind
from .period import Period  # one period for statistics, exports and the province summary
from .refusal import RefusalGround


class Section(StrEnum):
    RECEIVED = "received"
    HANDLING = "handling"
    OUTCOMES = "outcomes"
    COMPLAINTS = "complaints"
    COSTS = "costs"

    @property
    def label_vi(self) -> str:
        return {
            Section.RECEIVED: "Tiếp nhận yêu cầu",
            Section.HANDLING: "Xử lý yêu cầu",
            Section.OUTCOMES: "Kết quả giải quyết",
            Section.COMPLAINTS: "Khiếu nại, khởi kiện",
            Section.COSTS: "Chi phí thực tế đã thu",
        }[self]


class Unit(StrEnum):
    REQUESTS = "requests"  # a number of requests
    EVENTS = "events"  # a number of corrections, complaints, lawsuits or payments
    DONG = "dong"  # an amount of money in đồng


@dataclass(frozen=True)
class Figure:
    key: str  # stable: the GUI, the exports and the province summary address the figure by it
    label_vi: str
    section: Section
    doc: str  # exactly what it counts (shown as a tooltip, kept in the JSON)
    unit: Unit = Unit.REQUESTS
    parent: str | None = None  # a breakdown of this figure ("Trong đó")


def _f(key: str, label: str, section: Section, doc: str, unit: Unit = Unit.REQUESTS,
       parent: str | None = None) -> Figure:
    return Figure(key, label, section, " ".join(doc.split()), unit, parent)


R, H, OUT, C, K = Section.RECEIVED, Section.HANDLING, Section.OUTCOMES, Section.COMPLAINTS, Section.COSTS
OUTCOME_DATE = "Counted on the day of the outcome (closed_on) in the period"

FIGURES: tuple[Figure, ...] = (
    _f("received", "Tổng số yêu cầu tiếp nhận", R, "Requests received (received_on) in the period."),
    *(
        _f(f"received.channel.{c.value}", f"Qua kênh: {c.label_vi}", R,
           f"Requests received in the period through the channel '{c.value}'.", parent="received")
        for c in Channel
    ),
    *(
        _f(f"received.kind.{k.value}", f"Người yêu cầu: {k.label_vi}", R,
           f"Requests received in the period whose requester was, at intake, of the kind '{k.value}'.",
           parent="received")
        for k in RequesterKind
    ),
    _f("valid", "Yêu cầu hợp lệ", H, "Requests that became valid (valid_on) in the period: the deadline "
       "started to run that day."),
    *(
        _f(f"valid.{c.value}", f"Yêu cầu {c.label_vi.lower()}", H,
           f"Requests that became valid in the period and were judged '{c.value}'.", parent="valid")
        for c in Complexity
    ),
    _f("awaiting_supplement", "Chờ bổ sung tại cuối kỳ", H,
       "Requests received on or before the period's end for which a supplement was asked (Đ24, "
       "supplement_note set), not valid on the period's end and with no outcome on it."),
    _f("extended", "Được gia hạn", H, "Requests whose deadline was extended (extended_on) in the period."),
    _f("corrections", "Đính chính thông tin đã cung cấp", H,
       "Corrections (Đ32) opened in the period (each correction counts once; a request may have several).",
       Unit.EVENTS),
    _f("answered", "Đã giải quyết (cung cấp, từ chối)", OUT,
       f"Requests provided in full, provided in part or refused. {OUTCOME_DATE}."),
    _f("answered.on_time", "Giải quyết đúng hạn", OUT,
       "Answered requests whose outcome date is on or before their deadline (the extended one when granted); "
       "a request answered before any deadline ran (never valid) counts as on time.", parent="answered"),
    _f("answered.late", "Giải quyết quá hạn", OUT,
       "Answered requests whose outcome date is after their deadline (the extended one when granted).",
       parent="answered"),
    _f("provided", "Cung cấp toàn bộ", OUT, f"Requests provided in full. {OUTCOME_DATE}.", parent="answered"),
    _f("provided_in_part", "Cung cấp một phần", OUT, f"Requests provided in part. {OUTCOME_DATE}.",
       parent="answered"),
    _f("refused", "Từ chối cung cấp", OUT, f"Requests refused (Đ28). {OUTCOME_DATE}.", parent="answered"),
    *(
        _f(f"refused.ground.{g.value}", f"Từ chối theo điểm {g.point} khoản 1 Điều 28: {g.short_vi}", OUT,
           f"Requests refused on ground Đ28.1.{g.point}. {OUTCOME_DATE}.", parent="refused")
        for g in RefusalGround
    ),
    _f("transferred", "Hướng dẫn sang cơ quan có trách nhiệm", OUT,
       f"Requests the agency was not responsible for and sent on (Đ26.3). {OUTCOME_DATE}."),
    _f("withdrawn", "Người yêu cầu rút yêu cầu", OUT, f"Requests withdrawn by the requester. {OUTCOME_DATE}."),
    _f("open_at_end", "Chưa giải quyết xong tại cuối kỳ", OUT,
       "Requests received on or before the period's end with no outcome on that day (none yet, or one dated "
       "after it), awaiting supplement included."),
    _f("open_at_end.past_due", "Trong đó đã quá hạn", OUT,
       "Requests open at the period's end whose deadline on that day (the extended one if the extension was "
       "granted by then) is on or before the period's end.", parent="open_at_end"),
    _f("complaints.filed", "Khiếu nại đã nhận", C, "Complaints lodged (filed_on) in the period.", Unit.EVENTS),
    _f("complaints.resolved", "Khiếu nại đã có kết quả giải quyết", C,
       "Complaints whose result is dated (result_on) in the period.", Unit.EVENTS),
    _f("lawsuits.filed", "Vụ khởi kiện", C, "Lawsuits filed (filed_on) in the period.", Unit.EVENTS),
    _f("lawsuits.resolved", "Vụ khởi kiện đã có kết quả", C,
       "Lawsuits whose judgment or result is dated (result_on) in the period.", Unit.EVENTS),
    _f("costs.payments", "Số lần thu chi phí", K, "Payments of actual costs received (paid_on) in the period.",
       Unit.EVENTS),
    _f("costs.collected", "Tổng chi phí đã thu (đồng)", K,
       "Sum in đồng of the payments received (paid_on) in the period.", Unit.DONG),
)

FIGURES_BY_KEY: Mapping[str, Figure] = {f.key: f for f in FIGURES}
COMPLAINT_KEYS = {ComplaintKind.COMPLAINT: "complaints", ComplaintKind.LAWSUIT: "lawsuits"}


def figure(key: str) -> Figure:
    return FIGURES_BY_KEY[key]


@dataclass(frozen=True)
class FigureRef:
    """The requests behind one figure of one period (a register filter: ``RequestQuery.figure``)."""

    key: str
    period: Period

    def __post_init__(self) -> None:
        if self.key not in FIGURES_BY_KEY:
            raise ValueError(f"unknown statistic: {self.key}")


@dataclass(frozen=True)
class Statistics:
    period: Period
    values: Mapping[str, int] = field(default_factory=dict)  # every key of FIGURES

    def __getitem__(self, key: str) -> int:
        return self.values[key]

    def rows(self, section: Section) -> list[tuple[Figure, int]]:
        return [(f, self.values[f.key]) for f in FIGURES if f.section is section]

    def as_json(self) -> dict[str, Any]:
        """The figures as `focal-desk stats --json` prints them (and a summary package may carry them)."""
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "values": dict(self.values),
            "figures": [
                {"key": f.key, "label": f.label_vi, "section": f.section.value, "unit": f.unit.value,
                 "parent": f.parent, "value": self.values[f.key], "definition": f.doc}
                for f in FIGURES
            ],
        }

    def on_time_rate(self) -> float | None:
        """Share of the answered requests answered on time; None when none was answered."""
        answered = self.values["answered"]
        return None if answered == 0 else self.values["answered.on_time"] / answered

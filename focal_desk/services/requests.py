"""The request use cases, one transaction each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from ..domain.audit import AuditEvent
from ..domain.clock import Clock
from ..domain.enums import Complexity, CorrectionKind, IdType
from ..domain.ids import normalise_id_number
from ..domain.listing import RequestQuery, RequestSummary
from ..domain.refusal import RefusalGround
from ..domain.request import Request, RequestDraft
from ..domain.requester import Requester
from ..domain.text import info_key
from .calendar_service import CalendarService
from .officer import Officer
from .ports import UnitOfWorkFactory
from .request_ops import RequestOps
from .rulebook import RuleBook

T = TypeVar("T")


def _stored_form(id_number: str) -> str:
    """An ID number as the register stores it (ASCII digits, no spaces or dots, upper case), whoever asks."""
    return normalise_id_number(IdType.OTHER, id_number)


class RequestService:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, calendar: CalendarService, rulebook: RuleBook, clock: Clock,
        officer: Officer,
    ):
        self._uow_factory = uow_factory
        self._calendar = calendar
        self._rulebook = rulebook
        self._clock = clock
        self._officer = officer  # read at each action: the officer may have switched since start-up

    def _write(self, op: Callable[[RequestOps], T], *days: date | None) -> T:
        """One transaction. The calendar is made to cover what the action may count (from the earliest of
        ``days`` to where a deadline counted from today could reach) *before* the unit of work opens: that
        may write the base layer in its own transaction, never inside this one."""
        calendar = self._calendar.ensure_covering(self._calendar.years_for(*(d for d in days if d is not None)))
        rule_sets = self._rulebook.rule_sets()
        with self._uow_factory() as uow:
            result = op(RequestOps(uow, calendar, rule_sets, self._clock, self._officer.actor()))
            uow.commit()
            return result

    # --- commands ------------------------------------------------------------------------------------
    def register(self, draft: RequestDraft) -> Request:
        return self._write(lambda ops: ops.register(draft), draft.received_at.date(), draft.valid_on)

    def register_and_provide(self, draft: RequestDraft, method: str) -> Request:
        """The intake's "Provide now": register, mark valid and provide in one transaction (all or nothing).
        ``method``: how the information was provided (as the Provide dialog asks)."""
        valid_on = draft.valid_on or draft.received_at.date()
        return self._write(lambda ops: ops.register_and_provide(draft, method), draft.received_at.date(), valid_on)

    def request_supplement(self, request_id: int, note: str, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.request_supplement(request_id, note, on), on)

    def mark_valid(self, request_id: int, valid_on: date, complexity: Complexity, reason: str = "") -> Request:
        return self._write(lambda ops: ops.mark_valid(request_id, valid_on, complexity, reason), valid_on)

    def send_notice(self, request_id: int, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.send_notice(request_id, on), on)

    def extend(self, request_id: int, reason: str, on: date | None = None) -> Request:
        # Counted from the current deadline, which lies between the day of the action and the horizon.
        return self._write(lambda ops: ops.extend(request_id, reason, on), on)

    def provide(self, request_id: int, method: str, partial: bool = False, on: date | None = None, detail: str = "") -> Request:
        return self._write(lambda ops: ops.provide(request_id, method, partial, on, detail), on)

    def refuse(
        self, request_id: int, ground: RefusalGround, detail: str, on: date | None = None, earlier_provisions: str = ""
    ) -> Request:
        """``earlier_provisions``: for ground Đ28.1.d when the register does not show two earlier provisions
        of this information to this requester, where they are recorded (required then)."""
        return self._write(lambda ops: ops.refuse(request_id, ground, detail, on, earlier_provisions), on)

    def transfer(self, request_id: int, to_agency: str, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.transfer(request_id, to_agency, on), on)

    def withdraw(self, request_id: int, reason: str, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.withdraw(request_id, reason, on), on)

    def open_correction(self, request_id: int, kind: CorrectionKind, reason: str, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.open_correction(request_id, kind, reason, on), on)

    def close_correction(self, request_id: int, result: str, on: date | None = None) -> Request:
        return self._write(lambda ops: ops.close_correction(request_id, result, on), on)

    def edit(self, request_id: int, **fields) -> Request:
        return self._write(lambda ops: ops.edit(request_id, **fields))

    # --- queries -------------------------------------------------------------------------------------
    def get(self, request_id: int) -> Request:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.get(request_id)

    def summaries(self, query: RequestQuery) -> list[RequestSummary]:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.summaries(query)

    def ids(self, query: RequestQuery) -> list[int]:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.ids(query)

    def summaries_by_ids(self, ids: list[int]) -> list[RequestSummary]:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.summaries_by_ids(ids)

    def count(self, query: RequestQuery) -> int:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.count(query)

    def history(self, request_id: int) -> list[AuditEvent]:
        with self._uow_factory(read_only=True) as uow:
            events = uow.audit.for_entity("request", request_id)
            for document in uow.documents.for_request(request_id):  # issued, cancelled: the request's story too
                events += uow.audit.for_entity("document", document.id)
            return sorted(events, key=lambda e: (e.at, e.id or 0))

    def known_requester(self, id_number: str) -> Requester | None:
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.latest_requester(_stored_form(id_number))

    def caveats_in_register(self) -> list[str]:
        """The rule sets' notes (e.g. "the amended law has no rule set yet") that apply to at least one
        request in the register, each once."""
        found: list[str] = []
        rule_sets = self._rulebook.rule_sets()  # before the unit of work: a cold cache reads in its own
        with self._uow_factory(read_only=True) as uow:
            for rule_set in rule_sets:
                for caveat in rule_set.caveats:
                    if caveat.text in found:
                        continue
                    if uow.requests.count(RequestQuery(rule_set=rule_set.code, valid_from=caveat.from_date)):
                        found.append(caveat.text)
        return found

    def earlier_provisions(self, id_number: str, info_text: str) -> int:
        """How often this ID number already received the same information (Đ28.1.d), before registering."""
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.count_earlier_provisions(_stored_form(id_number), info_key(info_text), None)

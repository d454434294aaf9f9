"""Every change a request can go through, inside one open unit of work (the caller commits).

RequestService wraps each in its own transaction; the demo job runs many in one batch. Both hand in the
calendar and the rule sets read *before* the unit of work opened: nothing here opens another unit of work
or extends the calendar (a second writer inside the first would wait for its lock and fail).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..domain.agency import AgencyProfile
from ..domain.audit import AuditEvent
from ..domain.calendar import WorkCalendar
from ..domain.clock import Clock, today
from ..domain.deadlines import compute_correction_due, compute_deadlines, compute_extension, years_needed
from ..domain.enums import Complexity, CorrectionKind, Status
from ..domain.errors import CalendarNotCovered, IllegalTransition, ValidationError
from ..domain.refusal import RefusalGround, check_repeat_ground
from ..domain.request import Correction, Deadlines, Request, RequestDraft, notice_sent_late
from ..domain.rules import RuleSet, before_law, choose_rule_set
from ..domain.text import clean_text, info_key
from ..domain.workflow import Action, next_status
from .diff import changes
from .intake import clean_draft, clean_provision_method
from .ports import UnitOfWork

PLACEHOLDER_AGENCY = AgencyProfile(
    id=None,
    name="CƠ QUAN CHƯA KHAI BÁO",
    parent_body="",
    place_name="",
    symbol="",
    signer_name="",
    signer_title="",
)


class RequestOps:
    def __init__(
        self, uow: UnitOfWork, calendar: WorkCalendar, rule_sets: Sequence[RuleSet], clock: Clock, actor: str
    ):
        self.uow = uow
        self.calendar = calendar  # read before the unit of work opened (CalendarService.ensure_covering)
        self.rule_sets = tuple(rule_sets)
        self.clock = clock
        self.actor = actor

    # --- helpers ---------------------------------------------------------------------------------------
    def _calendar_for(self, *starts: date) -> WorkCalendar:
        """The calendar, for periods counted from these days; a year it was not prepared for is an error
        here, never a reason to extend it inside this unit of work."""
        covered = self.calendar.covered_years
        if covered is not None:
            missing = sorted(years_needed(*starts) - covered)
            if missing:
                raise CalendarNotCovered(missing)
        return self.calendar

    def _rule_set(self, code: str) -> RuleSet:
        for r in self.rule_sets:
            if r.code == code:
                return r
        raise KeyError(code)

    def _audit(self, action: str, old: Request | None, new: Request, extra: dict | None = None) -> None:
        diff = changes(old, new)
        if extra:
            diff.update(extra)
        self.uow.audit.add(AuditEvent(self.clock.now(), self.actor, action, "request", new.id, diff))

    def _day(self, on: date | None, field: str, request: Request | None = None) -> date:
        day = on or today(self.clock)
        if early := before_law(day, "Ngày thực hiện" if field == "on" else "Ngày hợp lệ"):
            raise ValidationError.single(field, early)
        if day > today(self.clock):
            raise ValidationError.single(field, "Ngày không được ở tương lai")
        if request is not None and day < request.received_at.date():
            raise ValidationError.single(field, "Ngày không được trước ngày tiếp nhận yêu cầu")
        return day

    def _transition(self, r: Request, action: Action, extra: dict | None = None, **updates) -> Request:
        status = next_status(r.status, action)
        new = self.uow.requests.update(replace(r, status=status, **updates))
        self._audit(action.value, r, new, extra)
        return new

    def agency(self) -> AgencyProfile:
        agency = self.uow.agencies.current()
        if agency is None:  # first use before the set-up wizard: a placeholder the officer renames later
            agency = self.uow.agencies.save(PLACEHOLDER_AGENCY)
        return agency

    # --- intake ----------------------------------------------------------------------------------------
    def register(self, draft: RequestDraft) -> Request:
        draft = clean_draft(draft, self.clock)
        agency = self.agency()
        year = draft.received_at.year
        seq = self.uow.requests.next_register_seq(agency.id, year)  # type: ignore[arg-type]
        repeats = self.uow.requests.count_earlier_provisions(
            draft.requester.id_number, info_key(draft.info_requested), None
        )
        r = self.uow.requests.add(
            Request(
                id=0,
                agency_id=agency.id,  # type: ignore[arg-type]
                register_number=f"{seq}/{year}",
                register_year=year,
                register_seq=seq,
                requester=draft.requester,
                channel=draft.channel,
                received_at=draft.received_at,
                info_requested=draft.info_requested,
                purpose=draft.purpose,
                provision_form=draft.provision_form,
                copies=draft.copies,
                delivery_address=draft.delivery_address,
                delivery_email=draft.delivery_email,
                officer_assisted=draft.officer_assisted,
                consent_attached=draft.consent_attached,
                notes=draft.notes,
                status=Status.RECEIVED,
                valid_on=None,
                complexity=None,
                complexity_reason="",
                deadlines=Deadlines(),
                repeat_count=repeats,
            )
        )
        self._audit("register", None, r)
        if draft.valid_on is not None:
            r = self.mark_valid(r.id, draft.valid_on, draft.complexity or Complexity.SIMPLE, draft.complexity_reason)
        return r

    def register_and_provide(self, draft: RequestDraft, method: str) -> Request:
        """A walk-in answered on the spot: registered, valid on the day it came, provided today. The caller's
        one transaction holds all three, so a refused step leaves nothing registered."""
        valid_on = draft.valid_on or draft.received_at.date()
        r = self.register(replace(draft, valid_on=valid_on, complexity=draft.complexity or Complexity.SIMPLE))
        return self.provide(r.id, method)

    def request_supplement(self, request_id: int, note: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        note = clean_text(note, "note", "Nội dung phải bổ sung", multiline=True)
        if not note:
            raise ValidationError.single("note", "Cần ghi nội dung phải bổ sung")
        self._day(on, "on", r)
        return self._transition(r, Action.REQUEST_SUPPLEMENT, supplement_note=note)

    def mark_valid(self, request_id: int, valid_on: date, complexity: Complexity, reason: str = "") -> Request:
        r = self.uow.requests.get(request_id)
        valid_on = self._day(valid_on, "valid_on", r)
        reason = clean_text(reason, "complexity_reason", "Lý do phức tạp", multiline=True)
        next_status(r.status, Action.MARK_VALID)
        rule_set = choose_rule_set(self.rule_sets, valid_on)
        deadlines = compute_deadlines(rule_set, self._calendar_for(valid_on), r.channel, complexity, valid_on)
        return self._transition(
            r, Action.MARK_VALID, valid_on=valid_on, complexity=complexity, complexity_reason=reason, deadlines=deadlines
        )

    def send_notice(self, request_id: int, on: date | None = None) -> Request:
        """The written notice of the time limit (Mẫu 03) went out; its printed date is now fixed."""
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        if r.deadlines.notice_due is None:
            raise IllegalTransition(r.status.label_vi, Action.SEND_NOTICE.label_vi, "yêu cầu này không cần thông báo thời hạn")
        if r.notice_sent_on is not None:
            raise IllegalTransition(r.status.label_vi, Action.SEND_NOTICE.label_vi, "thông báo đã được gửi")
        next_status(r.status, Action.SEND_NOTICE)
        printed = r.deadlines.answer_due
        self.uow.documents.add(r.id, "notice_time_limit", day, printed, "")
        # A late notice says so in the trail, with the date it was owed by (that date may move later).
        due = r.deadlines.notice_due
        late = {"notice_late": [None, due.isoformat()]} if notice_sent_late(due, day) else None
        return self._transition(r, Action.SEND_NOTICE, late, notice_sent_on=day, printed_due=printed)

    def extend(self, request_id: int, reason: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        reason = clean_text(reason, "extension_reason", "Lý do gia hạn", multiline=True)
        next_status(r.status, Action.EXTEND)
        if not reason:
            raise ValidationError.single("extension_reason", "Cần ghi lý do gia hạn")
        due = r.deadlines.provide_due
        if r.complexity is not Complexity.COMPLEX or due is None:
            raise IllegalTransition(r.status.label_vi, Action.EXTEND.label_vi, "chỉ yêu cầu phức tạp mới được gia hạn")
        if day > due:
            raise IllegalTransition(
                r.status.label_vi, Action.EXTEND.label_vi, f"đã quá thời hạn {due:%d/%m/%Y}, không thể gia hạn"
            )
        rule_set = self._rule_set(r.deadlines.rule_set or "")
        ext = compute_extension(rule_set, self._calendar_for(due), r.channel, r.complexity, due)
        if ext is None:
            raise IllegalTransition(r.status.label_vi, Action.EXTEND.label_vi, "bộ quy tắc không cho phép gia hạn")
        deadlines = replace(r.deadlines, extended_due=ext.due, explain=(*r.deadlines.explain, *ext.lines))
        # Once a notice carries a date, the extension notice (Mẫu 04) carries the new one.
        printed = ext.due if r.printed_due is not None else None
        return self._transition(
            r, Action.EXTEND, deadlines=deadlines, extension_reason=reason, extended_on=day, printed_due=printed
        )

    def provide(self, request_id: int, method: str, partial: bool = False, on: date | None = None, detail: str = "") -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        method = clean_provision_method(method)
        detail = clean_text(detail, "detail", "Phần không cung cấp và lý do", multiline=True)
        if partial and not detail:
            raise ValidationError.single("detail", "Cần ghi phần thông tin không cung cấp và lý do")
        action = Action.PROVIDE_PARTIAL if partial else Action.PROVIDE
        return self._transition(r, action, closed_on=day, provision_method=method, refusal_detail=detail)

    def refuse(
        self, request_id: int, ground: RefusalGround, detail: str, on: date | None = None, earlier_provisions: str = ""
    ) -> Request:
        """``earlier_provisions``: for Đ28.1.d when the register does not hold the two earlier provisions,
        where they are recorded (e.g. on paper before the app)."""
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        detail = clean_text(detail, "refusal_detail", "Lý do từ chối", multiline=True)
        note = clean_text(earlier_provisions, "earlier_provisions_note", "Nơi ghi các lần đã cung cấp", multiline=True)
        next_status(r.status, Action.REFUSE)
        if not detail:
            raise ValidationError.single("refusal_detail", "Cần ghi lý do từ chối cụ thể")
        if ground is RefusalGround.E and not self.uow.fees.statement(r.id).unpaid_after_deadline(day):
            # Đ28.1.e: only when the costs the Mẫu 03 stated are still unpaid after their deadline
            raise ValidationError.single(
                "refusal_ground", "Chỉ từ chối theo điểm e khi người yêu cầu chưa nộp chi phí sau thời hạn thanh toán"
            )
        if ground is RefusalGround.D:
            counted = self.uow.requests.count_earlier_provisions(
                r.requester.id_number, info_key(r.info_requested), r.id
            )
            check_repeat_ground(ground, max(counted, r.repeat_count), note)
        else:
            note = ""  # only a Đ28.1.d refusal rests on earlier provisions
        return self._transition(
            r, Action.REFUSE, closed_on=day, refusal_ground=ground, refusal_detail=detail,
            earlier_provisions_note=note,
        )

    def transfer(self, request_id: int, to_agency: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        to_agency = clean_text(to_agency, "transferred_to", "Cơ quan có trách nhiệm cung cấp")
        if not to_agency:
            raise ValidationError.single("transferred_to", "Cần ghi cơ quan có trách nhiệm cung cấp")
        return self._transition(r, Action.TRANSFER, closed_on=day, transferred_to=to_agency)

    def withdraw(self, request_id: int, reason: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        reason = clean_text(reason, "withdrawal_reason", "Lý do rút yêu cầu", multiline=True)
        return self._transition(r, Action.WITHDRAW, closed_on=day, withdrawal_reason=reason)

    def open_correction(self, request_id: int, kind: CorrectionKind, reason: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        reason = clean_text(reason, "reason", "Nội dung cần đính chính", multiline=True)
        if not reason:
            raise ValidationError.single("reason", "Cần ghi nội dung cần đính chính")
        next_status(r.status, Action.OPEN_CORRECTION)
        rule_set = (
            self._rule_set(r.deadlines.rule_set) if r.deadlines.rule_set else choose_rule_set(self.rule_sets, day)
        )
        end = compute_correction_due(rule_set, self._calendar_for(day), kind, day)
        self.uow.requests.add_correction(
            r.id, Correction(None, kind, day, end.due, reason, prior_status=r.status, explain=end.lines)
        )
        return self._transition(self.uow.requests.get(r.id), Action.OPEN_CORRECTION)

    def close_correction(self, request_id: int, result: str, on: date | None = None) -> Request:
        r = self.uow.requests.get(request_id)
        day = self._day(on, "on", r)
        result = clean_text(result, "result", "Kết quả đính chính", multiline=True)
        if not result:
            raise ValidationError.single("result", "Cần ghi kết quả đính chính")
        open_one = r.open_correction
        if r.status is Status.CORRECTING and open_one is None:
            raise IllegalTransition(r.status.label_vi, Action.CLOSE_CORRECTION.label_vi, "không có đính chính đang mở")
        status = next_status(r.status, Action.CLOSE_CORRECTION, prior=open_one.prior_status if open_one else None)
        assert open_one is not None  # next_status allows closing only while correcting
        if day < open_one.opened_on:
            raise ValidationError.single("on", "Ngày hoàn tất không được trước ngày mở đính chính")
        self.uow.requests.update_correction(r.id, replace(open_one, closed_on=day, result=result))
        # The request's own closed_on is the day it was provided: the correction keeps its own closing day.
        new = self.uow.requests.update(replace(self.uow.requests.get(r.id), status=status))
        self._audit(Action.CLOSE_CORRECTION.value, r, new)
        return new

    def edit(self, request_id: int, **fields) -> Request:
        """Change intake fields while the state allows; every change is audited."""
        r = self.uow.requests.get(request_id)
        next_status(r.status, Action.EDIT)
        allowed = {
            "requester", "info_requested", "purpose", "provision_form", "copies", "delivery_address",
            "delivery_email", "officer_assisted", "consent_attached", "notes", "received_at", "channel",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError({f: "Không được sửa trường này" for f in sorted(unknown)})
        if r.valid_on is not None and ("received_at" in fields or "channel" in fields):
            raise ValidationError.single("channel", "Yêu cầu đã hợp lệ: không sửa kênh hay ngày tiếp nhận")
        draft = RequestDraft(
            requester=fields.get("requester", r.requester),
            channel=fields.get("channel", r.channel),
            received_at=fields.get("received_at", r.received_at),
            info_requested=fields.get("info_requested", r.info_requested),
            purpose=fields.get("purpose", r.purpose),
            provision_form=fields.get("provision_form", r.provision_form),
            copies=fields.get("copies", r.copies),
            delivery_address=fields.get("delivery_address", r.delivery_address),
            delivery_email=fields.get("delivery_email", r.delivery_email),
            officer_assisted=fields.get("officer_assisted", r.officer_assisted),
            consent_attached=fields.get("consent_attached", r.consent_attached),
            notes=fields.get("notes", r.notes),
        )
        d = clean_draft(draft, self.clock)
        new = self.uow.requests.update(
            replace(
                r,
                requester=replace(d.requester, id=r.requester.id),
                channel=d.channel,
                received_at=d.received_at,
                info_requested=d.info_requested,
                purpose=d.purpose,
                provision_form=d.provision_form,
                copies=d.copies,
                delivery_address=d.delivery_address,
                delivery_email=d.delivery_email,
                officer_assisted=d.officer_assisted,
                consent_attached=d.consent_attached,
                notes=d.notes,
            )
        )
        self._audit(Action.EDIT.value, r, new)
        return new

"""The request timeline tells the documents' story in words: issued, cancelled, recorded by hand, the dates a
paper printed, costs and payments — no audit key or raw value reaches the officer."""

from __future__ import annotations

from datetime import date, datetime

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Complexity
from focal_desk.ui.request_file.timeline import _HIDDEN, action_name, change_lines, field_name


def test_document_and_cost_events_are_named_and_worded(desk, make_request, clock):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    desk.documents.issue(r.id, FormCode.RECEIPT)  # prints the answer date: document_dates
    receipt = desk.documents.for_request(r.id)[0]
    desk.documents.cancel(receipt.id, "In nhầm tên người yêu cầu")
    desk.documents.record_paper(r.id, FormCode.CONSENT, date(2026, 2, 27))
    desk.fees.set_fees(r.id, {"a4_bw": 10}, payment_due=date(2026, 3, 6))
    clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=VN_TZ))
    desk.fees.record_payment(r.id, date(2026, 3, 3), "BL-0042", 30000)

    events = desk.requests.history(r.id)
    actions = [e.action for e in events]
    for expected in ("issue_document", "document_dates", "cancel_document", "record_document", "set_fees",
                     "record_payment"):
        assert expected in actions
    assert actions.index("issue_document") < actions.index("cancel_document") < actions.index("record_payment")
    for event in events:
        assert action_name(event.action) != event.action, event.action
        for key in event.changes:
            assert key in _HIDDEN or field_name(key) != key, key
    issued = next(e for e in events if e.action == "issue_document")
    lines = change_lines(issued)
    assert "Document: Form 02" in lines and any(line.startswith("Number: 01/") for line in lines)
    assert not any("request_id" in line or "{" in line for e in events for line in change_lines(e))
    paid = next(e for e in events if e.action == "record_payment")
    assert change_lines(paid) == ["Payment: 30.000 đ on 03/03/2026, receipt BL-0042"]

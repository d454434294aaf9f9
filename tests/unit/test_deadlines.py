"""The deadline engine, as a table. Expected dates were counted by hand on the 2024–2026 calendars."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk.domain.calendar import CalendarEntry, DayKind, Layer, WorkCalendar
from focal_desk.domain.deadlines import compute_correction_due, compute_deadlines, compute_extension
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind
from focal_desk.domain.errors import CalendarGap, ValidationError
from focal_desk.domain.rules import choose_rule_set

D = date
E, P, F, W = Channel.ELECTRONIC, Channel.POSTAL, Channel.FAX, Channel.IN_PERSON
SIMPLE, COMPLEX = Complexity.SIMPLE, Complexity.COMPLEX

# (case, channel, complexity, valid_on, notice_due, provide_due, max_extended_due)
CASES = [
    ("Tết 2026 electronic", E, SIMPLE, D(2026, 2, 13), None, D(2026, 2, 25), None),
    ("Tết 2025 postal", P, SIMPLE, D(2025, 1, 24), None, D(2025, 2, 7), None),
    ("Tết 2024 fax", F, SIMPLE, D(2024, 2, 7), None, D(2024, 2, 21), None),
    ("New Year 2026 with 02/01 swap", E, SIMPLE, D(2025, 12, 31), None, D(2026, 1, 7), None),
    ("working Saturday 10/01/2026 counts", P, SIMPLE, D(2026, 1, 7), None, D(2026, 1, 13), None),
    ("Giỗ Tổ 2026 on Sunday + compensatory Monday, 30/4, 1/5", E, SIMPLE, D(2026, 4, 24), None, D(2026, 5, 4), None),
    ("working Saturday 22/08/2026 counts", P, SIMPLE, D(2026, 8, 20), None, D(2026, 8, 26), None),
    ("2/9/2026 with its 31/08 swap", E, SIMPLE, D(2026, 8, 28), None, D(2026, 9, 7), None),
    ("valid on a Saturday", E, SIMPLE, D(2026, 3, 7), None, D(2026, 3, 11), None),
    ("walk-in simple is due the same day", W, SIMPLE, D(2026, 3, 10), None, D(2026, 3, 10), None),
    ("walk-in complex across Tết 2026", W, COMPLEX, D(2026, 2, 9), None, D(2026, 3, 2), D(2026, 3, 16)),
    # 18/08 + 15 days = Wed 02/09/2026 (Quốc khánh) → next working day Thu 03/09 (Civil Code Art. 148).
    ("electronic complex, extension ends on 2/9", E, COMPLEX, D(2026, 7, 28), D(2026, 7, 31), D(2026, 8, 18), D(2026, 9, 3)),
]


@pytest.mark.parametrize(
    ("channel", "complexity", "valid_on", "notice_due", "provide_due", "max_extended"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_deadline_table(official_calendar, law_2016, channel, complexity, valid_on, notice_due, provide_due, max_extended):
    d = compute_deadlines(law_2016, official_calendar, channel, complexity, valid_on)
    assert (d.notice_due, d.provide_due, d.max_extended_due) == (notice_due, provide_due, max_extended)
    assert d.extended_due is None
    assert d.rule_set == "luat-104-2016"


def test_explanation_names_every_skipped_day_with_its_reason(official_calendar, law_2016):
    d = compute_deadlines(law_2016, official_calendar, E, SIMPLE, D(2026, 2, 13))
    text = "\n".join(d.explain)
    assert "Luật Tiếp cận thông tin 104/2016/QH13" in d.explain[0]
    assert "Điều 30" in text and "Điều 147" in text
    # The announcement wins over the computed name.
    assert "17/02/2026 — Tết Nguyên đán Bính Ngọ" in text
    for day in ("14/02/2026 — Thứ Bảy", "15/02/2026 — Chủ nhật", "16/02/2026", "20/02/2026", "22/02/2026"):
        assert day in text
    assert d.explain[-1].endswith("→ 25/02/2026") or "→ 25/02/2026" in text


def test_calendar_day_extension_explains_the_move(official_calendar, law_2016):
    d = compute_deadlines(law_2016, official_calendar, E, COMPLEX, D(2026, 7, 28))
    text = "\n".join(d.explain)
    assert "15 ngày kể từ sau ngày 18/08/2026" in text
    assert "chuyển sang 03/09/2026" in text and "Điều 148" in text
    assert "02/09/2026 — Quốc khánh" in text


def test_extension_from_current_deadline_ends_on_next_working_day(official_calendar, law_2016):
    # Postal complex deadline 29/01/2026 (Thu) + 15 days = Fri 13/02/2026, a working day.
    end = compute_extension(law_2016, official_calendar, P, COMPLEX, D(2026, 1, 29))
    assert end is not None and end.due == D(2026, 2, 13)
    # + 15 days from 02/02/2026 = Tue 17/02/2026 (Tết) → Mon 23/02/2026.
    end = compute_extension(law_2016, official_calendar, P, COMPLEX, D(2026, 2, 2))
    assert end.due == D(2026, 2, 23)
    assert compute_extension(law_2016, official_calendar, E, SIMPLE, D(2026, 2, 2)) is None


def test_walk_in_complex_extension_counts_working_days(official_calendar, law_2016):
    end = compute_extension(law_2016, official_calendar, W, COMPLEX, D(2025, 1, 20))
    # Tue 21 … Fri 24 (4), [Tết 27–31 Jan], Mon 3/2 … Fri 7/2 (9), Mon 10/2 (10)
    assert end.due == D(2025, 2, 10)


def test_correction_timers(official_calendar, law_2016):
    assert compute_correction_due(law_2016, official_calendar, CorrectionKind.AGENCY_FOUND, D(2026, 4, 24)).due == D(2026, 5, 6)
    # 15 days from 18/08/2026 lands on 02/09 (holiday) → 03/09
    claim = compute_correction_due(law_2016, official_calendar, CorrectionKind.REQUESTER_CLAIM, D(2026, 8, 18))
    assert claim.due == D(2026, 9, 3)


def test_caveat_about_the_amended_law_after_1_9_2026(official_calendar, law_2016):
    before = compute_deadlines(law_2016, official_calendar, E, SIMPLE, D(2026, 8, 3))
    after = compute_deadlines(law_2016, official_calendar, E, SIMPLE, D(2026, 9, 14))
    assert not any("sửa đổi" in line for line in before.explain)
    assert any("sửa đổi" in line for line in after.explain)


def test_rule_set_chosen_by_valid_date(law_2016):
    later = law_2016.__class__(
        code="x-2026", name="Luật sửa đổi", valid_from=D(2026, 9, 1), source="", rules=law_2016.rules
    )
    assert choose_rule_set([law_2016, later], D(2026, 8, 31)).code == "luat-104-2016"
    assert choose_rule_set([law_2016, later], D(2026, 9, 1)).code == "x-2026"
    with pytest.raises(ValidationError):
        choose_rule_set([law_2016, later], D(2018, 6, 30))


def test_later_layer_wins_and_local_day_off_moves_deadline(official_calendar, law_2016):
    local = CalendarEntry(D(2026, 3, 10), DayKind.OFF, "Nghỉ đột xuất do bão", "Quyết định 1/QĐ-UBND", Layer.LOCAL)
    cal = WorkCalendar([*official_calendar.entries(), local], covered_years=official_calendar.covered_years)
    before = compute_deadlines(law_2016, official_calendar, E, SIMPLE, D(2026, 3, 9))
    after = compute_deadlines(law_2016, cal, E, SIMPLE, D(2026, 3, 9))
    assert (before.provide_due, after.provide_due) == (D(2026, 3, 12), D(2026, 3, 13))
    assert "10/03/2026 — Nghỉ đột xuất do bão" in "\n".join(after.explain)


def test_officer_can_cancel_a_base_holiday(official_calendar):
    base_off = official_calendar.info(D(2027, 4, 16))
    assert not base_off.working and "Giỗ Tổ" in base_off.reason
    work = CalendarEntry(D(2027, 4, 16), DayKind.WORK, "Đi làm theo thông báo", "TB 2/TB", Layer.LOCAL)
    cal = WorkCalendar([*official_calendar.entries(), work])
    assert cal.is_working_day(D(2027, 4, 16))


def test_vietnam_culture_day_not_counted_off_without_an_announcement(official_calendar):
    assert official_calendar.is_working_day(D(2026, 11, 24))


def test_leaving_covered_years_is_an_error(official_calendar, law_2016):
    with pytest.raises(CalendarGap):
        compute_deadlines(law_2016, official_calendar, E, COMPLEX, D(2027, 12, 20))


def test_a_counted_working_saturday_is_named_in_the_explanation(official_calendar, law_2016):
    d = compute_deadlines(law_2016, official_calendar, P, SIMPLE, D(2026, 8, 20))
    text = "\n".join(d.explain)
    assert "có tính 22/08/2026 — Thứ Bảy làm việc: Làm bù cho ngày 31/08/2026" in text
    assert "không tính 23/08/2026 — Chủ nhật" in text


def test_the_years_a_computation_needs_reach_as_far_as_a_period_can_run():
    from focal_desk.domain.deadlines import years_needed

    assert years_needed(date(2026, 3, 2)) == {2026}
    assert years_needed(date(2026, 12, 21)) == {2026, 2027}  # 10 working days from 21/12 end in January
    assert years_needed(date(2025, 12, 30), date(2026, 5, 4)) == {2025, 2026}
    assert years_needed(date(9999, 12, 20)) == {9999}  # no overflow at the end of the calendar


def test_a_same_day_walk_in_is_not_told_the_day_is_not_counted(official_calendar, law_2016):
    d = compute_deadlines(law_2016, official_calendar, W, SIMPLE, D(2026, 3, 10))
    text = "\n".join(d.explain)
    assert "ngay trong ngày" in text and d.provide_due == D(2026, 3, 10)
    assert "không tính" not in text and "ngày hôm sau" not in text, text
    counted = compute_deadlines(law_2016, official_calendar, E, SIMPLE, D(2026, 3, 10))
    assert "ngày này không tính" in "\n".join(counted.explain)  # a counted period still says so

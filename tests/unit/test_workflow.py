from __future__ import annotations

import pytest

from focal_desk.domain.enums import Status
from focal_desk.domain.errors import IllegalTransition
from focal_desk.domain.workflow import TRANSITIONS, Action, allowed_actions, next_status

LEGAL = [
    (Status.RECEIVED, Action.REQUEST_SUPPLEMENT, Status.AWAITING_SUPPLEMENT),
    (Status.RECEIVED, Action.MARK_VALID, Status.VALID),
    (Status.AWAITING_SUPPLEMENT, Action.MARK_VALID, Status.VALID),
    (Status.VALID, Action.EXTEND, Status.EXTENDED),
    (Status.VALID, Action.SEND_NOTICE, Status.VALID),
    (Status.VALID, Action.PROVIDE, Status.PROVIDED),
    (Status.EXTENDED, Action.PROVIDE_PARTIAL, Status.PARTIALLY_PROVIDED),
    (Status.EXTENDED, Action.REFUSE, Status.REFUSED),
    (Status.RECEIVED, Action.TRANSFER, Status.TRANSFERRED),
    (Status.VALID, Action.WITHDRAW, Status.WITHDRAWN),
    (Status.PROVIDED, Action.OPEN_CORRECTION, Status.CORRECTING),
    (Status.PARTIALLY_PROVIDED, Action.OPEN_CORRECTION, Status.CORRECTING),
]

ILLEGAL = [
    (Status.RECEIVED, Action.PROVIDE),  # the clock has not started: validate first
    (Status.RECEIVED, Action.EXTEND),
    (Status.AWAITING_SUPPLEMENT, Action.REFUSE),
    (Status.EXTENDED, Action.EXTEND),  # once only
    (Status.EXTENDED, Action.TRANSFER),
    (Status.PROVIDED, Action.REFUSE),
    (Status.REFUSED, Action.PROVIDE),
    (Status.WITHDRAWN, Action.MARK_VALID),
    (Status.TRANSFERRED, Action.EDIT),
    (Status.CORRECTING, Action.OPEN_CORRECTION),
]


@pytest.mark.parametrize(("status", "action", "target"), LEGAL)
def test_legal_transitions(status, action, target):
    assert next_status(status, action) is target


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_illegal_transitions_raise_a_typed_error(status, action):
    with pytest.raises(IllegalTransition) as info:
        next_status(status, action)
    assert info.value.action == action.label_vi


def test_every_status_has_a_row_and_terminal_states_allow_nothing():
    assert set(TRANSITIONS) == set(Status)
    for s in (Status.REFUSED, Status.TRANSFERRED, Status.WITHDRAWN):
        assert allowed_actions(s) == ()
        assert not s.is_open
    assert all(s.is_open for s in (Status.RECEIVED, Status.AWAITING_SUPPLEMENT, Status.VALID, Status.EXTENDED))


@pytest.mark.parametrize("prior", [Status.PROVIDED, Status.PARTIALLY_PROVIDED])
def test_closing_a_correction_returns_to_the_state_it_interrupted(prior):
    # A partly provided request stays partly provided after a correction (it was "provided" before).
    assert next_status(Status.CORRECTING, Action.CLOSE_CORRECTION, prior=prior) is prior


@pytest.mark.parametrize("prior", [None, Status.VALID, Status.CORRECTING])
def test_closing_a_correction_without_a_correctable_prior_state_is_a_bug(prior):
    with pytest.raises(ValueError):
        next_status(Status.CORRECTING, Action.CLOSE_CORRECTION, prior=prior)

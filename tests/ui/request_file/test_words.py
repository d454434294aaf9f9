"""Words in the request file that say what they mean (issue 7, item 8)."""

from __future__ import annotations

from datetime import date

from focal_desk.domain.enums import Complexity
from focal_desk.domain.refusal import REFUSAL_TEXTS, RefusalGround, offered_grounds
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import action_dialogs as d


def test_refusal_grounds_say_what_each_means(qtbot, desk, make_request, open_file, jobs):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    file = open_file(r.id)
    file.actions.buttons[Action.REFUSE].click()
    dlg = file.action_dialog
    assert isinstance(dlg, d.RefuseDialog)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)  # the grounds offered (no costs: not 28.1.e)
    items = [dlg.ground.itemText(i) for i in range(dlg.ground.count())]
    offered = offered_grounds(unpaid_after_deadline=False)
    assert len(items) == len(offered) == len(RefusalGround) - 1
    for text, ground in zip(items, offered, strict=True):
        assert ground.point in text and REFUSAL_TEXTS[ground].short in text, text
    assert len({t.split("—", 1)[-1] for t in items}) == len(items)  # each ground its own words
    dlg.reject()


def test_timeline_names_the_rule_set_instead_of_its_code(qtbot, desk, make_request, open_file):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.SIMPLE)
    code = desk.requests.get(r.id).deadlines.rule_set
    name = desk.rulebook.by_code(code).name
    file = open_file(r.id)
    model = file.timeline
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    changes = "\n".join(model.data(model.index(row, model.CHANGES)) for row in range(model.rowCount()))
    assert name in changes, changes
    assert code not in changes, changes

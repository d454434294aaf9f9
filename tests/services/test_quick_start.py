"""The first screen's plain reads agree with the full services, and need no ORM."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.listing import RequestQuery, SortKey


def test_first_page_matches_the_register_order(app):
    desk = app.desk()
    desk.seed_demo(120, 3, lambda d, t: None, lambda: False)
    page = desk.quick.first_page(50)
    ids = app.requests.ids(RequestQuery(sort=SortKey.RECEIVED, newest_first=True))
    assert [s.id for s in page.rows] == ids[:50]
    assert page.total == 120 == len(ids)
    assert page.rows == app.requests.summaries_by_ids(ids[:50])  # same values, parsed without the ORM
    assert page.oldest == app.requests.summaries_by_ids(ids[-1:])[0].received_at
    assert page.urgency == desk.todo.urgency()  # Mon 02/03/2026: due soon up to Wed 04/03
    assert page.urgency.soon == date(2026, 3, 4)


def test_needs_setup_until_the_office_is_described(app):
    desk = app.desk()
    assert desk.quick.needs_setup() and desk.agency.needs_setup()
    desk.agency.save(
        AgencyProfile(
            id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="UBND tỉnh Phú Thọ", place_name="Đạo Trù",
            symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
        )
    )
    assert not desk.quick.needs_setup() and not desk.agency.needs_setup()


def test_an_unchanged_start_imports_no_orm(app, tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from focal_desk.app.paths import Paths\n"
        "from focal_desk.app.wiring import open_app\n"
        f"core = open_app(Paths(Path({str(app.paths.data_dir)!r})))\n"
        "desk = core.desk()\n"
        "page = desk.quick.first_page(200)\n"
        "desk.quick.needs_setup()\n"
        "core.close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'holidays', 'faker'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

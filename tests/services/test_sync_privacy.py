"""A scan of the packages of every month of the demo register: no requester's name, ID number, phone,
e-mail or address appears anywhere in a package (numbers only), and each still verifies."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

from focal_desk.domain.clock import VN_TZ
from focal_desk.sync import package as pkg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from province_stub import Province  # noqa: E402

TODAY = datetime(2026, 6, 30, 16, 0, tzinfo=VN_TZ)


def test_no_package_holds_personal_data_of_a_requester(app, clock):
    clock.set(TODAY)
    app.desk().seed_demo(300, 11, lambda done, total: None, lambda: False)
    province = Province()
    province.add_office("XA-01", "UBND xã Một", "C1")
    try:
        sync = app.sync()
        sync.enroll(province.url, "XA-01", "C1")
        packages = [sync.build_month(y, m).entry.package for y in (2024, 2025, 2026) for m in range(1, 13)
                    if (y, m) <= (2026, 6)]
        assert sum(pkg.loads(p).indicators["received"] for p in packages) == 300  # every request is in a month
        assert sync.push().delivered == len(packages)
    finally:
        province.stop()
    with closing(sqlite3.connect(app.paths.database)) as db:
        people = db.execute("SELECT full_name, id_number, phone, email, address, on_behalf_of_name, "
                            "on_behalf_of_id FROM requesters").fetchall()
        infos = [r[0] for r in db.execute("SELECT info_requested FROM requests")]
    values = {v for row in people for v in row if v and len(v) >= 4} | {i for i in infos if len(i) >= 12}
    assert len(people) > 100 and len(values) > 300
    text = b"\n".join(packages).decode("utf-8")
    leaked = sorted(v for v in values if v in text)
    assert leaked == []

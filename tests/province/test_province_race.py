"""Two submits of one package racing on PostgreSQL: the other one commits between our read and our insert;
the UNIQUE (office, month, revision) constraint stops the second row and the package counts once."""

from __future__ import annotations

import pytest
from province_helpers import Office
from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from focal_desk.province.db import Database
from focal_desk.province.ingest import receive
from focal_desk.province.models import Office as OfficeRow
from focal_desk.province.models import Package
from focal_desk.province.offices import add_office, enroll
from focal_desk.province.report import month_report


def test_a_row_committed_between_read_and_insert_counts_once(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite takes the write lock at BEGIN: there is no gap between read and insert to race into")
    db = Database(db_url)
    other = Database(db_url, migrate=False)
    office = Office("XA-RACE", "UBND xã Race")
    try:
        enroll(db, office.code, add_office(db, office.code, office.name).enrollment_code, office.public)
        body = office.package(received=5)
        first = receive(other, body, via="api")  # learn the row the racing request will have written ...
        assert first.status == "accepted"
        with other.transaction() as s:
            row = s.scalar(select(Package))
            assert row is not None
            values = {c.name: getattr(row, c.name) for c in Package.__table__.columns if c.name != "id"}
            s.delete(row)  # ... and take it back, so that our request finds nothing when it reads
        raced = []

        def racing_commit(session: Session, _context, _instances) -> None:
            if not raced and any(isinstance(o, Package) for o in session.new):
                raced.append(True)
                with other.transaction() as s:
                    s.execute(insert(Package).values(**values))

        event.listen(Session, "before_flush", racing_commit)
        try:
            outcome = receive(db, body, via="api")
        finally:
            event.remove(Session, "before_flush", racing_commit)
        assert raced and outcome.status == "duplicate"
        with db.transaction() as s:
            assert s.scalar(select(OfficeRow.code)) == office.code
            assert len(s.scalars(select(Package)).all()) == 1
        assert month_report(db, "2026-11")["received"] == 5
    finally:
        other.close()
        db.close()

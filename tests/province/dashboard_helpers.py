"""The dashboard as its tests drive it: a clock they move, offices and packages seeded through the province's
own functions (arrival times then set to the moment a test needs), login through the real form, and the
tables of a page read back as text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import httpx
from province_helpers import Office
from sqlalchemy import update

from focal_desk.province.db import Database
from focal_desk.province.ingest import receive
from focal_desk.province.models import Office as OfficeRow
from focal_desk.province.models import Package
from focal_desk.province.offices import add_office, enroll
from focal_desk.province.users import add_user

PASSWORD = "mật-khẩu-đủ-dài-1"
USER = "can-bo-so"
CSRF = re.compile(r'name="csrf" value="([0-9a-f]{64})"')


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def vn(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    """A moment given in Vietnam time, as UTC."""
    return datetime(y, m, d, hh, mm, tzinfo=UTC) - timedelta(hours=7)


def make_user(db: Database, name: str = USER, password: str = PASSWORD) -> None:
    add_user(db, name, password)


def enrolled_office(db: Database, code: str, name: str, registered: datetime | None = None) -> Office:
    """Registered (by default on 01/01/2025, before every month the tests look at) and enrolled."""
    office = Office(code, name)
    enroll(db, code, add_office(db, code, name).enrollment_code, office.public)
    with db.transaction() as session:
        session.execute(
            update(OfficeRow).where(OfficeRow.code == code).values(created_at=registered or vn(2025, 1, 1))
        )
    return office


def send(
    db: Database,
    office: Office,
    month: str,
    revision: int,
    arrived: datetime,
    received: int = 10,
    **more: int,
) -> None:
    """The office's package, received by the province, then dated ``arrived`` (UTC)."""
    assert receive(db, office.package(month, revision, received, **more), via="api").status == "accepted"
    with db.transaction() as session:
        office_id = session.query(OfficeRow.id).filter(OfficeRow.code == office.code).scalar()
        session.execute(
            update(Package)
            .where(Package.office_id == office_id, Package.month == month, Package.revision == revision)
            .values(received_at=arrived)
        )


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, html[:2000]
    return found[1]


def login(client: httpx.Client, name: str = USER, password: str = PASSWORD) -> httpx.Response:
    form = client.get("/dashboard/login")
    assert form.status_code == 200
    return client.post(
        "/dashboard/login", data={"name": name, "password": password, "csrf": csrf_of(form.text)}
    )


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables(html: str) -> list[list[list[str]]]:
    """Each table of the page: its rows, each a list of cell texts (whitespace collapsed)."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables

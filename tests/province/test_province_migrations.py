"""The province's own migrations: the same on SQLite and PostgreSQL, up, down and up again; the province key
outlives a restart."""

from __future__ import annotations

from sqlalchemy import inspect

from focal_desk.province.db import HEAD, Database, downgrade, upgrade
from focal_desk.province.keys import province_key
from focal_desk.sync import package

TABLES = {"offices", "packages", "announcements", "users", "province_key", "dashboard_sessions"}


def _tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_migrations_up_down_up(db_url):
    db = Database(db_url)
    try:
        assert TABLES | {"province_alembic_version"} <= _tables(db)
        uniques = inspect(db.engine).get_unique_constraints("packages")
        assert any(sorted(u["column_names"]) == ["month", "office_id", "revision"] for u in uniques)
        with db.engine.connect() as c:
            assert c.exec_driver_sql("select version_num from province_alembic_version").scalar() == HEAD
        downgrade(db.engine)
        assert not TABLES & _tables(db)
        upgrade(db.engine)
        assert _tables(db) >= TABLES
    finally:
        db.close()


def test_province_key_survives_a_restart(db_url):
    first = Database(db_url)
    try:
        key = package.public_key_text(province_key(first).public_key())
    finally:
        first.close()
    second = Database(db_url)
    try:
        assert package.public_key_text(province_key(second).public_key()) == key
    finally:
        second.close()

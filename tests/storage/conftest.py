"""Storage tests on real SQLite files: one migrated template per session, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.storage.engine import make_engine, make_session_factory
from focal_desk.storage.migrate import upgrade_database
from focal_desk.storage.unit_of_work import SqlUnitOfWork, make_uow_factory

MIGRATED_AT = datetime(2026, 1, 5, 8, 0, tzinfo=VN_TZ)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db = folder / "focal_desk.sqlite3"
    upgrade_database(db, folder / "backups", MIGRATED_AT)
    assert not db.with_name(db.name + "-wal").exists()  # checkpointed on close, so one file is the DB
    return db


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "focal_desk.sqlite3"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def uow_factory(session_factory: sessionmaker[Session]) -> Callable[[], SqlUnitOfWork]:
    return make_uow_factory(session_factory)


@pytest.fixture
def agency_id(uow_factory: Callable[[], SqlUnitOfWork]) -> int:
    with uow_factory() as uow:
        saved = uow.agencies.save(
            AgencyProfile(
                id=None,
                name="ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
                parent_body="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
                place_name="Đạo Trù",
                symbol="UBND",
                signer_name="Nguyễn Văn An",
                signer_title="CHỦ TỊCH",
            )
        )
        uow.commit()
    assert saved.id is not None
    return saved.id

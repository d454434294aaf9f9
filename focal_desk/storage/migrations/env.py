"""Alembic environment, driven from focal_desk.storage.migrate (no alembic.ini)."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from focal_desk.storage.models import Base, autogenerate_include_name

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying tables
        include_name=autogenerate_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("focal_desk migrations run online only")

shared: Connection | None = config.attributes.get("connection")
if shared is not None:
    run(shared)
else:
    from focal_desk.storage.engine import make_engine

    engine = make_engine(Path(config.attributes["db_path"]), foreign_keys=False)
    try:
        with engine.begin() as connection:
            run(connection)
    finally:
        engine.dispose()

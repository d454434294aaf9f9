"""Alembic environment of the province database, driven from focal_desk.province.db (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from focal_desk.province.models import Base

connection: Connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  version_table="province_alembic_version")
with context.begin_transaction():
    context.run_migrations()

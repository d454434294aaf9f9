"""The province database: offices, packages, announcements, users, the province key.

Revision ID: p0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "p0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("enrollment_code_hash", sa.String(64), nullable=False),
        sa.Column("enrollment_used", sa.Boolean, nullable=False),
        sa.Column("public_key", sa.String(64), nullable=True),
        sa.Column("enrolled_at", TZ, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "packages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("office_id", sa.Integer, sa.ForeignKey("offices.id"), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("indicators", sa.JSON, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("via", sa.String(10), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.UniqueConstraint("office_id", "month", "revision", name="uq_packages_office_month_revision"),
    )
    op.create_index("ix_packages_office_id", "packages", ["office_id"])
    op.create_index("ix_packages_month", "packages", ["month"])
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("published_at", TZ, nullable=False),
        sa.Column("signed", sa.Text, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "province_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("private_key", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in ("province_key", "users", "announcements", "packages", "offices"):
        op.drop_table(table)

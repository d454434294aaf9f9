"""The office's information side (issue 11): the catalogue of information (Danh mục thông tin) and its
digitised files, the search index over their folded text, the links from requests to entries, redacted
copies of files, and the provision packages handed over for a request.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NOW = sa.text("CURRENT_TIMESTAMP")
# Title and number weigh most in the ranking; a word deep in a 200-page scan weighs least.
FTS_RANK = "bm25(10.0, 6.0, 2.0, 4.0, 1.0)"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "catalogue_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("number", sa.String(), nullable=False, server_default=""),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuing_body", sa.String(), nullable=False, server_default=""),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("access", sa.String(), nullable=False),
        sa.Column("pub_where", sa.String(), nullable=False, server_default=""),
        sa.Column("pub_start", sa.Date(), nullable=True),
        sa.Column("pub_end", sa.Date(), nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("consent_of", sa.String(), nullable=False, server_default=""),
        sa.Column("conditional_ground", sa.String(), nullable=False, server_default=""),
        sa.Column("secret_point", sa.String(), nullable=False, server_default=""),
        sa.Column("keywords", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.Column("created_by", sa.String(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_catalogue_entries"),
    )
    op.create_index("ix_catalogue_entries_issued_on", "catalogue_entries", ["issued_on"])

    op.create_table(
        "catalogue_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("stored_path", sa.String(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("text_source", sa.String(), nullable=False, server_default="none"),
        sa.Column("added_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.Column("added_by", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_catalogue_files"),
        _fk("catalogue_files", "entry_id", "catalogue_entries"),
        sa.UniqueConstraint("entry_id", "sha256", name="uq_catalogue_files_entry_id_sha256"),
    )
    op.create_index("ix_catalogue_files_sha256", "catalogue_files", ["sha256"])

    op.create_table(
        "request_catalogue_links",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.Column("linked_by", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("request_id", "entry_id", name="pk_request_catalogue_links"),
        _fk("request_catalogue_links", "request_id", "requests"),
        _fk("request_catalogue_links", "entry_id", "catalogue_entries"),
    )
    op.create_index("ix_request_catalogue_links_entry_id", "request_catalogue_links", ["entry_id"])

    op.create_table(
        "redacted_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("stored_path", sa.String(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("areas_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.Column("created_by", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_redacted_copies"),
        _fk("redacted_copies", "file_id", "catalogue_files"),
        _fk("redacted_copies", "request_id", "requests"),
    )
    op.create_index("ix_redacted_copies_file_id", "redacted_copies", ["file_id"])

    op.create_table(
        "provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False, server_default=""),
        sa.Column("page_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("letter_document_id", sa.Integer(), nullable=True),
        sa.Column("files_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.Column("created_by", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_provisions"),
        _fk("provisions", "request_id", "requests"),
        _fk("provisions", "letter_document_id", "issued_documents"),
    )
    op.create_index("ix_provisions_request_id", "provisions", ["request_id"])

    # Folded copies (đ→d included, which remove_diacritics alone leaves); rowid = catalogue_entries.id.
    op.execute(
        "CREATE VIRTUAL TABLE catalogue_fts USING fts5("
        "title, number, issuing_body, keywords, body, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(f"INSERT INTO catalogue_fts(catalogue_fts, rank) VALUES ('rank', '{FTS_RANK}')")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS catalogue_fts")
    for index, table in (
        ("ix_provisions_request_id", "provisions"),
        ("ix_redacted_copies_file_id", "redacted_copies"),
        ("ix_request_catalogue_links_entry_id", "request_catalogue_links"),
        ("ix_catalogue_files_sha256", "catalogue_files"),
        ("ix_catalogue_entries_issued_on", "catalogue_entries"),
    ):
        op.drop_index(index, table)
        op.drop_table(table)

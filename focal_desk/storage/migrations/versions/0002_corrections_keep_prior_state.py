"""Corrections remember the state they interrupted; a Đ28.1.d refusal can say where the earlier provisions
are; an index finds the requests a rule set's caveat applies to.

Until now closing a correction (Đ32) set a partly provided request to "provided" and overwrote its
provision date with the correction's closing day. This revision records on each correction the state it
interrupted (from the audit trail for corrections already made) and repairs the requests the old code
changed, with an audit event for each repair.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

REPAIR_ACTION = "repair_correction_close"

# The one provision of a request (provide / provide_partial) in its audit trail: status and date it set.
_PROVISION = """
SELECT action, json_extract(changes, '$.closed_on[1]') FROM audit_events
WHERE entity = 'request' AND entity_id = :id AND action IN ('provide', 'provide_partial')
ORDER BY id LIMIT 1
"""


def upgrade() -> None:
    with op.batch_alter_table("corrections") as batch:
        batch.add_column(sa.Column("prior_status", sa.String(), nullable=True))
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("earlier_provisions_note", sa.Text(), nullable=False, server_default=""))
    # "Is any request judged by this rule set valid from this date?" (its caveat shows on the register)
    op.create_index("ix_requests_rule_set_code_valid_on", "requests", ["rule_set_code", "valid_on"])

    bind = op.get_bind()
    provisions = {}
    for (request_id,) in bind.execute(sa.text("SELECT DISTINCT request_id FROM corrections")).all():
        provisions[request_id] = bind.execute(sa.text(_PROVISION), {"id": request_id}).first()
    for request_id, found in provisions.items():
        prior = "partially_provided" if found is not None and found[0] == "provide_partial" else "provided"
        bind.execute(
            sa.text("UPDATE corrections SET prior_status = :prior WHERE request_id = :id"),
            {"prior": prior, "id": request_id},
        )
        if found is not None:
            _repair_request(bind, request_id, prior, found[1])

    with op.batch_alter_table("corrections") as batch:
        batch.alter_column("prior_status", existing_type=sa.String(), nullable=False)


def _repair_request(bind: sa.Connection, request_id: int, prior: str, provided_on: str | None) -> None:
    """Undo what closing a correction did to the request: its status and its provision date."""
    row = bind.execute(
        sa.text("SELECT status, closed_on FROM requests WHERE id = :id"), {"id": request_id}
    ).first()
    if row is None:
        return
    status, closed_on = row
    changes = {}
    if status in ("provided", "partially_provided") and status != prior:
        changes["status"] = [status, prior]
    if provided_on is not None and closed_on is not None and str(closed_on) != provided_on:
        changes["closed_on"] = [str(closed_on), provided_on]
    if not changes:
        return
    bind.execute(
        sa.text(
            "UPDATE requests SET status = :status, closed_on = :closed_on, version = version + 1 WHERE id = :id"
        ),
        {
            "status": changes.get("status", [status, status])[1],
            "closed_on": changes.get("closed_on", [closed_on, closed_on])[1],
            "id": request_id,
        },
    )
    bind.execute(
        sa.text(
            "INSERT INTO audit_events (at, actor, action, entity, entity_id, changes) "
            "VALUES (:at, 'system', :action, 'request', :id, :changes)"
        ),
        {
            "at": datetime.now(UTC).isoformat(),
            "action": REPAIR_ACTION,
            "id": request_id,
            "changes": json.dumps(changes, ensure_ascii=False),
        },
    )


def downgrade() -> None:
    op.drop_index("ix_requests_rule_set_code_valid_on", "requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("earlier_provisions_note")
    with op.batch_alter_table("corrections") as batch:
        batch.drop_column("prior_status")

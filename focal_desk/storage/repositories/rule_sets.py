"""Dated rule sets, stored as their JSON form."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from ...domain.rules import RuleSet, rule_set_from_dict, rule_set_to_dict
from ..models import RuleSetRow, table_of

_rule_sets = table_of(RuleSetRow)


class SqlRuleSetRepository:
    def __init__(self, session: Session):
        self._session = session

    def all(self) -> list[RuleSet]:
        rows = self._session.execute(
            select(_rule_sets.c.body).order_by(_rule_sets.c.valid_from, _rule_sets.c.code)
        )
        return [rule_set_from_dict(body) for (body,) in rows]

    def save(self, rule_set: RuleSet) -> None:
        values = {
            "code": rule_set.code,
            "name": rule_set.name,
            "valid_from": rule_set.valid_from,
            "source": rule_set.source,
            "body": rule_set_to_dict(rule_set),
        }
        stmt = insert(_rule_sets).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["code"], set_={k: stmt.excluded[k] for k in values if k != "code"}
        )
        self._session.execute(stmt)

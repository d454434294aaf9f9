"""The rule sets in force: shipped ones are applied to the database, the officer's DB copy is what counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.rules import RuleSet, rule_set_from_dict
from .ports import UnitOfWorkFactory

BUNDLED_DIGEST_KEY = "rule_sets.bundled_digest"


class RuleBook:
    def __init__(self, uow_factory: UnitOfWorkFactory):
        self._uow_factory = uow_factory
        self._cache: list[RuleSet] | None = None

    def rule_sets(self) -> list[RuleSet]:
        if self._cache is None:
            with self._uow_factory(read_only=True) as uow:
                self._cache = uow.rule_sets.all()
        return self._cache

    def by_code(self, code: str) -> RuleSet:
        for r in self.rule_sets():
            if r.code == code:
                return r
        raise KeyError(code)

    def apply_bundled(self, dicts: Sequence[dict[str, Any]], digest: str) -> bool:
        """Store the rule sets shipped with this version of the app; True when anything was written."""
        parsed = [rule_set_from_dict(d) for d in dicts]
        with self._uow_factory() as uow:
            if uow.settings.get(BUNDLED_DIGEST_KEY) == digest:
                return False
            for r in parsed:
                uow.rule_sets.save(r)
            uow.settings.set(BUNDLED_DIGEST_KEY, digest)
            uow.commit()
        self._cache = None
        return True

    def add(self, rule_set: RuleSet) -> None:
        """A new dated rule set (an administrator's or the province's); applies to requests valid from then on."""
        with self._uow_factory() as uow:
            uow.rule_sets.save(rule_set)
            uow.commit()
        self._cache = None

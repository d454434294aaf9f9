"""The rule sets in force: shipped ones are applied to the database, the officer's DB copy is what counts.

The cache is shared by the worker threads: a lock guards it, and a generation counter, bumped after every
committed change, keeps a read that began before a change from storing its stale result.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from ..domain.rules import RuleSet, rule_set_from_dict
from .ports import UnitOfWorkFactory

BUNDLED_DIGEST_KEY = "rule_sets.bundled_digest"


class RuleBook:
    def __init__(self, uow_factory: UnitOfWorkFactory):
        self._uow_factory = uow_factory
        self._lock = threading.Lock()
        self._cache: tuple[RuleSet, ...] | None = None
        self._generation = 0

    def rule_sets(self) -> list[RuleSet]:
        """The stored rule sets. Opens a unit of work when the cache is cold: call it before opening one."""
        with self._lock:
            if self._cache is not None:
                return list(self._cache)
            generation = self._generation
        with self._uow_factory(read_only=True) as uow:
            found = tuple(uow.rule_sets.all())
        with self._lock:
            if self._generation == generation:  # nothing committed since this read began
                self._cache = found
        return list(found)

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
        self.invalidate()
        return True

    def add(self, rule_set: RuleSet) -> None:
        """A new dated rule set (an administrator's or the province's); applies to requests valid from then on."""
        with self._uow_factory() as uow:
            uow.rule_sets.save(rule_set)
            uow.commit()
        self.invalidate()

    def invalidate(self) -> None:
        """After a commit: later reads see the change, reads begun before it are not cached."""
        with self._lock:
            self._generation += 1
            self._cache = None

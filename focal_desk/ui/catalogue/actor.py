"""Who an audit row of the catalogue names: the officer at the desk and the computer login."""

from __future__ import annotations

from ...services.officer import actor_label


def actor_of(desk) -> str:
    return actor_label(desk.officer.name, desk.officer.login)

"""Who is at the desk: the officer's name goes on every audit row, and changes when another officer sits down.

The name is kept in the settings table (it travels with the database, and the command line reads it too);
``--officer`` / FOCAL_DESK_OFFICER override it for one run without storing it.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Mapping, Sequence

from ..domain.audit import AuditEvent
from ..domain.clock import Clock
from ..domain.errors import ValidationError
from .ports import UnitOfWorkFactory

OFFICER_KEY = "officer.name"
RECENT_KEY = "officer.recent"  # JSON list, the most recent first
SETTINGS_KEYS = (OFFICER_KEY, RECENT_KEY)
FIELD = "officer"
MAX_NAME_LENGTH = 80
MAX_RECENT = 8
SWITCH_ACTION = "switch_officer"

# Zero-width and bidi controls: invisible, they would make two spellings of one name differ.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LINE_BREAKS = "\t\n\r"


def clean_officer_name(text: str | None) -> str:
    """NFC, invisible characters dropped, runs of white space made one space; refuses what is not a name."""
    name = _INVISIBLE.sub("", unicodedata.normalize("NFC", text or ""))
    if any(unicodedata.category(ch).startswith("C") and ch not in _LINE_BREAKS for ch in name):
        raise ValidationError.single(FIELD, "Tên cán bộ có ký tự điều khiển, hãy gõ lại tên")
    name = " ".join(name.split())
    if not name:
        raise ValidationError.single(FIELD, "Chưa nhập tên cán bộ")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError.single(FIELD, f"Tên cán bộ dài quá {MAX_NAME_LENGTH} ký tự")
    if not any(ch.isalpha() for ch in name):
        raise ValidationError.single(FIELD, "Tên cán bộ phải có chữ cái")
    return name


def actor_label(name: str, login: str) -> str:
    """What an audit row records as who acted: the officer's name and the computer login it was typed on."""
    return f"{name} (máy: {login})" if name else login


class Officer:
    """The officer at the desk now. The services read it at each action; it may be switched from any thread."""

    def __init__(self, login: str, name: str = "", recent: Sequence[str] = ()):
        self.login = login
        self._lock = threading.Lock()
        self._name = name
        self._recent = tuple(recent)

    @property
    def name(self) -> str:
        with self._lock:
            return self._name

    @property
    def recent(self) -> tuple[str, ...]:
        with self._lock:
            return self._recent

    def actor(self) -> str:
        return actor_label(self.name, self.login)

    def set_current(self, name: str, recent: Sequence[str]) -> None:
        """In memory only: OfficerService.switch stores and audits."""
        with self._lock:
            self._name, self._recent = name, tuple(recent)


def officer_from_settings(login: str, stored: Mapping[str, str], override: str | None = None) -> Officer:
    """The officer as stored (SETTINGS_KEYS read at start-up), or the name given for this run."""
    try:
        recent = [clean_officer_name(n) for n in json.loads(stored.get(RECENT_KEY) or "[]")]
    except (ValueError, TypeError):  # a hand-edited setting: start the list again
        recent = []
    if override is not None:
        return Officer(login, clean_officer_name(override), recent)
    try:
        name = clean_officer_name(stored.get(OFFICER_KEY))
    except ValidationError:
        name = ""
    return Officer(login, name, recent)


class OfficerService:
    def __init__(self, uow_factory: UnitOfWorkFactory, officer: Officer, clock: Clock):
        self._uow_factory = uow_factory
        self._officer = officer
        self._clock = clock
        self._switching = threading.Lock()  # two switches at once would store one name and keep the other

    @property
    def name(self) -> str:
        """The officer's name, "" while nobody has given one."""
        return self._officer.name

    @property
    def login(self) -> str:
        return self._officer.login

    def recent(self) -> list[str]:
        """Names used before on this register, the most recent first (to pick from when switching)."""
        return list(self._officer.recent)

    def switch(self, name: str) -> str:
        """Another officer sits down: store the name, record the switch, and sign every action with it."""
        name = clean_officer_name(name)
        with self._switching:
            old = self._officer.name
            recent = [name, *(n for n in self._officer.recent if n != name)][:MAX_RECENT]
            with self._uow_factory() as uow:
                uow.settings.set(OFFICER_KEY, name)
                uow.settings.set(RECENT_KEY, json.dumps(recent, ensure_ascii=False))
                if name != old:
                    uow.audit.add(
                        AuditEvent(
                            self._clock.now(),
                            actor_label(name, self._officer.login),
                            SWITCH_ACTION,
                            entity=FIELD,
                            changes={"officer": [old or None, name]},
                        )
                    )
                uow.commit()
            self._officer.set_current(name, recent)
        return name

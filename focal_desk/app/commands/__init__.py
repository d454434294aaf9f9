"""The commands of `focal-desk`, one module each.

Each module has ``add_parsers(sub)``: it adds its parsers and gives every runnable one a ``handler`` (and,
where its flags differ from the service's field names, ``flags``: field -> flag, for error messages) with
``set_defaults``. Modules import only domain code at the top; the database is opened inside a handler, so
building the parser stays cheap for every command, the GUI included. To add a command, write such a module
and list it here.
"""

from __future__ import annotations

import argparse

from . import (
    backup,
    calendar,
    catalogue,
    deadline,
    export_log,
    gui,
    letter,
    maintenance,
    province,
    redact,
    requests,
    self_test,
    stats,
    sync,
)

MODULES = (
    gui, deadline, requests, letter, calendar, maintenance, backup, export_log, stats, sync, self_test, province,
    redact,
    catalogue,
)


def add_all(sub: argparse._SubParsersAction) -> None:
    for module in MODULES:
        module.add_parsers(sub)

"""The province dashboard: server-rendered Vietnamese HTML under /dashboard for the province's staff (login,
offices × months matrix, province totals, each office's history, the report to the Ministry as XLSX/PDF).
Mounted on the API's FastAPI app by ``mount``; its routes stay out of the OpenAPI schema (they are pages)."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from fastapi import FastAPI

from ..db import Database
from ..keys import province_key
from .routes import PREFIX, Dashboard, router
from .settings import DashboardSettings

__all__ = ["PREFIX", "DashboardSettings", "mount"]


def mount(app: FastAPI, db: Database, settings: DashboardSettings | None = None) -> Dashboard:
    """Add the dashboard to ``app``; its settings are ``app.state.dashboard.settings`` (the CLI sets the due
    day there, tests a clock)."""
    raw = province_key(db).private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    secret = hashlib.sha256(b"focal_desk dashboard csrf\x00" + raw).digest()  # never the signing key itself
    dashboard = Dashboard(db, settings or DashboardSettings(), secret)
    app.state.dashboard = dashboard
    app.include_router(router(dashboard))
    return dashboard
